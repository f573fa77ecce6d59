"""Six JSON Lines documents: four articles (one as HTML), a broken line, a French one."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

STRIKE = (
    "Russian drones struck the city of Kharkiv overnight, killing three people and wounding 12, "
    "regional governor Oleh Syniehubov said on Tuesday.\n\n"
    "\"The enemy hit a residential building again,\" Syniehubov wrote on Telegram.\n\n"
    "Ukraine's air force said it shot down 40 of 58 drones launched by Russian forces."
)
TALKS = (
    "Ukrainian President Volodymyr Zelensky said on Friday that peace talks with Russia could "
    "resume in Istanbul next month.\n\n"
    "\"We are ready to meet at any level,\" Zelensky told reporters in Kyiv.\n\n"
    "Kremlin spokesman Dmitry Peskov said Moscow had received no formal proposal."
)
SANCTIONS = (
    "European Union ambassadors on Wednesday approved a new package of sanctions against Russia "
    "targeting its shadow fleet of oil tankers.\n\n"
    "\"Russia must pay for its war of aggression,\" EU foreign policy chief Kaja Kallas said in Brussels."
)
AID_HTML = (
    "<html><head><title>Germany pledges aid</title></head><body><nav>Home | World</nav><article>"
    "<h1>Germany pledges air defense aid to Ukraine</h1>"
    "<p>German Chancellor Friedrich Merz announced on Monday a new military aid package for Ukraine, "
    "including air defense missiles, during a visit to Kyiv.</p>"
    "<p>\"Ukraine's defense is Europe's defense,\" Merz told a news conference alongside Zelensky.</p>"
    "</article><footer>All rights reserved</footer></body></html>"
)
FRENCH = "Le président a déclaré que les négociations de paix reprendraient le mois prochain à Genève."


def write_input(folder: Path) -> Path:
    lines = [
        json.dumps({"text": STRIKE, "url": "https://news.example/1", "published": "2025-08-12", "title": "Drones hit Kharkiv"}),
        json.dumps({"text": TALKS, "url": "https://news.example/2", "published": "2025-08-15", "publisher": "Example News"}),
        "{\"text\": \"a broken line",
        "",
        json.dumps({"html": AID_HTML, "url": "https://news.example/3"}),
        json.dumps({"text": FRENCH, "url": "https://news.example/4"}),
        json.dumps({"text": SANCTIONS, "published": "2025-07-18"}),
    ]
    path = folder / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture()
def jsonl_input(tmp_path: Path) -> Path:
    return write_input(tmp_path)
