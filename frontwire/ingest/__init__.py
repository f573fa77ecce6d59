"""Ingestion: files and streams -> Documents -> clean Articles."""
from frontwire.ingest.article import NotEnglish, to_article
from frontwire.ingest.boilerplate import BoilerplateMemory
from frontwire.ingest.readers import read_bytes, read_documents

__all__ = ["BoilerplateMemory", "NotEnglish", "read_bytes", "read_documents", "to_article"]
