"""Exports: documents made from the core's data (printed questionnaires, packs, receipts)."""
