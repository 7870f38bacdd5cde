# shellcheck shell=bash disable=SC2034 # the package lists are used by the scripts that source this
# Shared by scripts/run and scripts/test: install what is missing, configure, build.
# Sourced, not run. Debian 12 / Raspberry Pi OS Bookworm package names.

# What the build needs.
CIVIC_BUILD_PACKAGES=(
  g++ cmake ninja-build pkg-config python3
  qt6-base-dev qt6-declarative-dev qt6-svg-dev qt6-speech-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libgl-dev libsodium-dev libarchive-dev libtomlplusplus-dev libqrencode-dev libsystemd-dev
)
# What the kiosk loads at run time (QtQuick needs WorkerScript, the virtual keyboard needs
# FolderListModel and Layouts, although apt does not say so).
CIVIC_RUNTIME_PACKAGES=(
  libqt6sql6-sqlite libqt6svg6 qt6-image-formats-plugins
  qml6-module-qtquick qml6-module-qtquick-window qml6-module-qtqml qml6-module-qtqml-models
  qml6-module-qtqml-workerscript
  qt6-virtualkeyboard-plugin qml6-module-qtquick-virtualkeyboard qml6-module-qt-labs-folderlistmodel
  qml6-module-qtquick-layouts
  qt6-speech-flite-plugin qt6-speech-speechd-plugin
  qml6-module-qtmultimedia gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
  fonts-noto-core fontconfig
)
# What CPack needs to make the .deb and compute its dependencies (dpkg-shlibdeps).
CIVIC_PACKAGE_PACKAGES=(dpkg-dev file)
# What the fuzz targets are built with (libFuzzer comes with clang's runtime).
CIVIC_FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev)
# What the tests and benchmarks use besides.
CIVIC_TEST_PACKAGES=(qml6-module-qttest xvfb xauth python3 python3-jsonschema minisign zbar-tools
  shellcheck libpam-systemd cage xwayland grim)

civic_missing_packages() {
  local package missing=()
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$package")
    fi
  done
  echo "${missing[@]}"
}

civic_install_packages() {
  local missing
  missing=$(civic_missing_packages "$@")
  [ -z "$missing" ] && return 0
  echo "Installing Debian packages: $missing"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: need root or sudo to install: $missing" >&2; return 1; }
    sudo=(sudo)
  fi
  # shellcheck disable=SC2086 # word splitting of the package list is intended
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
}

civic_build() {
  local build_dir=$1
  shift
  # Warnings are errors in CI, where the compiler is the one we know; not on every desktop.
  local werror=OFF
  [ -n "${CI:-}" ] && werror=ON
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCIVIC_WERROR="$werror" "$@"
  cmake --build "$build_dir"
}
