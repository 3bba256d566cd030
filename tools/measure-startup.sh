#!/bin/bash
# Start-up: SMTP Codes against a minimal Qt Widgets window, alternating, under Xvfb.
# Each run lasts from exec until the first window has painted (the programs quit there, see
# app/ui/firstpaintprobe.h). Prints medians, the ratio and resident memory at that point.
# Usage: tools/measure-startup.sh [BUILD_DIR] [RUNS]   (needs xvfb: apt-get install xvfb xauth)
set -euo pipefail
build=${1:-build/release}
runs=${2:-21}
app="$build/app/smtp-codes"
minimal="$build/tools/minimal-window"
[ -x "$app" ] && [ -x "$minimal" ] || { echo "build first: cmake --workflow --preset release" >&2; exit 2; }

if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

export SMTPCODES_EXIT_AFTER_FIRST_PAINT=1 LANG=C.UTF-8
measure() { # prints "<ms> <rss-kib>"
    local start end out
    start=$(date +%s%N)
    out=$("$@" 2>/dev/null | grep first-paint || true)
    end=$(date +%s%N)
    echo "$(( (end - start) / 1000000 )) ${out##* }"
}
: > /tmp/startup.app; : > /tmp/startup.min
for i in $(seq 1 "$runs"); do
    measure "$minimal" >> /tmp/startup.min
    measure "$app" --lang en >> /tmp/startup.app
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
app_ms=$(cut -d' ' -f1 /tmp/startup.app | median); min_ms=$(cut -d' ' -f1 /tmp/startup.min | median)
app_kib=$(cut -d' ' -f2 /tmp/startup.app | median); min_kib=$(cut -d' ' -f2 /tmp/startup.min | median)
echo "runs each: $runs (alternating), cores: $(nproc)"
printf '%-28s %10s %12s\n' "program" "median ms" "RSS MiB"
printf '%-28s %10s %12.1f\n' "minimal Qt window" "$min_ms" "$(echo "$min_kib/1024" | bc -l)"
printf '%-28s %10s %12.1f\n' "smtp-codes" "$app_ms" "$(echo "$app_kib/1024" | bc -l)"
printf 'start-up ratio: %.2f (goal <= 1.15)   extra memory: %.1f MiB (goal <= 8)\n' \
    "$(echo "$app_ms/$min_ms" | bc -l)" "$(echo "($app_kib-$min_kib)/1024" | bc -l)"
