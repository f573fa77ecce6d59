"""Ingestion of every input kind, without the NLP model: frontwire.ingest is called directly.

The articles in tests/fixtures/ingest/ are written for these tests (invented places and
people), each in a different site's style of chrome.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import sys
import textwrap
import time
from pathlib import Path

import pytest

from frontwire.errors import BadDocument
from frontwire.ingest import NotEnglish, read_bytes, read_documents, to_article
from frontwire.ingest.boilerplate import Block, clean_text, story_spans
from frontwire.ingest.decode import MAX_BYTES, decode
from frontwire.models import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
SEED = Path("/work/shared/corpus/dev/moscowtimes-alaska-summit.txt")
if not SEED.exists():
    SEED = Path(__file__).resolve().parents[2] / "samples" / "moscowtimes-alaska-summit.txt"

HTML_PAGE = (FIXTURES / "harbour-ceasefire.html").read_text(encoding="utf-8")
ARTICLE = (
    "Military engineers began clearing mines from the farmland around the village of Ostrava Dolna on Monday, "
    "the regional administration said, a week after the last artillery units withdrew from the area.\n\n"
    "\"We expect the first fields to be ready for sowing by the end of the month,\" the head of the demining "
    "team told reporters at the edge of a cleared field.\n\n"
    "More than two hundred families have asked to return to the village, officials said, but only a few "
    "houses still have roofs, and the water supply has not been restored."
)


def norm(text: str) -> str:
    return " ".join(text.split())


def article_of(path: Path | str) -> object:
    items = list(read_documents([str(path)]))
    assert len(items) == 1 and not isinstance(items[0], BadDocument), items
    return to_article(items[0])


def articles(items):
    out = []
    for item in items:
        if isinstance(item, BadDocument):
            out.append(item)
            continue
        try:
            out.append(to_article(item))
        except BadDocument as exc:
            out.append(exc)
    return out


# --- plain-text scrapes: three chrome styles plus the seed -------------------------------

SCRAPES = {
    "courier-geneva-talks.txt": dict(
        title="Geneva Prisoner Exchange Talks Stall Over Sequencing Dispute",
        published=dt.date(2025, 3, 4),
        body_in=[
            "GENEVA — Negotiators from both delegations left the Palais des Nations",
            "We came here ready to sign a first list of two hundred names",
            "A spokesperson for the Swiss foreign ministry said the mediators",
            "several collapsed at the last minute when one side added names to the list.",
        ],
        body_out=[
            "We use cookies", "Accept all", "Manage preferences", "Politics", "Advertisement",
            "Read more: What the last round", "Share on Facebook", "Copy link",
            "is the diplomatic correspondent", "Related stories", "Drone strikes hit fuel depot",
            "All rights reserved", "Contact us", "By Miriam Okafor",
        ],
    ),
    "sentinel-port-blockade.txt": dict(
        title="Navy escorts first grain convoy through blockaded strait",
        published=dt.date(2025, 6, 11),
        body_in=[
            "Three cargo ships loaded with wheat left the port of Vestrand",
            "This is a test of whether the corridor can work at all",
            "called on all parties to respect freedom of navigation.",
        ],
        body_out=[
            "Skip to content", "THE BALTIC SENTINEL", "Home » News", "Listen to this article",
            "Photo: Sentinel staff", "Topics:", "Tags:", "Comments (12)", "Leave a comment", "Most read",
            "Parliament votes", "morning briefing", "About us",
        ],
    ),
    "frontline-digest-drone-strike.txt": dict(
        title="Drone Strike on Fuel Depot Sparks Fire Near Border City",
        published=None,
        body_in=[
            "A large fire broke out at a fuel storage depot on the outskirts",
            "No one was killed, but two firefighters were treated in hospital",
            "prices at filling stations could rise in the coming days.",
            "It was the third attack on energy facilities in the region this month.",
        ],
        body_out=[
            "FRONTLINE DIGEST", "MENU", "PODCASTS", "Follow us on Telegram", "Continue reading below",
            "ADVERTISING", "Image credit", "Join our WhatsApp channel", "originally published",
            "Editor's picks", "The farmers who stayed", "Support our reporting", "Copyright",
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(SCRAPES))
def test_text_scrape_keeps_body_and_drops_chrome(name):
    want = SCRAPES[name]
    article = article_of(FIXTURES / name)
    text = norm(article.text)
    assert article.title == want["title"]
    assert article.published == want["published"]
    for snippet in want["body_in"]:
        assert norm(snippet) in text, snippet
    for snippet in want["body_out"]:
        assert norm(snippet) not in text, snippet
    assert not text.startswith(want["title"])  # the headline is the title, not the first paragraph


def test_seed_article_matches_gold():
    gold = json.loads(SEED.with_suffix(".gold.json").read_text(encoding="utf-8")) if SEED.with_suffix(".gold.json").exists() else json.loads(
        (SEED.parent / "moscowtimes-alaska-summit.gold.json").read_text(encoding="utf-8"))
    article = article_of(SEED)
    text = norm(article.text)
    for snippet in gold["body_in"]:
        assert norm(snippet) in text, snippet
    for snippet in gold["body_out"]:
        assert norm(snippet) not in text, snippet
    assert article.title == gold["title"]
    assert article.publisher == gold["publisher"] == "The Moscow Times"


def test_boilerplate_memory_marks_lines_repeated_across_a_batch():
    from frontwire.ingest import BoilerplateMemory

    memory = BoilerplateMemory()
    promo = "Tonight on the podcast the war in five minutes with our editors and guests."
    for n in range(4):
        page = f"{ARTICLE}\n\nThe village council met on day {n} to plan the return of families, officials said in a statement.\n\n{promo}"
        cleaned = clean_text(page, memory)
        memory.remember([b for b in __import__("frontwire.ingest.boilerplate", fromlist=["split_blocks"]).split_blocks(page)])
    assert promo not in cleaned.body


def test_link_lists_inside_and_after_the_story_are_dropped_without_cutting_it():
    story = [
        "Israeli air strikes killed at least nine people in southern Lebanon on Saturday, the health ministry said in a statement.",
        "The army said it had struck weapons depots belonging to Hezbollah near the towns of Nabatieh and Bint Jbeil overnight.",
        "UN peacekeepers said one of their patrols had come under fire near Khiam earlier this week, without casualties.",
        "What we know so far",
        "Negotiators have been holding indirect talks in Beirut since Sunday, with the United States acting as mediator.",
    ]
    page = "\n\n".join([
        story[0], story[1],
        "Recommended Stories\nlist of 3 items\nlist 1 of 3\nLebanon's cabinet orders army to draw up plan to disarm Hezbollah\n"
        "list 2 of 3\nWhat is UNIFIL and why does its mandate matter?\nend of list",
        story[2],
        "Related: 'We are trapped': residents describe life under siege",
        story[3], story[4],
        "SAMIR HADDAD\nHaddad covers the Gulf states and Yemen for The Associated Press.",
        "Related\nUkraine hits Russian refinery in Saratov as drone war intensifies\nRussia-Ukraine war in maps",
    ])
    body = "\n".join(clean_text(page).body)
    for paragraph in story:
        assert paragraph in body
    for chrome in ("Recommended Stories", "list 1 of 3", "disarm Hezbollah", "mandate matter", "Related:",
                   "covers the Gulf states", "Saratov", "war in maps"):
        assert chrome not in body, chrome


def test_a_lede_cut_off_by_a_video_box_rejoins_the_story():
    lede = [
        "KHARTOUM — Paramilitary fighters shelled a displacement camp on the edge of El Fasher on Tuesday, killing at least fourteen people, local medics said.",
        "The Rapid Support Forces have laid siege to the city for more than a year, and aid groups say food and medicine have nearly run out in the camps around it.",
        "A spokesman for the governor of North Darfur said the shells struck a market and a clinic run by volunteers shortly after dawn, when the market was busiest.",
    ]
    rest = [
        "Residents said the shelling went on for several hours, and that many of the wounded could not be carried to the city's last working hospital because of sniper fire.",
        "The United Nations said last month that more than half a million people had fled El Fasher since the siege began, most of them to camps near the border with Chad.",
        "Talks between the army and the paramilitary group in Jeddah broke down in the spring, and neither side has agreed to a new round since then, diplomats said.",
        "The army accused the paramilitary force of targeting civilians on purpose, a charge the group denied in a statement posted on its channels late on Tuesday.",
        "Aid workers said the rainy season had cut the few roads still open into the region, and that trucks carrying grain had waited at the border for weeks without a permit.",
        "A doctor at the hospital said its staff had treated more than forty people wounded in the attack, several of them children, and that it was short of blood and anaesthetics.",
    ]
    video_box = ["Videos", "Watch: life inside the siege"] + [
        line for n in range(1, 13) for line in (f"Clip {n}", f"Footage shows families leaving the town of Tawila on day {n}")
    ] + ["More videos", "Related Articles"] + [f"* Darfur crisis explained, part {n}" for n in range(1, 15)]
    page = "\n\n".join(["Home", "World", "Africa"] + lede + video_box + rest + ["Share this article"])
    body = "\n".join(clean_text(page).body)
    for paragraph in lede + rest:
        assert paragraph in body
    for chrome in ("Footage shows", "Clip 3", "Darfur crisis explained", "Share this article"):
        assert chrome not in body, chrome


def test_story_parts_rejoin_across_chrome_but_not_past_a_comment_heading_nor_as_blurbs():
    def spans(lines):
        blocks = [Block(text=text, index=i, words=words) for i, (text, words, _) in enumerate(lines)]
        return story_spans(blocks, [p for _, _, p in lines], 0.5)

    paragraph = ("A paragraph of the story.", 40, 0.95)
    box_line = ("Clip", 3, 0.05)
    comments = ("Comments", 1, 0.05)
    blurb = ("A teaser of another story elsewhere on the site.", 12, 0.9)
    # The lede above a box joins the story; the reader comments below the heading do not.
    assert spans([paragraph] * 2 + [box_line] * 40 + [paragraph] * 6 + [comments] + [box_line] * 40 + [paragraph] * 3) \
        == [(0, 2), (42, 48)]
    # Six blurbs weigh a good share of the story, but none is a paragraph.
    assert spans([blurb] * 6 + [box_line] * 40 + [paragraph] * 6) == [(46, 52)]


# --- HTML ---------------------------------------------------------------------------------

def test_html_page_keeps_article_paragraphs_and_reads_meta(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    article = article_of(path)
    text = norm(article.text)
    assert "A ceasefire around the port city of Saltmere held for a third consecutive day" in text
    assert "verify the positions listed in the annex to the agreement." in text
    assert "Three quiet nights are not peace" in text
    for chrome in ("Subscribe to our newsletter", "Navigation menu header", "All rights reserved", "Storm warning", "Ferry prices"):
        assert chrome not in text
    assert article.title == "Harbour Ceasefire Holds for Third Day as Monitors Arrive"
    assert article.published == dt.date(2025, 5, 21)
    assert article.publisher == "The Coastal Observer"


def test_html_sniffed_without_suffix():
    [doc] = list(read_bytes(HTML_PAGE.encode(), "page"))
    assert doc.kind == "html"


def test_deeply_nested_html_is_read_or_reported_quickly():
    paragraph = f"<p>{ARTICLE}</p>"
    page = "<html><head><title>Deep</title></head><body><nav>Home | World | Sport</nav>" + "<div>" * 20000 + paragraph + "</div>" * 20000 + "</body></html>"
    start = time.perf_counter()
    [doc] = list(read_bytes(page.encode(), "deep.html", ".html"))
    article = to_article(doc)
    assert time.perf_counter() - start < 10
    assert "Military engineers began clearing mines" in article.text
    assert "Home | World" not in article.text
    assert any("stripping tags" in w for w in article.warnings)


@pytest.mark.parametrize("page", [
    "<html><body>" + "<div><span><b>" * 5000,  # never closed
    "<html><body><p>unterminated <a href='x" + "x" * 100000,
    "<html><body></body></html>",
    "<!doctype html><html><body>" + "</div>" * 10000 + "</body></html>",
    "<html><body><script>" + "var a = 1;" * 1000 + "</script></body></html>",
])
def test_broken_html_is_a_bad_document_not_a_crash(page):
    for item in read_bytes(page.encode(), "broken.html", ".html"):
        if isinstance(item, Document):
            with pytest.raises(BadDocument):
                article = to_article(item)
                assert "<" not in article.text  # no raw markup taken for text
                raise BadDocument("ok", "read")


# --- JSON Lines -------------------------------------------------------------------------

def test_jsonl_text_and_html_fields_with_a_broken_line(tmp_path):
    lines = [
        json.dumps({"text": ARTICLE, "title": "Demining begins near Ostrava Dolna", "published": "2025-04-02",
                    "url": "https://example.org/a", "publisher": "Example Wire"}),
        '{"text": "broken line, no closing brace"',
        json.dumps({"html": HTML_PAGE, "url": "https://example.org/b"}),
        json.dumps({"title": "no body"}),
        json.dumps(["not", "an", "object"]),
        "",
        json.dumps({"text": ARTICLE, "title": 42, "published": {"odd": 1}, "source": {"id": "x", "name": "Wire Name"}}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_documents([str(path)]))
    bad = {i.source: i.problem for i in items if isinstance(i, BadDocument)}
    docs = [i for i in items if isinstance(i, Document)]
    assert set(bad) == {f"{path}#2", f"{path}#4", f"{path}#5"}
    assert "broken JSON" in bad[f"{path}#2"]
    assert [d.source for d in docs] == [f"{path}#1", f"{path}#3", f"{path}#7"]
    first, second, third = (to_article(d) for d in docs)
    assert first.title == "Demining begins near Ostrava Dolna" and first.published == dt.date(2025, 4, 2)
    assert first.url == "https://example.org/a" and first.publisher == "Example Wire"
    assert docs[1].kind == "html"
    assert "Saltmere" in second.text and "Subscribe to our newsletter" not in second.text
    assert second.published == dt.date(2025, 5, 21)
    assert third.title == "42" and third.published is None and third.publisher == "Wire Name"


def test_json_file_with_one_pretty_printed_object():
    data = json.dumps({"text": ARTICLE, "title": "Pretty"}, indent=2).encode()
    [doc] = list(read_bytes(data, "one.json", ".json"))
    assert doc.title == "Pretty"


# --- feeds ------------------------------------------------------------------------------

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Border Report</title><link>https://example.org</link><description>News</description>
<item><title>Demining begins near Ostrava Dolna</title><link>https://example.org/1</link>
<pubDate>Wed, 02 Apr 2025 09:00:00 GMT</pubDate>
<description><![CDATA[{''.join(f'<p>{p}</p>' for p in ARTICLE.split(chr(10) + chr(10)))}]]></description></item>
<item><title>Entry with no date</title><description>{ARTICLE.split(chr(10))[0]}</description></item>
<item><title>Entry with no body</title></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Frontier Desk</title><id>urn:x</id><updated>2025-04-03T10:00:00Z</updated>
<entry><title>Demining resumes</title><id>urn:1</id><link href="https://example.org/atom/1"/>
<updated>2025-04-03T10:00:00Z</updated><published>2025-04-02T08:00:00Z</published>
<content type="html">{''.join(f'&lt;p&gt;{p.replace(chr(34), "&quot;")}&lt;/p&gt;' for p in ARTICLE.split(chr(10) + chr(10)))}</content></entry>
<entry><id>urn:2</id><summary>{ARTICLE.split(chr(10))[0]}</summary></entry>
</feed>"""


def test_rss_feed_entries_with_dates_and_missing_fields():
    items = list(read_bytes(RSS.encode(), "news.rss", ".rss"))
    assert len(items) == 3
    first, second, third = items
    assert isinstance(third, BadDocument) and "no content" in third.problem
    assert first.title == "Demining begins near Ostrava Dolna" and first.published == dt.date(2025, 4, 2)
    assert first.publisher == "Border Report" and first.url == "https://example.org/1"
    assert second.published is None
    a1, a2 = to_article(first), to_article(second)
    assert "the head of the demining team told reporters" in norm(a1.text)
    assert a2.text.startswith("Military engineers")


def test_atom_feed_sniffed_without_suffix():
    items = list(read_bytes(ATOM.encode(), "feed"))
    assert [type(i).__name__ for i in items] == ["Document", "Document"]
    first, second = items
    assert first.published == dt.date(2025, 4, 2) and first.title == "Demining resumes"
    assert first.url == "https://example.org/atom/1" and first.publisher == "Frontier Desk"
    assert second.title is None and second.published is None
    assert "We expect the first fields" in to_article(first).text
    assert to_article(second).title is None


def test_feed_with_no_entries_is_reported():
    [item] = list(read_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>', "empty.rss", ".rss"))
    assert isinstance(item, BadDocument)


# --- WARC -------------------------------------------------------------------------------

def write_warc(path: Path, pages: list[tuple[str, str]], gzip: bool = False) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=headers))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://example.org/x.png", "response", payload=io.BytesIO(b"\x89PNG...."), http_headers=image))


@pytest.mark.parametrize("gzip", [False, True])
def test_warc_with_two_html_responses(tmp_path, gzip):
    second = HTML_PAGE.replace("Saltmere", "Kelvport").replace("2025-05-21", "2025-05-22")
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    write_warc(path, [("https://example.org/one", HTML_PAGE), ("https://example.org/two", second)], gzip=gzip)
    items = list(read_documents([str(path)]))
    assert [i.url for i in items] == ["https://example.org/one", "https://example.org/two"]
    assert items[0].source == f"{path}#https://example.org/one"
    one, two = (to_article(i) for i in items)
    assert "Saltmere" in one.text and "Kelvport" in two.text
    assert one.published == dt.date(2025, 5, 21) and two.published == dt.date(2025, 5, 22)  # the page's date, not the crawl's


def test_truncated_warc_reports_the_archive(tmp_path):
    path = tmp_path / "cut.warc"
    write_warc(path, [("https://example.org/one", HTML_PAGE)])
    whole = path.read_bytes()
    for damaged in (b"WARC/1.0\r\nnonsense\r\n\r\n" + os.urandom(200), whole[:200] + os.urandom(500)):
        path.write_bytes(damaged)
        items = list(read_documents([str(path)]))
        assert items and all(isinstance(i, BadDocument) for i in items), items
        assert all(i.source.startswith(str(path)) for i in items)
    path.write_bytes(whole[: len(whole) // 3])  # cut mid-record: what is there is read, no crash
    assert list(read_documents([str(path)]))


# --- folders and stdin -------------------------------------------------------------------

def test_folder_mixing_kinds(tmp_path):
    (tmp_path / "a.txt").write_bytes((FIXTURES / "sentinel-port-blockade.txt").read_bytes())
    (tmp_path / "b.html").write_text(HTML_PAGE, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": ARTICLE}) + "\n{broken\n", encoding="utf-8")
    (tmp_path / "d.rss").write_text(RSS, encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    write_warc(sub / "e.warc", [("https://example.org/one", HTML_PAGE)])
    (tmp_path / ".hidden.txt").write_text(ARTICLE)
    results = articles(read_documents([str(tmp_path)]))
    sources = [r.source for r in results]
    assert not any(".hidden" in s for s in sources)
    good = [r for r in results if not isinstance(r, BadDocument)]
    bad = [r for r in results if isinstance(r, BadDocument)]
    assert len(good) == 6  # txt, html, 1 jsonl record, 2 rss entries, 1 warc response
    assert sorted(b.source for b in bad) == sorted([f"{tmp_path}/c.jsonl#2", f"{tmp_path}/d.rss#3"])


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-16"))))
    [doc] = list(read_documents(["-"]))
    assert doc.source == "<stdin>"
    assert to_article(doc).text.startswith("Military engineers began")


# --- encodings, languages, bad files ---------------------------------------------------

RUSSIAN = "Министр иностранных дел заявил во вторник, что переговоры в Женеве зашли в тупик из-за условий обмена пленными."
LATIN = "The minister met José Müller in Zürich on Tuesday; the café near the Gare de Lyon was closed, officials said."
MIXED = "Officials in Київ said the strike on Харків killed two people, according to the regional governor."


@pytest.mark.parametrize("text,encoding", [
    (RUSSIAN, "cp1251"), (RUSSIAN, "koi8-r"), (MIXED, "cp1251"), (LATIN, "latin-1"), (LATIN, "cp1252"),
    (LATIN, "utf-16"), (LATIN, "utf-16-le"), (LATIN, "utf-16-be"), (MIXED, "utf-16"), (LATIN, "utf-8-sig"),
    (LATIN + " “Curly” — dash", "cp1252"), (LATIN, "utf-32"),
])
def test_encodings_are_decoded(text, encoding):
    assert decode(text.encode(encoding), "x") == text


def test_latin1_article_file_is_read(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes((ARTICLE + "\n\n" + LATIN).encode("latin-1"))
    assert "José Müller in Zürich" in article_of(path).text


def test_utf8_damaged_or_cut_mid_character_stays_utf8():
    data = ("Zelensky met officials in Kyiv — “talks” café. " * 50).encode()
    assert "“talks” café" in decode(data[:-1] + b"\xff" + data[-1:], "x")
    assert decode(data[: data.rindex("é".encode()) + 1], "x").endswith("caf\ufffd")


def test_non_english_article_is_reported_and_skipped(tmp_path):
    path = tmp_path / "ru.txt"
    path.write_bytes(((RUSSIAN + "\n\n") * 5).encode("cp1251"))
    [doc] = list(read_documents([str(path)]))
    with pytest.raises(NotEnglish) as info:
        to_article(doc)
    assert "not English" in str(info.value) and str(path) in str(info.value)


@pytest.mark.parametrize("content,problem", [
    (b"", "empty"), (b"   \n\n\t ", "empty"), (b"\xef\xbb\xbf", "empty"), (b"\xff\xfe", "empty"),
    (bytes(range(256)) * 40, "binary"), (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "binary"),
])
def test_empty_and_binary_files(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [item] = list(read_documents([str(path)]))
    assert isinstance(item, BadDocument) and problem in item.problem and item.source == str(path)


def test_missing_file_and_directory_arguments(tmp_path):
    [item] = list(read_documents([str(tmp_path / "missing.txt")]))
    assert isinstance(item, BadDocument) and item.problem == "no such file"
    assert list(read_documents([str(tmp_path)])) == []  # an empty folder has nothing to read


# --- limits ---------------------------------------------------------------------------

def test_oversized_document_is_truncated_with_a_warning():
    data = (ARTICLE + "\n\n").encode() * (MAX_BYTES // len(ARTICLE) + 50)
    [doc] = list(read_bytes(data, "big.txt", ".txt"))
    assert len(doc.content) <= MAX_BYTES and any("truncated" in w for w in doc.warnings)
    start = time.perf_counter()
    article = to_article(doc)
    assert time.perf_counter() - start < 30
    from frontwire.ingest.article import MAX_ARTICLE_CHARS

    assert len(article.text) <= MAX_ARTICLE_CHARS
    assert any("article text truncated" in w for w in article.warnings)


def test_huge_single_line_is_fast():
    line = ("Officials said the convoy moved north " * 300_000)[:10_000_000]
    start = time.perf_counter()
    items = list(read_bytes(line.encode(), "line.txt", ".txt"))
    results = articles(items)
    assert time.perf_counter() - start < 20
    for result in results:
        if not isinstance(result, BadDocument):
            assert len(result.text) <= 200_000


def test_oversized_jsonl_container_keeps_its_records():
    record = json.dumps({"text": ARTICLE}) + "\n"
    data = (record * (MAX_BYTES // len(record) + 100)).encode()
    items = list(read_bytes(data, "many.jsonl", ".jsonl"))
    assert len(items) == MAX_BYTES // len(record) + 100
    assert all(isinstance(i, Document) and not i.warnings for i in items)


def test_unbalanced_quotes_are_fine():
    text = ARTICLE + '\n\n"He said it would never end.\n\n“And then” he left ” ” “ “\n\n\'single \'quotes\' everywhere'
    assert "He said it would never end." in to_article(Document("q", text, "text")).text


def test_no_text_left_is_a_bad_document():
    with pytest.raises(BadDocument):
        to_article(Document("x", "Home\nMenu\n\n", "text"))


def test_glued_read_more_links_and_trailing_image_credits_are_dropped():
    story = ("Azerbaijan's defence ministry said its positions in the Kalbajar district had come under fire from "
             "Armenian units late on Thursday, and that its troops had returned fire.")
    page = "\n\n".join([
        story,
        "Burnt-out tankers line the road after last week's ambush. Image: STR/AFP/Getty Images",
        "Read moreArmenia's Pashinyan eyes 'new era' with Turkey as border talks resume",
        story.replace("Thursday", "Friday"),
        "The European Union mission said it had sent patrols to the area and called on both sides to show restraint.",
    ])
    body = "\n".join(clean_text(page).body)
    assert "Kalbajar" in body and "Friday" in body and "called on both sides" in body
    assert "Getty Images" not in body and "Pashinyan eyes" not in body


def test_briefing_plugs_contributor_lines_and_topic_lists_are_dropped():
    story = ("Britain, France and Germany met Iranian deputy foreign ministers in Geneva on Tuesday in what both "
             "sides described as frank but difficult talks on the nuclear programme.")
    more = ("Diplomats said the three countries were ready to trigger the return of United Nations sanctions "
            "before the end of the month unless Tehran restored full access for inspectors.")
    page = "\n\n".join([
        story, more,
        "Get a quick look at the days breaking Middle East news with the Reuters Daily Briefing. Sign up here.",
        story.replace("Tuesday", "Wednesday"), more.replace("month", "year"),
        "Associated Press writer Moses Ssebwami in Kampala, Uganda, contributed to this report.",
        "Other Topics of Interest\nZelensky Signs Decree on New Sanctions Against Russian Shipping Firms\n"
        "Kharkiv Hit by Guided Bombs for Third Night in a Row",
    ])
    body = "\n".join(clean_text(page).body)
    assert "Tuesday" in body and "Wednesday" in body
    for chrome in ("Sign up here", "contributed to this report", "Other Topics", "Guided Bombs"):
        assert chrome not in body, chrome


def _comment_page(thread: list[str]) -> str:
    story = ("Ceasefire monitors reported shelling near the river crossing at Dovhe on Sunday night, the first "
             "violation since the truce took effect, and said two houses had been hit.")
    more = ("The monitors said they could not yet say which side had fired, and that a team would visit the "
            "crossing once the local commanders guaranteed its safety.")
    comment = ("I have lived near that crossing for twenty years and I can tell you the shelling never really "
               "stopped, whatever the officials say about the truce holding.")
    return "\n\n".join([story, more, story.replace("Sunday", "Monday"), more.replace("team", "second team"),
                        *[line.format(comment=comment) for line in thread]])


def test_a_reader_comment_thread_after_the_story_is_cut_at_its_header():
    body = "\n".join(clean_text(_comment_page(["3 Responses to “Shelling near Dovhe”", "{comment}",
                                               "{comment}"])).body)
    assert "Monday" in body and "second team" in body
    assert "twenty years" not in body and "Responses" not in body


def test_a_reader_comment_thread_is_cut_at_a_bracketed_comment_count():
    body = "\n".join(clean_text(_comment_page(["{{ 2 comments… read them below or add one }}", "{comment}",
                                               "{comment}"])).body)
    assert "Monday" in body and "second team" in body
    assert "twenty years" not in body and "read them below" not in body


# A page of the reviewer's kind (rev28c, all invented): a story, a heavy video strip, and beside it
# prose that is not the story's. Rendered as a browser copies it (a line per item) or as a text
# browser dumps it (blank lines between items, menu items bulleted).
BORDER_STORY = [
    "Border guards in the northern province exchanged fire with armed smugglers overnight, killing two of them and wounding a guard, the interior ministry said on Thursday.",
    "The clash took place near the village of Kalvar, where a dry river bed has become one of the main routes for fuel and cigarettes carried across the frontier on mules.",
    "A ministry spokesman said the smugglers opened fire first when a patrol ordered them to stop, and that the guards seized eleven animals and about four hundred litres of diesel.",
    "Local officials said the families of the dead men disputed that account and had gathered outside the district governor's office to demand an inquiry into the shooting.",
    "Rights groups have long accused border units in the region of firing on porters who carry goods across the mountains for a few dollars a day because there is no other work.",
    "The government says the smuggling networks are armed and dangerous and that the guards act within the rules of engagement set by parliament three years ago.",
    "The ministry said an investigation had been opened and that the wounded guard was in a stable condition in the provincial hospital.",
]
VIDEO_STRIP = ["Watch"] + [line for n, title in enumerate([
    "Protesters gather outside parliament in the capital", "Rescue teams search the river after the bridge collapse",
    "Farmers count the cost of the dry summer", "Inside the port as ships wait at anchor",
    "The mountain road the porters walk every day", "Ministers arrive for talks on the new budget",
    "A school turned into a shelter for flood victims", "Fishermen return after a week at sea",
    "Night patrol with the border guards", "Market traders on rising prices", "Students march for cheaper transport",
    "The last ferry of the season"]) for line in (f"0{n % 5}:{10 + 3 * n}", title)] + ["More videos"]
SITE_MENU = ["Home", "World", "Europe", "Africa", "Politics", "Business", "Opinion", "Video", "Subscribe", "Sign in"]
SITE_FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use", "© 2026 The Daily Meridian"]


def _boxed_page(items: list[tuple[str, object]], text_browser: bool) -> str:
    """items: ("menu", [lines]) or ("line", text)."""
    out = []
    for kind, payload in items:
        if kind == "menu":
            out += ["\n".join("  * " + line for line in payload)] if text_browser else payload
        else:
            out.append("\n".join(textwrap.wrap(payload, 79)) if text_browser else payload)
    return ("\n\n" if text_browser else "\n").join(out)


def _story_beside(before: list[tuple[str, object]], after: list[tuple[str, object]],
                  story: list[str] = BORDER_STORY) -> list[tuple[str, object]]:
    return [("menu", SITE_MENU), *before, ("line", "Guards kill two smugglers in border clash"),
            *[("line", p) for p in story], ("menu", ["Share", "Facebook", "Email"]), *after, ("menu", SITE_FOOTER)]


@pytest.mark.parametrize("text_browser", [False, True])
@pytest.mark.parametrize("before, after, other, paragraphs", [
    # A promotion of another report above a short story (rev28c M1).
    ([("line", "Special report"), ("line", "The government has promised to end the fuel smuggling that feeds whole villages in the north; "
      "our reporter spent a week with the porters who carry the loads and the guards who hunt them to see what that would mean for both."),
      ("menu", ["Read the special report"]), ("menu", VIDEO_STRIP)], [], "end the fuel smuggling", 4),
    # A section front: another story's headline and lede above this one's (rev28c M1).
    ([("line", "Dock workers strike at main port"),
      ("line", "Dock workers at the country's largest container port walked off the job on Wednesday in a dispute over pay, leaving dozens of ships waiting at anchor outside the harbour."),
      ("line", "The union said its members had not had a raise in four years while the cost of food and rent had nearly doubled, and that the strike would last until the port authority made an offer."),
      ("menu", VIDEO_STRIP)], [], "Dock workers", 7),
    # An author's bio after a box, under "About the author" or under no heading (rev28c M3).
    ([], [("menu", VIDEO_STRIP), ("line", "About the author"),
          ("line", "Amir Tavana has reported on the northern border for the Meridian since 2019. He covered the mining strikes of 2021 and the floods that followed, and his investigation into fuel smuggling won the national press award in 2024."),
          ("line", "Before joining the paper he worked for six years at a regional radio station in the provincial capital, and he studied history at the state university, where he wrote a thesis on the border trade.")],
     "Amir Tavana", 7),
    ([], [("menu", VIDEO_STRIP),
          ("line", "Amir Tavana has reported on the northern border for the Meridian since 2019. He covered the mining strikes of 2021 and the floods that followed, and his investigation into fuel smuggling won the national press award in 2024."),
          ("line", "Before joining the paper he worked for six years at a regional radio station in the provincial capital, and he studied history at the state university, where he wrote a thesis on the border trade.")],
     "radio station", 7),
])
def test_prose_of_another_section_past_a_video_box_does_not_join_the_story(before, after, other, paragraphs, text_browser):
    story = BORDER_STORY[:paragraphs]
    body = " ".join(" ".join(clean_text(_boxed_page(_story_beside(before, after, story), text_browser)).body).split())
    assert story[0] in body and story[-1] in body
    assert other not in body


# Only in a text browser's dump: in a browser's copy the story's own run reaches over the strip to
# these teasers (the maximum-sum segment weighs them above the strip's cost), which no part rule changes.
@pytest.mark.parametrize("heading", ["Read next", "Up next", "Editor's picks", "Top stories"])
def test_teasers_of_other_stories_past_a_video_box_do_not_join_the_story(heading):
    page = _story_beside([], [("menu", VIDEO_STRIP), ("line", heading),
        ("line", "Floods force hundreds from homes: Heavy rain caused flooding in three southern districts on Tuesday, cutting roads and forcing hundreds of families to leave their homes for schools turned into shelters, officials said."),
        ("line", "Dock workers strike at main port: Dock workers at the country's largest container port walked off the job on Wednesday in a dispute over pay, leaving dozens of ships waiting at anchor outside the harbour."),
        ("line", "Parliament delays vote on budget: Lawmakers postponed a vote on next year's budget for a second time on Monday after the ruling coalition failed to agree on how much to spend on defence and pensions.")])
    body = "\n".join(clean_text(_boxed_page(page, text_browser=True)).body)
    assert "provincial hospital" in body
    for teaser in ("Floods force", "Dock workers", "Parliament delays"):
        assert teaser not in body, teaser


@pytest.mark.parametrize("header", ["{{ 1 comment… read it below or add one }}", "(4 comments)", "[4 comments]"])
def test_a_reader_comment_thread_is_cut_at_a_comment_count_in_brackets(header):
    body = "\n".join(clean_text(_comment_page([header, "{comment}"])).body)
    assert "second team" in body and "twenty years" not in body


def test_an_open_bracket_or_a_counted_aside_in_parentheses_is_no_comment_header():
    assert "twenty years" in "\n".join(clean_text(_comment_page(["(4 comments", "{comment}"])).body)
    assert "twenty years" in "\n".join(clean_text(_comment_page(["(Two responses)", "{comment}"])).body)


def test_a_reader_comment_thread_is_cut_at_its_first_signature_line():
    body = "\n".join(clean_text(_comment_page(["Olena K. says:", "{comment}", "Reply",
                                               "Mark from Kharkiv said,", "{comment}"])).body)
    assert "second team" in body
    assert "twenty years" not in body and "says:" not in body


def test_one_signature_like_line_or_a_comments_link_above_the_story_cuts_nothing():
    page = _comment_page(["The regional governor said:", "{comment}"])
    assert "twenty years" in "\n".join(clean_text(page).body)
    page = "Comments (3)\n\n" + _comment_page([])
    assert "Monday" in "\n".join(clean_text(page).body)


def test_photo_credits_reporting_lines_publisher_blurbs_and_membership_appeals_are_dropped():
    story = ("Rescue teams pulled two survivors from a collapsed apartment block in the port city overnight, the "
             "regional emergency service said, after a drone struck the upper floors shortly before midnight.")
    more = ("The regional governor said water and electricity had been cut to several districts and that schools "
            "would stay closed until engineers had checked the damaged buildings.")
    page = "\n\n".join([
        "Oct. 15, 2025, 5:03 a.m. ET",
        story,
        "Firefighters put out a blaze at a residential building hit by a drone, Oct. 14, 2025. (State Emergency Service / Telegram)",
        more, story.replace("two survivors", "a third survivor"), more.replace("schools", "hospitals"),
        "Olena Marchenko reported from Odesa, and Petro Hrytsenko from Kyiv.",
        "The Harbour Gazette is an independent news organization dedicated to factual reporting.",
        "The Gazette relies on readers like you. Become a member and help us keep telling this story.",
        "More on national security\nDrone Strikes Hit Power Plants Across the South",
    ])
    body = "\n".join(clean_text(page).body)
    assert "two survivors" in body and "a third survivor" in body and "hospitals" in body
    for chrome in ("5:03", "Telegram", "reported from Odesa", "news organization", "Become a member",
                   "More on national security", "Power Plants"):
        assert chrome not in body, chrome


def test_headlines_of_other_stories_glued_to_the_last_paragraph_are_cut_off_but_prose_about_related_stories_is_kept():
    # As Times of India pages were scraped in 2002: the story in one line, the "related stories"
    # box glued to its end, headlines apart by a non-breaking space read as cp1252 ("Â").
    story = ("ahmedabad: curfew was relaxed for four hours in the walled city on sunday as the situation "
             "limped back to normal after a week of violence. officials said the army would stay in the "
             "sensitive areas until the end of the month. police said no untoward incident was reported "
             "from the old city on saturday night, and that shops had reopened in several localities.")
    page = story + " related storiesÂ overnight massacre takes death toll to 158Â oppn seeks cm's dismissal\n\nFacebook Twitter"
    body = " ".join(clean_text(page).body)
    assert "shops had reopened in several localities." in body
    assert "massacre" not in body and "related stories" not in body
    for header in (" related stories: ", " RELATED STORIES\u00a0"):
        assert "massacre" not in " ".join(clean_text(story + header + "overnight massacre takes death toll to 158").body)
    prose = story + " The paper said related stories would follow in its Monday edition, with interviews."
    assert "related stories would follow" in " ".join(clean_text(prose).body)


def test_an_extractors_text_loses_its_comment_thread_photo_credits_and_link_lists_but_no_prose():
    from frontwire.ingest.boilerplate import filter_extracted

    story = ("Ceasefire monitors reported shelling near the river crossing at Dovhe on Sunday night, the first "
             "violation since the truce took effect, and said two houses had been hit by artillery fire.")
    lines = [
        story,
        "A damaged house in Dovhe on Monday. (AP Photo/Olena Petrenko)",
        "Comment",  # a subheading of the story, not the thread
        story.replace("Sunday", "Monday"),
        "Related stories:",
        "Monitors say truce broadly holding",
        "",
        story.replace("Sunday", "Tuesday"),
        "12 Comments",
        "I live near that crossing and the shelling never stopped, whatever the officials say about the truce.",
    ]
    kept = "\n".join(filter_extracted(lines))
    assert "Sunday" in kept and "Monday night" in kept and "Tuesday" in kept and "Comment\n" in kept
    for chrome in ("AP Photo", "Related stories", "broadly holding", "12 Comments", "never stopped"):
        assert chrome not in kept, chrome



def test_an_extractors_layout_table_loses_its_short_rows_but_a_data_table_stays():
    from frontwire.ingest.boilerplate import filter_extracted
    from frontwire.ingest.html import extract_html

    story = ("Ceasefire monitors reported shelling near the river crossing at Dovhe on Sunday night, the first "
             "violation since the truce took effect, and said two houses had been hit by artillery fire in the attack.")
    # A 2008 page laid out in a table: menus and a rates box in cells beside the story's own cell.
    layout = ("<table><tr><td></td><td>Make your start page Add to favorites</td><td></td></tr>"
              "<tr><td>Currency rate</td><td></td></tr><tr><td>USD</td><td>0,8453</td></tr>"
              f"<tr><td>Shelling at Dovhe (Reuters) - {story} {story.replace('Sunday', 'Saturday')}</td></tr></table>")
    # Data tables: a figure not yet known leaves a cell empty, a corner header is blank, and rows of
    # three short cells read as menu items.
    toll = ("<table><tr><th>Region</th><th>Killed</th></tr><tr><td>Kharkiv</td><td>12</td></tr>"
            "<tr><td>Luhansk</td><td>unknown</td></tr><tr><td>Izium</td><td></td></tr>"
            "<tr><td>Donetsk</td><td>41</td></tr></table>")
    wounded = ("<table><tr><th></th><th>Killed</th><th>Wounded</th></tr><tr><td>Kherson</td><td>7</td><td>30</td></tr>"
               "<tr><td>Total</td><td>57</td><td>118</td></tr></table>")
    page = (f"<html><head><title>Toll rises</title></head><body><article><h1>Toll rises</h1>{layout}"
            f"<p>{story.replace('Sunday', 'Monday')}</p>{toll}<p>{story.replace('Sunday', 'Tuesday')}</p>{wounded}"
            f"<p>{story.replace('Sunday', 'Friday')}</p></article></body></html>")
    lines = extract_html(page, "toll.html")["text"].split("\n")
    assert "| Izium |  | " in lines and "|---|---|" in lines  # trafilatura's own rows, one a line
    kept = "\n".join(filter_extracted(lines))
    for day in ("Sunday", "Saturday", "Monday", "Tuesday", "Friday"):
        assert f"on {day} night" in kept
    for row in ("| Region | Killed |", "| Kharkiv | 12 |", "| Luhansk | unknown |", "| Izium |  |", "| Donetsk | 41 |",
                "|  | Killed | Wounded |", "| Kherson | 7 | 30 |", "| Total | 57 | 118 |"):
        assert row in kept, row
    for chrome in ("start page", "Currency rate", "0,8453"):
        assert chrome not in kept, chrome


def test_captions_placing_people_in_the_picture_are_dropped_but_the_story_naming_them_is_kept():
    story = ("Ukraine's foreign minister met his Polish counterpart in Rzeszow on Friday to discuss the transit of "
             "grain through Poland, which has kept its border closed to Ukrainian wheat since the spring.")
    more = ("Officials from both ministries said the talks would continue next week, and that a joint commission "
            "would draw up rules for licensing the shipments before the harvest.")
    page = "\n\n".join([
        "Ukraine's Foreign Minister Andrii Sybiha (L) shakes hands with his Polish counterpart in Rzeszow on Friday.",
        story,
        "Farmers, second from right, block the road to the border crossing in Dorohusk in this April 2025 file photo.",
        more, story.replace("Friday", "Saturday"), more.replace("harvest", "winter"),
    ])
    body = "\n".join(clean_text(page).body)
    assert "Friday to discuss" in body and "Saturday" in body and "before the winter" in body
    assert "shakes hands" not in body and "second from right" not in body


def test_a_sentence_addressing_the_reader_inside_the_story_stays_when_the_model_keeps_it():
    # "we" and "you" make the hand cues call a short line chrome ("Join our channel"); inside the
    # story, a sentence the classifier keeps is the writer's, while an appeal there is still cut.
    paragraphs = [
        "Ceasefire monitors reported shelling near the river crossing at Dovhe on Sunday night, the first "
        "violation since the truce took effect, and said two houses had been hit by artillery fire.",
        "The monitors said they had counted at least fourteen impacts in the village and that a school "
        "building on its eastern edge had lost most of its roof in the attack.",
        "But, of course, we don't live in normal times.",
        "Officials from both sides blamed each other for the shelling, and the mediators said they would "
        "convene an emergency meeting of the joint commission on Tuesday in the capital.",
        "A spokesman for the regional administration said repair crews would reach the village once the "
        "monitors confirmed that the guns had fallen silent, and that power lines had been cut in two places.",
        "Support our journalism: subscribe today and donate to keep our reporters in the field.",
        "Residents who had returned to the village in the spring said they were packing again, and buses "
        "were sent to take the elderly to shelters further from the front line.",
    ]
    body = clean_text("Home\nWorld\nPolitics\nBusiness\n\n" + "\n\n".join(paragraphs) + "\n\nShare this article").body
    assert "But, of course, we don't live in normal times." in body
    assert not any("subscribe today" in line for line in body)
    assert paragraphs[0] in body and paragraphs[-1] in body


def test_an_appeal_with_no_chrome_phrase_inside_the_story_is_still_cut():
    # No sign-up or donate phrase, only "you" and "our": the hand cues call it chrome by its reader
    # address, the classifier rates it among the story's paragraphs, and the appeal cues keep it out.
    appeal = "If you value our reporting from Ukraine, please consider becoming a member today."
    story = [
        "Ceasefire monitors reported shelling near the river crossing at Dovhe on Sunday night, the first violation "
        "since the truce took effect, and said two houses had been hit by artillery fire in the attack.",
        "The regional administration published the toll by district on Monday, saying most of the dead were "
        "civilians who had stayed in their homes despite repeated calls to leave before the offensive began.",
        "Officials from both sides blamed each other for the shelling, and the mediators said they would convene "
        "an emergency meeting of the joint commission on Tuesday in the capital to discuss the violations.",
    ]
    paragraphs = ["\n".join(textwrap.wrap(p, 72)) for p in story[:2] + [appeal] + story[2:] + [story[0].replace("Sunday", "Monday")]]
    body = clean_text("Home\nWorld\nPolitics\nBusiness\n\n" + "\n\n".join(paragraphs) + "\n\nShare this article").body
    assert all(paragraph in body for paragraph in story)
    assert appeal not in body
