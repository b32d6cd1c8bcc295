"""Services: the engine plus a repository. No I/O of their own; storage is injected."""
