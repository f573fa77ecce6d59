"""One record definition (frontwire/models.py): the store's columns, its rows both ways, the API's
row schemas and the export columns are all derived from it, on SQLite and PostgreSQL."""
from __future__ import annotations

import dataclasses
import io

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from store_helpers import war_record

from frontwire.api.schemas import ActorRow, ArticleDetail, ArticleRow, EventRow, PlaceRow, QuoteRow, record_model, view_fields
from frontwire.models import Actor, Article, Entity, Event, Place, Quote, record_fields
from frontwire.store import columns, export, open_store
from frontwire.store.db import Database
from frontwire.store.schema import MIGRATIONS, TOKENS, Migration, migrate, table_columns

# The record tables with the columns of their own before the record's (ids, parents, order).
TABLES = {
    "articles": (Article, ["id", "content_hash"], ["minhash", "ingested_at"]),
    "entities": (Entity, ["id", "article_id", "seq"], []),
    "quotes": (Quote, ["id", "article_id", "seq"], []),
    "places": (Place, ["id", "article_id", "seq"], []),
    "events": (Event, ["id", "article_id", "seq"], []),
    "event_actors": (Actor, ["id", "event_id", "seq"], []),
}

# The record tables as released in migration 1 (99edcf7 and before), before the definition gave
# them: what every store created until then holds, and what migrations 3 and 4 were written against.
RELEASED_1 = (
    """CREATE TABLE articles (id {id}, content_hash TEXT NOT NULL UNIQUE, title TEXT, publisher TEXT, published TEXT,
        url TEXT, language TEXT, text TEXT NOT NULL, warnings TEXT, minhash {blob}, ingested_at TEXT NOT NULL)""",
    """CREATE TABLE article_sources (id {id}, article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        source TEXT NOT NULL, url TEXT, title TEXT, publisher TEXT, content_hash TEXT NOT NULL, similarity {real},
        added_at TEXT NOT NULL, UNIQUE (article_id, source))""",
    """CREATE TABLE entities (id {id}, article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, name TEXT NOT NULL, label TEXT, mentions TEXT)""",
    """CREATE TABLE quotes (id {id}, article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, text TEXT NOT NULL, speaker TEXT, kind TEXT, cue TEXT,
        start_char INTEGER, end_char INTEGER, sentence TEXT, speaker_label TEXT)""",
    """CREATE TABLE places (id {id}, article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, name TEXT NOT NULL, lat {real}, lon {real}, country TEXT, kind TEXT, admin1 TEXT,
        geonameid BIGINT, canonical TEXT, mentions TEXT, metonymy INTEGER NOT NULL DEFAULT 0)""",
    """CREATE TABLE events (id {id}, article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, type TEXT NOT NULL, evidence TEXT NOT NULL, place TEXT, lat {real}, lon {real},
        country TEXT, event_date TEXT, date_precision TEXT, killed INTEGER, wounded INTEGER, captured INTEGER,
        distance_km {real}, modality TEXT, attribution TEXT, background INTEGER NOT NULL DEFAULT 0,
        trigger_word TEXT, start_char INTEGER, end_char INTEGER)""",
    """CREATE TABLE event_actors (id {id}, event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, name TEXT NOT NULL, country TEXT, role TEXT, sector TEXT)""",
    "CREATE TABLE failures (id {id}, source TEXT NOT NULL, problem TEXT NOT NULL, failed_at TEXT NOT NULL)",
)
RELEASED_3 = ("ALTER TABLE events ADD COLUMN subtype TEXT", "ALTER TABLE events ADD COLUMN date_source TEXT",
              "ALTER TABLE events ADD COLUMN mentions TEXT")


def released(upto: int) -> tuple[Migration, ...]:
    """The migrations as a store made before this change ran them, up to version `upto`."""
    old = {1: Migration(1, MIGRATIONS[0].name, common=RELEASED_1), 3: Migration(3, MIGRATIONS[2].name, common=RELEASED_3)}
    return tuple(old.get(m.version, m) for m in MIGRATIONS if m.version <= upto)


def expected_columns(table: str) -> list[str]:
    cls, head, tail = TABLES[table]
    return [*head, *(f.column for f in columns.stored_fields(cls)), *tail]


def test_a_new_store_has_the_definitions_columns_in_every_record_table(db_url: str) -> None:
    with open_store(db_url) as store:
        for table in TABLES:
            assert table_columns(store.db, table) == expected_columns(table), table


@pytest.mark.parametrize("upto", [1, 3])
def test_a_store_made_by_the_released_migrations_is_brought_to_the_definition(db_url: str, upto: int) -> None:
    db = Database(db_url)
    assert migrate(db, released(upto)) == upto
    db.close()
    kept = war_record()
    with open_store(db_url) as store:
        for table in TABLES:
            assert sorted(table_columns(store.db, table)) == sorted(expected_columns(table)), table
        article_id = store.add(kept)
        assert store.record(article_id) == dataclasses.replace(kept, article=dataclasses.replace(
            kept.article, source=store.record(article_id).article.source))


def test_a_later_migration_adding_a_definitions_column_by_hand_leaves_a_new_store_as_it_is(db_url: str) -> None:
    by_hand = Migration(len(MIGRATIONS) + 1, "subtype by hand", common=("ALTER TABLE events ADD COLUMN subtype TEXT",))
    with open_store(db_url) as store:
        assert migrate(store.db, (*MIGRATIONS, by_hand)) == by_hand.version
        assert table_columns(store.db, "events") == expected_columns("events")


def test_a_record_comes_back_from_the_store_field_for_field(db_url: str) -> None:
    kept = war_record()
    kept.entities = [Entity(name="Volodymyr Zelensky", label="PERSON", mentions=["Zelensky", "Zelensky"])]
    kept.events[0] = dataclasses.replace(kept.events[0], trigger="struck", start=0, end=93, unverified=True,
                                         distance_km=12.5, date_precision="day", attribution="regional officials")
    kept.places[0] = dataclasses.replace(kept.places[0], geonameid=709717, canonical="Dobropillya", metonymy=True)
    with open_store(db_url) as store:
        stored = store.record(store.add(kept))
    assert stored.entities == kept.entities
    assert stored.quotes == kept.quotes
    assert stored.places == kept.places
    assert stored.events == kept.events
    assert (stored.article.title, stored.article.published, stored.article.warnings) == (
        kept.article.title, kept.article.published, kept.article.warnings)


def test_api_rows_and_exports_list_exactly_the_definitions_fields(tmp_path) -> None:
    listed = [f.name for f in record_fields(Event) if f.listed]
    context = ["article_title", "article_url", "article_publisher", "article_source", "published"]
    assert list(EventRow.model_fields) == ["id", "article_id", *listed, *context]
    assert list(ActorRow.model_fields) == [f.name for f in record_fields(Actor)]
    assert list(QuoteRow.model_fields)[6:] == [f.name for f in record_fields(Quote) if f.listed]
    assert [c for c in export.EVENT_CSV_COLUMNS if c not in ("source_actors", "target_actors")] == [
        "event_id", "article_id", *listed, *export.EVENT_CONTEXT, "merged_ids"]
    assert export.EVENT_PROPERTIES == tuple(f for f in listed if f not in ("place", "lat", "lon"))
    with open_store(str(tmp_path / "fw.db")) as store:
        store.add(war_record())
        row = store.events(limit=1)[0]
        # What the store returns is what the API declares (the article's ingest time rides along).
        assert set(row) - {"article_ingested_at"} == set(EventRow.model_fields)
        assert isinstance(row["mentions"], list) and row["background"] is False
        out = io.BytesIO()
        export.parquet(store, out, table="events")
        feature = export.geojson(store)["features"][0]["properties"]
        assert set(export.EVENT_PROPERTIES) <= set(feature) and feature["mentions"] == row["mentions"]
        assert pq.read_table(io.BytesIO(out.getvalue())).schema.names == ["id", "article_id", *listed,
                                                                          *context[:3], "published", "article_source"]


def test_a_field_added_to_the_definition_reaches_sql_rows_api_and_exports() -> None:
    # An event with one more field, as a developer would add it to frontwire/models.py.
    Graded = dataclasses.make_dataclass("Graded", [("severity", "int | None", dataclasses.field(default=None))], bases=(Event,))
    ddl = columns.create_table("events", Graded).format(**TOKENS["sqlite"])
    assert "severity INTEGER" in ddl
    assert columns.add_column("events", Graded, "severity") == "ALTER TABLE events ADD COLUMN severity INTEGER"
    assert "severity" in columns.insert_sql("events", Graded) and "e.severity" in columns.select_list("e", Graded)
    event = Graded(type="ASSAULT", evidence="Shelling hit Kherson.", severity=3, mentions=["x"])
    row = dict(zip([f.column for f in columns.stored_fields(Graded)], columns.to_values(event)))
    assert row["severity"] == 3 and row["mentions"] == '["x"]'
    assert columns.from_row(Graded, row) == event
    assert "severity" in record_model("GradedRow", Graded, models={Actor: ActorRow}).model_fields
    assert "severity" in export._event_csv_columns(Graded)
    actor = pa.struct(export._arrow_fields(Actor, {}))
    assert ("severity", pa.int64()) in export._arrow_fields(Graded, {Actor: actor})


def _listed(cls: type) -> list[str]:
    return [f.name for f in record_fields(cls) if f.listed and f.stored]


PLACE_TOTALS = ["names", "n_articles", "n_mentions", "n_events", "metonymy_only", "articles"]
ARTICLE_TAIL = ["ingested_at", "n_quotes", "n_places", "n_events", "source", "sources"]


def test_places_and_articles_views_list_exactly_the_definitions_fields(tmp_path) -> None:
    place_view = [*_listed(Place), *PLACE_TOTALS]
    article_view = ["id", *_listed(Article), *ARTICLE_TAIL]
    assert _listed(Place)[:3] == ["name", "lat", "lon"] and "canonical" not in _listed(Place)
    assert _listed(Article)[:5] == ["title", "publisher", "published", "url", "language"]
    assert list(PlaceRow.model_fields) == place_view
    assert list(ArticleRow.model_fields) == [*article_view, "snippet"]
    assert set(_listed(Article)) < set(ArticleDetail.model_fields)
    kept = war_record()
    with open_store(str(tmp_path / "fw.db")) as store:
        store.add(kept)
        places = {p["name"]: p for p in store.places()}
        assert all(list(p) == place_view for p in places.values())
        # Each listed field carries the place's own value (Kyiv is named in one article only).
        kyiv = next(p for p in kept.places if p.name == "Kyiv")
        assert {k: places["Kyiv"][k] for k in _listed(Place)} == {k: getattr(kyiv, k) for k in _listed(Place)}
        assert (places["Kyiv"]["n_mentions"], places["Kyiv"]["names"]) == (2, ["Kyiv"])
        (article,) = store.articles()
        assert sorted(article) == sorted(article_view)  # the store adds `source` after `sources`
        # Each listed field carries the article's own value (dates as ISO strings).
        own = {k: getattr(kept.article, k) for k in _listed(Article)}
        assert {k: article[k] for k in _listed(Article)} == {**own, "published": "2025-08-12"}
        for table, view in (("places", place_view), ("articles", article_view)):
            out = io.BytesIO()
            export.parquet(store, out, table=table)
            assert pq.read_table(io.BytesIO(out.getvalue())).schema.names == view
            text = io.StringIO()
            export.table_csv(store, text, table=table)
            assert sorted(text.getvalue().splitlines()[0].split(",")) == sorted(view)
        feature = export.geojson(store, "places")["features"][0]["properties"]
        assert set(feature) == {"feature", "type", "article_title", "article_source"} | set(place_view) - {"lat", "lon", "kind"}


def test_a_field_added_to_a_place_or_an_article_reaches_their_views_schemas() -> None:
    # A place and an article with one more field each, as a developer would add them to frontwire/models.py.
    Sized = dataclasses.make_dataclass("Sized", [("population", "int | None", dataclasses.field(default=None))], bases=(Place,))
    Paywalled = dataclasses.make_dataclass("Paywalled", [("paywalled", "bool", dataclasses.field(default=False))], bases=(Article,))
    assert "p.population" in columns.select_list("p", Sized) and "population" in columns.listed_names(Sized)
    assert "paywalled" in columns.listed_names(Paywalled)
    assert columns.decode_listed(Paywalled, {"paywalled": 1}) == {"paywalled": True}
    assert "population" in record_model("SizedRow", Sized, tail=view_fields(columns.PLACE_TOTALS)).model_fields
    assert ("population", pa.int64()) in export._arrow_fields(Sized, {})
    assert ("paywalled", pa.bool_()) in export._arrow_fields(Paywalled, {})
