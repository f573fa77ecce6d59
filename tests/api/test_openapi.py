"""Property-based checks of the API against its own OpenAPI spec (schemathesis), bounded in time.

Every generated request, valid or not, must get a documented status code and a body that
matches the spec, and no input may cause a server error. (schemathesis' lazy pytest loader,
`from_fixture`, does not run under pytest 9 yet: the operations are driven with Hypothesis.)
"""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.generation.modes import GenerationMode

MAX_EXAMPLES = int(__import__("os").environ.get("FRONTWIRE_API_EXAMPLES", "12"))

# Every operation of the read-only server's spec (test_the_spec_lists_these_operations keeps it honest).
OPERATIONS = [
    ("GET", "/api/articles"),
    ("GET", "/api/articles/{article_id}"),
    ("GET", "/api/quotes"),
    ("GET", "/api/events"),
    ("GET", "/api/places"),
    ("GET", "/api/claims"),
    ("GET", "/api/facets"),
    ("GET", "/api/speakers"),
    ("GET", "/api/stats"),
    ("GET", "/api/geo/events"),
    ("GET", "/api/geo/places"),
    ("GET", "/api/geo/settlements"),
    ("GET", "/api/map/events"),
    ("GET", "/api/overlays"),
    ("GET", "/api/overlays/{overlay_id}"),
]


@pytest.fixture(scope="session")
def api_schema(app):
    return schemathesis.openapi.from_asgi("/api/openapi.json", app)


def test_the_spec_lists_these_operations(client):
    spec = client.get("/api/openapi.json").json()
    listed = {(method.upper(), path) for path, item in spec["paths"].items() for method in item}
    assert listed == set(OPERATIONS)


WITHOUT_PARAMETERS = {"/api/facets", "/api/speakers", "/api/stats", "/api/overlays"}  # nothing to get wrong: no negative cases
CASES = [(method, path, mode) for method, path in OPERATIONS for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
         if not (mode is GenerationMode.NEGATIVE and path in WITHOUT_PARAMETERS)]


def within_what_the_spec_cannot_say(case) -> None:
    """A positive case made true to what OpenAPI cannot state: `from` not after `to`, and a `region`
    the store has claims in (their 422s, which name the problem, are tested in test_api)."""
    query = case.query or {}
    if query.get("from") and query.get("to") and str(query["from"]) > str(query["to"]):
        query["from"], query["to"] = query["to"], query["from"]
    if query.get("region"):
        query["region"] = "UA"


@pytest.mark.parametrize("method, path, mode", CASES, ids=[f"{m} {p} {g.value}" for m, p, g in CASES])
def test_operation_conforms_to_the_spec(api_schema, method, path, mode):
    operation = api_schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case):
        if mode is GenerationMode.POSITIVE:
            within_what_the_spec_cannot_say(case)
        case.call_and_validate()

    check()
