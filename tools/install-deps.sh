#!/bin/sh
# Installs the Debian 12 packages SMTP Codes needs to build, test and run. Safe to re-run.
set -eu
packages="cmake ninja-build g++ qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
qt6-translations-l10n qt6-qpa-plugins libgl-dev libfontconfig-dev fonts-noto-cjk \
desktop-file-utils appstream"
missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends $missing
