"""The coordinator's preparation pack stays in Swedish, and says which answers were given in
another language (so free text may need an interpreter, and choices were read in translation).

Each session stores the language it is held in (`sessions.lang`, changed with `/lang` or the
channel's language switch); that is the language of its answers. A pack builder calls
`session_languages` once for the case and `answered_in` for each participant's section.
"""

from __future__ import annotations

from babel import Locale, UnknownLocaleError

from bot.domain import Participant
from bot.i18n import DEFAULT_LOCALE
from bot.messages import Msg
from bot.ports import CaseStore
from bot.services.dialogs import DialogService


def language_name(lang: str, in_lang: str = DEFAULT_LOCALE) -> str:
    """`ar` → `arabiska` (in Swedish); the code itself when Babel does not know it."""
    try:
        return Locale.parse(lang.replace("-", "_")).get_display_name(in_lang) or lang
    except (UnknownLocaleError, ValueError):
        return lang


def answered_in(lang: str | None) -> Msg | None:
    """The pack's note for answers given in `lang`; None for Swedish (or no session)."""
    if lang is None or lang == DEFAULT_LOCALE:
        return None
    return Msg("pack-answered-in", {"language": language_name(lang)})


def session_languages(
    store: CaseStore, dialogs: DialogService, participants: list[Participant]
) -> dict[int, str]:
    """Participant id → the language of their dialog session, for those who have one."""
    found = {}
    for participant in participants:
        session_id = store.session_id_for(participant.id, participant.dialog_id)
        if session_id is not None:
            found[participant.id] = dialogs.get(session_id).lang
    return found
