#!/bin/bash
# Start-up in instructions: SMTP Codes against the minimal Qt window (tools/minimal-window),
# each counted by callgrind from exec until its first frame is painted. Unlike the wall-clock
# ratio of measure-startup.sh, the counts do not depend on what else the machine is doing, so
# they show the effect of a change on a shared machine. Only the main thread is counted, the
# thread that paints the frame: work other threads do beside it (the app loads Fontconfig on
# one while the display connects) and waiting (for the X server, the disk) are not.
# Usage: tools/count-startup-instructions.sh [BUILD_DIR]   (needs valgrind and xvfb)
set -euo pipefail
build=${1:-build/release}
app="$build/app/smtp-codes"
minimal="$build/tools/minimal-window"
[ -x "$app" ] && [ -x "$minimal" ] || { echo "build first: cmake --workflow --preset release" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "needs valgrind: apt-get install valgrind" >&2; exit 2; }

if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

export LANG=C.UTF-8 SMTPCODES_EXIT_AFTER_FIRST_PAINT=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config"
count() { # NAME PROGRAM… prints the main thread's instructions before the first-paint report
    local name=$1
    shift
    valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file="$work/$name" \
        --dump-before='SmtpCodes::FirstPaintProbe::event(QEvent*)' "$@" >/dev/null 2>&1
    awk '/^summary:/ {print $2; exit}' "$work/$name.1-01"
}
"$app" --lang en >/dev/null 2>&1 || true # a first start writes the settings a later start reads
min=$(count minimal "$minimal")
app_count=$(count app "$app" --lang en)
printf '%-34s %14s %8s\n' "program" "main thread" "ratio"
printf '%-34s %14d %8s\n' "minimal Qt window, first paint" "$min" "1.00"
printf '%-34s %14d %8.2f\n' "smtp-codes, first paint" "$app_count" \
    "$(echo "$app_count/$min" | bc -l)"
