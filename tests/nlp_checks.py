"""What the NLP tests read off an analysis: its (sender, host) pairs and (sender, host, count) triples
(shorthands over tests/claim_helpers.py, kept for the test files that import them from here)."""
from __future__ import annotations

from functools import partial

from tests.claim_helpers import COUNTED, PAIR, claim_tuples

pairs = partial(claim_tuples, fields=PAIR)
counts = partial(claim_tuples, fields=COUNTED)
