"""Settings with safe embedded defaults: everything lives under ./var unless told otherwise."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    var_dir: Path
    db_path: Path
    key_file: Path
    cache_dir: Path

    @classmethod
    def from_env(cls, db_path: str | Path | None = None) -> Settings:
        """Defaults under ./var (or DELAKTIG_VAR); --db or DELAKTIG_DB moves the database."""
        var_dir = Path(os.environ.get("DELAKTIG_VAR", "var"))
        db = Path(db_path or os.environ.get("DELAKTIG_DB") or var_dir / "delaktig.db")
        return cls(
            var_dir=var_dir,
            db_path=db,
            key_file=Path(os.environ.get("DELAKTIG_KEY_FILE") or db.parent / "delaktig.key"),
            cache_dir=var_dir / "cache",
        )
