"""The web bench scenario works end to end (figures are for `delaktig bench`, not for tests)."""

from __future__ import annotations

from bot.bench import SCENARIOS


def test_the_web_scenario_completes_families_against_a_real_serve():
    result = SCENARIOS["web"]({"families": 3, "think_ms": 0})
    assert result["families"] == 3
    assert result["steps"] > 3 * 5
    assert result["errors"] == 0
    assert result["lost_answers"] == 0
    assert set(result) >= {"steps_per_s", "p50_ms", "p99_ms"}


def test_the_web_scenario_runs_two_workers_on_postgresql(postgresql_url):
    result = SCENARIOS["web"]({"families": 4, "think_ms": 0, "db": postgresql_url, "workers": 2})
    assert (result["backend"], result["workers"]) == ("postgresql", 2)
    assert result["steps"] > 4 * 5
    assert result["errors"] == 0
    assert result["lost_answers"] == 0
