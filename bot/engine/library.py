"""All dialogs in a content folder, loaded once and looked up by id."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from pathlib import Path

from bot.engine.loader import DialogError, compile_dialog, load_file
from bot.engine.model import Dialog
from bot.errors import UserFacingError
from bot.paths import dialogs_dir


class UnknownDialog(UserFacingError):
    pass


class DialogLibrary:
    """The dialogs of one folder, plus any older versions that sessions are pinned to."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder or dialogs_dir()
        self._by_id: dict[str, Dialog] | None = None
        self._by_hash: dict[str, Dialog] = {}

    def load(self) -> dict[str, Dialog]:
        """Load every dialog file; raise the first DialogError found."""
        if self._by_id is None:
            files = sorted(self.folder.glob("*.yaml"))
            if not self.folder.is_dir():
                raise UserFacingError(f"no dialogs folder at {self.folder}")
            dialogs = [load_file(path) for path in files]
            self._by_id = {d.id: d for d in dialogs}
            self._by_hash.update({d.content_hash: d for d in dialogs})
        return self._by_id

    def get(self, dialog_id: str) -> Dialog:
        dialogs = self.load()
        if dialog_id not in dialogs:
            close = difflib.get_close_matches(dialog_id, list(dialogs), n=1)
            hint = f"; did you mean `{close[0]}`?" if close else ""
            known = ", ".join(sorted(dialogs))
            raise UnknownDialog(f"no dialog `{dialog_id}`{hint} (known: {known})")
        return dialogs[dialog_id]

    def pinned(self, content_hash: str, load_source: Callable[[str], dict | None]) -> Dialog:
        """The exact dialog a session started with: from memory when known, else its stored
        source (`load_source(hash)`) compiled again."""
        if content_hash not in self._by_hash:
            self.load()
        if content_hash in self._by_hash:
            return self._by_hash[content_hash]
        source = load_source(content_hash)
        if source is None:
            raise DialogError("stored session", f"dialog version {content_hash} is not stored")
        dialog = compile_dialog(source, source=f"stored version {content_hash}")
        self._by_hash[content_hash] = dialog
        return dialog
