"""The family plan's PNG and PDF, made once per plan version and kept on disk (mode 0600, the
folder 0700), so a page view never renders. A file is named by the case, the plan version and
a hash of the easy-read view (language, child or guardian version, what is withheld from this
reader), so each reader gets their own; storing a new version removes the case's older ones."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from bot.runtime.files import write_private

FORMATS = ("png", "pdf")


@dataclass(frozen=True)
class PlanKey:
    case_id: int
    version: int
    digest: str  # of the easy-read view

    @classmethod
    def of(cls, case_id: int, version: int, view: object) -> PlanKey:
        return cls(case_id, version, hashlib.sha256(repr(view).encode()).hexdigest()[:32])


class PlanRenders:
    def __init__(self, folder: Path):
        self.folder = folder

    def _path(self, key: PlanKey, fmt: str) -> Path:
        return self.folder / str(key.case_id) / f"v{key.version}-{key.digest}.{fmt}"

    def get(self, key: PlanKey) -> tuple[bytes, bytes] | None:
        """(PNG, PDF) of `key`, or None when they were not made yet."""
        try:
            png, pdf = (self._path(key, fmt).read_bytes() for fmt in FORMATS)
        except FileNotFoundError:
            return None
        return png, pdf

    def put(self, key: PlanKey, files: tuple[bytes, bytes]) -> None:
        """Keep (PNG, PDF) of `key`, and drop what older versions of the plan left."""
        folder = self.folder / str(key.case_id)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        for old in folder.iterdir():
            if not old.name.startswith(f"v{key.version}-"):
                old.unlink(missing_ok=True)
        for fmt, data in zip(FORMATS, files, strict=True):
            write_private(self._path(key, fmt), data)

    def drop(self, case_id: int) -> None:
        """Forget every render of a case (it was purged or erased)."""
        shutil.rmtree(self.folder / str(case_id), ignore_errors=True)
