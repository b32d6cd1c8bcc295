"""Delete rows together with every row that refers to them (by the schema's foreign keys), so
purging a case or erasing a person also reaches tables other modules add later. The audit log
is never touched."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import sqlite_utils

from storage.unit_of_work import atomic

#: Tables that outlive what they mention: the append-only audit log and the content store.
KEPT = frozenset({"audit_log", "dialog_versions"})


def references(db: sqlite_utils.Database) -> dict[str, list[tuple[str, str, str]]]:
    """parent table → [(child table, child column, parent column)]."""
    refs: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for table in db.table_names():
        for fk in db[table].foreign_keys:
            refs[fk.other_table].append((fk.table, fk.column, fk.other_column))
    return refs


def plan_delete(
    db: sqlite_utils.Database, table: str, where: str, params: list[Any]
) -> list[tuple[str, str, list[Any]]]:
    """(table, where, params) to delete, children before their parents."""
    refs = references(db)
    plan: list[tuple[str, str, list[Any]]] = []

    def visit(table: str, where: str, path: tuple[str, ...]) -> None:
        for child, column, parent_column in refs.get(table, []):
            if child in KEPT or child in path:
                continue
            visit(
                child,
                f"[{column}] IN (SELECT [{parent_column}] FROM [{table}] WHERE {where})",
                (*path, child),
            )
        plan.append((table, where, params))

    visit(table, where, (table,))
    return plan


def delete_tree(
    db: sqlite_utils.Database, table: str, where: str, params: list[Any], dry_run: bool = False
) -> dict[str, int]:
    """Delete the matching rows of `table` and everything under them in one transaction;
    the number of rows per table. With `dry_run` the same is counted and rolled back."""
    counts: dict[str, int] = defaultdict(int)
    try:
        with atomic(db):
            for step_table, step_where, step_params in plan_delete(db, table, where, params):
                cursor = db.conn.execute(
                    f"DELETE FROM [{step_table}] WHERE {step_where}", step_params
                )
                if cursor.rowcount:
                    counts[step_table] += cursor.rowcount
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return dict(counts)


class Erasure:
    """Purging ended cases and erasing a person, each with every row under them."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def ended_cases(self, before: str) -> list[int]:
        """Closed or withdrawn cases that ended before `before`; a case ends when it is closed
        or withdrawn, and its last change counts when neither is set."""
        rows = self.db.execute(
            "SELECT id FROM cases WHERE status IN ('closed', 'withdrawn') "
            "AND COALESCE(closed_at, withdrawn_at, updated_at) < ? ORDER BY id",
            [before],
        ).fetchall()
        return [row[0] for row in rows]

    def delete_cases(self, case_ids: list[int], dry_run: bool = False) -> dict[str, int]:
        """The cases and everything under them; the rows per table (`dry_run`: counted only)."""
        marks = ", ".join("?" * len(case_ids))
        return delete_tree(self.db, "cases", f"id IN ({marks})", case_ids, dry_run=dry_run)

    def delete_participant(self, participant_id: int) -> dict[str, int]:
        """The participant and everything under them; the rows per table."""
        return delete_tree(self.db, "participants", "id = ?", [participant_id])


class _DryRun(Exception):
    """Rolls a counted-only deletion back."""


class ErasedIdentities:
    """The hashed identities (a device, a chat) of people erased a short while ago, so a
    channel can tell them kindly that their answers are gone. Only the hash and the time."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def remember(self, identity_hash: str, at: str) -> None:
        with atomic(self.db):
            self.db.execute(
                "INSERT OR REPLACE INTO erased_identities (identity_hash, erased_at) VALUES (?, ?)",
                [identity_hash, at],
            )

    def __contains__(self, identity_hash: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM erased_identities WHERE identity_hash = ?", [identity_hash]
        ).fetchone()
        return row is not None

    def forget_before(self, cutoff: str) -> None:
        with atomic(self.db):
            self.db.execute("DELETE FROM erased_identities WHERE erased_at < ?", [cutoff])
