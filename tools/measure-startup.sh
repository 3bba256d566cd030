#!/bin/bash
# Start-up: SMTP Codes against a minimal Qt Widgets window, alternating, under Xvfb.
# Each run lasts from exec until the first window has painted: the programs print the time of
# their first paint and quit (app/ui/firstpaintprobe.h); their exit is not counted.
# Prints medians, the ratio and resident memory at that point.
# Usage: tools/measure-startup.sh [BUILD_DIR] [RUNS]   (needs xvfb: apt-get install xvfb xauth)
set -euo pipefail
build=${1:-build/release}
runs=${2:-31}
app="$build/app/smtp-codes"
minimal="$build/tools/minimal-window"
[ -x "$app" ] && [ -x "$minimal" ] || { echo "build first: cmake --workflow --preset release" >&2; exit 2; }

if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

export LANG=C.UTF-8
# An empty settings folder: every run starts like a first start, on the first code of the list.
XDG_CONFIG_HOME=$(mktemp -d)
export XDG_CONFIG_HOME
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
measure() { # MODE PROGRAM… prints "<µs from exec to the paint> <rss-kib>"; the exit is not counted
    local mode=$1 start out painted
    shift
    start=$(date +%s%N)
    out=$(SMTPCODES_EXIT_AFTER_FIRST_PAINT=$mode "$@" 2>/dev/null | grep first-paint || true)
    painted=$(echo "$out" | awk '{print $3}')
    if [ -z "$painted" ]; then # the program failed before painting: this run does not count
        echo "warning: $* did not report a first paint" >&2
        return
    fi
    echo "$(( (painted - start) / 1000 )) $(echo "$out" | awk '{print $5}')"
}
: > /tmp/startup.min; : > /tmp/startup.app; : > /tmp/startup.content
for i in $(seq 1 "$runs"); do
    measure 1 "$minimal" >> /tmp/startup.min
    measure 1 "$app" --lang en >> /tmp/startup.app
    measure content "$app" --lang en >> /tmp/startup.content
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { echo "$(cut -d' ' -f1 "$1" | median) / 1000" | bc -l; }
mib() { echo "$(cut -d' ' -f2 "$1" | median) / 1024" | bc -l; }
min_ms=$(ms /tmp/startup.min); app_ms=$(ms /tmp/startup.app); content_ms=$(ms /tmp/startup.content)
echo "runs each: $runs (alternating), cores: $(nproc)"
printf '%-44s %10s %8s %10s\n' "program" "median ms" "ratio" "RSS MiB"
printf '%-44s %10.1f %8s %10.1f\n' "minimal Qt window, first paint" "$min_ms" "1.00" "$(mib /tmp/startup.min)"
printf '%-44s %10.1f %8.2f %10.1f\n' "smtp-codes, first paint" "$app_ms" \
    "$(echo "$app_ms/$min_ms" | bc -l)" "$(mib /tmp/startup.app)"
printf '%-44s %10.1f %8.2f %10.1f\n' "smtp-codes, first code's page painted" "$content_ms" \
    "$(echo "$content_ms/$min_ms" | bc -l)" "$(mib /tmp/startup.content)"
printf 'goals: first paint <= 1.15x the minimal window, memory <= minimal + 8 MiB\n'
