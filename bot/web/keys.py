"""Keys under which the web application keeps shared objects; feature modules import them from
here, so `bot.web.server` can import the features without a cycle."""

from __future__ import annotations

from aiohttp import web

from bot.app import App

APP_KEY = web.AppKey("delaktig", App)
