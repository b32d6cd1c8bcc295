"""Stand-ins used by tests and benchmarks; never by the running product."""
