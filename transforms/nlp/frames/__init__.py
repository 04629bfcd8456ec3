"""Stage 2, clause frames: one sentence's tags in context, its clauses, counts tied to troops, the
speaker, distributive lists, and the drafts (owner, host, count, event, stance) they make."""
