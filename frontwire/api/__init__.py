"""The HTTP API and web page of frontwire: `create_app(db_url, token=None)`; `frontwire serve`."""
from frontwire.api.app import create_app

__all__ = ["create_app"]
