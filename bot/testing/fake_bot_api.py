"""A local fake of the Telegram Bot API (aiohttp on 127.0.0.1) for tests and benchmarks.

It answers what aiogram and python-telegram-bot call, in the Bot API's JSON shapes, records
every request, serves queued updates through long-polling `getUpdates`, and can answer one
call with a 429 and `retry_after`. Tests wait on `wait_for(...)`, never on sleeps.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from aiohttp import web

TOKEN = "123456:fake-token-for-tests"
BOT_USER = {
    "id": 123456,
    "is_bot": True,
    "first_name": "Delaktig",
    "username": "delaktig_test_bot",
    "can_join_groups": False,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
#: Parameters that arrive as JSON text in form posts.
JSON_FIELDS = {"reply_markup", "commands", "message_ids", "allowed_updates", "scope"}
TRUE_METHODS = {
    "setwebhook",
    "deletewebhook",
    "answercallbackquery",
    "deletemessage",
    "deletemessages",
    "setmycommands",
    "deletemycommands",
    "sendchataction",
    "logout",
    "close",
}
T = TypeVar("T")


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    files: dict[str, int] = field(default_factory=dict)
    result: Any = None
    #: The uploaded files' bytes, by field name (a voice message, a document…).
    uploads: dict[str, bytes] = field(default_factory=dict)


class FakeBotAPI:
    def __init__(self, token: str = TOKEN):
        self.token = token
        self.calls: list[Call] = []
        self.by_chat: dict[int, list[Call]] = {}
        self.updates: list[dict] = []
        self.webhook: dict[str, Any] = {}
        #: getUpdates calls answered, being answered now, and the most ever at once (Telegram
        #: lets one poll at a time: a second one ends the first with 409 Conflict).
        self.polls = 0
        self.polling = 0
        self.most_polling = 0
        self._changed = asyncio.Condition()
        self._failures: dict[str, int] = {}
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count] = {}
        self._file_ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self._stopping = False
        self.base = ""

    # running ───────────────────────────────────────────────────────────────────────────────

    async def start(self) -> str:
        app = web.Application(client_max_size=20 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        self.base = f"http://127.0.0.1:{port}"
        return self.base

    async def stop(self) -> None:
        """Stop serving; a getUpdates waiting for updates answers at once (with none)."""
        async with self._changed:
            self._stopping = True
            self._changed.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()

    # what tests do ─────────────────────────────────────────────────────────────────────────

    async def push(self, *updates: dict) -> None:
        """Queue updates for getUpdates, all at once (so duplicates arrive in one batch)."""
        async with self._changed:
            self.updates.extend(updates)
            self._changed.notify_all()

    def fail_once(self, method: str, retry_after: int = 1) -> None:
        """Answer the next call of `method` with 429 Too Many Requests."""
        self._failures[method.lower()] = retry_after

    async def wait_for(self, condition: Callable[[], T], timeout: float = 15) -> T:
        """Wait until `condition()` is truthy (checked after every request) and return it."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(condition), timeout)
        return condition()

    def of(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method.lower()]

    def chat(self, chat_id: int) -> list[Call]:
        """Every successful call about one chat, in order."""
        return self.by_chat.get(chat_id, [])

    def new_update_id(self) -> int:
        return next(self._update_ids)

    # serving ───────────────────────────────────────────────────────────────────────────────

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.match_info["method"].lower()
        params, uploads = await _params(request)
        files = {name: len(data) for name, data in uploads.items()}
        if method in self._failures:
            retry_after = self._failures.pop(method)
            async with self._changed:
                self.calls.append(Call(f"{method}:429", params, files))
                self._changed.notify_all()
            return _error(
                429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after
            )
        if method == "getupdates":
            self.polls, self.polling = self.polls + 1, self.polling + 1
            self.most_polling = max(self.most_polling, self.polling)
            try:
                return _ok(await self._get_updates(params))
            finally:
                self.polling -= 1
        call = Call(method, params, files, uploads=uploads)
        call.result = self._result(call)
        async with self._changed:
            self.calls.append(call)
            if "chat_id" in params:
                self.by_chat.setdefault(int(params["chat_id"]), []).append(call)
            self._changed.notify_all()
        if call.result is None:
            return _error(404, "Not Found: method not found")
        return _ok(call.result)

    async def _get_updates(self, params: dict) -> list[dict]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)

        def ready() -> list[dict]:
            return [u for u in self.updates if u["update_id"] >= offset]

        async with self._changed:
            self.updates = ready()
            if not self.updates and timeout:
                deadline = time.monotonic() + timeout
                while (
                    not ready() and not self._stopping and (left := deadline - time.monotonic()) > 0
                ):
                    try:
                        await asyncio.wait_for(self._changed.wait(), left)
                    except TimeoutError:
                        break
            return ready()[: int(params.get("limit") or 100)]

    def _result(self, call: Call) -> Any:
        p, method = call.params, call.method
        if method in TRUE_METHODS:
            if method == "setwebhook":
                self.webhook = {"url": p.get("url", ""), "secret_token": p.get("secret_token")}
            if method == "deletewebhook":
                self.webhook = {}
            return True
        match method:
            case "getme":
                return BOT_USER
            case "getwebhookinfo":
                return {
                    "url": self.webhook.get("url", ""),
                    "has_custom_certificate": False,
                    "pending_update_count": 0,
                }
            case "getmycommands":
                return []
            case "sendmessage":
                return self._message(p, text=p.get("text", ""))
            case "sendphoto":
                return self._message(p, photo=self._photo(p.get("photo")), caption=p.get("caption"))
            case "senddocument":
                return self._message(
                    p, document={"file_id": self._file_id(), "file_unique_id": "d"}
                )
            case "sendvoice":
                voice = p.get("voice")
                file_id = voice if _file_id_given(voice) else self._file_id()
                return self._message(
                    p, voice={"file_id": file_id, "file_unique_id": "v", "duration": 1}
                )
            case "editmessagetext" | "editmessagecaption" | "editmessagereplymarkup":
                return self._message(p, message_id=int(p["message_id"]), text=p.get("text", ""))
        return None

    def _message(self, p: dict, message_id: int | None = None, **content: Any) -> dict:
        chat_id = int(p["chat_id"])
        if message_id is None:
            message_id = next(self._message_ids.setdefault(chat_id, itertools.count(1001)))
        message = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": "Test"},
            "from": BOT_USER,
            **{k: v for k, v in content.items() if v is not None},
        }
        if p.get("reply_markup"):
            message["reply_markup"] = p["reply_markup"]
        return message

    def _file_id(self) -> str:
        return f"AgACAgQAAxkBAAI{next(self._file_ids):06d}"

    def _photo(self, photo: Any) -> list[dict]:
        file_id = photo if _file_id_given(photo) else self._file_id()
        return [
            {"file_id": file_id, "file_unique_id": f"u{file_id[-6:]}", "width": w, "height": w // 2}
            for w in (320, 800)
        ]

    # updates a person would cause ─────────────────────────────────────────────────────────

    def user(self, chat_id: int, language_code: str = "sv") -> dict:
        return {
            "id": chat_id,
            "is_bot": False,
            "first_name": "Testperson",
            "language_code": language_code,
        }

    def message(self, chat_id: int, text: str | None = None, **content: Any) -> dict:
        """An update with a message from the person: text, or other content (a sticker…)."""
        message = {
            "message_id": next(self._message_ids.setdefault(chat_id, itertools.count(1001))),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": "Testperson"},
            "from": self.user(chat_id),
            **content,
        }
        if text is not None:
            message["text"] = text
            if text.startswith("/"):
                length = len(text.split(" ", 1)[0])
                message["entities"] = [{"offset": 0, "length": length, "type": "bot_command"}]
        return {"update_id": self.new_update_id(), "message": message}

    def sticker(self, chat_id: int) -> dict:
        sticker = {
            "file_id": self._file_id(),
            "file_unique_id": "sticker1",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
        return self.message(chat_id, sticker=sticker)

    def press(self, chat_id: int, data: str, message: dict | None = None) -> dict:
        """An update for a pressed inline button on `message` (a message the bot sent)."""
        origin = message or {
            "message_id": 1,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": "Testperson"},
            "text": "…",
        }
        return {
            "update_id": self.new_update_id(),
            "callback_query": {
                "id": f"cb{self.new_update_id()}",
                "from": self.user(chat_id),
                "chat_instance": f"ci{chat_id}",
                "data": data,
                "message": origin,
            },
        }


def _file_id_given(value: Any) -> bool:
    """Whether a file parameter names a file sent before (not a new upload)."""
    return isinstance(value, str) and bool(value) and not value.startswith("attach://")


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _error(status: int, description: str, **parameters: Any) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=status)


async def _params(request: web.Request) -> tuple[dict[str, Any], dict[str, bytes]]:
    params: dict[str, Any] = dict(request.query)
    files: dict[str, bytes] = {}
    if request.content_type == "application/json":
        params.update(await request.json())
    elif request.content_type == "multipart/form-data":
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            if part.filename:
                files[part.name] = bytes(await part.read())
            else:
                params[part.name] = await part.text()
    elif request.can_read_body:
        params.update(await request.post())
    for name, value in list(params.items()):  # `photo=attach://x` names the part `x`
        if isinstance(value, str) and value.startswith("attach://") and value[9:] in files:
            files[name] = files.pop(value[9:])
    for name in JSON_FIELDS & params.keys():
        if isinstance(params[name], str):
            params[name] = json.loads(params[name])
    return params, files
