#!/bin/bash
# Peak resident memory of `smtp-codes --explain -` on a generated 100 MB transcript/log.
# Usage: tests/memory/explain-peak-rss.sh [BUILD_DIR] [MEGABYTES]   (needs GNU time: apt-get install time)
set -euo pipefail
build=${1:-build/release}
megabytes=${2:-100}
exe="$build/app/smtp-codes"
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
sample=$(mktemp)
trap 'rm -f "$sample"' EXIT
cat > "$sample" <<'LOG'
Nov 23 10:15:01 mail postfix/smtp[1234]: 4B2C81A2: to=<bob@example.org>, relay=mx.example.org[203.0.113.7]:25, delay=1.2, status=bounced (host mx.example.org[203.0.113.7] said: 550 5.1.1 <bob@example.org>: Recipient address rejected (in reply to RCPT TO command))
S: 250-mx.example.org Hello
S: 250-PIPELINING
S: 250 SMTPUTF8
C: MAIL FROM:<alice@example.com>
S: 250 2.1.0 Ok
Nov 23 10:15:03 mail postfix/smtp[1235]: 5C3D92B3: to=<carol@example.com>, status=deferred (host mx.example.com said: 450 4.7.1 Greylisted, try again in 300 seconds)
LOG
bytes=$((megabytes * 1024 * 1024))
start=$(date +%s%N)
set +o pipefail # yes ends on SIGPIPE
report=$( { yes "$(cat "$sample")" | head -c "$bytes" | /usr/bin/time -f "peak-rss-kib %M" \
    "$exe" --explain - --summary --lang en > /dev/null; } 2>&1 )
end=$(date +%s%N)
set -o pipefail
kib=$(echo "$report" | awk '/peak-rss-kib/ {print $2}')
seconds=$(echo "($end - $start) / 1000000000" | bc -l)
printf 'input: %d MB   peak RSS: %.1f MiB (goal < 64)   throughput: %.1f MB/s\n' \
    "$megabytes" "$(echo "$kib / 1024" | bc -l)" "$(echo "$megabytes / $seconds" | bc -l)"
