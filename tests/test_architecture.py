"""The layers of the code, read from the imports themselves: the domain's values know no other
layer; the engine knows nothing of
services, storage or channels; services know no channel, web, runtime or HTTP library; storage
knows no service; the conversation layer knows no channel; and no modules import each other in
a circle."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

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
