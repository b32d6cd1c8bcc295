"""What the core needs from storage, as interfaces (storage/ implements them for SQLite and
PostgreSQL; the database API a store may use is storage/ports.py)."""

from __future__ import annotations

from typing import Protocol

from bot.domain import AnswerRecord, StoredSession


class StaleSession(Exception):
    """The session changed in the database since this process read it (another worker, or a
    write outside the store): the step is undone and taken again on a fresh read."""


class SessionStore(Protocol):
    """What the dialog service needs from storage; storage/sessions.py implements it."""

    def store_dialog(
        self, dialog_id: str, version: int, content_hash: str, source: dict
    ) -> None: ...

    def dialog_source(self, content_hash: str) -> dict | None: ...

    def create(
        self,
        *,
        dialog_id: str,
        dialog_hash: str,
        dialog_version: int,
        state: dict,
        lang: str,
        name: str | None = None,
        participant_id: int | None = None,
    ) -> StoredSession: ...

    def get(self, session_id: str) -> StoredSession | None:
        """The session as stored now."""

    def for_step(self, session_id: str) -> StoredSession | None:
        """The session as this process last saw it, unchecked: `save_step` raises
        StaleSession if it changed since."""

    def by_name(self, name: str) -> StoredSession | None: ...

    def save_step(
        self,
        session_id: str,
        state: dict,
        status: str,
        upserts: list[AnswerRecord],
        deletes: list[tuple[str, str]],
    ) -> None:
        """Write one step: the state, its status and the answers that changed. Raises
        StaleSession when the session read by `for_step` changed in the meantime."""

    def set_lang(self, session_id: str, lang: str) -> None: ...

    def forget(self, session_id: str) -> None:
        """Drop any copy held in memory (after a step was rolled back)."""

    def answers(self, session_id: str) -> list[AnswerRecord]: ...
