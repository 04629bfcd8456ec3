"""Stage: link syndicated copies of one story across outlets (sets `story_id` and `duplicate_of`).

NearDuplicateIndex (transforms.dedup) holds every signature in one process; here the same MinHash
signatures are matched with LSH banding expressed as Beam groupings, so no worker holds the corpus:
  1. each article becomes a small Candidate (id, time order, content hash, signature); its text stays
     behind and only meets the links again in the final join;
  2. a Candidate goes into one bucket per LSH band (key: band number + hash of the band's values) and
     one bucket for its exact content hash;
  3. inside a bucket, members are compared in time order: a member copies the earliest earlier member
     with the same content hash or an estimated Jaccard similarity >= threshold;
  4. per article the earliest match over all buckets is `duplicate_of`; following duplicate_of to
     the first article (pointer jumping, one join per round) gives `story_id`.
Banding comes from datasketch's optimiser at the lowered candidate threshold NearDuplicateIndex
uses, so both find the same pairs. Links are made within the articles of one run.
"""
from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass
from functools import lru_cache

import apache_beam as beam
from apache_beam.metrics import Metrics
from datasketch import MinHashLSH

from transforms.dedup import (
    CANDIDATE_MARGIN, NUM_PERM, THRESHOLD, content_hash, is_empty_signature, minhash_signature, normalise,
    similarity,
)

# Pointer-jumping rounds: each doubles the duplicate_of chain length resolved to its first article
# (4 rounds: 16 links). A longer chain keeps an earlier article of the same story as its story_id.
ROUNDS = 4
_NO_DATE = "9999"  # articles without a date sort after all dated ones, as in fetch.earliest_ref


@dataclass(frozen=True)
class Candidate:
    """What matching needs of an article: small enough to be copied into every bucket it falls in."""
    article_id: str
    order: tuple[str, str]  # (published_at, article_id): "earliest" is the smallest
    content_hash: str
    signature: tuple[int, ...]


def candidate_of(article: dict) -> Candidate | None:
    """The article's Candidate, or None when its text has no words to compare."""
    text = article.get("text") or ""
    if not normalise(text):
        return None
    signature = minhash_signature(text, article.get("language"))
    if is_empty_signature(signature):
        return None
    return Candidate(article["article_id"], (article.get("published_at") or _NO_DATE, article["article_id"]),
                     content_hash(text), tuple(signature))


@lru_cache(maxsize=8)
def banding(threshold: float) -> tuple[int, int]:
    """(bands, rows per band) for candidates at the threshold NearDuplicateIndex searches with."""
    lsh = MinHashLSH(threshold=max(0.5, threshold - CANDIDATE_MARGIN), num_perm=NUM_PERM)
    return lsh.b, lsh.r


def bucket_keys(candidate: Candidate, bands: int, rows: int) -> list[tuple]:
    """One key per LSH band plus one for the exact text; equal keys make candidate pairs."""
    keys = [("exact", candidate.content_hash)]
    for band in range(bands):
        values = candidate.signature[band * rows:(band + 1) * rows]
        # hashlib, not hash(): bucket keys must agree across workers and Python processes.
        digest = hashlib.sha1(struct.pack(f"<{len(values)}Q", *values)).hexdigest()[:16]
        keys.append(("band", band, digest))
    return keys


def earlier_matches(members, threshold: float = THRESHOLD) -> list[tuple[str, tuple]]:
    """(article_id, (order, earlier_id)) for each member that copies an earlier member of the bucket.

    The earlier one is the earliest match, found by scanning members in time order.
    """
    unique = sorted({m.article_id: m for m in members}.values(), key=lambda m: m.order)
    links = []
    for j, later in enumerate(unique):
        for earlier in unique[:j]:
            if earlier.content_hash == later.content_hash or \
                    similarity(list(earlier.signature), list(later.signature)) >= threshold:
                links.append((later.article_id, (earlier.order, earlier.article_id)))
                break
    return links


def jump(parent: str, children, grandparents) -> list[tuple[str, str]]:
    """One pointer-jumping step at `parent`: its children now point at its own parent, if it has one."""
    target = next(iter(grandparents), parent)
    return [(child, target) for child in children]


def linked_rows(article_id: str, article_rows, duplicate_of, story_id) -> list[dict]:
    """The article rows with their links (an article without a match is its own story)."""
    dup, story = next(iter(duplicate_of), None), next(iter(story_id), None)
    return [{**row, "duplicate_of": dup, "story_id": story or dup or article_id} for row in article_rows]


class ResolveStories(beam.PTransform):
    """(article_id, duplicate_of) pairs -> (article_id, story_id): the first article up the chain."""

    def __init__(self, rounds: int = ROUNDS):
        super().__init__()
        self.rounds = rounds

    def expand(self, pointers):
        for n in range(self.rounds):
            by_parent = pointers | f"ByParent{n}" >> beam.MapTuple(lambda child, parent: (parent, child))
            pointers = ({"children": by_parent, "up": pointers}
                        | f"Join{n}" >> beam.CoGroupByKey()
                        | f"Jump{n}" >> beam.FlatMapTuple(lambda parent, g: jump(parent, g["children"], g["up"])))
        return pointers


class LinkNearDuplicates(beam.PTransform):
    """Partial article rows -> the same rows with `story_id` and `duplicate_of` set."""

    def __init__(self, threshold: float = THRESHOLD, rounds: int = ROUNDS):
        super().__init__()
        self.threshold, self.rounds = threshold, rounds

    def expand(self, articles):
        bands, rows, threshold = *banding(self.threshold), self.threshold
        copies = Metrics.counter("pipeline", "near_duplicates")

        def count(pair):
            copies.inc()
            return pair

        duplicate_of = (articles
                        | "Sign" >> beam.Map(candidate_of)
                        | "HasWords" >> beam.Filter(lambda c: c is not None)
                        | "IntoBuckets" >> beam.FlatMap(lambda c: [(k, c) for k in bucket_keys(c, bands, rows)])
                        | "GroupBuckets" >> beam.GroupByKey()
                        | "CompareInBucket" >> beam.FlatMapTuple(lambda _, members: earlier_matches(members, threshold))
                        | "EarliestMatch" >> beam.CombinePerKey(min)
                        | "DuplicateOf" >> beam.MapTuple(lambda article_id, match: count((article_id, match[1]))))
        story_id = duplicate_of | "ResolveStories" >> ResolveStories(self.rounds)
        by_id = articles | "KeyById" >> beam.Map(lambda a: (a["article_id"], a))
        return ({"rows": by_id, "duplicate_of": duplicate_of, "story_id": story_id}
                | "JoinLinks" >> beam.CoGroupByKey()
                | "SetLinks" >> beam.FlatMapTuple(
                    lambda article_id, g: linked_rows(article_id, g["rows"], g["duplicate_of"], g["story_id"])))
