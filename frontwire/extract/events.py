from frontwire.pipeline import Context, component


@component("events")
def extract_events(ctx: Context) -> None:
    ctx.record.events = []
