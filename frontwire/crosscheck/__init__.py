"""Cross-source claims: reports of one happening from several sources, clustered and checked.

    from frontwire.crosscheck import crosscheck, load_records
    clusters = crosscheck(load_records(store))      # or crosscheck([record, ...])

Each cluster (a JSON-ready dict) has the happening's type, place, region and dates, its
`sources` (one per article: publisher, title, speakers and their stance -- asserts, denies or
qualifies -- figures claimed and disputed), the strongest `figures`, and `contradictions`:
denials, qualifications and conflicting figures, each with the claim it answers and both
provenances (article id, publisher, speaker, evidence). See reports.py and cluster.py.

In a store the clusters are kept at ingest (incremental.py, the same clustering replayed
exactly from each new article on) and read back filtered and paged in SQL:

    from frontwire.crosscheck import stored
    stored.claims(store, stored.filters(date_from="2025-08-10", disputed=True), limit=50)
"""
from frontwire.crosscheck.cluster import Cluster, cluster_reports, crosscheck, describe
from frontwire.crosscheck.reports import Report, reports_from_record, reports_from_records
from frontwire.crosscheck.source import load_records

__all__ = ["Cluster", "Report", "cluster_reports", "crosscheck", "describe", "load_records",
           "reports_from_record", "reports_from_records"]
