#!/bin/bash
# Retakes the screenshots in resources/screenshots/ (README and AppStream metainfo) under Xvfb.
# Needs: xvfb, imagemagick (import, convert); for the dark one, qt6-gtk-platformtheme (the app
# then follows GTK's Adwaita:dark, as on a desktop set to a dark theme).
# Usage: tools/take-screenshots.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build/release}
app="$(cd "$build" && pwd)/app/smtp-codes"
out="$(cd "$(dirname "$0")/.." && pwd)/resources/screenshots"
[ -x "$app" ] || { echo "build first: cmake --workflow --preset release" >&2; exit 2; }

# shot NAME SCREEN ENV… -- ARGS…: one window, 1000×680 logical pixels, from a fresh settings folder.
shot() {
    local name=$1 screen=$2 crop=$3
    shift 3
    local envs=()
    while [ "$1" != "--" ]; do envs+=("$1"); shift; done
    shift
    local config
    config=$(mktemp -d)
    xvfb-run -a -s "-screen 0 ${screen}x24" bash -c '
        env XDG_CONFIG_HOME="$0" "${@:2}" & pid=$!
        sleep 4
        import -window root "$1"
        kill $pid' "$config" "$out/$name.png" "${envs[@]}" "$app" "$@"
    convert "$out/$name.png" -crop "$crop+0+0" +repage "$out/$name.png"
    rm -rf "$config"
    echo "$out/$name.png"
}

shot detail-en 1100x720 1000x680 LANG=C.UTF-8 -- --lang en 535
shot compare-fr 1100x720 1000x680 LANG=C.UTF-8 -- --lang fr 450 550
shot vendor-zh_CN 1100x720 1000x680 LANG=C.UTF-8 -- --lang zh_CN 5.7.606
shot dark-zh_CN 1100x720 1000x680 LANG=C.UTF-8 QT_QPA_PLATFORMTHEME=gtk3 GTK_THEME=Adwaita:dark -- --lang zh_CN 550
shot hidpi-vi 2200x1440 2000x1360 LANG=C.UTF-8 QT_SCALE_FACTOR=2 -- --lang vi X.7.8
