#!/usr/bin/env bash
# Makes the subset web fonts of the residents' languages' scripts from Debian's Noto fonts (OFL, see
# static/fonts/OFL.txt): the script's Unicode block with every shaping feature kept, hinting dropped,
# regular weight only (browsers embolden it), so a first page stays under 100 KB in every language.
# Needs: apt-get install fonts-noto-core python3-fonttools python3-brotli
set -euo pipefail
noto=/usr/share/fonts/truetype/noto
out="$(dirname "$0")/../../src/main/resources/static/fonts"
subset() { # language font unicode-ranges
  /usr/bin/python3 -m fontTools.subset "$noto/$2-Regular.ttf" --unicodes="$3" --no-hinting --desubroutinize \
    --flavor=woff2 --output-file="$out/$1-regular.woff2"
}
subset noto-naskh-urdu NotoNaskhArabic "U+0600-06FF,U+200C-200F,U+FB50-FDFF,U+FE70-FEFF"
subset noto-sans-devanagari NotoSansDevanagari "U+0900-097F,U+200C-200D,U+20B9,U+25CC"
subset noto-sans-bengali NotoSansBengali "U+0980-09FF,U+200C-200D,U+25CC"
subset noto-sans-malayalam NotoSansMalayalam "U+0D00-0D7F,U+200C-200D,U+25CC"
ls -l "$out"
