"""How strongly an article is about a foreign deployment, from what the extractor found.

A hand-set logistic score: claims naming both sender and host weigh most, a title that states a
deployment adds, domestic/budget/history vocabulary subtracts, and one claim sentence in a long
article is a passing mention, while the same sentence standing alone (a feed summary, a news
brief) is the whole story: the share of sentences that state a claim adds to the score.
"""
from __future__ import annotations

import math
from collections import Counter


# A text of at most this many sentences is a brief (a feed summary, a news flash).
SHORT_TEXT = 3


def deployment_score(claims, title_drafts, pairs, negatives, n_sentences: int) -> float:
    if not claims:
        return 0.0
    explicit = sum(1 for c in claims if c.explicit >= 2)
    claim_sentences = len({c.evidence_start for c in claims})
    title_pair = any(d.sender and d.host and d.sender != d.host for d in title_drafts)
    title_any = bool(title_drafts)
    counts = sum(1 for c in claims if c.count is not None)
    # several states each sending to the same host ("Spain, Italy and Poland in the battlegroup in
    # Latvia") is a deployment story even when each pair is named once
    senders_per_host = max(Counter(h for s, h in {(c.sender, c.host) for c in claims if c.explicit >= 2}).values(),
                           default=0)
    z = (-1.6 + 1.1 * min(explicit, 3) + 0.35 * min(claim_sentences, 4) + 1.0 * title_pair + 0.4 * title_any
         + 0.3 * min(counts, 2) - 0.35 * min(len(negatives), 6) + 0.5 * min(max(senders_per_host - 1, 0), 3)
         + 1.2 * (claim_sentences / max(n_sentences, 1)) * (explicit > 0 and n_sentences <= SHORT_TEXT))
    if claim_sentences == 1 and n_sentences >= 10 and not title_any and senders_per_host < 3:
        z -= 1.5
    return 1.0 / (1.0 + math.exp(-z))
