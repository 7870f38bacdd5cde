#!/bin/bash -e
# pi-gen runs this on the build machine, in this folder, with ROOTFS_DIR set (the image's root).
# It puts provision, its lock-down files, the .deb and the first-boot step into the image; the
# next script, 00-run-chroot.sh, runs provision inside it.
#
# From the pi-gen config (exported there, see ../../config.example):
#   CIVIC_DEB            the civic-kiosk .deb for arm64 (required)
#   CIVIC_SSH_KEYS       public keys for the technician account (optional; without: SSH off)
#   CIVIC_ROOT_SIZE_MIB  the size the root partition grows to at first boot (default 8192)
#   CIVIC_READONLY_ROOT  1 (default): read-only root from the first boot on; 0: writable

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
deploy=$(cd "$here/../../.." && pwd)
keep="${ROOTFS_DIR}/usr/local/lib/civic-kiosk-provision"

if [ -z "${CIVIC_DEB:-}" ] || [ ! -f "${CIVIC_DEB}" ]; then
	echo "civic-kiosk stage: CIVIC_DEB='${CIVIC_DEB:-}' is not a file: export CIVIC_DEB=/path/to/civic-kiosk_VERSION_arm64.deb in the pi-gen config" >&2
	exit 1
fi
if [ "$(dpkg-deb -f "${CIVIC_DEB}" Architecture)" != arm64 ]; then
	echo "civic-kiosk stage: ${CIVIC_DEB} is not for arm64" >&2
	exit 1
fi

install -d "${keep}"
install -m 755 "${deploy}/provision" "${keep}/provision"
rm -rf "${keep}/rootfs"
cp -R "${deploy}/rootfs" "${keep}/rootfs"
install -m 644 "${CIVIC_DEB}" "${keep}/civic-kiosk.deb"
if [ -n "${CIVIC_SSH_KEYS:-}" ]; then
	install -m 644 "${CIVIC_SSH_KEYS}" "${keep}/ssh-keys.pub"
else
	rm -f "${keep}/ssh-keys.pub"
fi
install -m 755 files/civic-kiosk-firstboot "${keep}/civic-kiosk-firstboot"
cat >"${keep}/firstboot.conf" <<CONF
# Written by the image recipe (deploy/raspberrypi/image); read by civic-kiosk-firstboot.
CIVIC_ROOT_SIZE_MIB=${CIVIC_ROOT_SIZE_MIB:-8192}
CIVIC_READONLY_ROOT=${CIVIC_READONLY_ROOT:-1}
CONF
install -m 644 files/civic-kiosk-firstboot.service "${ROOTFS_DIR}/etc/systemd/system/"

# Raspberry Pi OS grows the root over the whole card at first boot. That would leave no room for
# the data partition, so its trigger goes: the word "resize" in cmdline.txt (raspberrypi-sys-mods'
# initramfs hook), or init=/usr/lib/raspberrypi-sys-mods/firstboot on older images. The first boot
# grows the root itself, to CIVIC_ROOT_SIZE_MIB, and gives the rest to CIVICDATA.
cmdline="${ROOTFS_DIR}/boot/firmware/cmdline.txt"
[ -f "${cmdline}" ] || cmdline="${ROOTFS_DIR}/boot/cmdline.txt"
tokens=()
read -ra words <"${cmdline}"
for word in "${words[@]}"; do
	case "${word}" in
		resize | init=/usr/lib/raspberrypi-sys-mods/firstboot) ;;
		*) tokens+=("${word}") ;;
	esac
done
echo "${tokens[*]}" >"${cmdline}"
echo "civic-kiosk stage: ${cmdline#"${ROOTFS_DIR}"}: ${tokens[*]}"
