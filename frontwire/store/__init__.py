"""The store: extracted records in SQLite (default) or PostgreSQL, deduplicated and searchable.

    from frontwire.store import open_store

    with open_store("frontwire.db") as store:            # or "postgresql://user@host/db"
        article_id = store.add(record)                   # new id, or None for a (near-)duplicate
        added = store.put(record)                        # Added(article_id, status, similarity)
        store.articles(q="ceasefire", limit=50, offset=0)
        store.quotes(speaker="Zelensky", q="sanctions")
        store.events(type="ASSAULT", place="Dobropillia", date_from="2025-08-01",
                     date_to="2025-08-31", actor="Russia")  # background="include" or "only" for past events
        store.places()                                   # aggregated over articles, with counts
        store.failures()
        store.record(article_id)                         # the ArticleRecord back, or None
        store.article(article_id), store.stats()

Every read returns a list of plain dicts (JSON-ready):
- articles: id, the listed fields of `frontwire.models.Article` (title, publisher, published, url,
  language), ingested_at, n_quotes, n_places,
  n_events, source (first), sources [{source, url, publisher, similarity, added_at}]
  (+ snippet on SQLite full-text search).
- quotes: id, article_id, article_title, article_url, published, article_source, then the
  fields of `frontwire.models.Quote` but the text offsets (text, speaker, kind, cue, sentence,
  speaker_label).
- events: id, article_id, the fields of `frontwire.models.Event` in its order but the text
  offsets (type, evidence, actors [{name, country, role, sector}], place, lat, lon, country, date,
  ..., mentions, unverified), then article_title, article_url, article_publisher, published,
  article_source. Date filters use the event's date, else the article's.
  Background events ("the 2013-2018 war killed 400,000") are stored but left out unless
  `background="include"`; an unknown `type` raises UnknownValue naming the PLOVER types.
- places: the fields of `frontwire.models.Place` but those the totals fold in (name, lat, lon,
  country, kind, admin1, geonameid), then names, n_articles, n_mentions, n_events, metonymy_only,
  articles [{id, title, source}].
- failures: id, source, problem, failed_at.

Text filters are case-insensitive substrings (speaker, place, actor) or full-text search
(q: FTS5 on SQLite, to_tsvector on PostgreSQL); all SQL is parameterised.

An article is stored once: a re-ingested text (same content hash) or a near-copy (MinHash/LSH
over word shingles) only adds a row to `article_sources`. Each article is one transaction.
"""
from frontwire.store.db import DEFAULT_DB, StoreError
from frontwire.store.store import Store, open_store
from frontwire.store.write import Added

__all__ = ["DEFAULT_DB", "Added", "Store", "StoreError", "open_store"]
