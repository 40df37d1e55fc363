#!/usr/bin/env bash
# Installs every Debian 12 package Marquee needs to build, run and test.
# Idempotent; run as root (or with sudo available).
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git clang
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev qt6-multimedia-dev qt6-qpa-plugins qt6-translations-l10n libqt6sql6-psql libqt6sql6-sqlite libqt6svg6
  qtkeychain-qt6-dev libsodium-dev libqrencode-dev libzxing-dev qt6-svg-dev poppler-utils
  libgl-dev libglx-dev libvulkan-dev libxkbcommon-dev
  postgresql postgresql-contrib
  xvfb xauth x11-utils xdotool imagemagick dbus dbus-x11 gnome-keyring openssl
  fonts-noto-cjk fonts-dejavu-core
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
echo "setup: installing ${missing[*]}"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
# Debian auto-creates and starts a "main" cluster; Marquee's tests run their own private one.
echo "setup: done"
