"""Stage 4, detection: how strongly an article is about a foreign deployment."""
