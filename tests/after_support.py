"""Shared by the after-the-meeting tests: a sample SIP plan with invented content."""

from __future__ import annotations

import copy

PLAN = {
    "goals": [
        {
            "title": "Elevens skolnärvaro ska öka till 80 procent",
            "plain": "Du ska vara i skolan fler dagar.",
            "pictogram": "school",
            "activities": [
                {
                    "what": "Anpassad studiegång och stödinsats från elevhälsan",
                    "plain": "Du får en egen plan i skolan. Kuratorn träffar dig.",
                    "responsible": "school",
                    "when": "från 1 december",
                    "how_often": "varje vecka",
                },
                {
                    "what": "Familjen följer med till skolan på morgonen",
                    "responsible": "family",
                    "when": "måndagar",
                },
            ],
        },
        {
            "title": "Förbättrad sömn och minskad oro",
            "plain": "Du ska sova bättre och känna mindre oro.",
            "pictogram": "health",
            "activities": [
                {
                    "what": "Stödsamtal på BUP",
                    "plain": "Du pratar med någon på BUP.",
                    "responsible": "bup",
                    "when": "varannan vecka",
                }
            ],
        },
    ],
    "follow_up": {"date": "2027-02-15", "place": "skolans konferensrum"},
    "contact": {"name": "Kim Exempel", "how": "ring 070-000 00 00"},
    "main_responsible": "school",
}


def plan(**changes) -> dict:
    data = copy.deepcopy(PLAN)
    data.update(changes)
    return data
