"""Places: toponyms found and resolved with the offline gazetteer (placeholder)."""
from frontwire.pipeline import Context, component


@component("places")
def extract_places(ctx: Context) -> None:
    ctx.record.places = []
