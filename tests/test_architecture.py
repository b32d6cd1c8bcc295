"""The layers of the code, read from the imports themselves: the domain's values know no other
layer; the engine knows nothing of
services, storage or channels; services know no channel, web, runtime or HTTP library; storage
knows no service; the conversation layer knows no channel; and no modules import each other in
a circle."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path
from typing import Protocol

import pytest

from bot import ports
from storage.audit import AuditLog
from storage.cases import CaseStore
from storage.consents import ConsentStore
from storage.crypto import FieldCipher
from storage.erase import ErasedIdentities, Erasure
from storage.evaluations import EvaluationStore, SeenEvaluationStore
from storage.help_alerts import HelpAlertStore
from storage.inbox import InboxStore
from storage.invite_access import FamilyDrafts, InviteCodes
from storage.leases import Leases
from storage.logins import LoginFailures, LoginStore
from storage.plans import PlanStore
from storage.postgres import PostgresDatabase
from storage.reminders import ReminderStore
from storage.sessions import SqliteSessionStore
from storage.telegram import TelegramStore
from storage.telegram_inbox import TelegramInbox
from storage.unit_of_work import UnitOfWork
from storage.users import UserStore

ROOT = Path(__file__).parents[1]
CHANNELS = ("bot.channels", "bot.web", "bot.commands", "bot.runtime")
HTTP_AND_CHAT = ("aiohttp", "aiogram", "telegram")
#: Layer → what it must never import (anywhere in the module, lazily too).
NEVER = {
    "bot.ports": (
        *CHANNELS,
        "bot.services",
        "bot.conversation",
        "bot.exports",
        "bot.engine",
        "storage",
    ),
    "bot.domain": (
        *CHANNELS,
        "bot.services",
        "bot.conversation",
        "bot.exports",
        "bot.engine",
        "storage",
    ),
    "bot.engine": (*CHANNELS, "bot.services", "bot.conversation", "bot.exports", "storage"),
    "bot.services": (*CHANNELS, "bot.conversation", *HTTP_AND_CHAT),
    "bot.conversation": (*CHANNELS, *HTTP_AND_CHAT),
    "storage": (*CHANNELS, "bot.services", "bot.conversation", "bot.exports", "bot.engine"),
}


def modules() -> dict[str, Path]:
    found = {}
    for path in [*ROOT.glob("bot/**/*.py"), *ROOT.glob("storage/**/*.py")]:
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        found[name.removesuffix(".__init__")] = path
    return found


def imported(path: Path, top_level_only: bool) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else ast.walk(tree)
    names: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


@pytest.mark.parametrize("layer", sorted(NEVER))
def test_no_layer_imports_upward(layer):
    upward = sorted(
        f"{name} imports {target}"
        for name, path in modules().items()
        if within(name, layer)
        for target in imported(path, top_level_only=False)
        if any(within(target, banned) for banned in NEVER[layer])
    )
    assert upward == []


def composition_root(name: str) -> bool:
    """The only modules under bot/ that may build concrete stores: `bot.app` wires the running
    system; the benchmarks (`bot.bench*`) time the engine on a bare store against the backend's
    own commit and make their own database."""
    return name == "bot.app" or name.startswith("bot.bench")


#: What only the backends and the composition roots may import.
BACKENDS = ("storage", "sqlite_utils", "sqlite3", "psycopg", "psycopg_pool")


def test_only_the_composition_root_imports_storage():
    """Services, web, channels, conversation and runtime take their stores from `App`, typed by
    the Protocols in bot/ports.py; they never import a backend or a database library (lazily
    neither)."""
    found = sorted(
        f"{name} imports {target}"
        for name, path in modules().items()
        if within(name, "bot") and not composition_root(name)
        for target in imported(path, top_level_only=False)
        if any(within(target, backend) for backend in BACKENDS)
    )
    assert found == []


def test_no_import_cycles():
    known = modules()
    graph = {
        name: {t for t in imported(path, top_level_only=True) if t in known}
        for name, path in known.items()
    }
    cycles = [c for c in strongly_connected(graph) if len(c) > 1]
    assert cycles == []


def test_the_checks_can_fail():
    """The cycle finder finds a cycle, and `within` tells packages apart."""
    assert [sorted(c) for c in strongly_connected({"a": {"b"}, "b": {"a"}}) if len(c) > 1] == [
        ["a", "b"]
    ]
    assert within("bot.web.server", "bot.web") and not within("bot.webhooks", "bot.web")


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative: the strongly connected components of `graph`."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    components.append(component)
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(graph.get(child, ())))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return components


#: SQLite's own dialect: PostgreSQL (storage/postgres.py) translates it only for storage/.
SQLITE_DIALECT = ("INSERT OR ", "PRAGMA ", "json_extract(", "import sqlite3")
#: Any SQL statement: all of it lives in the backends (storage/).
SQL = re.compile(r"\b(SELECT .+ FROM|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b|\.execute\(")


def test_sqlite_dialect_lives_in_storage_only():
    """Services, web, channels and runtime speak to the stores, never SQLite's dialect (the
    benchmarks' bare SQLite commit floor is the one exception)."""
    found = [
        f"{name}: {word}"
        for name, path in modules().items()
        if name.startswith("bot.") and name != "bot.bench"
        for word in SQLITE_DIALECT
        if word in path.read_text(encoding="utf-8")
    ]
    assert found == []


def test_sql_lives_in_storage_only():
    """Outside the composition roots bot/ holds no SQL and runs no statement itself."""
    found = [
        f"{name}: {match.group(0)}"
        for name, path in modules().items()
        if within(name, "bot") and not composition_root(name)
        for match in SQL.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []
    assert SQL.search('db.execute("DELETE FROM users WHERE id = ?")')  # the check can fail


#: Each port in bot/ports.py → the classes in storage/ that implement it.
IMPLEMENTATIONS = {
    ports.UnitOfWork: (UnitOfWork, PostgresDatabase),
    ports.Cipher: (FieldCipher,),
    ports.AuditLog: (AuditLog,),
    ports.SessionStore: (SqliteSessionStore,),
    ports.CaseStore: (CaseStore,),
    ports.ConsentStore: (ConsentStore,),
    ports.EvaluationStore: (EvaluationStore,),
    ports.SeenEvaluationStore: (SeenEvaluationStore,),
    ports.PlanStore: (PlanStore,),
    ports.ReminderStore: (ReminderStore,),
    ports.InboxStore: (InboxStore,),
    ports.HelpAlertStore: (HelpAlertStore,),
    ports.InviteCodes: (InviteCodes,),
    ports.FamilyDrafts: (FamilyDrafts,),
    ports.UserStore: (UserStore,),
    ports.LoginStore: (LoginStore,),
    ports.LoginFailures: (LoginFailures,),
    ports.ErasedIdentities: (ErasedIdentities,),
    ports.Erasure: (Erasure,),
    ports.TelegramStore: (TelegramStore,),
    ports.TelegramInbox: (TelegramInbox,),
    ports.Leases: (Leases,),
}


def port_methods(port: type) -> list[str]:
    return sorted(
        name
        for name, value in vars(port).items()
        if callable(value) and (not name.startswith("_") or name == "__contains__")
    )


def mismatches(port: type, concrete: type) -> list[str]:
    """How `concrete` fails `port`: a missing method, or a signature a caller of the port
    could not use (a parameter missing, moved, of another kind or default, or a new one
    without a default)."""
    found = []
    for name in port_methods(port):
        if not callable(getattr(concrete, name, None)):
            found.append(f"{concrete.__name__}.{name} is missing")
            continue
        wanted = list(inspect.signature(getattr(port, name)).parameters.values())
        given = list(inspect.signature(getattr(concrete, name)).parameters.values())
        if not compatible(wanted, given):
            found.append(f"{concrete.__name__}.{name} differs from {port.__name__}.{name}")
    return found


def compatible(wanted: list[inspect.Parameter], given: list[inspect.Parameter]) -> bool:
    positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    by_name = {p.name: p for p in given}
    for index, param in enumerate(wanted):
        if param.kind is inspect.Parameter.VAR_KEYWORD:
            if not any(p.kind is param.kind for p in given):
                return False
            continue
        other = by_name.get(param.name)
        if other is None or other.default != param.default:
            return False
        if param.kind in positional and (other.kind not in positional or given[index] is not other):
            return False
        if param.kind is inspect.Parameter.KEYWORD_ONLY and other.kind in positional[:1]:
            return False
    extra = [p for p in given if p.name not in {w.name for w in wanted}]
    return all(
        p.default is not inspect.Parameter.empty
        or p.kind in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
        for p in extra
    )


@pytest.mark.parametrize("port", IMPLEMENTATIONS, ids=lambda port: port.__name__)
def test_each_store_satisfies_its_port(port):
    assert port_methods(port), f"{port.__name__} names no methods"
    assert [m for concrete in IMPLEMENTATIONS[port] for m in mismatches(port, concrete)] == []


def test_every_port_has_an_implementation():
    """A Protocol added to bot/ports.py is checked against its store here too."""
    declared = {
        value
        for value in vars(ports).values()
        if isinstance(value, type)
        and value.__module__ == ports.__name__
        and getattr(value, "_is_protocol", False)  # not the errors a port may raise
    }
    assert declared == set(IMPLEMENTATIONS)


def test_the_port_check_can_fail():
    """A missing method, a renamed or moved parameter, a changed default and a new required
    parameter are each caught; an extra optional parameter is not."""

    class Port(Protocol):
        def get(self, key: str, fresh: bool = False) -> str: ...

    class Good:
        def get(self, key, fresh=False, trace=None): ...

    class Renamed:
        def get(self, name, fresh=False): ...

    class Swapped:
        def get(self, fresh=False, key=""): ...

    class OtherDefault:
        def get(self, key, fresh=True): ...

    class Required:
        def get(self, key, more, fresh=False): ...

    assert mismatches(Port, Good) == []
    assert mismatches(Port, object) == ["object.get is missing"]
    for bad in (Renamed, Swapped, OtherDefault, Required):
        assert mismatches(Port, bad) == [f"{bad.__name__}.get differs from Port.get"], bad
