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
uses, so both find the same pairs.

Links reach stored articles too: every article's band keys and signature go to the table
`article_signatures`, and before bucketing, workers read from the sink the stored articles that
share a band key with the new ones (stored within `lookback_days`). A stored article joins the
buckets as a member earlier than every new one, so a wire copy arriving in a later run takes the
stored story's id; stored rows themselves never change. Only the stored articles that some new
article copies join (for each new article, the earliest stored one it copies: earliest_stored_matches),
and the lookup reads the stored rows as a stream: what a run holds follows its own articles, not how
many stored ones share a band key with them (later runs of a job, the parts of pipeline.chunks).

A stream has no "whole run" to group: there (`streaming=True`) the articles of each bundle are
matched in memory, the same way (link_batch), with each other and with the stored articles sharing
their band keys. A poll's writes land before the next poll, so a copy arriving in a later poll finds
its story in the store. (The local FnApiRunner runs the stages after polling only once the last
tick has fired, so there copies are linked within a bundle and against what earlier jobs stored.)
"""
from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import struct
import zlib
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.transforms.window import TimestampedValue
from datasketch import MinHashLSH

from transforms.dedup import (
    CANDIDATE_MARGIN, NUM_PERM, THRESHOLD, content_hash, is_empty_signature, minhash_signature, normalise,
    similarity,
)
from transforms.records import utc_now_iso

# Pointer-jumping rounds: each doubles the duplicate_of chain length resolved to its first article
# (4 rounds: 16 links). A longer chain keeps an earlier article of the same story as its story_id.
ROUNDS = 4
_NO_DATE = "9999"  # articles without a date sort after all dated ones, as in fetch.earliest_ref
SIGNATURES_TAG = "signatures"
LOOKUP_SHARDS = 16  # groups of new articles per run, each looked up in batches
LOOKUP_BATCH = 500  # band keys of this many articles per query
# Members of one LSH bucket a new article is compared with, at most: its earliest ones (stored first).
# A bucket grows with the articles that share a band or a text (boilerplate pages, one wire story
# republished everywhere); past the cap, comparing every pair would be quadratic in the bucket and
# hold it all in a worker's memory. The cost: a member whose only earlier match in an oversized
# bucket is not among its `BUCKET_CAP` earliest finds no match there (its other buckets still count).
BUCKET_CAP = 1000
_STORED_SQL = """
SELECT article_id, story_id, published_at, content_hash, signature
FROM article_signatures
WHERE ingested_at >= TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL @days DAY)
  AND EXISTS (SELECT 1 FROM UNNEST(band_keys) AS k WHERE k IN UNNEST(@keys))
ORDER BY published_at IS NULL, published_at, article_id
"""


@dataclass(frozen=True)
class Candidate:
    """What matching needs of an article: small enough to be copied into every bucket it falls in."""
    article_id: str
    order: tuple[str, str]  # (published_at, article_id): "earliest" is the smallest
    content_hash: str
    signature: tuple[int, ...]
    stored_story_id: str | None = None  # set for an article read back from the sink

    @property
    def is_stored(self) -> bool:
        return self.stored_story_id is not None


def candidate_of(article: dict) -> Candidate | None:
    """The article's Candidate, or None when its text has no words to compare."""
    text = normalise(article.get("text") or "")  # once: the hash and the shingles take it as it is
    if not text:
        return None
    signature = minhash_signature(text, article.get("language"), normalised=True)
    if is_empty_signature(signature):
        return None
    return Candidate(article["article_id"], (article.get("published_at") or _NO_DATE, article["article_id"]),
                     content_hash(text, normalised=True), tuple(signature))


@lru_cache(maxsize=8)
def banding(threshold: float) -> tuple[int, int]:
    """(bands, rows per band) for candidates at the threshold NearDuplicateIndex searches with."""
    lsh = MinHashLSH(threshold=max(0.5, threshold - CANDIDATE_MARGIN), num_perm=NUM_PERM)
    return lsh.b, lsh.r


def bucket_keys(candidate: Candidate, bands: int, rows: int) -> list[str]:
    """One key per LSH band plus one for the exact text; equal keys make candidate pairs.

    Keys are stored (article_signatures.band_keys), so they name the banding they come from: keys
    made under another banding never meet.
    """
    keys = [f"exact:{candidate.content_hash}"]
    for band in range(bands):
        values = candidate.signature[band * rows:(band + 1) * rows]
        # hashlib, not hash(): bucket keys must agree across workers, Python processes and runs.
        digest = hashlib.sha1(struct.pack(f"<{len(values)}Q", *values)).hexdigest()[:16]
        keys.append(f"{bands}x{rows}.{band}:{digest}")
    return keys


def _match_order(member: Candidate) -> tuple:
    return (not member.is_stored, member.order)  # stored articles came first, whatever their dates


def earlier_matches(members, threshold: float = THRESHOLD, cap: int = BUCKET_CAP) -> list[tuple[str, tuple]]:
    """(article_id, (order, earlier_id)) for each new member that copies an earlier member of the bucket.

    The earlier one is the earliest match, found by scanning members in time order; stored members
    count as earlier than all new ones, and get no links themselves (their rows are written).
    A bucket of more than `cap` members is matched against its `cap` earliest only (_capped_matches).
    """
    earliest = heapq.nsmallest(cap + 1, members, key=_match_order)
    if len(earliest) > cap:
        return _capped_matches(members, earliest[:cap], threshold)
    by_id = {}
    for m in earliest:  # an article both stored and new again (re-fetched) is taken as new
        if m.article_id not in by_id or by_id[m.article_id].is_stored:
            by_id[m.article_id] = m
    unique = sorted(by_id.values(), key=_match_order)
    links = []
    for j, later in enumerate(unique):
        if later.is_stored:
            continue
        for earlier in unique[:j]:
            if _copies(later, earlier, threshold):
                links.append((later.article_id, (_match_order(earlier), earlier.article_id)))
                break
    return links


def _copies(later: Candidate, earlier: Candidate, threshold: float) -> bool:
    return earlier.content_hash == later.content_hash or \
        similarity(list(earlier.signature), list(later.signature)) >= threshold


def _capped_matches(members, earliest: list[Candidate], threshold: float) -> list[tuple[str, tuple]]:
    """Links of an oversized bucket: each new member is compared with the bucket's `earliest` members
    (sorted) that came before it, and no others. Work is len(earliest) comparisons per member and
    memory len(earliest) members, however large the bucket; `members` is iterated a second time."""
    links = []
    for later in members:
        if later.is_stored:
            continue
        order = _match_order(later)
        for earlier in earliest:
            if _match_order(earlier) >= order:
                break
            if earlier.article_id != later.article_id and _copies(later, earlier, threshold):
                links.append((later.article_id, (_match_order(earlier), earlier.article_id)))
                break
    return links


def link_batch(new: list[Candidate], stored: list[Candidate], bands: int, rows: int,
               threshold: float = THRESHOLD) -> dict[str, tuple[str | None, str]]:
    """(duplicate_of, story_id) per new article, matched in memory with each other and with stored
    articles, by the same buckets and rules as the Beam grouping."""
    buckets = defaultdict(list)
    for candidate in [*stored, *new]:
        for key in bucket_keys(candidate, bands, rows):
            buckets[key].append(candidate)
    best: dict[str, tuple] = {}
    for members in buckets.values():
        if len(members) > 1:
            for article_id, match in earlier_matches(members, threshold):
                best[article_id] = min(best.get(article_id, match), match)
    duplicate_of = {article_id: match[1] for article_id, match in best.items()}
    stored_story = {s.article_id: s.stored_story_id for s in stored}
    links = {}
    for candidate in new:
        story = candidate.article_id
        while story in duplicate_of:  # matches point to strictly earlier members: no cycles
            story = duplicate_of[story]
        links[candidate.article_id] = (duplicate_of.get(candidate.article_id), stored_story.get(story, story))
    return links


def iter_stored_candidates(sink, keys: list[str], lookback_days: float):
    """Stored articles (ingested within `lookback_days`) sharing any of `keys`, as Candidates, earliest
    first (their match order: published_at, no date last, then article_id), read as a stream.

    On DuckDB the keys go in as a registered table joined to the stored keys (_duckdb_stored_rows):
    binding thousands of keys as one list parameter cost about 1.4 s a query, whatever the store held.
    """
    from transforms.query_pack import iter_sql

    if not keys:
        return
    days = int(max(lookback_days, 0))
    if sink.kind == "duckdb":  # checks for the table on its own connection: one open per lookup
        rows = _duckdb_stored_rows(sink, sorted(set(keys)), days)
    elif sink.has_table("article_signatures"):
        rows = iter_sql(sink, _STORED_SQL, {"keys": sorted(set(keys)), "days": days})
    else:
        return
    read = Metrics.counter("pipeline", "stored_signatures_read")
    for row in rows:
        read.inc()
        published = row["published_at"]
        if isinstance(published, dt.datetime):
            published = published.astimezone(dt.timezone.utc).isoformat()
        yield Candidate(row["article_id"], (published or _NO_DATE, row["article_id"]), row["content_hash"],
                        tuple(int(v) for v in row["signature"]), stored_story_id=row["story_id"])


# _STORED_SQL on DuckDB, with the keys in a registered one-column table: a hash join, not a list
# parameter bound and searched per stored key.
_DUCKDB_STORED_SQL = """
SELECT article_id, story_id, published_at, content_hash, signature
FROM article_signatures
WHERE ingested_at >= CURRENT_TIMESTAMP - INTERVAL ($days) DAY
  AND article_id IN (SELECT s.article_id FROM (SELECT article_id, unnest(band_keys) AS k FROM article_signatures) s
                     JOIN "{keys}" USING (k))
ORDER BY published_at IS NULL NULLS FIRST, published_at NULLS FIRST, article_id NULLS FIRST
"""


def _duckdb_stored_rows(sink, keys: list[str], days: int, chunk: int = 1000):
    """The rows of _STORED_SQL from a DuckDbSink, fetched `chunk` at a time."""
    import uuid
    from pathlib import Path

    import pyarrow as pa

    if not Path(sink.path).exists():
        return
    name = f"lookup_keys_{uuid.uuid4().hex}"
    with sink.connect() as con:
        if not con.execute("SELECT 1 FROM information_schema.tables WHERE table_name = 'article_signatures'").fetchall():
            return  # nothing stored yet: tables come with the first write
        con.execute("SET TimeZone = 'UTC'")
        con.register(name, pa.table({"k": pa.array(keys, pa.string())}))
        try:
            cur = con.execute(_DUCKDB_STORED_SQL.format(keys=name), {"days": days})
            names = [d[0] for d in cur.description]
            while rows := cur.fetchmany(chunk):
                for row in rows:
                    yield dict(zip(names, row))
        finally:
            con.unregister(name)


def stored_candidates(sink, keys: list[str], lookback_days: float) -> list[Candidate]:
    """iter_stored_candidates as a list (one per article)."""
    return list({c.article_id: c for c in iter_stored_candidates(sink, keys, lookback_days)}.values())


def earliest_stored_matches(new: list[Candidate], stored, bands: int, rows: int, threshold: float = THRESHOLD,
                            cap: int = BUCKET_CAP) -> dict[str, Candidate]:
    """For each new Candidate that copies a stored one sharing a bucket key, the earliest such stored one.

    `stored` is iterated once, earliest first (iter_stored_candidates); only the `cap` earliest stored
    members of each key are compared, as in a bucket (earlier_matches). Holds `new` and their keys,
    never all of `stored`: a stored article no new one copies cannot be the earliest match of any, so
    it need not join the buckets. A stored row of a new article itself (a re-fetch) is not its match.
    """
    by_key = defaultdict(list)
    for candidate in new:
        for key in bucket_keys(candidate, bands, rows):
            by_key[key].append(candidate)
    seen: dict[str, int] = defaultdict(int)
    found: dict[str, Candidate] = {}
    for earlier in stored:
        for key in bucket_keys(earlier, bands, rows):
            members = by_key.get(key)
            if not members or seen[key] >= cap:
                continue
            seen[key] += 1
            for later in members:
                if later.article_id not in found and later.article_id != earlier.article_id and \
                        _copies(later, earlier, threshold):
                    found[later.article_id] = earlier
        if len(found) == len(new):
            break
    return found


def _unique(candidates) -> list[Candidate]:
    return list({c.article_id: c for c in candidates}.values())


def signature_row(candidate: Candidate, story_id: str, bands: int, rows: int, published_at: str | None,
                  run_id: str | None) -> dict:
    """The `article_signatures` row of a new article."""
    return {"article_id": candidate.article_id, "story_id": story_id, "published_at": published_at,
            "content_hash": candidate.content_hash, "band_keys": bucket_keys(candidate, bands, rows),
            "signature": list(candidate.signature), "ingested_at": utc_now_iso(), "run_id": run_id}


class _LookUpStoredFn(beam.DoFn):
    """(shard, new Candidates) -> those Candidates, and (tagged) the stored ones they copy: for each new
    one, the earliest stored Candidate sharing a band key that it copies (earliest_stored_matches).

    Stored articles that belong to an earlier story also leave as (article_id, story_id) pointers
    on a tagged output, so a copy of a copy resolves to the story's first article.
    """

    POINTERS_TAG = "stored_pointers"
    STORED_TAG = "stored"

    def __init__(self, sink_spec: str | None, lookback_days: float, bands: int, rows: int,
                 threshold: float = THRESHOLD):
        self.sink_spec, self.lookback_days, self.bands, self.rows = sink_spec, lookback_days, bands, rows
        self.threshold = threshold
        self.found = Metrics.counter("pipeline", "stored_articles_matched_by_band")

    def setup(self):
        from transforms.sink_spec import open_sink

        self.sink = open_sink(self.sink_spec) if self.sink_spec else None

    def process(self, shard_and_candidates):
        new = list(shard_and_candidates[1])
        yield from new
        if self.sink is None:
            return
        for start in range(0, len(new), LOOKUP_BATCH):
            chunk = new[start:start + LOOKUP_BATCH]
            keys = [k for c in chunk for k in bucket_keys(c, self.bands, self.rows)]
            matches = earliest_stored_matches(
                chunk, iter_stored_candidates(self.sink, keys, self.lookback_days), self.bands, self.rows,
                self.threshold)
            for stored in _unique(matches.values()):
                self.found.inc()
                yield beam.pvalue.TaggedOutput(self.STORED_TAG, stored)
                if stored.stored_story_id != stored.article_id:
                    yield beam.pvalue.TaggedOutput(self.POINTERS_TAG, (stored.article_id, stored.stored_story_id))


class _LinkBatchFn(beam.DoFn):
    """A stream's batch of article rows -> the rows with links (main) and their signature rows."""

    def __init__(self, sink_spec: str | None, lookback_days: float, bands: int, rows: int, threshold: float,
                 run_id: str | None):
        self.sink_spec, self.lookback_days, self.run_id = sink_spec, lookback_days, run_id
        self.bands, self.rows, self.threshold = bands, rows, threshold
        self.copies = Metrics.counter("pipeline", "near_duplicates")

    def setup(self):
        from transforms.sink_spec import open_sink

        self.sink = open_sink(self.sink_spec) if self.sink_spec else None

    def process(self, timestamped_articles):
        # BatchElements stamps a batch with the end of the global window; each row goes on with its
        # own time again, or timers downstream (the sink's buffering) would wait for the end of time.
        articles = [a for a, _ in timestamped_articles]
        stamps = {a["article_id"]: ts for a, ts in timestamped_articles}
        candidates = {a["article_id"]: c for a in articles if (c := candidate_of(a)) is not None}
        keys = [k for c in candidates.values() for k in bucket_keys(c, self.bands, self.rows)]
        new = list(candidates.values())
        stored = _unique(earliest_stored_matches(
            new, iter_stored_candidates(self.sink, keys, self.lookback_days), self.bands, self.rows,
            self.threshold).values()) if self.sink else []
        links = link_batch(new, stored, self.bands, self.rows, self.threshold)
        for article in articles:
            duplicate_of, story_id = links.get(article["article_id"], (None, article["article_id"]))
            self.copies.inc(int(duplicate_of is not None))
            row = {**article, "duplicate_of": duplicate_of, "story_id": story_id}
            stamp = stamps[article["article_id"]]
            yield TimestampedValue(row, stamp)
            if article["article_id"] in candidates:
                yield beam.pvalue.TaggedOutput(SIGNATURES_TAG, TimestampedValue(signature_row(
                    candidates[article["article_id"]], story_id, self.bands, self.rows, row.get("published_at"),
                    self.run_id), stamp))


def jump(parent: str, children, grandparents) -> list[tuple[str, str]]:
    """One pointer-jumping step at `parent`: its children now point at its own parent, if it has one."""
    target = next(iter(grandparents), parent)
    return [(child, target) for child in children]


def linked_rows(article_id: str, article_rows, duplicate_of, story_id) -> list[dict]:
    """The article rows with their links (an article without a match is its own story)."""
    dup, story = next(iter(duplicate_of), None), next(iter(story_id), None)
    return [{**row, "duplicate_of": dup, "story_id": story or dup or article_id} for row in article_rows]


def _set_links(article_id: str, joined: dict, bands: int, rows: int, run_id: str | None):
    """Article rows with their links; the signature row of each new article on a tagged output."""
    linked = linked_rows(article_id, joined["rows"], joined["duplicate_of"], joined["story_id"])
    yield from linked
    candidate = next(iter(joined["candidate"]), None)
    if candidate is not None and linked:  # no row: a stored article, or one dropped before this stage
        yield beam.pvalue.TaggedOutput(SIGNATURES_TAG, signature_row(
            candidate, linked[0]["story_id"], bands, rows, linked[0].get("published_at"), run_id))


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
    """Partial article rows -> {"articles": the same rows with `story_id` and `duplicate_of` set,
    "signatures": `article_signatures` rows}.

    With `sink_spec`, new articles are also matched against the articles it stored in the last
    `lookback_days`. With `streaming`, articles are linked per bundle instead of over the whole run.
    """

    def __init__(self, sink_spec: str | None = None, lookback_days: float = 30.0, streaming: bool = False,
                 run_id: str | None = None, threshold: float = THRESHOLD, rounds: int = ROUNDS):
        super().__init__()
        self.sink_spec, self.lookback_days, self.streaming, self.run_id = sink_spec, lookback_days, streaming, run_id
        self.threshold, self.rounds = threshold, rounds

    def expand(self, articles):
        bands, rows, threshold, run_id = *banding(self.threshold), self.threshold, self.run_id
        if self.streaming:
            linked = (articles
                      | "KeepTimestamps" >> beam.Map(lambda a, ts=beam.DoFn.TimestampParam: (a, ts))
                      | "BatchInBundle" >> beam.BatchElements(min_batch_size=1, max_batch_size=LOOKUP_BATCH)
                      | "LinkInBatch" >> beam.ParDo(_LinkBatchFn(self.sink_spec, self.lookback_days, bands, rows,
                                                                 threshold, run_id))
                      .with_outputs(SIGNATURES_TAG, main="articles"))
            return {"articles": linked.articles, SIGNATURES_TAG: linked[SIGNATURES_TAG]}
        copies = Metrics.counter("pipeline", "near_duplicates")

        def count(pair):
            copies.inc()
            return pair

        candidates = (articles
                      | "Sign" >> beam.Map(candidate_of)
                      | "HasWords" >> beam.Filter(lambda c: c is not None))
        members = (candidates
                   | "KeyByShard" >> beam.Map(lambda c: (zlib.crc32(c.article_id.encode()) % LOOKUP_SHARDS, c))
                   | "GatherShards" >> beam.GroupByKey()
                   | "LookUpStored" >> beam.ParDo(_LookUpStoredFn(self.sink_spec, self.lookback_days, bands, rows,
                                                                threshold))
                   .with_outputs(_LookUpStoredFn.POINTERS_TAG, _LookUpStoredFn.STORED_TAG, main="members"))
        # A stored article sharing band keys with new ones in many shards is found by each: once is
        # enough, or every copy would go into all its buckets (later runs hold many stored articles).
        stored = (members[_LookUpStoredFn.STORED_TAG]
                  | "KeyStored" >> beam.Map(lambda c: (c.article_id, c))
                  | "OncePerStoredArticle" >> beam.CombinePerKey(lambda found: next(iter(found)))
                  | "StoredMembers" >> beam.Values())
        duplicate_of = ((members.members, stored)
                        | "AllMembers" >> beam.Flatten()
                        | "IntoBuckets" >> beam.FlatMap(lambda c: [(k, c) for k in bucket_keys(c, bands, rows)])
                        | "GroupBuckets" >> beam.GroupByKey()
                        | "CompareInBucket" >> beam.FlatMapTuple(lambda _, group: earlier_matches(group, threshold))
                        | "EarliestMatch" >> beam.CombinePerKey(min)
                        | "DuplicateOf" >> beam.MapTuple(lambda article_id, match: count((article_id, match[1]))))
        stored_pointers = members[_LookUpStoredFn.POINTERS_TAG] | "OncePerStored" >> beam.Distinct()
        story_id = ((duplicate_of, stored_pointers)
                    | "AllPointers" >> beam.Flatten()
                    | "ResolveStories" >> ResolveStories(self.rounds))
        by_id = articles | "KeyById" >> beam.Map(lambda a: (a["article_id"], a))
        new_by_id = candidates | "CandidateById" >> beam.Map(lambda c: (c.article_id, c))
        linked = ({"rows": by_id, "duplicate_of": duplicate_of, "story_id": story_id, "candidate": new_by_id}
                  | "JoinLinks" >> beam.CoGroupByKey()
                  | "SetLinks" >> beam.FlatMapTuple(
                      lambda article_id, g: _set_links(article_id, g, bands, rows, run_id))
                  .with_outputs(SIGNATURES_TAG, main="articles"))
        return {"articles": linked.articles, SIGNATURES_TAG: linked[SIGNATURES_TAG]}
