#!/bin/bash -e
# pi-gen runs this inside the image's root (a chroot, arm64 under qemu). provision does everything
# that needs no running kiosk; the data partition and the read-only root follow at first boot
# (civic-kiosk-firstboot), because neither exists in a chroot: there is no partition to find, and
# raspi-config builds the overlay for the kernel that is running.
keep=/usr/local/lib/civic-kiosk-provision
args=(--deb "${keep}/civic-kiosk.deb" --no-overlay)
if [ -r "${keep}/ssh-keys.pub" ]; then
	args+=(--ssh-keys "${keep}/ssh-keys.pub")
fi
"${keep}/provision" "${args[@]}"
systemctl enable civic-kiosk-firstboot.service

# pi-gen gives its first user (uid 1000) the password from the config, which it requires with
# DISABLE_FIRST_BOOT_USER_RENAME=1. Nobody needs it: no console login, SSH with keys only.
first_user=$(getent passwd 1000 | cut -d: -f1)
if [ -n "${first_user}" ]; then
	usermod -p '*' "${first_user}"
fi
