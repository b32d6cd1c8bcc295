"""Adapters to programs and systems outside Python: speech (espeak-ng, ffmpeg)."""
