"""Exact and near-duplicate detection of articles (wire stories republished by many outlets).

Exact: `content_hash` of the text after Unicode NFKC, case folding and whitespace collapsing, so a
copy that differs only in spacing or capitalisation hashes the same.

Near: MinHash over shingles, looked up in an LSH index (datasketch). Choices:
  * shingles are 3-word sequences: single words match across unrelated stories on the same topic,
    while 3-grams are specific to a wording yet survive the edits syndication makes (new headline,
    byline, a dropped or added paragraph). Languages written without spaces (Chinese, Japanese,
    Thai, Lao, Khmer, Burmese) use 3-character shingles instead, about two words' worth of text;
    when no language is given the script decides.
  * num_perm=128: the standard error of the Jaccard estimate is about 1/sqrt(128) = 0.09, enough to
    separate copies (Jaccard > 0.7) from rewrites of the same event (typically < 0.5); 256 would
    halve the error at twice the memory per stored article (128 x 4 bytes now).
  * threshold 0.7 on estimated Jaccard, midway between rewrites and copies: a republished story
    with a new headline, byline and credit line measures about 0.78, too close to 0.8 given the
    estimate's error; LSH (banded at 0.55 so near-threshold pairs are not missed)
    only proposes candidates, each is re-scored against its stored signature before it counts.
Signatures are plain lists of ints computed with a fixed seed and datasketch's explicit "affine32"
scheme, so signatures made on different workers or days remain comparable.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 128
SEED = 1
SCHEME = "affine32"
WORD_SHINGLE = 3
CHAR_SHINGLE = 3
THRESHOLD = 0.7
CANDIDATE_MARGIN = 0.15
# Languages written without spaces between words: shingle characters, not words.
UNSPACED_LANGUAGES = frozenset({"zh", "ja", "th", "lo", "km", "my"})
# Han, kana, Thai, Lao, Khmer, Burmese letters: when they dominate, the text is unspaced.
_UNSPACED_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]")
_WORD = re.compile(r"\w+")
_MAX_HASH = (1 << 32) - 1


def normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").casefold().split())


def content_hash(text: str, normalised: bool = False) -> str:
    """sha256 hex of the normalised text: equal for copies differing only in case or spacing.
    `normalised`: `text` is already normalise()'s result (it is not normalised again)."""
    return hashlib.sha256((text if normalised else normalise(text)).encode("utf-8")).hexdigest()


def is_unspaced(text: str, lang: str | None = None) -> bool:
    if lang:
        return lang.lower().replace("_", "-").split("-")[0] in UNSPACED_LANGUAGES
    letters = sum(1 for ch in text if ch.isalpha())
    return letters > 0 and len(_UNSPACED_SCRIPT.findall(text)) > letters / 2


def shingles(text: str, lang: str | None = None, normalised: bool = False) -> set[str]:
    """Word 3-grams, or character 3-grams for unspaced scripts; a short text is one shingle.
    `normalised` as in content_hash."""
    text = text if normalised else normalise(text)
    if is_unspaced(text, lang):
        units, size, joiner = [m for w in _WORD.findall(text) for m in w], CHAR_SHINGLE, ""
    else:
        units, size, joiner = _WORD.findall(text), WORD_SHINGLE, " "
    if not units:
        return set()
    if len(units) <= size:
        return {joiner.join(units)}
    return {joiner.join(units[i:i + size]) for i in range(len(units) - size + 1)}


@lru_cache(maxsize=1)
def _permutations():
    """The permutations every MinHash of (NUM_PERM, SEED, SCHEME) draws: MinHash() redraws them from
    its seed each time (a quarter of a signature's cost), so draw them once and pass them in."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def minhash_signature(text: str, lang: str | None = None, normalised: bool = False) -> list[int]:
    """MinHash of the text's shingles as NUM_PERM ints (JSON- and pickle-friendly); `normalised` as
    in content_hash."""
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations())
    minhash.update_batch([s.encode("utf-8") for s in shingles(text, lang, normalised)])
    return [int(v) for v in minhash.hashvalues]


def is_empty_signature(signature: list[int]) -> bool:
    """True for the signature of a text with no words; such texts match everything, so skip them."""
    return all(v >= _MAX_HASH for v in signature)


def _lean(signature: list[int]) -> LeanMinHash:
    if len(signature) != NUM_PERM:
        raise ValueError(f"signature has {len(signature)} values, expected {NUM_PERM}")
    return LeanMinHash(seed=SEED, hashvalues=signature, scheme=SCHEME)


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets."""
    return float(_lean(a).jaccard(_lean(b)))


class NearDuplicateIndex:
    """Articles seen so far; `query` names the earlier article a new one copies, if any."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        # Candidates are gathered at a lower threshold, so pairs just above `threshold` are not lost
        # to LSH's banding; each candidate is then re-scored against the real threshold.
        self._lsh = MinHashLSH(threshold=max(0.5, threshold - CANDIDATE_MARGIN), num_perm=NUM_PERM)
        self._signatures: dict[str, LeanMinHash] = {}
        self._order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._signatures

    def add(self, article_id: str, signature: list[int]) -> None:
        """Remember an article; adding the same id again is a no-op (Beam may retry bundles)."""
        if article_id in self._signatures or is_empty_signature(signature):
            return
        lean = _lean(signature)
        self._lsh.insert(article_id, lean)
        self._signatures[article_id] = lean
        self._order[article_id] = len(self._order)

    def query(self, signature: list[int], exclude: str | None = None) -> str | None:
        """The most similar stored article at or above the threshold; the earliest added on ties."""
        if is_empty_signature(signature):
            return None
        lean = _lean(signature)
        scored = [
            (lean.jaccard(self._signatures[key]), -self._order[key], key)
            for key in self._lsh.query(lean)
            if key != exclude
        ]
        matches = [s for s in scored if s[0] >= self.threshold]
        return max(matches)[2] if matches else None

    def check_and_add(self, article_id: str, signature: list[int]) -> str | None:
        """query() then add(): the earlier article this one duplicates, or None if it is new."""
        match = self.query(signature, exclude=article_id)
        self.add(article_id, signature)
        return match
