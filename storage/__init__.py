"""Storage adapters: SQLite through sqlite-utils, behind small repository interfaces."""
