#!/bin/sh
# Renders the hicolor PNG sizes of the app icon from its SVG (needs rsvg-convert, Debian's
# librsvg2-bin). The PNGs are committed; run this again after changing the SVG.
# At 32 px and below the "550" badge text would be a blur, so those sizes leave it out.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
svg="$here/resources/desktop/org.smtpcodes.SmtpCodes.svg"
out="$here/resources/desktop/icons"
mkdir -p "$out"
small=$(mktemp --suffix=.svg)
trap 'rm -f "$small"' EXIT
# Drops the <text …>550</text> element, which spans two lines.
sed '/<text/,/<\/text>/d' "$svg" >"$small"
for size in 16 22 24 32 48 64 128 256 512; do
    source="$svg"
    [ "$size" -le 32 ] && source="$small"
    rsvg-convert --width "$size" --height "$size" --output "$out/$size.png" "$source"
done
ls -l "$out"
