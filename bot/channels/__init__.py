"""Channels: thin adapters that turn platform input into engine events and prompts into output."""
