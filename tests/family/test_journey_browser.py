"""The child's and the youth's whole Min röst journey in real Chromium on a 360×740 phone, walked
as `delaktig bench --scenario journey` walks it: few taps, no tap that first needs a scroll, and a
question counter whose total never grows."""

from __future__ import annotations

import pytest

from bot.bench_journey import walk
from bot.demo import DEMO_ACTORS
from bot.services.case_form import parse_actors
from bot.testing.invite import open_invite_in_browser
from family.browser import (
    browser,  # noqa: F401 (fixture)
    server,  # noqa: F401 (fixture)
)

#: The most taps each walk may take (three areas, every text skipped, everything to the meeting).
MOST_TAPS = {"min-rost-barn": 40, "min-rost-ungdom": 45}


@pytest.mark.parametrize("dialog_id", sorted(MOST_TAPS))
async def test_the_journey_is_short_and_every_tap_is_in_view(server, browser, dialog_id):  # noqa: F811
    unit = server.app.case_store.unit_id("Testenheten", create=True)
    case = server.app.cases.create_case(unit, "Fjärilen 2026", actors=parse_actors(DEMO_ACTORS))
    server.case_id = case.id
    participant, token = server.invite(dialog_id)
    page = await browser.new_page()
    await open_invite_in_browser(page, server.url, token)

    figures = await walk(page)

    assert figures["taps"] <= MOST_TAPS[dialog_id], figures
    assert figures["scrolls_needed"] == 0, figures["below_fold"]
    assert figures["max_total_jump"] == 0, figures["totals"]
    session = server.app.dialogs.get(server.session_id(participant.id, dialog_id))
    assert session.status == "done"
    assert set(session.state["shares"].values()) == {"meeting"}
