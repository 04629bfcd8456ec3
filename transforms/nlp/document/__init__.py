"""Stage 3, document resolution: what one sentence leaves out, filled from the article."""
