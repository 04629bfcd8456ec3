"""How strongly an article is about a foreign deployment, from what the extractor found.

A hand-set logistic score: claims naming both sender and host weigh most, a title that states a
deployment adds, domestic/budget/history vocabulary subtracts, and one claim sentence in a long
article is a passing mention.
"""
from __future__ import annotations

import math


def deployment_score(claims, title_drafts, pairs, negatives, n_sentences: int) -> float:
    if not claims:
        return 0.0
    explicit = sum(1 for c in claims if c.explicit >= 2)
    claim_sentences = len({c.evidence_start for c in claims})
    title_pair = any(d.sender and d.host and d.sender != d.host for d in title_drafts)
    title_any = bool(title_drafts)
    counts = sum(1 for c in claims if c.count is not None)
    z = (-1.6 + 1.1 * min(explicit, 3) + 0.35 * min(claim_sentences, 4) + 1.0 * title_pair + 0.4 * title_any
         + 0.3 * min(counts, 2) - 0.35 * min(len(negatives), 6))
    if claim_sentences == 1 and n_sentences >= 10 and not title_any:
        z -= 1.5
    return 1.0 / (1.0 + math.exp(-z))
