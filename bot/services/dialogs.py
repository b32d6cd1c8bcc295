"""Run dialog sessions: load the pinned dialog, step the engine, save the change in one go."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from bot.domain import AnswerRecord, StoredSession
from bot.engine.library import DialogLibrary
from bot.engine.model import Dialog, Kind
from bot.engine.runner import (
    Event,
    EventKind,
    Notice,
    Output,
    Prompt,
    State,
    new_state,
    position,
    prompt_for,
    step,
)
from bot.errors import UserFacingError
from bot.messages import Msg
from bot.ports import SessionStore, StaleSession, UnitOfWork

#: Looks at an answer before the engine takes it; a Notice refuses it (the question is asked
#: again), None lets it through.
AnswerCheck = Callable[[StoredSession, Prompt, Event], Notice | None]
#: What finishing a dialog causes; runs in the same transaction as the last step. A
#: UserFacingError with a `msg_id` undoes the step and is shown as a notice.
FinishHook = Callable[[StoredSession], None]
ANY_DIALOG = "*"
#: Tries of a step whose session another worker keeps changing under it.
STEP_ATTEMPTS = 3


class UnknownSession(UserFacingError):
    pass


def split_key(key: str) -> tuple[str, str]:
    """`area-how[school]` → (`area-how`, `school`); `welcome` → (`welcome`, '')."""
    if key.endswith("]") and "[" in key:
        step_id, item = key[:-1].split("[", 1)
        return step_id, item
    return key, ""


def answer_changes(
    dialog: Dialog, before: State, after: State
) -> tuple[list[AnswerRecord], list[tuple[str, str]]]:
    """What to write so the answers table matches `after`: rows to upsert and keys to delete."""
    old_answers, new_answers = before["answers"], after["answers"]
    old_shares, new_shares = before["shares"], after["shares"]
    upserts = []
    for key, value in new_answers.items():
        if old_answers.get(key) != value or old_shares.get(key) != new_shares.get(key):
            step_id, item = split_key(key)
            is_text = dialog.step(step_id).kind is Kind.TEXT
            upserts.append(AnswerRecord(step_id, item, value, is_text, new_shares.get(key)))
    deletes = [split_key(key) for key in old_answers if key not in new_answers]
    return upserts, deletes


class DialogService:
    """The one way to step a session: answer checks and finish hooks registered per dialog
    run here, so no channel can step past them."""

    def __init__(self, library: DialogLibrary, store: SessionStore, uow: UnitOfWork):
        self.library, self.store, self.uow = library, store, uow
        self._checks: dict[str, list[AnswerCheck]] = {}
        self._on_finish: dict[str, list[FinishHook]] = {}

    def check_answers(self, dialog_ids: Iterable[str], check: AnswerCheck) -> None:
        for dialog_id in dialog_ids:
            self._checks.setdefault(dialog_id, []).append(check)

    def on_finish(self, dialog_ids: Iterable[str] | None, hook: FinishHook) -> None:
        """Run `hook` when a session of one of these dialogs ends; None: of every dialog that
        has no finish hook of its own."""
        for dialog_id in [ANY_DIALOG] if dialog_ids is None else dialog_ids:
            self._on_finish.setdefault(dialog_id, []).append(hook)

    def start(
        self,
        dialog_id: str,
        *,
        lang: str = "sv",
        name: str | None = None,
        participant_id: int | None = None,
        context: dict[str, Any] | None = None,
    ) -> tuple[StoredSession, list[Output]]:
        dialog = self.library.get(dialog_id)
        self.store.store_dialog(dialog.id, dialog.version, dialog.content_hash, dialog.source)
        state = new_state(dialog, context)
        session = self.store.create(
            dialog_id=dialog.id,
            dialog_hash=dialog.content_hash,
            dialog_version=dialog.version,
            state=state,
            lang=lang,
            name=name,
            participant_id=participant_id,
        )
        return session, [prompt_for(dialog, state)]

    def get(self, session_id: str) -> StoredSession:
        session = self.store.get(session_id)
        if session is None:
            raise UnknownSession(f"no session {session_id}")
        return session

    def dialog_of(self, session: StoredSession) -> Dialog:
        """The dialog exactly as it was when the session started."""
        return self.library.pinned(session.dialog_hash, self.store.dialog_source)

    def ends_journey(self, session: StoredSession) -> bool:
        """Whether the session ended at an end that stops the rest of the invite's journey."""
        step = self.dialog_of(session).step(position(session.state)[0])
        return session.status == "done" and step.ends_journey

    def handle(self, session_id: str, event: Event) -> tuple[StoredSession, list[Output]]:
        """Step the session; the step, its answers and what finishing causes commit together."""
        try:
            return self._handle(session_id, event)
        except UserFacingError as exc:
            msg_id = getattr(exc, "msg_id", None)
            if msg_id is None:
                raise
            session = self.get(session_id)
            prompt = prompt_for(self.dialog_of(session), session.state)
            return session, [Notice(Msg(msg_id), "invalid"), prompt]

    def _handle(self, session_id: str, event: Event) -> tuple[StoredSession, list[Output]]:
        """On its own, a step starts from the session as this process last saw it and is taken
        again on a fresh read if another writer changed it since (StaleSession); as part of a
        larger unit of work it reads the session as stored."""
        if self.uow.in_transaction:
            with self.uow.atomic():
                return self._step(self.get(session_id), event)
        for _ in range(STEP_ATTEMPTS - 1):
            try:
                return self._step_alone(session_id, event)
            except StaleSession:
                continue  # the store forgot its copy: the next try reads the session anew
        return self._step_alone(session_id, event)

    def _step_alone(self, session_id: str, event: Event) -> tuple[StoredSession, list[Output]]:
        with self.uow.atomic():
            session = self.store.for_step(session_id)
            if session is None:
                raise UnknownSession(f"no session {session_id}")
            return self._step(session, event)

    def _step(self, session: StoredSession, event: Event) -> tuple[StoredSession, list[Output]]:
        dialog = self.dialog_of(session)
        checks = self._checks.get(session.dialog_id, ())
        if checks and event.kind == EventKind.ANSWER and session.status != "done":
            prompt = prompt_for(dialog, session.state)
            for check in checks:
                refusal = check(session, prompt, event)
                if refusal is not None:
                    return session, [refusal, prompt]
        state, outputs = step(dialog, session.state, event)
        upserts, deletes = answer_changes(dialog, session.state, state)
        self.store.save_step(session.id, state, state["status"], upserts, deletes)
        stepped = replace(session, state=state, status=state["status"])
        if stepped.status == "done" and session.status != "done":
            own = self._on_finish.get(session.dialog_id)
            for hook in own or self._on_finish.get(ANY_DIALOG, ()):
                hook(stepped)
        return stepped, outputs

    def set_context(self, session_id: str, context: dict[str, Any]) -> None:
        """Give a session its case's context anew (the case changed: a day, a place, people)."""
        session = self.get(session_id)
        if session.state.get("context") != context:
            state = session.state | {"context": context}
            self.store.save_step(session.id, state, session.status, [], [])

    def set_lang(self, session: StoredSession, lang: str) -> StoredSession:
        self.store.set_lang(session.id, lang)
        return replace(session, lang=lang)
