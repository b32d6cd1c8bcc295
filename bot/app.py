"""Wiring: one place that builds the library, words, pictograms, storage and services."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import sqlite_utils

from bot.adapters.speech import SpeechService
from bot.config import Settings
from bot.conversation.core import Conversation
from bot.engine.library import DialogLibrary
from bot.i18n import Catalog
from bot.pictograms import Manifest, PictogramCache
from bot.render.plan_cache import PlanRenders
from bot.services.access import InviteAccess
from bot.services.cases import REDEEM_LIMIT, REDEEM_WINDOW, CaseService
from bot.services.clock import Clock, utc_clock
from bot.services.consent import (
    CONSENT_DIALOG,
    CONSENT_DIALOGS,
    OWN_CONSENT_DIALOG,
    ConsentService,
)
from bot.services.dialogs import DialogService
from bot.services.evaluation import AUDIENCE_OF, EvaluationService
from bot.services.family_home import FamilyHome
from bot.services.follow_up import FollowUpService
from bot.services.help_now import HelpNowService
from bot.services.packs import PackService
from bot.services.paper_answers import PaperAnswers
from bot.services.person import PersonService
from bot.services.plan import PlanService
from bot.services.ratelimit import FailureWindow
from bot.services.retention import Retention
from bot.services.said import SaidService
from bot.services.sharing import SharingService
from bot.services.users import UserService
from bot.services.workspace import Workspace
from storage.audit import AuditLog
from storage.cases import CaseStore
from storage.consents import ConsentStore
from storage.crypto import FieldCipher, load_or_create_key
from storage.database import checkpoint, open_database
from storage.erase import ErasedIdentities, Erasure
from storage.evaluations import EvaluationStore, SeenEvaluationStore
from storage.help_alerts import HelpAlertStore
from storage.inbox import InboxStore
from storage.invite_access import FamilyDrafts, InviteCodes
from storage.leases import Leases
from storage.logins import LoginFailures, LoginStore
from storage.plans import PlanStore
from storage.reminders import ReminderStore
from storage.sessions import SqliteSessionStore
from storage.telegram import TelegramStore
from storage.telegram_inbox import TelegramInbox
from storage.unit_of_work import UnitOfWork, unit_of_work
from storage.users import UserStore


@dataclass
class App:
    """The composition root: the one place (besides the benchmarks) that builds the concrete
    stores; everything else takes them from here, typed by their Protocols in bot/ports.py."""

    settings: Settings

    @cached_property
    def library(self) -> DialogLibrary:
        return DialogLibrary()

    @cached_property
    def catalog(self) -> Catalog:
        return Catalog()

    @cached_property
    def manifest(self) -> Manifest:
        return Manifest()

    @cached_property
    def pictogram_cache(self) -> PictogramCache:
        return PictogramCache(self.settings.cache_dir / "pictograms")

    @cached_property
    def plan_renders(self) -> PlanRenders:
        """The family plan's PNG and PDF, made once per plan version."""
        return PlanRenders(self.settings.cache_dir / "plans")

    @cached_property
    def db(self) -> sqlite_utils.Database:
        return open_database(self.settings.database)

    @cached_property
    def uow(self) -> UnitOfWork:
        """The unit of work services compose: `with app.uow.atomic():`."""
        return unit_of_work(self.db)

    @cached_property
    def key(self) -> bytes:
        """The installation's encryption key (made on first run)."""
        return load_or_create_key(self.settings.key_file)

    @cached_property
    def cipher(self) -> FieldCipher:
        return FieldCipher(self.key)

    @cached_property
    def dialogs(self) -> DialogService:
        """The dialog service with what finishing each dialog causes: consent recorded,
        evaluation recorded, the coordinator told. Wired here so no channel can miss it; the
        hooks reach the services lazily (they need this service themselves)."""
        service = DialogService(self.library, self.session_store, self.uow)
        consent_check = lambda *args: self.consent.check_answer(*args)  # noqa: E731
        service.check_answers([CONSENT_DIALOG, OWN_CONSENT_DIALOG], consent_check)
        service.on_finish(CONSENT_DIALOGS, lambda session: self.consent.finish(session))
        service.on_finish(AUDIENCE_OF, lambda session: self.evaluations.record(session))
        service.on_finish(None, lambda session: self.cases.notify_finished(session))
        return service

    @cached_property
    def session_store(self) -> SqliteSessionStore:
        return SqliteSessionStore(self.db, self.cipher)

    @cached_property
    def audit(self) -> AuditLog:
        return AuditLog(self.db)

    @cached_property
    def case_store(self) -> CaseStore:
        """The case store; what an older Delaktig kept in clear is encrypted on first open."""
        store = CaseStore(self.db, self.cipher)
        if store.seal_typed_text():
            checkpoint(self.db)
        return store

    @cached_property
    def cases(self) -> CaseService:
        limiter = FailureWindow(
            self.login_failures, self.cipher.tag, "redeem", REDEEM_LIMIT, REDEEM_WINDOW
        )
        return CaseService(self.case_store, self.dialogs, self.audit, redeem_limiter=limiter)

    @cached_property
    def access(self) -> InviteAccess:
        """The person's own code on their invite, and drafts kept across an ended login."""
        codes, drafts = InviteCodes(self.db), FamilyDrafts(self.db, self.cipher)
        return InviteAccess(self.case_store, codes, drafts, self.cipher, self.audit)

    @cached_property
    def users(self) -> UserService:
        return UserService(
            UserStore(self.db), self.case_store, self.audit, self.login_failures, self.cipher.tag
        )

    @cached_property
    def login_store(self) -> LoginStore:
        return LoginStore(self.db)

    @cached_property
    def login_failures(self) -> LoginFailures:
        return LoginFailures(self.db)

    @cached_property
    def consent(self) -> ConsentService:
        return ConsentService(
            self.consent_store,
            self.case_store,
            self.dialogs,
            self.audit,
            labels=self.catalog.format,
        )

    @cached_property
    def consent_store(self) -> ConsentStore:
        return ConsentStore(self.db, self.cipher)

    @cached_property
    def sharing(self) -> SharingService:
        return SharingService(
            self.case_store,
            self.consent_store,
            self.audit,
            lambda case_id: self.consent.case_status(case_id).scope,
        )

    @cached_property
    def plans(self) -> PlanService:
        return PlanService(
            PlanStore(self.db, self.cipher),
            self.case_store,
            self.consent,
            self.audit,
            self.uow,
            utc_clock,
        )

    @cached_property
    def evaluation_store(self) -> EvaluationStore:
        return EvaluationStore(self.db, self.cipher)

    @cached_property
    def evaluations(self) -> EvaluationService:
        return EvaluationService(
            self.dialogs,
            self.case_store,
            self.evaluation_store,
            SeenEvaluationStore(self.db, self.cipher),
            self.audit,
            utc_clock,
        )

    @cached_property
    def workspace(self) -> Workspace:
        return Workspace(
            self.case_store, self.cases, self.consent, self.dialogs, self.audit, utc_clock
        )

    @cached_property
    def packs(self) -> PackService:
        return PackService(
            self.case_store,
            self.consent,
            self.sharing,
            self.dialogs,
            self.library,
            self.catalog,
            self.audit,
            utc_clock,
        )

    @cached_property
    def paper_answers(self) -> PaperAnswers:
        return PaperAnswers(self.cases, self.dialogs, self.audit)

    @cached_property
    def person(self) -> PersonService:
        return PersonService(
            self.case_store,
            self.session_store,
            self.consent_store,
            self.audit,
            self.login_store,
            self.erased_identities,
            self.erasure,
            self.uow,
        )

    @cached_property
    def erasure(self) -> Erasure:
        return Erasure(self.db)

    @cached_property
    def erased_identities(self) -> ErasedIdentities:
        return ErasedIdentities(self.db)

    @cached_property
    def retention(self) -> Retention:
        def telegram_at(clock: Clock) -> TelegramStore:
            return TelegramStore(self.db, clock=clock)

        return Retention(
            self.erasure,
            self.audit,
            self.erased_identities,
            self.login_store,
            self.login_failures,
            telegram_at,
        )

    @cached_property
    def help_alert_store(self) -> HelpAlertStore:
        return HelpAlertStore(self.db, self.cipher)

    @cached_property
    def help_now(self) -> HelpNowService:
        return HelpNowService(
            self.case_store, self.audit, self.help_alert_store, self.uow, utc_clock
        )

    @cached_property
    def inbox_store(self) -> InboxStore:
        return InboxStore(self.db)

    @cached_property
    def reminder_store(self) -> ReminderStore:
        return ReminderStore(self.db)

    @cached_property
    def follow_ups(self) -> FollowUpService:
        return FollowUpService(self.cases, self.case_store, self.dialogs, self.plans)

    @cached_property
    def said(self) -> SaidService:
        return SaidService(self.case_store, self.dialogs, self.sharing, self.catalog)

    @cached_property
    def family_home(self) -> FamilyHome:
        return FamilyHome(self, utc_clock)

    @cached_property
    def telegram_store(self) -> TelegramStore:
        return TelegramStore(self.db)

    @cached_property
    def telegram_inbox(self) -> TelegramInbox:
        return TelegramInbox(self.db, self.cipher)

    @cached_property
    def leases(self) -> Leases:
        return Leases(self.db)

    @cached_property
    def conversation(self) -> Conversation:
        return Conversation(self)

    @cached_property
    def speech(self) -> SpeechService:
        return SpeechService(self.settings.cache_dir / "speech")
