"""One module per `delaktig` subcommand; each has `register(subparsers)` that sets `func`."""
