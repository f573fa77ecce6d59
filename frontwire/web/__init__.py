"""The web page served at `/` by `frontwire serve`: plain HTML/JS/CSS, all assets vendored.

static/vendor/ holds Leaflet and leaflet.markercluster, topojson-client, @tmcw/togeojson (KML
overlays) and Natural Earth borders: 1:110m countries for the world, 1:10m countries and admin-1
boundaries for Europe and the Middle East (see static/vendor/README.md). Settlement labels come
from the gazetteer through /api/geo/settlements. No tile server, no CDN. static/docs.html renders
the OpenAPI spec at /docs.
"""
from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parent / "static"
INDEX_HTML = STATIC_DIR / "index.html"
