from frontwire.pipeline import Context, component


@component("quotes")
def extract_quotes(ctx: Context) -> None:
    ctx.record.quotes = []
