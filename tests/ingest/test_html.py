"""HTML pages: trafilatura's article text is kept as it gives it, with no second classifier over it (only
chrome marked as such: a comment thread, photo credits, link lists; see test_ingest)."""
from __future__ import annotations

from frontwire.ingest import to_article
from frontwire.models import Document

# Paragraphs the plain-text classifier would drop if it ran over trafilatura's output: the
# reader addressed ("you"), a short one-line paragraph, a quote full of "we" and "our".
PAGE = """<!doctype html><html><head><title>Evacuation buses leave Kostiantynivka | The Ledger</title>
<meta property="og:title" content="Evacuation buses leave Kostiantynivka as shelling intensifies">
<meta property="article:published_time" content="2025-08-14T09:20:00Z">
<meta property="og:site_name" content="The Ledger"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav>
<article><h1>Evacuation buses leave Kostiantynivka as shelling intensifies</h1>
<p>Three buses carrying about 120 residents left Kostiantynivka on Thursday morning, the regional military administration said, as Russian artillery fire on the city's northern districts grew heavier.</p>
<p>"We are asking everyone who can still leave to do it now. Our teams cannot reach some streets after dark," the head of the administration told reporters at the collection point.</p>
<p>If you stay, you will be on your own, one volunteer driver said.</p>
<p>Most of those who left were elderly, officials said, and many had refused earlier offers of evacuation because they did not want to leave their homes and animals behind.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Storm cuts power to coastal villages</a></li></ul></aside>
<footer>© 2025 The Ledger. All rights reserved.</footer></body></html>"""


def test_trafilatura_text_is_kept_whole_with_its_metadata():
    article = to_article(Document("page.html", PAGE, "html"))
    for kept in ("Three buses carrying about 120 residents", "We are asking everyone who can still leave",
                 "If you stay, you will be on your own", "because they did not want to leave their homes"):
        assert kept in article.text
    for chrome in ("Most read", "Storm cuts power", "All rights reserved", "Subscribe"):
        assert chrome not in article.text
    assert article.title == "Evacuation buses leave Kostiantynivka as shelling intensifies"
    assert article.published.isoformat() == "2025-08-14"
    assert article.publisher == "The Ledger"
    assert not article.warnings
