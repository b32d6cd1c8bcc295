"""What the core needs from storage, as interfaces: one Protocol per store with exactly the
methods services, web, channels and runtime call, and the unit of work they compose
(`with uow.atomic():`). storage/ implements them for SQLite and PostgreSQL; bot/app.py builds the
concrete stores and hands them in (the database API a store may use is storage/ports.py)."""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from datetime import datetime, timedelta
from typing import Any, Protocol

from bot.domain import (
    AnswerRecord,
    Case,
    ConsentChange,
    HelpAlert,
    InboxItem,
    InboxUpdate,
    Invite,
    InviteCode,
    Participant,
    Response,
    SeenEvaluation,
    Standing,
    StoredConsent,
    StoredLogin,
    StoredPlan,
    StoredSession,
    StoredUser,
    Tick,
)


class UnitOfWork(Protocol):
    """Several stores' writes as one commit: `with uow.atomic():` commits everything inside it
    once, or nothing; store writes inside it join it."""

    def atomic(self) -> AbstractContextManager[object]: ...

    @property
    def in_transaction(self) -> bool:
        """Whether this thread is inside an `atomic()` block."""


class Cipher(Protocol):
    """Field encryption with the installation's key (storage/crypto.py)."""

    def tag(self, text: str) -> str:
        """A keyed hash: equal texts give equal tags; nobody without the key can test a guess."""

    def encrypt(self, plain: str) -> str: ...

    def decrypt(self, token: str) -> str:
        """The plain text; bot.errors.KeyError_ for a wrong key or a damaged field."""


class AuditLog(Protocol):
    def record(self, actor: str, action: str, subject: str, **detail: Any) -> None: ...

    def about_person(self, participant_id: int) -> list[dict[str, Any]]: ...


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

    def answers(self, session_id: str) -> list[AnswerRecord]: ...


class CaseStore(Protocol):
    """Units, cases, participants, invites, the coordinator's notifications and checklist."""

    def unit_id(self, name: str, create: bool = False) -> int | None: ...

    def unit_name(self, unit_id: int) -> str | None: ...

    def create_case(self, unit_id: int, **values: Any) -> Case: ...

    def update_case(self, case_id: int, **values: Any) -> Case: ...

    def case(self, case_id: int) -> Case | None: ...

    def standing(self, participant_id: int) -> Standing | None:
        """The participant's case status and whether their last opened invite was revoked;
        None when they or their case are gone."""

    def open_case_ids(self) -> list[int]: ...

    def cases(self, unit_id: int) -> list[Case]: ...

    def add_participant(
        self,
        case_id: int,
        role: str,
        dialog_id: str,
        name: str | None = None,
        contact: str | None = None,
        child_asked: bool = False,
        protected: bool = False,
        lang: str = "sv",
        decides_self: bool = False,
        before: tuple[str, ...] = (),
    ) -> Participant: ...

    def participant(self, participant_id: int) -> Participant | None: ...

    def participants(self, case_id: int) -> list[Participant]: ...

    def update_participant(self, participant_id: int, **values: Any) -> Participant: ...

    def participant_by_identity(self, identity_hash: str) -> Participant | None: ...

    def add_invite(self, participant_id: int, token: str, expires_at: str) -> Invite: ...

    def invite_by_token(self, token: str) -> Invite | None: ...

    def invites(self, participant_id: int) -> list[Invite]: ...

    def mark_invite(self, invite_id: int, **values: str) -> None: ...

    def session_id_for(self, participant_id: int, dialog_id: str) -> str | None: ...

    def session_rows(self, participant_id: int) -> list[dict[str, Any]]: ...

    def guardian_views_of(self, participant_id: int) -> list[dict[str, Any]]: ...

    def finished_since(self, participant_id: int, dialog_id: str, since: str) -> bool: ...

    def latest_session_id(self, participant_id: int) -> str | None: ...

    def notify(self, unit_id: int, case_id: int, kind: str, urgent: bool = False) -> int: ...

    def notifications(self, unit_id: int, unread_only: bool = False) -> list[dict[str, Any]]: ...

    def checklist_ticks(self, case_id: int) -> dict[str, Tick]: ...

    def tick(self, case_id: int, item: str, by: str, at: str) -> None: ...

    def untick(self, case_id: int, item: str) -> None: ...

    def mark_notifications_read(self, unit_id: int) -> None: ...


class ConsentStore(Protocol):
    """Each guardian's (or a youth's own) consent, its versions, changes and withdrawal."""

    def add(
        self,
        case_id: int,
        participant_id: int,
        *,
        actors: tuple[str, ...],
        own_actors: tuple[str, ...],
        areas: tuple[str, ...],
        not_raise_areas: tuple[str, ...],
        not_raise_text: str | None,
        until: str | None,
        dialog_hash: str,
        lang: str,
        session_id: str | None = None,
        kind: str = "guardian",
        terms: dict[str, Any] | None = None,
    ) -> StoredConsent: ...

    def get(self, consent_id: int) -> StoredConsent | None: ...

    def by_session(self, session_id: str) -> StoredConsent | None: ...

    def latest(self, participant_id: int) -> StoredConsent | None: ...

    def versions(self, participant_id: int) -> list[StoredConsent]: ...

    def mark_withdrawn(self, consent_id: int, at: str) -> None: ...

    def withdraw_case(self, case_id: int, at: str) -> bool: ...

    def add_change(self, case_id: int, participant_id: int, kind: str, item: str) -> None: ...

    def changes(self, case_id: int, pending_only: bool = True) -> list[ConsentChange]: ...

    def answer_change(self, change_id: int, accepted: bool) -> None: ...

    def add_guardian_view(self, session_id: str, guardian_id: int) -> None: ...

    def guardian_may_view(self, session_id: str, guardian_id: int) -> bool: ...


class EvaluationStore(Protocol):
    """Anonymous evaluation responses, for the unit's statistics."""

    def has(self, session_id: str) -> bool: ...

    def add(
        self, session_id: str, respondent: str, unit_id: int, case_id: int, response: Response
    ) -> int | None: ...

    def responses(
        self, unit_id: int, start: str | None = None, end: str | None = None
    ) -> list[Response]: ...


class SeenEvaluationStore(Protocol):
    """Evaluations the person chose to let their coordinator see."""

    def put(self, participant_id: int, case_id: int, meeting: str, response: Response) -> None: ...

    def for_case(self, case_id: int) -> list[SeenEvaluation]: ...


class PlanStore(Protocol):
    def get(self, case_id: int) -> StoredPlan | None: ...

    def save(self, case_id: int, data: dict[str, Any], by: str) -> StoredPlan: ...

    def mark_sent(self, case_id: int, at: str) -> StoredPlan | None: ...

    def sent(self, case_id: int) -> StoredPlan | None: ...


class ReminderStore(Protocol):
    """Reminders claimed before sending, so each is sent once whichever worker runs."""

    def claim(
        self,
        key: str,
        case_id: int,
        participant_id: int | None,
        kind: str,
        due_at: str,
        now: str,
        stale_before: str,
    ) -> bool: ...

    def mark_sent(self, key: str, at: str) -> None: ...

    def release(self, key: str) -> None: ...

    def sent_keys(self, case_id: int) -> set[str]: ...


class InboxStore(Protocol):
    """The family's notifications on their home page."""

    def add(self, participant_id: int, kind: str, args: dict[str, Any]) -> int: ...

    def items(self, participant_id: int, unread_only: bool = False) -> list[InboxItem]: ...

    def mark_read(self, participant_id: int, kind: str | None = None) -> None: ...


class HelpAlertStore(Protocol):
    """Help-now presses, the coordinator's mail about them, and who handled them."""

    def open_since(self, participant_id: int, since: str) -> HelpAlert | None: ...

    def fold(self, alert_id: int, at: str) -> None: ...

    def add(self, participant_id: int, case_id: int, notification_id: int, at: str) -> int: ...

    def unmailed(self) -> list[HelpAlert]: ...

    def claim_mail(self, alert_id: int, now: str, stale_before: str) -> bool: ...

    def release_mail(self, alert_id: int) -> None: ...

    def mark_mailed(self, alert_id: int, at: str) -> None: ...

    def recipients(self, alert: HelpAlert) -> list[str]: ...

    def for_case(self, case_id: int, open_only: bool = True) -> list[HelpAlert]: ...

    def handle(self, alert_id: int, case_id: int, by: str, at: str) -> bool: ...

    def seen_to_tell(self, participant_id: int) -> HelpAlert | None: ...

    def mark_seen_shown(self, participant_id: int, at: str) -> None: ...

    def set_email(self, username: str, email: str | None) -> bool: ...


class InviteCodes(Protocol):
    """The person's own code on their invite (only its hash) and the wrong tries."""

    def code(self, invite_id: int) -> InviteCode | None: ...

    def set_code(self, invite_id: int, kind: str, code_hash: str) -> bool: ...

    def failed(self, invite_id: int, limit: int) -> InviteCode: ...

    def succeeded(self, invite_id: int) -> None: ...


class FamilyDrafts(Protocol):
    """A typed answer kept (encrypted) across an ended login."""

    def keep(self, participant_id: int, session_id: str, at: str, text: str) -> None: ...

    def get(self, session_id: str, at: str) -> str | None: ...

    def drop(self, session_id: str, at: str) -> None: ...


class UserStore(Protocol):
    """Coordinator and admin accounts."""

    def add(
        self, unit_id: int, username: str, password_hash: str, role: str, created_at: str
    ) -> None: ...

    def by_username(self, username: str) -> StoredUser | None: ...

    def by_id(self, user_id: int) -> StoredUser | None: ...

    def set_password_hash(self, user_id: int, password_hash: str) -> None: ...


class LoginStore(Protocol):
    """Login sessions in the database (shared by every worker); tokens kept only hashed."""

    def hashes_of(self, participant_id: int) -> list[str]: ...

    def add(
        self,
        kind: str,
        token: str,
        csrf: str,
        now: datetime,
        ends_at: datetime,
        user_id: int | None = None,
        participant_id: int | None = None,
        data: str | None = None,
    ) -> None: ...

    def get(self, kind: str, token: str) -> StoredLogin | None: ...

    def touch(self, token: str, now: datetime, data: str | None = None) -> None: ...

    def drop(self, token: str) -> None: ...

    def purge(self, now: datetime, idle_cutoffs: dict[str, datetime]) -> int: ...


class LoginFailures(Protocol):
    """Failed attempts (coordinator logins, invite redemptions) by keyed hash, each with its
    time."""

    def count_since(self, key: str, since: datetime) -> int: ...

    def add(self, keys: list[str], now: datetime) -> None: ...

    def forget_before(self, cutoff: datetime) -> int: ...


class ErasedIdentities(Protocol):
    """Hashed identities of people erased a short while ago."""

    def remember(self, identity_hash: str, at: str) -> None: ...

    def __contains__(self, identity_hash: str) -> bool: ...

    def forget_before(self, cutoff: str) -> None: ...


class Erasure(Protocol):
    """Deleting ended cases and erased people with every row under them."""

    def ended_cases(self, before: str) -> list[int]: ...

    def delete_cases(self, case_ids: list[int], dry_run: bool = False) -> dict[str, int]: ...

    def delete_participant(self, participant_id: int) -> dict[str, int]: ...


class TelegramStore(Protocol):
    """Telegram update ids seen, chat bindings and message ids kept for clearing."""

    def first_time(self, update_id: int) -> bool: ...

    def prune(self, dry_run: bool = False) -> dict[str, int]: ...

    def track(self, chat_id: int, message_ids: list[int]) -> None: ...

    def deletable(self, chat_id: int) -> list[int]: ...

    def forget_chat(self, chat_id: int) -> None: ...

    def bind(self, participant_id: int, chat_enc: str) -> None: ...

    def chat_of(self, participant_id: int) -> str | None: ...


class TelegramInbox(Protocol):
    """Telegram updates written first (encrypted, once per update id), then claimed by any
    worker: a chat's oldest update, when none of the chat's is in progress."""

    def put(self, updates: Iterable[tuple[int, int | None, dict]]) -> int:
        """Write (update id, chat id, update) in one commit; how many were new."""

    def claim(self, holder: str, lease: timedelta, limit: int) -> list[InboxUpdate]: ...

    def renew(self, update_id: int, holder: str, lease: timedelta) -> bool: ...

    def done(self, update_id: int) -> None: ...

    def waiting(self) -> int: ...


class Leases(Protocol):
    """Jobs one worker of several runs at a time (polling Telegram, the daily purge)."""

    def take(
        self,
        name: str,
        holder: str,
        until: datetime,
        renew: bool = True,
        now: datetime | None = None,
    ) -> bool: ...

    def release(self, name: str, holder: str) -> None: ...

    def holder(self, name: str) -> str | None: ...
