"""The conversation layer: every rule a family channel must not decide for itself.

Console, web and Telegram call this and nothing else to run a person's conversation. It
redeems and binds an invite; finds the person's session and refuses it when the case is
withdrawn or closed, the invite revoked, the person erased or their link opened on another
device (with a kind message that says why and who to ask); and turns an intent (answer, skip,
help now, tell my coordinator, listen, language, withdraw, erase, plan, evaluation) into a
`Reply`. What finishing a dialog causes is the dialog service's hooks (bot/app.py). Channels
parse input into intents and render replies, nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.conversation.intents import (
    Answer,
    Erase,
    Intent,
    Listen,
    Navigate,
    ShowPlan,
    StartEvaluation,
    StartFollowUp,
    SwitchLanguage,
    TellCoordinator,
    Toggle,
    UnknownCommand,
    Withdraw,
)
from bot.domain import Participant, StoredSession, login_token_hash
from bot.engine.model import Kind
from bot.engine.runner import Event, EventKind, Notice, Output, Prompt, prompt_for
from bot.errors import UserFacingError
from bot.i18n import DEFAULT_LOCALE, Translator
from bot.messages import Msg
from bot.services.access import Opening, web_identity
from bot.services.cases import InvalidInvite, Redeemed, TooManyAttempts, identity_hash
from bot.services.consent import CONSENT_DIALOGS, may_consent
from bot.services.evaluation import EvaluationError
from bot.services.follow_up import FollowUpError
from bot.services.speech import SpokenPart, speakable_help, speakable_parts, speakable_review

if TYPE_CHECKING:
    from bot.app import App
    from bot.exports.plan import FamilyPlan, PlanView
    from bot.services.family_home import Home

SOME_SWEDISH = "notice-some-swedish"


class WrongCode(UserFacingError):
    """Not the person's code; `left` wrong tries remain before the invite locks."""

    def __init__(self, left: int):
        super().__init__(f"not the code of this invite; {left} tries left")
        self.left = left


class Refused(UserFacingError):
    """This person may not go on here. `msg_id` says why and who to ask, in their words."""

    def __init__(self, reason: str, msg_id: str):
        super().__init__(reason)
        self.msg_id = msg_id


@dataclass(frozen=True)
class Place:
    """Where a person is: their participant (None on a trial run without a case), the session
    they are in, and the identity (a device, a chat) they reached it from."""

    participant_id: int | None
    session_id: str
    identity: str | None = None


@dataclass
class Reply:
    """What to show after an intent. `place` is None when the person cannot go on here (erased,
    withdrawn). `speak` is set for read-aloud; `plan` asks the channel to deliver the plan
    (`Conversation.family_plan`, off the event loop); `confirm` ("withdraw" or "erase") asks the
    channel to ask once more; `choose_language` to offer the languages; `receipt` is the
    session of a consent just given, whose receipt the channel offers at once; `part` says
    which part of a journey of several dialogs this is ("Del 1 av 2")."""

    place: Place | None
    outputs: list[Output] = field(default_factory=list)
    #: The session as it is after the intent (None when the person cannot go on).
    session: StoredSession | None = None
    speak: list[SpokenPart] | None = None
    #: The words to speak hold answers (the review read in full): make the audio once and keep
    #: it nowhere (`SpeechService.synthesize_once`), never in the cache.
    speak_once: bool = False
    plan: bool = False
    confirm: str | None = None
    choose_language: bool = False
    receipt: str | None = None
    #: (this part, all parts) when the person's invite goes through more than one dialog.
    part: tuple[int, int] | None = None

    @property
    def prompt(self) -> Prompt | None:
        return next((o for o in reversed(self.outputs) if isinstance(o, Prompt)), None)

    @property
    def ended(self) -> bool:
        """The dialog is over for now: done, paused, or the person cannot go on here."""
        return (
            self.place is None or self.session is None or self.session.status in ("done", "paused")
        )


class Conversation:
    def __init__(self, app: App):
        self.app = app
        #: (session, language) pairs already told that some text is in Swedish.
        self._told_swedish: set[tuple[str, str]] = set()

    # who may open what ─────────────────────────────────────────────────────────────────────

    def redeem(
        self,
        token: str,
        identity: str,
        source: str | None = None,
        push_to: str | None = None,
        code: tuple[str, str] | None = None,
    ) -> Reply:
        """Bind the invite's participant to this identity and open their session. `push_to`
        is the channel's address for pushed messages (a Telegram chat id), kept encrypted
        with the participant so erase and purge reach it; `code` (its kind and hash) is the
        code the person chose for the link (bot/services/access.py). A link that does not
        work, opened by someone this identity already belongs to, gets that person's own
        refusal."""
        app = self.app

        def bind(redeemed: Redeemed) -> None:
            if push_to is not None:
                app.telegram_store.bind(redeemed.participant.id, app.cipher.encrypt(push_to))
            if code is not None:
                app.access.set_code(token, *code)

        try:
            redeemed = app.cases.redeem(token, identity, source=source, also=bind)
        except InvalidInvite:
            self._refusal_of(identity)
            raise
        place = Place(redeemed.participant.id, redeemed.session_id, identity)
        return self._reply(place, app.dialogs.get(redeemed.session_id), list(redeemed.outputs))

    def opening(self, token: str, source: str | None = None) -> Opening:
        """What opening this web link leads to (choose a code, or enter it), reading only:
        a link preview changes nothing. A link that does not work, of someone who may not go
        on, gets that person's own refusal. With a `source` (a form posted from an address),
        links that do not work are counted as redeeming counts them."""
        limiter = self.app.cases.redeem_limiter
        if source is not None and not limiter.allowed(source):
            raise TooManyAttempts()
        try:
            return self.app.access.opening(token)
        except InvalidInvite:
            if source is not None:
                limiter.hit(source)
            self._refusal_of(web_identity(token))
            raise

    def reopen(self, token: str, opening: Opening, right: bool, source: str | None = None) -> Reply:
        """After the person entered their code (`right` says whether it was theirs, checked
        off the event loop): their session where they left it, in any browser. WrongCode with
        the tries left, or InviteLocked after the fifth wrong one in a row."""
        left = self.app.access.tried(opening, right)
        if not right:
            raise WrongCode(left)
        return self.redeem(token, web_identity(token), source=source)

    def open_trial(
        self, dialog_id: str, name: str | None, lang: str, context: dict | None = None
    ) -> Reply:
        """A dialog without a case, for trying it out: the session called `name` resumed, or
        a new one."""
        dialogs = self.app.dialogs
        existing = dialogs.store.by_name(name) if name else None
        if existing is not None and existing.dialog_id != dialog_id:
            raise UserFacingError(
                f"the session `{name}` belongs to the dialog `{existing.dialog_id}`; "
                "use another --session name"
            )
        if existing is not None:
            session, outputs = dialogs.handle(existing.id, Event(EventKind.RESUME))
        else:
            session, outputs = dialogs.start(dialog_id, lang=lang, name=name, context=context)
        return self._reply(Place(None, session.id), session, outputs)

    def place_for(self, identity: str) -> Place | None:
        """The place of the participant this identity (a chat) belongs to: their latest
        session, opened when there is none yet; None when the identity is nobody's."""
        participant = self.app.cases.participant_for_identity(identity)
        if participant is None:
            self._refusal_of(identity)
            return None
        self._refuse_unless_open(participant)
        session_id = self.app.case_store.latest_session_id(participant.id)
        if session_id is None:
            session_id, _ = self.app.cases.open_session(participant)
        return Place(participant.id, session_id, identity)

    def admit(
        self, place: Place, withdrawing: bool = False
    ) -> tuple[Participant | None, StoredSession]:
        """The participant and session of a place, or Refused with the reason. A guardian who
        is `withdrawing` is let through a withdrawn case (to be told it already is)."""
        if place.participant_id is None:
            return None, self.app.dialogs.get(place.session_id)
        participant = self.app.case_store.participant(place.participant_id)
        try:
            self._refuse_unless_open(participant)
        except Refused as refused:
            if not (withdrawing and refused.msg_id == "refused-withdrawn"):
                raise
        if place.identity is not None and participant.identity_hash != identity_hash(
            place.identity
        ):
            raise Refused("the invite was opened on another device", "refused-moved")
        session = self.app.dialogs.store.get(place.session_id)
        if session is None or session.participant_id != participant.id:
            raise Refused("the session is gone", "refused-erased")
        return participant, session

    def ended_login_refusal(self, token: str) -> Refused | None:
        """Why a web login that has ended cannot go on, when its person was erased a short
        while ago (their answers are gone); None otherwise."""
        if login_token_hash(token) in self.app.erased_identities:
            return Refused("the person was erased", "refused-erased")
        return None

    def _refusal_of(self, identity: str) -> None:
        """Refused when this identity belongs to someone who may not go on (or was erased a
        short while ago); nothing when it is nobody's."""
        participant = self.app.cases.participant_for_identity(identity)
        if participant is not None:
            self._refuse_unless_open(participant)
        elif identity_hash(identity) in self.app.erased_identities:
            raise Refused("the person was erased", "refused-erased")

    def _refuse_unless_open(self, participant: Participant | None) -> None:
        standing = self.app.case_store.standing(participant.id) if participant else None
        if standing is None:
            raise Refused("the person or their case was erased", "refused-erased")
        if standing.case_status == "withdrawn":
            raise Refused("a guardian withdrew consent", "refused-withdrawn")
        if standing.case_status != "open":
            raise Refused(f"the case is {standing.case_status}", "refused-closed")
        if standing.revoked:
            raise Refused("the invite was revoked", "refused-revoked")

    # what the person asks for ──────────────────────────────────────────────────────────────

    def show(self, place: Place) -> Reply:
        """The current question (or end or pause page), without changing anything; first, once,
        "Din samordnare har sett det" when the coordinator has handled their help-now alert."""
        participant, session = self.admit(place)
        outputs: list[Output] = [self._prompt(session)]
        if participant is not None and self.app.help_now.seen_news(participant.id):
            outputs.insert(0, Notice(Msg("help-now-seen"), "help-now-seen"))
        return self._reply(place, session, outputs, participant=participant)

    def current(self, place: Place) -> tuple[StoredSession, Prompt]:
        """The session and the question the person is at, to read their input against."""
        _, session = self.admit(place)
        return session, self._prompt(session)

    def current_prompt(self, place: Place) -> Prompt:
        return self.current(place)[1]

    def act(self, place: Place, intent: Intent) -> Reply:
        """Answer one intent at this place; Refused when the person may not go on here."""
        participant, session = self.admit(place, withdrawing=isinstance(intent, Withdraw))
        match intent:
            case Answer(value, at):
                event = Event(EventKind.ANSWER, value, at=at)
                return self._event(place, session, event, participant=participant)
            case Toggle(value, at):
                event = Event(EventKind.TOGGLE, value, at=at)
                return self._event(place, session, event, intent, participant)
            case Navigate(kind, at):
                return self._event(place, session, Event(kind, at=at), participant=participant)
            case TellCoordinator():
                return self._tell_coordinator(place, participant, session)
            case Listen(help=wants_help):
                once = not wants_help and self._prompt(session).kind is Kind.REVIEW
                speak = self._speakable(session, wants_help)
                return Reply(place, session=session, speak=speak, speak_once=once)
            case SwitchLanguage(lang):
                return self._switch_language(place, session, lang)
            case Withdraw(confirmed):
                return self._withdraw(place, participant, session, confirmed)
            case Erase(confirmed):
                return self._erase(place, participant, session, confirmed)
            case ShowPlan():
                return self._plan(place, participant, session)
            case StartEvaluation():
                return self._start_evaluation(place, participant, session)
            case StartFollowUp():
                return self._start_follow_up(place, participant, session)
            case UnknownCommand():
                outputs = [Notice(Msg("command-unknown")), self._prompt(session)]
                return self._reply(place, session, outputs)
        raise TypeError(f"not an intent: {intent!r}")

    # text sent after the login ended ──────────────────────────────────────────────────────

    def draft_ticket(self, place: Place) -> str | None:
        """What a text question's form carries so that text sent after the login has ended
        is kept as this person's draft (None on a trial run)."""
        if place.participant_id is None:
            return None
        return self.app.access.draft_ticket(place.participant_id, place.session_id)

    def keep_draft(self, ticket: str, at: str, text: str) -> bool:
        """Keep text sent without a live login as a draft, shown again only after the code."""
        return self.app.access.keep_draft(ticket, at, text)

    def draft(self, place: Place, at: str) -> str | None:
        """The draft kept for this question, once the person is admitted here."""
        self.admit(place)
        return self.app.access.drafts.get(place.session_id, at)

    def drop_draft(self, place: Place, at: str) -> None:
        """The person sent or left the question the draft was for: it has done its work."""
        self.app.access.drafts.drop(place.session_id, at)

    def family_plan(self, place: Place) -> FamilyPlan | None:
        """The easy-read plan as text, PNG and PDF (heavy on a new plan version: call it off
        the event loop)."""
        from bot.exports.plan import family_plan

        participant, _ = self.admit(place)
        return family_plan(self.app, participant) if participant else None

    def plan_view(self, place: Place) -> PlanView | None:
        """The easy-read plan as text, and the key of its files (cheap: for a page view)."""
        from bot.exports.plan import plan_view

        participant, _ = self.admit(place)
        return plan_view(self.app, participant) if participant else None

    def home(self, place: Place) -> Home | None:
        """The person's home page after the meeting (None on a trial run); see
        `bot.services.family_home`."""
        participant, _ = self.admit(place)
        return self.app.family_home.for_participant(participant) if participant else None

    def home_instead(self, place: Place) -> bool:
        """After the meeting a finished preparation opens the home page, not its end page
        ("you can change your answers until the meeting" no longer holds). A consent's end
        page, with its receipt, stays."""
        participant, session = self.admit(place)
        return (
            participant is not None
            and session.status == "done"
            and session.dialog_id == participant.dialog_id
            and session.dialog_id not in CONSENT_DIALOGS
            and self.app.family_home.after_meeting(participant)
        )

    def language(self, place: Place) -> str | None:
        """The person's language, also when they may not go on (to say why in their words);
        None once their session is gone."""
        session = self.app.dialogs.store.get(place.session_id)
        return session.lang if session else None

    def translator(self, place: Place) -> Translator:
        """The words of the person's current language."""
        _, session = self.admit(place)
        return self.app.catalog.translator(session.lang)

    # one intent each ───────────────────────────────────────────────────────────────────────

    def _event(
        self,
        place: Place,
        session: StoredSession,
        event: Event,
        toggled: Toggle | None = None,
        participant: Participant | None = None,
    ) -> Reply:
        """Step the session; `participant` is the admitted one, when the caller has it."""
        session, outputs = self.app.dialogs.handle(session.id, event)
        if session.status != "done" or place.participant_id is None:
            return self._reply(place, session, outputs, toggled, participant)
        reply = self._next_part(place, session, outputs) or self._reply(place, session, outputs)
        consent = self.app.consent_store.by_session(session.id)
        if consent is not None and consent.kind != "assent":
            reply.receipt = session.id
        return reply

    def _next_part(
        self, place: Place, finished: StoredSession, outputs: list[Output]
    ) -> Reply | None:
        """When a part of the invite's journey is finished and another follows, the person
        goes straight on: the finished part's last words, then the next part's first question."""
        cases = self.app.cases
        participant = self.app.case_store.participant(place.participant_id)
        if finished.dialog_id not in participant.journey[:-1]:
            return None
        if cases.current_part(participant) == finished.dialog_id:
            return None
        session_id, started = cases.open_session(participant)
        said = [o if isinstance(o, Notice) else Notice(o.text) for o in outputs if _says(o)]
        moved = Place(participant.id, session_id, place.identity)
        notice = Notice(Msg("journey-next"), "journey-next")
        return self._reply(moved, self.app.dialogs.get(session_id), [*said, notice, *started])

    def _tell_coordinator(
        self, place: Place, participant: Participant | None, session: StoredSession
    ) -> Reply:
        told = participant and self.app.help_now.alert_coordinator(participant.id)
        notice = Notice(
            Msg("help-now-told" if told else "help-now-no-coordinator"), "help-now-told"
        )
        return self._reply(place, session, [notice, self._prompt(session)])

    def _speakable(self, session: StoredSession, wants_help: bool) -> list[SpokenPart]:
        prompt = self._prompt(session)
        t = self.app.catalog.translator(session.lang)
        if not wants_help:
            if prompt.kind is Kind.REVIEW:  # in full, answers too: made once, kept nowhere
                return speakable_review(prompt, t)
            return speakable_parts(prompt, t)
        text = speakable_help(prompt, t)
        if not text:
            return []
        return [(t.lang if t.catalog.has(t.lang, prompt.help.id) else DEFAULT_LOCALE, text)]

    def _switch_language(self, place: Place, session: StoredSession, lang: str | None) -> Reply:
        if lang not in self.app.catalog.languages:
            return Reply(place, session=session, choose_language=True)
        session = self.app.dialogs.set_lang(session, lang)
        self._told_swedish = {told for told in self._told_swedish if told[0] != session.id}
        return self._event(place, session, Event(EventKind.RESUME))

    def _withdraw(
        self,
        place: Place,
        participant: Participant | None,
        session: StoredSession,
        confirmed: bool,
    ) -> Reply:
        if participant is None or not may_consent(participant):
            outputs = [Notice(Msg("withdraw-only-guardians")), self._prompt(session)]
            return self._reply(place, session, outputs)
        if not confirmed:
            return Reply(place, session=session, confirm="withdraw")
        result = self.app.consent.withdraw(participant.case_id, participant.id)
        return Reply(None, [Notice(Msg(result.message), "withdrawn")], session)

    def _erase(
        self,
        place: Place,
        participant: Participant | None,
        session: StoredSession,
        confirmed: bool,
    ) -> Reply:
        if participant is None:
            return self._reply(place, session, [Notice(Msg("erase-nothing"))])
        if not confirmed:
            return Reply(place, session=session, confirm="erase")
        self.app.person.erase(participant.id, actor="participant")  # bindings go with it
        return Reply(None, [Notice(Msg("erase-done"), "erased")])

    def _plan(self, place: Place, participant: Participant | None, session: StoredSession) -> Reply:
        if participant is None or self.app.plans.sent(participant.case_id) is None:
            return self._reply(place, session, [Notice(Msg("plan-none-yet"))])
        return Reply(place, session=session, plan=True)

    def _start_evaluation(
        self, place: Place, participant: Participant | None, session: StoredSession
    ) -> Reply:
        try:
            if participant is None:
                raise EvaluationError("a trial run has no meeting to evaluate")
            evaluation, outputs = self.app.evaluations.start(participant)
        except EvaluationError:
            return self._reply(place, session, [Notice(Msg("evaluation-none"))])
        moved = Place(participant.id, evaluation.id, place.identity)
        return self._reply(moved, evaluation, outputs)

    def _start_follow_up(
        self, place: Place, participant: Participant | None, session: StoredSession
    ) -> Reply:
        try:
            if participant is None:
                raise FollowUpError("a trial run has no plan to follow up")
            follow_up, outputs = self.app.follow_ups.start(participant)
        except FollowUpError:
            return self._reply(place, session, [Notice(Msg("plan-none-yet"))])
        moved = Place(participant.id, follow_up.id, place.identity)
        return self._reply(moved, follow_up, outputs or [self._prompt(follow_up)])

    # helpers ───────────────────────────────────────────────────────────────────────────────

    def _reply(
        self,
        place: Place,
        session: StoredSession,
        outputs: list[Output],
        toggled: Toggle | None = None,
        participant: Participant | None = None,
    ) -> Reply:
        outputs = self._with_consent_note(session, outputs, toggled)
        part = self._part(session, participant)
        return Reply(place, self._told(session, outputs), session, part=part)

    def _part(
        self, session: StoredSession, participant: Participant | None = None
    ) -> tuple[int, int] | None:
        """Which part of the person's journey this session is, when there is more than one
        (`participant`: the session's, when the caller has read it already)."""
        if session.participant_id is None:
            return None
        if participant is None or participant.id != session.participant_id:
            participant = self.app.case_store.participant(session.participant_id)
        journey = participant.journey if participant else ()
        if len(journey) < 2 or session.dialog_id not in journey:
            return None
        return journey.index(session.dialog_id) + 1, len(journey)

    def _with_consent_note(
        self, session: StoredSession, outputs: list[Output], toggled: Toggle | None
    ) -> list[Output]:
        """At the review, the person is told when the guardians' consent keeps some of what
        they mark for the meeting out of it: when the review is shown, and when a share choice
        they just made is one of those."""
        prompt = outputs[-1] if outputs and isinstance(outputs[-1], Prompt) else None
        if prompt is None or prompt.kind is not Kind.REVIEW or session.participant_id is None:
            return outputs
        dialog = self.app.dialogs.dialog_of(session)
        held = {h.key for h in self.app.sharing.held_back_by_consent(session, dialog)}
        changed = set(toggled.value) if toggled and isinstance(toggled.value, dict) else None
        if not held or (changed is not None and not changed & held):
            return outputs
        return [*outputs[:-1], Notice(Msg("review-held-back")), prompt]

    def _prompt(self, session: StoredSession) -> Prompt:
        return prompt_for(self.app.dialogs.dialog_of(session), session.state)

    def _told(self, session: StoredSession, outputs: list[Output]) -> list[Output]:
        """The outputs, first told once per session and language when some of their words
        exist only in Swedish."""
        told = (session.id, session.lang)
        if told in self._told_swedish or not self._falls_back(session.lang, outputs):
            return outputs
        self._told_swedish.add(told)
        return [Notice(Msg(SOME_SWEDISH), "some-swedish"), *outputs]

    def _falls_back(self, lang: str, outputs: list[Output]) -> bool:
        catalog = self.app.catalog
        return any(not catalog.has(lang, msg.id) for msg in _messages(outputs))


def _says(output: Output) -> bool:
    """Whether an output of a finished part is worth keeping when the next part starts: its
    notices and its end words."""
    return isinstance(output, Notice) or (isinstance(output, Prompt) and output.kind is Kind.END)


def _messages(outputs: list[Output]):
    """Every message an output shows."""
    for output in outputs:
        if isinstance(output, Notice):
            yield output.msg
        elif isinstance(output, Prompt):
            yield output.text
            yield from (option.label for option in output.options)
            for item in output.review:
                yield item.question
                yield from item.options
