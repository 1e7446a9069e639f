#!/usr/bin/env bash
# Generates every icon from installer/icons/medlist.svg (needs ImageMagick; png2icns from icnsutils
# for macOS if present). The generated files are committed, so building installers does not need these tools.
set -euo pipefail
cd "$(dirname "$0")/icons"
for size in 16 32 48 64 128 256 512; do
  convert -background none -density 300 medlist.svg -resize ${size}x${size} medlist-${size}.png
done
cp medlist-256.png ../linux/MedList.png
convert medlist-16.png medlist-32.png medlist-48.png medlist-64.png medlist-128.png medlist-256.png medlist.ico
if command -v png2icns >/dev/null; then png2icns medlist.icns medlist-16.png medlist-32.png medlist-128.png medlist-256.png medlist-512.png; fi
echo "icons written to installer/icons"
