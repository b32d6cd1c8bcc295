"""Consent: the scope each guardian (or a youth who decides for themself) gave, versioned; the
child's own say (assent); the case's consent status; the gate before anything reaches a
preparation pack; delta consent for new actors or areas; withdrawal in one step; and a request
to delete the family's copy at once."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from bot.domain import Case, Participant, StoredConsent, StoredSession
from bot.engine.runner import Event, Notice, Output, Prompt, live_answers
from bot.errors import UserFacingError
from bot.messages import Msg
from bot.ports import AuditLog, CaseStore, ConsentStore
from bot.services.clock import Clock, utc_clock
from bot.services.dialogs import DialogService
from bot.services.protection import consent_for_others

CONSENT_DIALOG = "samtycke-vardnadshavare"
#: A youth's own consent: the same step ids as the guardian's, in the youth's words.
OWN_CONSENT_DIALOG = "samtycke-ungdom"
#: The child's say: "Vill du att de vuxna gör en SIP? Vad får de prata om?"
ASSENT_DIALOG = "samtycke-barn"
CONSENT_DIALOGS = (CONSENT_DIALOG, OWN_CONSENT_DIALOG, ASSENT_DIALOG)
#: What a child answers, and what a guardian says the child thinks, that counts as "no".
CHILD_NO = ("no", "disagrees")
LIFE_AREAS = (
    "family",
    "school",
    "friends",
    "home",
    "health",
    "future",
    "free-time",
    "getting-around",
)
OTHER_ACTOR = "other"
OWN_PREFIX = "own:"
MAX_OWN_ACTORS = 10
_SPLIT_OWN = re.compile(r"[\n,;]+")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

#: Why the gate is closed, for the coordinator.
GATE_REASONS = {
    "missing": "no guardian has consented yet; nothing from the case can be shared",
    "partial": "not every guardian has consented yet; nothing from the case can be shared",
    "withdrawn": "a guardian has withdrawn consent; nothing from the case can be shared",
    "expired": "the consent has expired; ask the guardians to renew it",
}


class ConsentError(UserFacingError):
    """A plain reason for the command line, and `msg_id`, its Fluent message for a channel."""

    def __init__(self, reason: str, msg_id: str = "consent-error"):
        super().__init__(reason)
        self.msg_id = msg_id


class ConsentMissing(ConsentError):
    """Nothing from the case may reach a preparation pack or an invitation yet."""

    def __init__(self, status: str):
        super().__init__(GATE_REASONS[status], f"consent-gate-{status}")
        self.status = status


class InvalidConsentDate(ConsentError):
    pass


@dataclass(frozen=True)
class ConsentScope:
    actors: tuple[str, ...]  # actor ids: the case's proposed actors + own additions "own:<n>"
    own_actors: tuple[str, ...]  # own additions, as the guardian wrote them (encrypted at rest)
    areas: tuple[str, ...]  # life areas that may be shared
    not_raise_areas: tuple[str, ...]
    not_raise_text: str | None  # encrypted at rest
    until: str | None  # ISO date, or None = until the SIP is closed
    exchange: bool = True  # information may be exchanged (the seed's second part of consent)
    pre_meeting: bool | None = None  # the professionals may meet before, without the family
    plan_to: str | None = None  # who gets the plan besides the family: all | responsible
    child_view: str | None = None  # what the guardian says the child thinks
    #: A protected guardian's words about what must not be raised were held back from others
    #: (bot/services/protection.py: `consent_for_others`).
    not_raise_withheld: bool = False

    def own_label(self, actor_id: str) -> str | None:
        """The guardian's words for an own addition `own:<n>`."""
        if not actor_id.startswith(OWN_PREFIX):
            return None
        index = int(actor_id[len(OWN_PREFIX) :]) - 1
        return self.own_actors[index] if 0 <= index < len(self.own_actors) else None


@dataclass(frozen=True)
class CaseConsent:
    status: str  # missing | partial | complete | withdrawn | expired
    per_guardian: dict[int, str]  # participant id → missing | given | withdrawn | expired
    scope: ConsentScope | None  # the intersection of every given scope: what a pack may name
    sole_custody: bool
    child_says: str | None = None  # the child's own answer: yes | unsure | no, or None
    child_views: dict[int, str] = field(default_factory=dict)  # guardian id → their report

    @property
    def child_objects(self) -> bool:
        """The child said no, or a guardian says the child does not want it: never silent."""
        views = [self.child_says, *self.child_views.values()]
        return any(view in CHILD_NO for view in views)


@dataclass(frozen=True)
class WithdrawResult:
    already: bool
    revoked_invites: int
    message: str  # Fluent id: withdraw-done or withdraw-already


@dataclass(frozen=True)
class PendingChange:
    id: int
    guardian_id: int
    kind: str  # actor | area
    item: str


def scope_of(consent: StoredConsent) -> ConsentScope:
    terms = consent.terms or {}
    return ConsentScope(
        actors=consent.actors,
        own_actors=consent.own_actors,
        areas=consent.areas,
        not_raise_areas=consent.not_raise_areas,
        not_raise_text=consent.not_raise_text,
        until=consent.until,
        exchange=terms.get("exchange", True),
        pre_meeting=terms.get("pre_meeting"),
        plan_to=terms.get("plan_to"),
        child_view=terms.get("child_view"),
    )


def may_consent(person: Participant) -> bool:
    """A guardian, or a youth who decides for themself, gives (and may withdraw) consent."""
    return person.role == "guardian" or person.decides_self


def terms_of(scope: ConsentScope) -> dict:
    """The terms beyond the scope, as stored (ids only)."""
    return {
        "sip": True,
        "exchange": scope.exchange,
        "pre_meeting": scope.pre_meeting,
        "plan_to": scope.plan_to,
        "child_view": scope.child_view,
    }


def intersect(scopes: list[ConsentScope]) -> ConsentScope:
    """What every guardian agreed to. Own additions are one guardian's words, so they stay only
    when a single guardian's consent counts; what must not be raised is the union."""
    if len(scopes) == 1:
        return scopes[0]
    actors = [a for a in scopes[0].actors if not a.startswith(OWN_PREFIX)]
    areas = list(scopes[0].areas)
    not_raise: list[str] = []
    texts: list[str] = []
    for scope in scopes:
        actors = [a for a in actors if a in scope.actors]
        areas = [a for a in areas if a in scope.areas]
        not_raise += [a for a in scope.not_raise_areas if a not in not_raise]
        texts += [scope.not_raise_text] if scope.not_raise_text else []
    dates = [s.until for s in scopes if s.until]
    plan_to = [s.plan_to for s in scopes if s.plan_to]
    return ConsentScope(
        actors=tuple(actors),
        own_actors=(),
        areas=tuple(areas),
        not_raise_areas=tuple(not_raise),
        not_raise_text="\n".join(texts) or None,
        until=min(dates) if dates else None,
        exchange=all(s.exchange for s in scopes),
        pre_meeting=all(s.pre_meeting for s in scopes),
        plan_to="responsible" if "responsible" in plan_to else (plan_to[0] if plan_to else None),
        not_raise_withheld=any(s.not_raise_withheld for s in scopes),
    )


def parse_until(text: str, today: date) -> str:
    """A YYYY-MM-DD date from today on; anything else is refused in plain words."""
    text = text.strip()
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError
        day = date.fromisoformat(text)
    except ValueError:
        raise InvalidConsentDate("write the date as YYYY-MM-DD", "sam-date-invalid") from None
    if day < today:
        raise InvalidConsentDate("the date has already passed", "sam-date-past")
    return day.isoformat()


def until_for(duration: str | None, typed: str | None, today: date) -> str | None:
    """The last day a consent holds, from the tapped choice: this month, half a year, until the
    plan is finished (None), or a chosen date."""
    if duration == "this-month":
        next_month = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
        return (next_month - timedelta(days=1)).isoformat()
    if duration == "six-months":
        month = today.month + 6
        year, month = today.year + (month - 1) // 12, (month - 1) % 12 + 1
        first = date(year, month, 1)
        last = ((first + timedelta(days=32)).replace(day=1) - timedelta(days=1)).day
        return first.replace(day=min(today.day, last)).isoformat()
    if duration == "date" and typed:
        return parse_until(typed, today)
    return None


def split_own_actors(text: str) -> tuple[str, ...]:
    parts = (p.strip() for p in _SPLIT_OWN.split(text))
    return tuple(p for p in parts if p)[:MAX_OWN_ACTORS]


class ConsentService:
    def __init__(
        self,
        store: ConsentStore,
        cases: CaseStore,
        dialogs: DialogService,
        audit: AuditLog,
        clock: Clock = utc_clock,
        labels: Callable[[str, str], str | None] | None = None,
    ):
        """`labels(lang, msg_id)` turns a Fluent id into words (for area names in the delta
        dialog's options); without it the area id itself is shown."""
        self.store, self.cases, self.dialogs, self.audit = store, cases, dialogs, audit
        self.clock = clock
        self.labels = labels

    # recording ─────────────────────────────────────────────────────────────────────────────

    def record(
        self,
        case_id: int,
        guardian_id: int,
        scope: ConsentScope,
        dialog_hash: str,
        lang: str,
        session_id: str | None = None,
    ) -> int:
        """Store a new version of this guardian's (or deciding youth's) consent; returns its
        version number."""
        with self.dialogs.uow.atomic():
            case = self._open_case(case_id)
            consenter = self._guardian(case, guardian_id)
            known = {str(a["id"]) for a in case.actors}
            own = {f"{OWN_PREFIX}{n}" for n in range(1, len(scope.own_actors) + 1)}
            if not set(scope.actors) <= known | own:
                raise ConsentError("the consent names an actor the case does not have")
            if not set(scope.areas) | set(scope.not_raise_areas) <= set(LIFE_AREAS):
                raise ConsentError("the consent names an unknown life area")
            if scope.until is not None:
                parse_until(scope.until, date.min)
            stored = self.store.add(
                case_id,
                guardian_id,
                actors=scope.actors,
                own_actors=scope.own_actors,
                areas=scope.areas,
                not_raise_areas=scope.not_raise_areas,
                not_raise_text=scope.not_raise_text,
                until=scope.until,
                dialog_hash=dialog_hash,
                lang=lang,
                session_id=session_id,
                kind="own" if consenter.role != "guardian" else "guardian",
                terms=terms_of(scope),
            )
            for change in self.store.changes(case_id):
                covered = scope.actors if change.kind == "actor" else scope.areas
                if change.participant_id == guardian_id and change.item in covered:
                    self.store.answer_change(change.id, True)
            self.audit.record(
                f"guardian:{guardian_id}",
                "consent.give",
                f"case:{case_id}",
                version=stored.version,
                dialog_hash=dialog_hash,
                lang=lang,
                actors=len(scope.actors),
                areas=list(scope.areas),
                until=scope.until,
            )
            return stored.version

    def scope_from_session(self, session: StoredSession) -> ConsentScope:
        """The scope in the consent dialog's answers (raises InvalidConsentDate on a bad date)."""
        answers = live_answers(session.state)
        chosen = list(answers.get("actors") or [])
        own = split_own_actors(answers.get("own-actors", "")) if OTHER_ACTOR in chosen else ()
        actors = [a for a in chosen if a != OTHER_ACTOR]
        actors += [f"{OWN_PREFIX}{n}" for n in range(1, len(own) + 1)]
        raise_nothing = answers.get("not-raise") != "yes"
        exchange = answers.get("exchange") == "yes"
        until = until_for(answers.get("duration"), answers.get("until-date"), self.clock().date())
        return ConsentScope(
            actors=tuple(actors) if exchange else (),
            own_actors=own if exchange else (),
            areas=tuple(answers.get("areas") or ()) if exchange else (),
            not_raise_areas=() if raise_nothing else tuple(answers.get("not-raise-areas") or ()),
            not_raise_text=None if raise_nothing else answers.get("not-raise-text"),
            until=until,
            exchange=exchange,
            pre_meeting=exchange and answers.get("pre-meeting") == "yes",
            plan_to=answers.get("plan-to"),
            child_view=answers.get("child-view"),
        )

    def check_answer(self, session: StoredSession, prompt: Prompt, event: Event) -> Notice | None:
        """The consent dialog's answer check: a date that is not YYYY-MM-DD, or has passed, is
        asked again kindly."""
        if prompt.step != "until-date" or event.at not in (None, prompt.key):
            return None
        try:
            parse_until(str(event.value or ""), self.clock().date())
        except InvalidConsentDate as exc:
            return Notice(Msg(exc.msg_id))
        return None

    def finish(self, session: StoredSession) -> int | None:
        """Record a finished consent, delta or assent session once; None when the guardian said
        no. The dialog service runs this in the transaction of the session's last step."""
        if session.participant_id is None or self.store.by_session(session.id):
            return None
        guardian = self.cases.participant(session.participant_id)
        answers = live_answers(session.state)
        if session.dialog_id == ASSENT_DIALOG:
            return self._finish_assent(session, guardian, answers)
        if session.state["context"].get("changes"):
            return self._finish_change(session, guardian, answers.get("changes") or [])
        if answers.get("sip") != "yes" or answers.get("confirm") != "yes":
            self.audit.record(
                f"guardian:{guardian.id}", "consent.decline", f"case:{guardian.case_id}"
            )
            return None
        version = self.record(
            guardian.case_id,
            guardian.id,
            self.scope_from_session(session),
            session.dialog_hash,
            session.lang,
            session_id=session.id,
        )
        case = self._case(guardian.case_id)
        self.cases.notify(case.unit_id, case.id, "consent-given")
        return version

    def _finish_assent(self, session: StoredSession, child: Participant, answers: dict) -> int:
        """The child's own say, kept with the case's consent records; a "no" tells the
        coordinator at once."""
        says = answers.get("sip") or "not-answered"
        topics = tuple(a for a in answers.get("topics") or () if a in LIFE_AREAS)
        stored = self.store.add(
            child.case_id,
            child.id,
            actors=(),
            own_actors=(),
            areas=topics,
            not_raise_areas=(),
            not_raise_text=None,
            until=None,
            dialog_hash=session.dialog_hash,
            lang=session.lang,
            session_id=session.id,
            kind="assent",
            terms={"sip": says},
        )
        if says in CHILD_NO:
            case = self._case(child.case_id)
            self.cases.notify(case.unit_id, case.id, "child-says-no", urgent=True)
        self.audit.record(f"child:{child.id}", "consent.assent", f"case:{child.case_id}", says=says)
        return stored.version

    def assent(self, case: Case) -> StoredConsent | None:
        """The newest say of the case's child or youth (who does not decide themself)."""
        said = [
            latest
            for p in self.cases.participants(case.id)
            if p.role != "guardian" and not p.decides_self
            for latest in [self.store.latest(p.id)]
            if latest is not None and latest.kind == "assent"
        ]
        return max(said, key=lambda c: c.created_at) if said else None

    def request_deletion(self, case_id: int, participant_id: int) -> None:
        """After a withdrawal: the person asks for the family's copy to be deleted now; the
        coordinator is told (they erase it with `delaktig erase-person`)."""
        case = self._case(case_id)
        self._participant(participant_id)
        self.cases.notify(case.unit_id, case_id, "deletion-requested", urgent=True)
        who = f"participant:{participant_id}"
        self.audit.record(who, "consent.delete-request", f"case:{case_id}")

    def receipt_data(self, guardian_id: int) -> tuple[StoredConsent, dict[str, str]]:
        """The guardian's current consent and the case's actor labels, for the receipt."""
        guardian = self._participant(guardian_id)
        latest = self.store.latest(guardian_id)
        if latest is None:
            raise ConsentError("there is no consent yet", "consent-gate-missing")
        case = self._case(guardian.case_id)
        return latest, {str(a["id"]): str(a["label"]) for a in case.actors}

    def record_sole_custody(self, case_id: int, reason: str, actor: str) -> None:
        """The coordinator records that one guardian's consent is enough, and why."""
        reason = reason.strip()
        if not reason:
            raise ConsentError("say why one guardian's consent is enough (sole custody)")
        self._case(case_id)
        self.cases.update_case(case_id, sole_custody_reason=reason)
        self.audit.record(actor, "consent.sole-custody", f"case:{case_id}")

    # status and gate ───────────────────────────────────────────────────────────────────────

    def case_status(self, case_id: int, today: date | None = None) -> CaseConsent:
        case = self._case(case_id)
        today = today or self.clock().date()
        per_guardian: dict[int, str] = {}
        given: list[ConsentScope] = []
        views: dict[int, str] = {}
        for guardian in self._guardians(case):
            latest = self.store.latest(guardian.id)
            if latest is not None and latest.terms and latest.terms.get("child_view"):
                views[guardian.id] = latest.terms["child_view"]
            if latest is None:
                per_guardian[guardian.id] = "missing"
            elif latest.withdrawn_at:
                per_guardian[guardian.id] = "withdrawn"
            elif latest.until and date.fromisoformat(latest.until) < today:
                per_guardian[guardian.id] = "expired"
            else:
                per_guardian[guardian.id] = "given"
                given.append(consent_for_others(scope_of(latest), guardian))
        sole = bool(case.sole_custody_reason)
        states = set(per_guardian.values())
        if case.status == "withdrawn" or "withdrawn" in states:
            status = "withdrawn"
        elif "expired" in states:
            status = "expired"
        elif given and (states == {"given"} or sole):
            status = "complete"
        elif given:
            status = "partial"
        else:
            status = "missing"
        # What others may read: a protected guardian's own words are already held back.
        scope = intersect(given) if status == "complete" else None
        assent = self.assent(case)
        says = assent.terms.get("sip") if assent and assent.terms else None
        return CaseConsent(status, per_guardian, scope, sole, says, views)

    def gate(self, case_id: int) -> ConsentScope:
        """The scope a pack or an invitation may use; ConsentMissing unless consent is complete."""
        consent = self.case_status(case_id)
        if consent.status != "complete" or consent.scope is None:
            raise ConsentMissing(consent.status)
        return consent.scope

    def actors_with_consent(self, case_id: int) -> list[tuple[dict, bool]]:
        """The case's actors, each with whether the consent covers it; an actor without
        consent is shown with the message `actor-without-consent`."""
        case = self._case(case_id)
        status = self.case_status(case_id)
        inside = set(status.scope.actors) if status.scope else set()
        return [(actor, str(actor["id"]) in inside) for actor in case.actors]

    # delta consent ─────────────────────────────────────────────────────────────────────────

    def add_actor_outside_scope(self, case_id: int, actor: dict, by: str) -> list[int]:
        """Add an actor to the case; every guardian whose consent lacks it is asked again for
        this change only. Returns the guardians asked."""
        case = self._open_case(case_id)
        if "id" not in actor or "label" not in actor:
            raise ConsentError("an actor needs an id and a label")
        if all(str(a["id"]) != str(actor["id"]) for a in case.actors):
            self.cases.update_case(case_id, actors=[*case.actors, actor])
        return self._ask_again(case, "actor", str(actor["id"]), by)

    def add_area_outside_scope(self, case_id: int, area: str, by: str) -> list[int]:
        case = self._open_case(case_id)
        if area not in LIFE_AREAS:
            raise ConsentError(f"unknown life area {area}; use one of {', '.join(LIFE_AREAS)}")
        return self._ask_again(case, "area", area, by)

    def pending_changes(self, case_id: int) -> list[PendingChange]:
        return [
            PendingChange(c.id, c.participant_id, c.kind, c.item)
            for c in self.store.changes(case_id)
        ]

    def change_context(self, guardian: Participant) -> dict:
        """The context that limits the consent dialog to this guardian's pending changes."""
        case = self._case(guardian.case_id)
        names = {str(a["id"]): str(a["label"]) for a in case.actors}
        options = []
        for change in self.pending_changes(case.id):
            if change.guardian_id != guardian.id:
                continue
            if change.kind == "actor":
                label = names.get(change.item, change.item)
            else:
                msg = f"sam-area-{change.item}"
                label = (self.labels(guardian.lang, msg) if self.labels else None) or change.item
            options.append({"id": f"{change.kind}:{change.item}", "label": label})
        return {"changes": options, "role": guardian.role, "actors": case.actors}

    def start_change(self, guardian_id: int) -> tuple[StoredSession, list[Output]]:
        """Open the consent dialog limited to this guardian's pending changes."""
        guardian = self._participant(guardian_id)
        context = self.change_context(guardian)
        if not context["changes"]:
            raise ConsentError("there is nothing new to consent to")
        return self.dialogs.start(
            CONSENT_DIALOG, lang=guardian.lang, participant_id=guardian.id, context=context
        )

    def _ask_again(self, case: Case, kind: str, item: str, by: str) -> list[int]:
        asked = []
        for guardian in self._guardians(case):
            latest = self.store.latest(guardian.id)
            if latest is None or latest.withdrawn_at:
                continue
            covered = latest.actors if kind == "actor" else latest.areas
            if item not in covered:
                self.store.add_change(case.id, guardian.id, kind, item)
                asked.append(guardian.id)
        self.audit.record(by, f"consent.ask-{kind}", f"case:{case.id}", guardians=asked)
        return asked

    def _finish_change(self, session: StoredSession, guardian: Participant, chosen: list) -> int:
        latest = self.store.latest(guardian.id)
        if latest is None or latest.withdrawn_at:
            raise ConsentError("there is no consent to change")
        scope = scope_of(latest)
        actors, areas = list(scope.actors), list(scope.areas)
        for change in self.store.changes(guardian.case_id):
            if change.participant_id != guardian.id:
                continue
            accepted = f"{change.kind}:{change.item}" in chosen
            self.store.answer_change(change.id, accepted)
            target = actors if change.kind == "actor" else areas
            if accepted and change.item not in target:
                target.append(change.item)
        new_scope = replace(scope, actors=tuple(actors), areas=tuple(areas))
        return self.record(
            guardian.case_id,
            guardian.id,
            new_scope,
            session.dialog_hash,
            session.lang,
            session_id=session.id,
        )

    # withdrawal ────────────────────────────────────────────────────────────────────────────

    def withdraw(self, case_id: int, guardian_id: int) -> WithdrawResult:
        """Stop the case at once: consent withdrawn, open invites revoked, the coordinator
        notified, all in one commit. What was documented is kept for the retention period.
        Idempotent."""
        with self.dialogs.uow.atomic():
            case = self._case(case_id)
            self._guardian(case, guardian_id)
            now = self.clock().isoformat()
            latest = self.store.latest(guardian_id)
            if latest is not None:
                self.store.mark_withdrawn(latest.id, now)
            if not self.store.withdraw_case(case_id, now):
                return WithdrawResult(True, 0, "withdraw-already")
            revoked = 0
            for participant in self.cases.participants(case_id):
                for invite in self.cases.invites(participant.id):
                    if invite.used_at is None and invite.revoked_at is None:
                        self.cases.mark_invite(invite.id, revoked_at=now)
                        revoked += 1
            self.cases.notify(case.unit_id, case_id, "consent-withdrawn", urgent=True)
            self.audit.record(
                f"guardian:{guardian_id}", "consent.withdraw", f"case:{case_id}", revoked=revoked
            )
            return WithdrawResult(False, revoked, "withdraw-done")

    # lookups ───────────────────────────────────────────────────────────────────────────────

    def _case(self, case_id: int) -> Case:
        case = self.cases.case(case_id)
        if case is None:
            raise ConsentError(f"no case {case_id}")
        return case

    def _open_case(self, case_id: int) -> Case:
        case = self._case(case_id)
        if case.status != "open":
            raise ConsentError(
                f"case {case_id} is {case.status}; consent cannot change now", "consent-closed"
            )
        return case

    def _participant(self, participant_id: int) -> Participant:
        participant = self.cases.participant(participant_id)
        if participant is None:
            raise ConsentError(f"no participant {participant_id}")
        return participant

    def _guardians(self, case: Case) -> list[Participant]:
        """Whose consent counts: a youth who decides for themself, else every guardian."""
        people = self.cases.participants(case.id)
        deciders = [p for p in people if p.role != "guardian" and p.decides_self]
        return deciders or [p for p in people if p.role == "guardian"]

    def _guardian(self, case: Case, guardian_id: int) -> Participant:
        """A guardian, or a youth who decides, of this case (a guardian's consent is kept even
        when the youth's own counts)."""
        for person in self.cases.participants(case.id):
            if person.id == guardian_id and may_consent(person):
                return person
        raise ConsentError(f"participant {guardian_id} may not consent in case {case.id}")
