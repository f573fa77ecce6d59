"""Components declare what they need and give; the pipeline checks that when it is built."""
from __future__ import annotations

import pytest

from frontwire.extract.component import COMPONENTS, PipelineError, Shared, check_order, component
from frontwire.pipeline import DEFAULT_COMPONENTS, Pipeline, _load_components


def test_the_default_pipeline_is_in_a_working_order():
    _load_components()
    assert [spec.name for spec in check_order(DEFAULT_COMPONENTS)] == list(DEFAULT_COMPONENTS)


def test_a_component_without_its_provider_fails_when_the_pipeline_is_built():
    with pytest.raises(PipelineError, match=r"'quotes' needs 'entities'.*'entities'"):
        Pipeline(components=["quotes"])


def test_an_unknown_component_lists_the_known_ones():
    with pytest.raises(PipelineError, match="unknown pipeline components: quotez; known: .*quotes"):
        Pipeline(components=["entities", "quotez"])


def test_reading_what_nobody_gave_is_an_error_not_an_empty_value():
    shared = Shared()
    with pytest.raises(PipelineError, match="nothing in this pipeline gave 'places'"):
        shared.get("places")
    with pytest.raises(PipelineError, match="not a shared name"):
        shared["scratchpad"] = 1


def test_declaring_an_unknown_shared_name_fails_at_registration():
    with pytest.raises(PipelineError, match="unknown shared names: vibes"):
        component("mood", requires=["vibes"])
    assert "mood" not in COMPONENTS
