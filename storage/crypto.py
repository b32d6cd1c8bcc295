"""Field encryption at rest: AES-GCM, keyed from DELAKTIG_KEY or a key file made on first run."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from bot.errors import KeyError_

PREFIX = "v1:"
KEY_ENV = "DELAKTIG_KEY"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def load_or_create_key(key_file: Path) -> bytes:
    """The key from DELAKTIG_KEY (base64url, 32 bytes), else from `key_file`, made with mode
    0600 if it does not exist yet."""
    env = os.environ.get(KEY_ENV)
    if env:
        return _decode_key(env, KEY_ENV)
    if key_file.exists():
        return _decode_key(key_file.read_text().strip(), str(key_file))
    key_file.parent.mkdir(parents=True, exist_ok=True)
    key = AESGCM.generate_key(bit_length=256)
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(_b64(key) + "\n")
    return key


def _decode_key(text: str, where: str) -> bytes:
    try:
        key = _unb64(text)
    except ValueError:
        key = b""
    if len(key) != 32:
        raise KeyError_(f"the key in {where} is not 32 bytes of base64url; make a new one")
    return key


class FieldCipher:
    """Encrypts one text field at a time; each value gets its own random nonce."""

    def __init__(self, key: bytes):
        self._aead = AESGCM(key)
        self._tag_key = hashlib.sha256(b"delaktig-tag:" + key).digest()

    def tag(self, text: str) -> str:
        """A keyed hash: equal texts give equal tags, and nobody without the key can test a
        guess (so a tag of a participant id does not name the participant)."""
        return hmac.new(self._tag_key, text.encode(), hashlib.sha256).hexdigest()

    def encrypt(self, plain: str) -> str:
        nonce = os.urandom(12)
        return PREFIX + _b64(nonce + self._aead.encrypt(nonce, plain.encode(), None))

    def decrypt(self, token: str) -> str:
        if not token.startswith(PREFIX):
            raise KeyError_("an encrypted field has an unknown format")
        raw = _unb64(token[len(PREFIX) :])
        try:
            return self._aead.decrypt(raw[:12], raw[12:], None).decode()
        except InvalidTag:
            raise KeyError_(
                "cannot decrypt stored data: the key is not the one the database was made with"
            ) from None
