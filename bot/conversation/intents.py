"""What a person can ask for in a conversation, whatever the channel, and the one vocabulary of
command words (`/hoppa`, `/skip`, …) that the console and Telegram share. A channel turns its
input (a line, a button, a form) into one of these intents; `Conversation.act` answers it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.engine.runner import EventKind


@dataclass(frozen=True)
class Answer:
    """Answer the question at `at` (a prompt key; None: whatever is current)."""

    value: Any = None
    at: str | None = None


@dataclass(frozen=True)
class Toggle:
    """Tick an option of a multi-choice, or set one share choice at the review."""

    value: Any
    at: str | None = None


@dataclass(frozen=True)
class Navigate:
    """Skip, back, pause, help, resume or help now: an engine event that keeps the place."""

    kind: str
    at: str | None = None


@dataclass(frozen=True)
class TellCoordinator:
    """ "Berätta för min samordnare" after help now: an urgent notice with no words in it."""


@dataclass(frozen=True)
class Listen:
    """Read the current question (or its help text) aloud."""

    help: bool = False


@dataclass(frozen=True)
class SwitchLanguage:
    """Change language; without `lang` the channel offers the languages."""

    lang: str | None = None


@dataclass(frozen=True)
class Withdraw:
    """A guardian takes back their consent; asked once to confirm."""

    confirmed: bool = False


@dataclass(frozen=True)
class Erase:
    """Erase my answers and everything about me; asked once to confirm."""

    confirmed: bool = False


@dataclass(frozen=True)
class ShowPlan:
    """The easy-read plan from the meeting."""


@dataclass(frozen=True)
class StartEvaluation:
    """Open the evaluation of the meeting."""


@dataclass(frozen=True)
class StartFollowUp:
    """Open "Hur har det gått?" before the follow-up meeting."""


@dataclass(frozen=True)
class UnknownCommand:
    """A command word nobody knows: told so, and the question is shown again."""


Intent = (
    Answer
    | Toggle
    | Navigate
    | TellCoordinator
    | Listen
    | SwitchLanguage
    | Withdraw
    | Erase
    | ShowPlan
    | StartEvaluation
    | StartFollowUp
    | UnknownCommand
)

#: Words that confirm a withdrawal or an erasure typed as `/aterkalla ja`.
CONFIRM_WORDS = frozenset({"ja", "yes"})


@dataclass(frozen=True)
class Command:
    """One command: its Swedish and English word, other spellings, and the intent it asks for
    (given the rest of the line)."""

    sv: str
    en: str
    make: Callable[[str], Intent]
    aliases: tuple[str, ...] = ()

    @property
    def words(self) -> tuple[str, ...]:
        return (self.sv, self.en, *self.aliases)


def _confirmed(arg: str) -> bool:
    return arg.strip().lower() in CONFIRM_WORDS


COMMANDS: tuple[Command, ...] = (
    Command("hjalp", "help", lambda _: Navigate(EventKind.HELP)),
    Command("tillbaka", "back", lambda _: Navigate(EventKind.BACK)),
    Command("hoppa", "skip", lambda _: Navigate(EventKind.SKIP)),
    Command("pausa", "pause", lambda _: Navigate(EventKind.PAUSE)),
    Command("sprak", "language", lambda arg: SwitchLanguage(arg.strip() or None), ("lang",)),
    Command("hjalpnu", "helpnow", lambda _: Navigate(EventKind.HELP_NOW)),
    Command("beratta", "tell", lambda _: TellCoordinator(), ("berätta",)),
    Command("lyssna", "listen", lambda _: Listen()),
    Command("plan", "plan", lambda _: ShowPlan()),
    Command("utvardera", "evaluate", lambda _: StartEvaluation(), ("utvärdera",)),
    Command("uppfoljning", "followup", lambda _: StartFollowUp(), ("uppföljning",)),
    Command("aterkalla", "withdraw", lambda arg: Withdraw(_confirmed(arg)), ("återkalla",)),
    Command("radera", "erase", lambda arg: Erase(_confirmed(arg))),
)
_BY_WORD = {word: command for command in COMMANDS for word in command.words}


def command_word(text: str) -> tuple[str, str] | None:
    """`/Hoppa@DelaktigBot rest` → ("hoppa", "rest"); None when the text is not a command."""
    if not text.startswith("/"):
        return None
    word, _, rest = text[1:].partition(" ")
    return word.split("@")[0].lower(), rest


def parse_command(text: str) -> Intent | None:
    """The intent a command line asks for; None when the text is no command at all."""
    parsed = command_word(text.strip())
    if parsed is None:
        return None
    word, rest = parsed
    command = _BY_WORD.get(word)
    return command.make(rest) if command else UnknownCommand()
