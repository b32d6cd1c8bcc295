"""The person's own code: what opens their invite link again, on any device.

On first opening the link the person chooses a code: three pictures from a grid of nine
(`CODE_PICTURES`), or, for guardians and youth, 4–6 digits. The code is stored like a password:
argon2id over a keyed hash of the invite and the code, so neither the coordinator nor someone
holding only the database can read or test it. Hashing and checking are heavy: channels call
`digest` and `matches` off the event loop. Five wrong codes in a row lock the invite until the
coordinator issues a new one.

The link itself is the web identity (`web_identity`): every browser that enters the right code
is that one person, and a new or revoked invite ends them all at once (the conversation layer
refuses a revoked invite)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from bot.domain import Invite, Participant, token_hash
from bot.errors import KeyError_, UserFacingError
from bot.ports import AuditLog, CaseStore, Cipher, FamilyDrafts, InviteCodes
from bot.services.cases import InvalidInvite, identity_hash
from bot.services.clock import Clock, utc_clock

#: The nine pictures of a picture code, in the order of the grid (pictogram keys).
CODE_PICTURES = (
    "code-cat",
    "code-dog",
    "code-fish",
    "code-apple",
    "code-ball",
    "code-car",
    "code-tree",
    "code-flower",
    "star",
)
PICTURES_IN_CODE = 3
DIGITS = (4, 6)
MAX_TRIES = 5
KINDS = ("pictures", "digits")
#: Who may choose digits instead of pictures.
DIGIT_ROLES = ("youth", "guardian")

_hasher = PasswordHasher()  # argon2id with the library's recommended parameters


class InviteLocked(UserFacingError):
    def __init__(self):
        super().__init__("five wrong codes locked this invite; the coordinator can issue a new one")


class BadCode(UserFacingError):
    """A code that is not a code of its kind (not a wrong code: nothing is counted)."""

    def __init__(self):
        super().__init__("a code is three of the nine pictures, or 4 to 6 digits")


def web_identity(token: str) -> str:
    """The identity of everyone who opens this link with its code (no token, only its hash)."""
    return f"web-link:{token_hash(token)}"


def check_code(kind: str, code: list[str] | str, role: str) -> str:
    """The code as one canonical string, or BadCode."""
    pictures = kind == "pictures" and isinstance(code, list) and len(code) == PICTURES_IN_CODE
    if pictures and all(p in CODE_PICTURES for p in code):
        return ",".join(code)
    digits = kind == "digits" and isinstance(code, str) and role in DIGIT_ROLES
    if digits and code.isascii() and code.isdigit() and DIGITS[0] <= len(code) <= DIGITS[1]:
        return code
    raise BadCode()


@dataclass(frozen=True)
class Opening:
    """What opening an invite link leads to: choosing a code (`kind` None) or entering it."""

    invite: Invite
    participant: Participant
    kind: str | None
    code_hash: str | None


class InviteAccess:
    def __init__(
        self,
        store: CaseStore,
        codes: InviteCodes,
        drafts: FamilyDrafts,
        cipher: Cipher,
        audit: AuditLog,
        clock: Clock = utc_clock,
    ):
        self.store, self.codes, self.drafts = store, codes, drafts
        self.cipher, self.audit, self.clock = cipher, audit, clock

    def opening(self, token: str) -> Opening:
        """What the link leads to now; reads only. InvalidInvite for an unknown, revoked or
        expired link, a closed case, and a link redeemed elsewhere (a Telegram chat: no code);
        InviteLocked after five wrong codes."""
        invite = self.store.invite_by_token(token) if isinstance(token, str) else None
        if invite is None or invite.revoked_at is not None:
            raise InvalidInvite()
        participant = self.store.participant(invite.participant_id)
        case = self.store.case(participant.case_id) if participant else None
        if case is None or case.status != "open":
            raise InvalidInvite()
        if invite.locked_at is not None:
            raise InviteLocked()
        code = self.codes.code(invite.id)
        if invite.used_at is None:
            if datetime.fromisoformat(invite.expires_at) <= self.clock():
                raise InvalidInvite()
            return Opening(invite, participant, None, None)
        if code.code_hash is None or participant.identity_hash != identity_hash(
            web_identity(token)
        ):
            raise InvalidInvite()
        return Opening(invite, participant, code.kind, code.code_hash)

    def secret(self, invite: Invite, code: str) -> str:
        """What argon2 hashes: a keyed hash of the invite and the code (so the hash in the
        database cannot be tested without the key)."""
        return self.cipher.tag(f"invite-code:{invite.id}:{code}")

    def set_code(self, token: str, kind: str, code_hash: str) -> None:
        """Give the invite its code; InvalidInvite when it has one already (another browser
        chose first)."""
        invite = self.store.invite_by_token(token)
        if invite is None or not self.codes.set_code(invite.id, kind, code_hash):
            raise InvalidInvite()

    def draft_ticket(self, participant_id: int, session_id: str) -> str:
        """What a text form carries so that text sent after the login ended can be kept for
        this person: encrypted, it opens nothing by itself."""
        return self.cipher.encrypt(f"{participant_id}:{session_id}")

    def keep_draft(self, ticket: str, at: str, text: str) -> bool:
        """Keep text sent after the login ended as a draft; False when the ticket is not one."""
        try:
            participant_id, session_id = self.cipher.decrypt(ticket).split(":", 1)
            participant = self.store.participant(int(participant_id))
        except (KeyError_, ValueError):  # forged or damaged: it keeps nothing
            return False
        if participant is None or not text.strip() or not at:
            return False
        self.drafts.keep(participant.id, session_id, at, text)
        return True

    def tried(self, opening: Opening, right: bool) -> int:
        """Record one try; the wrong tries left. InviteLocked when this one locked it."""
        if right:
            if self.codes.code(opening.invite.id).locked_at is not None:
                raise InviteLocked()  # locked by tries that ended while this one was checked
            self.codes.succeeded(opening.invite.id)
            return MAX_TRIES
        code = self.codes.failed(opening.invite.id, MAX_TRIES)
        if code.locked_at is not None:
            self.audit.record(
                "participant",
                "invite.lock",
                f"case:{opening.participant.case_id}",
                participant=opening.participant.id,
            )
            raise InviteLocked()
        return MAX_TRIES - code.failed_tries


def digest(secret: str) -> str:
    """The argon2id hash of a code's secret (heavy: call it off the event loop)."""
    return _hasher.hash(secret)


def matches(code_hash: str, secret: str) -> bool:
    """Whether the secret is the code's (heavy: call it off the event loop)."""
    try:
        return _hasher.verify(code_hash, secret)
    except (VerificationError, InvalidHashError):
        return False
