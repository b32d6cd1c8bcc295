"""Settings with safe embedded defaults: everything lives under ./var unless told otherwise."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

POSTGRESQL_SCHEMES = ("postgresql://", "postgres://")


@dataclass(frozen=True)
class Settings:
    var_dir: Path
    db_path: Path
    key_file: Path
    cache_dir: Path
    #: A `postgresql://` URL; None keeps the SQLite file at `db_path` (the embedded default).
    database_url: str | None = None

    @property
    def database(self) -> str | Path:
        """What to open: the PostgreSQL URL, else the SQLite file."""
        return self.database_url or self.db_path

    @classmethod
    def from_env(cls, db: str | Path | None = None) -> Settings:
        """Defaults under ./var (or DELAKTIG_VAR). --db, DELAKTIG_DATABASE_URL or DELAKTIG_DB
        name the database: a file path (SQLite) or a `postgresql://` URL."""
        var_dir = Path(os.environ.get("DELAKTIG_VAR", "var"))
        target = str(
            db
            or os.environ.get("DELAKTIG_DATABASE_URL")
            or os.environ.get("DELAKTIG_DB")
            or var_dir / "delaktig.db"
        )
        url = target if target.startswith(POSTGRESQL_SCHEMES) else None
        db_path = var_dir / "delaktig.db" if url else Path(target)
        return cls(
            var_dir=var_dir,
            db_path=db_path,
            key_file=Path(os.environ.get("DELAKTIG_KEY_FILE") or db_path.parent / "delaktig.key"),
            cache_dir=var_dir / "cache",
            database_url=url,
        )
