"""The HTTP server: the coordinator dashboard and the family web channel, in one aiohttp app."""
