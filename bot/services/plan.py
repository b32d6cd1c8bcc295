"""The SIP plan (seed 002's table: delmål, insatser, ansvarig, uppföljning) as the coordinator
enters it, the checks it must pass, and its easy-read form for the family ("Det här bestämde
vi"): the same data in a child's and a guardian's version, each line with "Vad betyder det?"."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from babel.dates import format_date

from bot.easyread import jargon_hits, lix
from bot.errors import UserFacingError
from bot.i18n import Translator
from bot.ports import AuditLog, CaseStore, PlanStore, UnitOfWork
from bot.services.clock import Clock
from bot.services.protection import scrub

#: Who may be responsible without being one of the case's actors (no consent needed).
FAMILY_WHO = ("family", "child")
#: LIX above this in a "plain words" field gets a hint (CONTENT.md: child ≤ 25, guardian ≤ 35).
PLAIN_LIX = {"child": 25, "guardian": 35}
DEFAULT_GOAL_PICTOGRAM = "target"
GLOSSARY_PREFIX = "gloss-"
MAX_GOALS = 12
MAX_ACTIVITIES = 12
MAX_FIELD = 600


class PlanError(UserFacingError):
    """A plan that cannot be saved; `msg_id` names the reason for a dashboard page."""

    def __init__(self, reason: str, msg_id: str, **args: Any):
        super().__init__(reason)
        self.msg_id, self.params = msg_id, args


@dataclass(frozen=True)
class Activity:
    what: str  # insats, as the professionals wrote it
    plain: str  # the same in plain words ("i enkla ord")
    responsible: str  # an actor id of the case, or one of FAMILY_WHO
    when: str = ""
    how_often: str = ""


@dataclass(frozen=True)
class Goal:
    title: str  # delmål
    plain: str
    pictogram: str = DEFAULT_GOAL_PICTOGRAM
    activities: tuple[Activity, ...] = ()
    done_when: str = ""  # "Så vet vi att det är klart", in plain words


@dataclass(frozen=True)
class Said:
    """ "Du sa – vi gjorde": one answer of one participant (by its key, never its words) and
    what became of it: a goal (1-based), or one plain sentence why not."""

    participant: int
    key: str
    goal: int | None = None
    why: str = ""


@dataclass(frozen=True)
class Plan:
    goals: tuple[Goal, ...]
    follow_up_date: str  # ISO date
    follow_up_place: str = ""
    contact_name: str = ""  # whom the family turns to if something does not work
    contact_how: str = ""
    main_responsible: str = ""  # huvudansvarig: an actor id
    said: tuple[Said, ...] = ()
    waiting: str = ""  # "I väntan på beslut": what happens until a decision (seed 001)
    follow_up_people: str = ""  # who comes to the follow-up
    family_agreed: bool = False  # "Barnet och familjen har sagt ja till planen"

    def responsible_ids(self) -> list[str]:
        ids = [a.responsible for g in self.goals for a in g.activities]
        ids += [self.main_responsible] if self.main_responsible else []
        return list(dict.fromkeys(ids))

    def to_dict(self) -> dict[str, Any]:
        return {
            "goals": [
                {
                    "title": g.title,
                    "plain": g.plain,
                    "pictogram": g.pictogram,
                    "activities": [a.__dict__.copy() for a in g.activities],
                    "done_when": g.done_when,
                }
                for g in self.goals
            ],
            "follow_up": {
                "date": self.follow_up_date,
                "place": self.follow_up_place,
                "people": self.follow_up_people,
            },
            "waiting": self.waiting,
            "family_agreed": self.family_agreed,
            "contact": {"name": self.contact_name, "how": self.contact_how},
            "main_responsible": self.main_responsible,
            "said": [s.__dict__.copy() for s in self.said],
        }


def _text(value: Any, where: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise PlanError(f"{where} must be text", "plan-error-field", field=where)
    value = " ".join(value.split())
    if len(value) > MAX_FIELD:
        raise PlanError(
            f"{where} is longer than {MAX_FIELD} characters", "plan-error-long", field=where
        )
    return value


def parse_plan(data: Any) -> Plan:
    """A Plan from its JSON form (the CLI file, the dashboard form); PlanError says what is
    wrong in one line."""
    if not isinstance(data, Mapping):
        raise PlanError("the plan must be a JSON object with goals", "plan-error-shape")
    goals_raw = data.get("goals") or []
    if not isinstance(goals_raw, list) or not goals_raw:
        raise PlanError("a plan needs at least one goal (delmål)", "plan-error-no-goals")
    if len(goals_raw) > MAX_GOALS:
        raise PlanError(f"at most {MAX_GOALS} goals", "plan-error-too-many")
    goals = []
    for n, raw in enumerate(goals_raw, start=1):
        if not isinstance(raw, Mapping):
            raise PlanError(f"goal {n} must be an object", "plan-error-shape")
        title = _text(raw.get("title"), f"goal {n} title")
        if not title:
            raise PlanError(f"goal {n} needs a title", "plan-error-goal-title", n=n)
        activities_raw = raw.get("activities") or []
        if not isinstance(activities_raw, list) or len(activities_raw) > MAX_ACTIVITIES:
            raise PlanError(f"goal {n}: activities must be a list", "plan-error-shape")
        activities = []
        for m, act in enumerate(activities_raw, start=1):
            where = f"goal {n} activity {m}"
            if not isinstance(act, Mapping):
                raise PlanError(f"{where} must be an object", "plan-error-shape")
            what = _text(act.get("what"), f"{where} what")
            who = _text(act.get("responsible"), f"{where} responsible")
            if not what or not who:
                raise PlanError(
                    f"{where} needs what is done and who is responsible",
                    "plan-error-activity",
                    n=n,
                    m=m,
                )
            activities.append(
                Activity(
                    what,
                    _text(act.get("plain"), f"{where} plain"),
                    who,
                    _text(act.get("when"), f"{where} when"),
                    _text(act.get("how_often"), f"{where} how_often"),
                )
            )
        pictogram = _text(raw.get("pictogram"), f"goal {n} pictogram") or DEFAULT_GOAL_PICTOGRAM
        goals.append(
            Goal(
                title,
                _text(raw.get("plain"), f"goal {n} plain"),
                pictogram,
                tuple(activities),
                _text(raw.get("done_when"), f"goal {n} done_when"),
            )
        )
    follow_up = data.get("follow_up") or {}
    contact = data.get("contact") or {}
    if not isinstance(follow_up, Mapping) or not isinstance(contact, Mapping):
        raise PlanError("follow_up and contact must be objects", "plan-error-shape")
    day = _text(follow_up.get("date"), "follow_up date")
    try:
        date.fromisoformat(day)
    except ValueError:
        raise PlanError(
            "the plan needs a follow-up date as YYYY-MM-DD", "plan-error-follow-up-date"
        ) from None
    return Plan(
        tuple(goals),
        day,
        _text(follow_up.get("place"), "follow_up place"),
        _text(contact.get("name"), "contact name"),
        _text(contact.get("how"), "contact how"),
        _text(data.get("main_responsible"), "main_responsible"),
        parse_said(data.get("said") or [], len(goals)),
        _text(data.get("waiting"), "waiting"),
        _text(follow_up.get("people"), "follow_up people"),
        data.get("family_agreed") is True,
    )


def parse_said(raw: Any, goals: int) -> tuple[Said, ...]:
    """The "Du sa – vi gjorde" links; a link with neither a goal nor a sentence is left out."""
    if not isinstance(raw, list):
        raise PlanError("said must be a list", "plan-error-shape")
    links = []
    for n, link in enumerate(raw, start=1):
        if not isinstance(link, Mapping) or not isinstance(link.get("participant"), int):
            raise PlanError(f"said {n} must name a participant", "plan-error-shape")
        goal = link.get("goal")
        if goal is not None and (not isinstance(goal, int) or not 1 <= goal <= goals):
            raise PlanError(f"said {n}: no goal {goal}", "plan-error-said-goal", n=goal)
        why = _text(link.get("why"), f"said {n} why")
        if goal is None and not why:
            continue
        links.append(Said(link["participant"], _text(link.get("key"), f"said {n} key"), goal, why))
    return tuple(links)


# ── checks ──────────────────────────────────────────────────────────────────────────────────


def actor_labels(actors: list[dict]) -> dict[str, str]:
    """The case's actors by id (older cases keep only a name, which then is the id too)."""
    labels = {}
    for actor in actors:
        actor_id = str(actor.get("id") or actor.get("name") or "")
        if actor_id:
            labels[actor_id] = str(actor.get("label") or actor.get("name") or actor_id)
    return labels


@dataclass(frozen=True)
class PlanWarning:
    msg_id: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class LixHint:
    where: str  # "goal 1", "goal 1 activity 2"
    lix: float
    limit: int


@dataclass(frozen=True)
class PlanCheck:
    warnings: tuple[PlanWarning, ...]
    hints: tuple[LixHint, ...]
    outside_consent: tuple[str, ...]  # actor ids that need delta consent


def check_plan(
    plan: Plan,
    meeting_date: str | None,
    actors: list[dict],
    consented: set[str] | None,
    audience: str = "child",
) -> PlanCheck:
    """Refuse what cannot be right (PlanError); warn about what needs the coordinator's eye.
    `consented` is the consent scope's actor ids, or None when the case has no complete
    consent."""
    if meeting_date and plan.follow_up_date < meeting_date:
        raise PlanError(
            f"the follow-up date {plan.follow_up_date} is before the meeting ({meeting_date})",
            "plan-error-follow-up-before-meeting",
            follow_up=plan.follow_up_date,
            meeting=meeting_date,
        )
    known = actor_labels(actors)
    for who in plan.responsible_ids():
        if who not in known and who not in FAMILY_WHO:
            raise PlanError(
                f"'{who}' is not one of the case's actors ({', '.join(known) or 'none'}); "
                "add it to the case first",
                "plan-error-unknown-actor",
                actor=who,
            )
    warnings = []
    outside = tuple(
        who for who in plan.responsible_ids() if who in known and who not in (consented or set())
    )
    if consented is None:
        warnings.append(PlanWarning("plan-warn-no-consent"))
    for who in outside if consented is not None else ():
        warnings.append(PlanWarning("plan-warn-outside-consent", {"actor": known[who]}))
    if not plan.contact_name:
        warnings.append(PlanWarning("plan-warn-no-contact"))
    if not plan.main_responsible:
        warnings.append(PlanWarning("plan-warn-no-main"))
    return PlanCheck(tuple(warnings), lix_hints(plan, PLAIN_LIX[audience]), outside)


def lix_hints(plan: Plan, limit: int) -> tuple[LixHint, ...]:
    hints = []
    for n, goal in enumerate(plan.goals, start=1):
        texts = [(f"goal {n}", goal.plain or goal.title)]
        texts += [
            (f"goal {n} activity {m}", a.plain or a.what)
            for m, a in enumerate(goal.activities, start=1)
        ]
        for where, text in texts:
            value = lix(text).lix
            if value > limit:
                hints.append(LixHint(where, value, limit))
    return tuple(hints)


# ── the easy-read form ──────────────────────────────────────────────────────────────────────


def version_for(role: str) -> str:
    """The child's version for children and youth, the guardian's for guardians."""
    return "guardian" if role == "guardian" else "child"


@dataclass(frozen=True)
class Line:
    kind: str  # goal | activity | main | follow-up | contact
    text: str
    pictogram: str
    explain: tuple[str, ...]  # "Vad betyder det?"
    level: int = 0  # 1 for an activity under its goal


@dataclass(frozen=True)
class EasyReadPlan:
    lang: str
    version: str  # child | guardian
    title: str
    intro: str
    lines: tuple[Line, ...]
    footer: str


def scrubbed(view: EasyReadPlan, values: list[str], word: str) -> EasyReadPlan:
    """The plan with every withheld value (see `protection.withheld_values`) replaced by
    `word`: the coordinator typed it, and a protected person's place must not slip through."""
    if not values:
        return view

    def clean(text: str) -> str:
        return scrub(text, values, word)

    lines = tuple(
        replace(line, text=clean(line.text), explain=tuple(map(clean, line.explain)))
        for line in view.lines
    )
    return replace(view, intro=clean(view.intro), lines=lines, footer=clean(view.footer))


def _fold(text: str) -> str:
    """Lower case without diacritics, so 'uppföljning' meets the glossary id 'uppfoljning'."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def glossary_terms(message_ids: list[str]) -> list[str]:
    return [m[len(GLOSSARY_PREFIX) :] for m in message_ids if m.startswith(GLOSSARY_PREFIX)]


def explain(
    t: Translator, shown: str, formal: str, terms: list[str], version: str
) -> tuple[str, ...]:
    """The explanation of one line: the professionals' wording when the line shows plain words,
    then every glossary word the line's texts contain."""
    parts = []
    if formal and sentence(formal) != shown:
        parts.append(t(f"plan-explain-formal-{version}", text=formal))
    for term in jargon_hits(_fold(f"{shown} {formal}"), terms):
        parts.append(t(f"{GLOSSARY_PREFIX}{term}"))
    return tuple(parts) or (t(f"plan-explain-none-{version}"),)


def sentence(text: str) -> str:
    """The text with an end mark, so the next sentence reads (and is read aloud) apart."""
    text = text.strip()
    return text if not text or text[-1] in ".!?" else f"{text}."


def human_date(day: str, lang: str) -> str:
    return format_date(date.fromisoformat(day), "EEEE d MMMM y", locale=lang)


def easy_read(
    plan: Plan,
    actors: list[dict],
    t: Translator,
    version: str,
    terms: list[str],
    known_pictogram: Callable[[str], bool] = lambda _key: True,
) -> EasyReadPlan:
    """The family's "Det här bestämde vi" in one language and version (child | guardian)."""
    names = actor_labels(actors) | {w: t(f"plan-who-{w}-{version}") for w in FAMILY_WHO}
    lines: list[Line] = []
    for n, goal in enumerate(plan.goals, start=1):
        shown = sentence(goal.plain or goal.title)
        lines.append(
            Line(
                "goal",
                t(f"plan-goal-{version}", n=n, text=shown),
                goal.pictogram if known_pictogram(goal.pictogram) else DEFAULT_GOAL_PICTOGRAM,
                explain(t, shown, goal.title, terms, version),
            )
        )
        for act in goal.activities:
            shown = sentence(act.plain or act.what)
            who = names.get(act.responsible, act.responsible)
            text = t(f"plan-activity-{version}", who=who, what=shown)
            if act.when or act.how_often:
                when = ", ".join(x for x in (act.when, act.how_often) if x)
                text = f"{text} {t(f'plan-when-{version}', when=when)}"
            lines.append(
                Line("activity", text, "someone", explain(t, shown, act.what, terms, version), 1)
            )
        if goal.done_when:
            text = t(f"plan-done-when-{version}", text=sentence(goal.done_when))
            lines.append(
                Line("done-when", text, "check", (t(f"plan-explain-done-when-{version}"),), 1)
            )
    if plan.waiting:
        text = t(f"plan-waiting-{version}", text=sentence(plan.waiting))
        lines.append(Line("waiting", text, "hourglass", (t(f"plan-explain-waiting-{version}"),)))
    if plan.main_responsible:
        who = names.get(plan.main_responsible, plan.main_responsible)
        text = t(f"plan-main-{version}", who=who)
        lines.append(Line("main", text, "handshake", explain(t, text, "", terms, version)))
    when = human_date(plan.follow_up_date, t.lang)
    text = (
        t(f"plan-follow-up-place-{version}", date=when, place=plan.follow_up_place)
        if plan.follow_up_place
        else t(f"plan-follow-up-{version}", date=when)
    )
    lines.append(Line("follow-up", text, "calendar", explain(t, text, "", terms, version)))
    if plan.follow_up_people:
        text = t(f"plan-follow-up-people-{version}", who=plan.follow_up_people)
        explained = explain(t, text, "", terms, version)
        lines.append(Line("follow-up-people", text, "meeting", explained, 1))
    if plan.contact_name:
        text = t(f"plan-contact-{version}", name=plan.contact_name, how=plan.contact_how or "-")
        lines.append(Line("contact", text, "telephone", explain(t, text, "", terms, version)))
    if plan.family_agreed:
        text = t(f"plan-agreed-{version}")
        lines.append(Line("agreed", text, "handshake", (t(f"plan-explain-agreed-{version}"),)))
    return EasyReadPlan(
        t.lang,
        version,
        t("plan-title"),
        t(f"plan-intro-{version}"),
        tuple(lines),
        t(f"plan-footer-{version}"),
    )


# ── the service ─────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class SavedPlan:
    plan: Plan
    version: int
    check: PlanCheck


class PlanService:
    """Save, read and send a case's plan. Storage and the consent service are injected."""

    def __init__(
        self,
        store: PlanStore,
        cases: CaseStore,
        consent,
        audit: AuditLog,
        uow: UnitOfWork,
        clock: Clock,
    ):
        self.store, self.cases, self.consent, self.audit = store, cases, consent, audit
        self.uow, self.clock = uow, clock
        #: Called after a plan is marked sent (the reminder job wakes up); must not block.
        self.listeners: list[Callable[[], None]] = []

    def _case(self, case_id: int):
        case = self.cases.case(case_id)
        if case is None:
            raise PlanError(f"no case {case_id}", "plan-error-no-case")
        return case

    def consented_actors(self, case_id: int) -> set[str] | None:
        status = self.consent.case_status(case_id)
        return set(status.scope.actors) if status.scope else None

    def check(self, case_id: int, data: Any, audience: str = "child") -> tuple[Plan, PlanCheck]:
        case = self._case(case_id)
        plan = parse_plan(data)
        return plan, check_plan(
            plan, case.meeting_date, case.actors, self.consented_actors(case_id), audience
        )

    def save(self, case_id: int, data: Any, by: str) -> SavedPlan:
        """Check and store the plan; the case's follow-up date follows the plan's."""
        case = self._case(case_id)
        if case.status != "open":
            raise PlanError("the case is not open", "plan-error-closed")
        plan, check = self.check(case_id, data)
        stored = self.store.save(case_id, plan.to_dict(), by)
        self.cases.update_case(case_id, follow_up_date=plan.follow_up_date)
        self.audit.record(
            by,
            "plan.save",
            f"case:{case_id}",
            version=stored.version,
            goals=len(plan.goals),
            outside_consent=list(check.outside_consent),
        )
        return SavedPlan(plan, stored.version, check)

    def get(self, case_id: int) -> Plan | None:
        stored = self.store.get(case_id)
        return parse_plan(stored.data) if stored else None

    def sent(self, case_id: int) -> Plan | None:
        """The plan as the coordinator marked it sent: the only one a family ever sees (a
        draft saved afterwards stays with the coordinator until it is sent again)."""
        stored = self.store.sent(case_id)
        return parse_plan(stored.data) if stored else None

    def sent_version(self, case_id: int) -> int | None:
        stored = self.store.sent(case_id)
        return stored.version if stored else None

    def mark_sent(self, case_id: int, by: str, on: date | None = None) -> str:
        """Record the day the plan went to everyone (the four-working-day flag reads it) and
        keep this version as the family's; the reminder job then tells every family member
        ("plan-sent", pushed to Telegram, waiting on the web home page)."""
        if self.store.get(case_id) is None:
            raise PlanError("there is no plan to send yet", "plan-error-none")
        day = (on or self.clock().date()).isoformat()
        with self.uow.atomic():
            stored = self.store.mark_sent(case_id, self.clock().isoformat())
            self.cases.update_case(case_id, plan_sent_on=day, easy_read_plan_sent_on=day)
            self.audit.record(by, "plan.sent", f"case:{case_id}", on=day, version=stored.version)
        for listener in self.listeners:
            listener()
        return day

    def ask_delta_consent(self, case_id: int, actor_id: str, by: str) -> list[int]:
        """Ask the guardians again for an actor the plan names outside their consent."""
        case = self._case(case_id)
        actor = next(a for a in case.actors if str(a.get("id") or a.get("name")) == actor_id)
        return self.consent.add_actor_outside_scope(
            case_id, {"id": actor_id, "label": actor_labels([actor])[actor_id]}, by
        )
