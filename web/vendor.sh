#!/usr/bin/env bash
# Copies the dashboard's third-party assets from node_modules into the package, so the
# dashboard works offline and the Python package needs no npm at run time.
# Usage (from web/):  npm ci && bash vendor.sh        Output: src/marsad/api/static/vendor/
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
nm="$here/node_modules"
dest="$here/../src/marsad/api/static/vendor"
rm -rf "$dest"
mkdir -p "$dest/fonts"
cp "$nm/leaflet/dist/leaflet.js" "$nm/leaflet/dist/leaflet.css" "$dest/"
cp "$nm/echarts/dist/echarts.common.min.js" "$dest/echarts.min.js"
cp "$nm/cytoscape/dist/cytoscape.min.js" "$dest/"
cp "$nm/topojson-client/dist/topojson-client.min.js" "$dest/"
# Natural Earth 1:50m country outlines (TopoJSON) as the basemap: no tile server needed.
cp "$nm/world-atlas/countries-50m.json" "$dest/countries-50m.json"
font="$nm/@fontsource/noto-naskh-arabic/files"
cp "$font/noto-naskh-arabic-arabic-400-normal.woff2" "$font/noto-naskh-arabic-arabic-700-normal.woff2" "$dest/fonts/"
# Licences travel with the files.
{
  for p in leaflet echarts cytoscape topojson-client world-atlas @fontsource/noto-naskh-arabic; do
    v=$(node -p "require('$nm/$p/package.json').version")
    l=$(node -p "require('$nm/$p/package.json').license")
    echo "==== $p $v ($l) ===="
    cat "$nm/$p/LICENSE"* 2>/dev/null || true
    echo
  done
} > "$dest/LICENSES.txt"
du -sh "$dest"
