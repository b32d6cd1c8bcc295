"""Images made from words: cards for chat channels and print."""
