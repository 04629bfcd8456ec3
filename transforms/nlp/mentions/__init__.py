"""Stage 1, mentions: what a text names (sentences, the lexicon's terms, countries, places, numbers, dates)."""
