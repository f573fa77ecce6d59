"""The Python store API on SQLite and PostgreSQL: schema, dedup, queries, round trips."""
from __future__ import annotations

import pytest
from store_helpers import SEED, record, war_record

from frontwire.store import StoreError, open_store
from frontwire.store.read import UnknownValue
from frontwire.store.schema import MIGRATIONS

SEED_BODY = SEED.read_text(encoding="utf-8").split("president.gov.ua", 1)[1].split("Sign up for our free", 1)[0].strip()


def test_schema_migrations_are_applied_once_in_order(db_url: str) -> None:
    with open_store(db_url) as store:
        rows = store.db.rows("SELECT version, name FROM schema_migrations ORDER BY version")
        assert [r["version"] for r in rows] == [m.version for m in MIGRATIONS]
        assert store.stats()["articles"] == 0
    with open_store(db_url) as store:  # reopening applies nothing twice
        assert store.db.value("SELECT COUNT(*) FROM schema_migrations") == len(MIGRATIONS)
        store.db.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'now')")
    with pytest.raises(StoreError, match="newer than this frontwire"):
        open_store(db_url)


def test_same_text_twice_is_one_article_with_both_sources(db_url: str) -> None:
    with open_store(db_url) as store:
        first = store.add(record("Summit", SEED_BODY, "a.txt"))
        assert isinstance(first, int)
        assert store.add(record("Summit", SEED_BODY, "a.txt")) is None  # same source again: nothing new
        again = store.put(record("Summit", "  " + SEED_BODY.upper() + "\n", "mirror.txt"))  # whitespace/case only
        assert (again.article_id, again.status) == (first, "duplicate")
        assert store.stats()["articles"] == 1
        sources = store.articles()[0]["sources"]
        assert [s["source"] for s in sources] == ["a.txt", "mirror.txt"]


def test_near_copy_is_recognised_also_by_a_new_process(db_url: str) -> None:
    paragraphs = SEED_BODY.split("\n\n")
    chrome = "Share this story on Facebook, X or by email. Follow us for more world news every day."
    edited = "\n\n".join([chrome, *paragraphs[:5], "This sentence was added by the syndicating editor.", *paragraphs[6:], chrome])
    with open_store(db_url) as store:
        original = store.add(record("Summit", SEED_BODY, "moscowtimes.txt"))
    # A fresh Store rebuilds its LSH index from the signatures persisted in the database.
    with open_store(db_url) as store:
        added = store.put(record("Summit (wire)", edited, "wire.txt", url="https://wire.example/summit"))
        assert added.status == "near-duplicate" and added.article_id == original
        assert 0.6 <= added.similarity < 1.0
        other = store.put(record("Other story", "Completely different news about grain exports from Odesa port. " * 5, "other.txt"))
        assert other.status == "stored"
        assert store.stats()["articles"] == 2
        summit = store.article(original)
        assert summit is not None
        assert [s["source"] for s in summit["sources"]] == ["moscowtimes.txt", "wire.txt"]
        assert summit["sources"][1]["url"] == "https://wire.example/summit"
        assert summit["text"] == SEED_BODY  # the first copy's text is the one kept


def test_queries_filter_and_return_plain_dicts(db_url: str) -> None:
    with open_store(db_url) as store:
        article_id = store.add(war_record())
        store.add(record("Grain deal", "Turkey said grain ships left Odesa on Monday under the deal.", "grain.txt",
                         published=None))
        quotes = store.quotes(speaker="zelensky")
        assert {q["kind"] for q in quotes} == {"direct", "indirect"}
        assert all(q["article_id"] == article_id and q["article_title"].startswith("Drones hit") for q in quotes)
        assert [q["speaker"] for q in store.quotes(q="understanding")] == ["the White House press secretary"]
        # a speaker is found by the canonical name too, where the text only describes them
        assert [q["speaker_name"] for q in store.quotes(speaker="leavitt")] == ["Karoline Leavitt"]
        assert store.quotes(speaker="nobody at all") == []
        own = store.quotes(article_id=article_id)
        assert own and all(q["article_id"] == article_id for q in own)
        assert store.quotes(article_id=article_id + 999) == []

        assert len(store.events()) == 5
        assaults = store.events(type="assault")
        assert {e["place"] for e in assaults} == {"Dobropillia", "Kostiantynivka"}
        drone = store.events(place="dobro")[0]
        assert drone["killed"] == 3 and drone["article_id"] == article_id
        assert [(a["name"], a["role"]) for a in drone["actors"]] == [("Russia", "source"), ("civilians", "target")]
        assert drone["article_title"].startswith("Drones hit") and drone["article_url"] == "https://example.org/war"
        assert drone["article_source"] == "war.txt"
        assert {e["date"] for e in store.events(date_from="2025-08-10", date_to="2025-08-11")} == {"2025-08-10", "2025-08-11"}
        assert {e["type"] for e in store.events(actor="united states")} == {"AGREE"}
        # An undated event counts as happening on its article's publication day.
        assert [e["type"] for e in store.events(date_from="2025-08-12", date_to="2025-08-12")] == ["ASSAULT", "REJECT"]

        found = store.articles(q="grain Odesa")
        assert [a["title"] for a in found] == ["Grain deal"]
        assert store.articles(q="drones")[0]["id"] == article_id
        listed = {a["title"]: a for a in store.articles()}
        assert listed["Drones hit Dobropillia as Zelensky rejects land swap"]["n_events"] == 5

        places = {p["name"]: p for p in store.places()}
        assert places["Dobropillia"]["n_events"] == 1 and places["Dobropillia"]["n_articles"] == 1
        assert places["Kyiv"]["n_mentions"] == 2 and places["Kyiv"]["country"] == "UA"


def test_hostile_search_text_is_data_not_sql(db_url: str) -> None:
    with open_store(db_url) as store:
        store.add(war_record())
        for text in ["'; DROP TABLE articles; --", 'NEAR("a" "b")', "100% _x_ \\", '"', "*", "AND OR NOT"]:
            assert isinstance(store.articles(q=text), list)
            assert isinstance(store.quotes(q=text, speaker=text), list)
            assert store.events(place=text, actor=text) == []
            with pytest.raises(UnknownValue, match="valid: AGREE, CONSULT"):
                store.events(type=text)
        assert store.quotes(speaker="%") == []  # a literal percent sign, not a wildcard
        assert store.stats()["articles"] == 1


def test_record_round_trip(db_url: str) -> None:
    original = war_record()
    with open_store(db_url) as store:
        article_id = store.add(original)
        assert article_id is not None
        back = store.record(article_id)
        assert store.record(article_id + 1000) is None
    assert back is not None
    assert back.to_dict() == original.to_dict()
    for kept, stored in zip(original.events, back.events):
        assert (stored.subtype, stored.date_source, stored.mentions) == (kept.subtype, kept.date_source, kept.mentions)


def test_failures_are_recorded(db_url: str) -> None:
    with open_store(db_url) as store:
        store.add_failure("broken.bin", "binary data")
        rows = store.failures()
        assert [(r["source"], r["problem"]) for r in rows] == [("broken.bin", "binary data")]
        assert rows[0]["failed_at"]


def test_bad_database_urls_are_one_line_errors(tmp_path) -> None:
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("this is not SQLite\n" * 100)
    cases = ["mysql://root@localhost/x", str(not_a_db), str(tmp_path), str(tmp_path / "no" / "such" / "dir.db"),
             "postgresql://nobody@127.0.0.1:1/none"]
    for url in cases:
        with pytest.raises(StoreError) as info:
            open_store(url)
        assert "\n" not in str(info.value)
    with pytest.raises(StoreError, match="no such database"):
        open_store(str(tmp_path / "missing.db"), create=False)


def test_delete_and_replace_leave_no_orphans(db_url: str) -> None:
    with open_store(db_url) as store:
        first = store.add(war_record())
        store.replace = True
        again = store.put(war_record())  # the same source re-extracted: the old article goes, the new one is stored
        assert again.status == "stored" and again.article_id != first
        stats = store.stats()
        assert stats["articles"] == 1 and stats["article_sources"] == 1 and stats["events"] == 5
        assert store.delete([again.article_id]) == 1 and store.delete([again.article_id]) == 0
        assert all(n == 0 for n in store.stats().values())
        rows = store.db.rows("SELECT COUNT(*) AS n FROM event_actors")
        assert rows[0]["n"] == 0
