"""The web page served at `/` by `frontwire serve`: plain HTML/JS/CSS, all assets vendored.

static/vendor/ holds Leaflet (npm `leaflet`), topojson-client (npm `topojson-client`) and the
Natural Earth 1:110m countries (npm `world-atlas`, TopoJSON): no tile server, no CDN.
"""
from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parent / "static"
INDEX_HTML = STATIC_DIR / "index.html"
