"""Keys for what the web application carries, in their own module so that feature modules
can import them without importing the server (which imports the features)."""

from __future__ import annotations

from aiohttp import web

from bot.app import App
from bot.services.links import Links

APP_KEY = web.AppKey("delaktig", App)
LINKS_KEY = web.AppKey("links", Links)
