"""What one sentence's claim extraction works on: its tags and word distances between them."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..mentions.terms import NO_SPACE_LANGS

# Languages whose verb comes last: the speaker is named first, "according to" follows its source.
HEAD_FINAL = frozenset({"ko", "ja", "tr"})
# Verb-subject-object news prose: the name right after a sentence-opening verb is its subject.
VERB_FIRST = frozenset({"ar"})
# The lexicon categories that name troops (a sentence without one makes no claim of its own).
TROOP_CATS = ("troops", "units", "reinforcement", "dual", "claim_ref", "partitive", "invasion", "training_mission")
PUNCT = re.compile(r"[,:;\"“”«»()،，、；：「」（）]")
_WORD = re.compile(r"\w+")


@dataclass
class Tag:
    start: int
    end: int
    text: str
    cat: str            # troops, reinforcement, dual, action, speech, qualifier, mention, ...
    value: object = None  # claim type / stance / qualifier / Entity



class SentenceContext:
    """Tags of one sentence plus helpers to measure distance between them."""

    def __init__(self, text: str, start: int, end: int, tags: list[Tag], lang: str, host_suffix, subject_marker=None,
                 participle=None, coord=None, joint=None, topic_marker=None, speaker_topic=None):
        self.text, self.start, self.end, self.lang = text, start, end, lang
        self.tags = tags
        self.host_suffix = host_suffix
        self.subject_marker = subject_marker
        self.participle = participle
        self.coord, self.joint = coord, joint
        self.topic_marker = topic_marker
        self.speaker_topic = speaker_topic
        self._words = None
        self._by_cat: dict = {}
        self._filed = False
        self.cjk = lang in NO_SPACE_LANGS and lang != "ko"

    def of(self, *cats) -> list[Tag]:
        found = self._by_cat.get(cats)
        if found is None:  # tags do not change once the context is built
            if not self._filed:  # one pass files every tag under its category: not one pass per category asked
                for t in self.tags:
                    self._by_cat.setdefault((t.cat,), []).append(t)
                self._filed = True
                found = self._by_cat.get(cats)
            if found is None:
                found = self._by_cat[cats] = [t for t in self.tags if t.cat in cats] if len(cats) > 1 else []
        return found

    def add_tags(self, tags: list[Tag]) -> None:
        """Tags a later stage finds (split verbs): before the first `of`, or the cache is cleared."""
        self.tags = sorted(self.tags + tags, key=lambda t: t.start)
        self._by_cat.clear()
        self._filed = False

    def without(self, ids: set) -> "SentenceContext":
        """The same sentence less the tags whose ids are given (a clause of its own read apart)."""
        return SentenceContext(self.text, self.start, self.end, [t for t in self.tags if id(t) not in ids], self.lang,
                               self.host_suffix, self.subject_marker, self.participle, self.coord, self.joint,
                               self.topic_marker, self.speaker_topic)

    def gap(self, a: int, b: int) -> int:
        """Words (or, in ja/zh, characters/2) between offsets a < b; large when reversed."""
        if b < a:
            return 99
        if self.cjk:
            return len(self.text[a:b].strip()) // 2
        if not (self.start <= a and b <= self.end):
            return len(_WORD.findall(self.text[a:b]))
        if self._words is None:  # word spans of the sentence, found once: gap is asked thousands of times
            spans = [(m.start(), m.end()) for m in _WORD.finditer(self.text, self.start, self.end)]
            self._words = ([s for s, _ in spans], [e for _, e in spans])
        starts, ends = self._words
        return bisect_left(starts, b) - bisect_right(ends, a)  # words overlapping a..b

    def coordinated(self, a: int, b: int) -> bool:
        """Only a list's joints (", and the", "と") stand between offsets a and b."""
        return a <= b and self.coord is not None and bool(self.coord.match(self.text[a:b]))

    def list_joint_before(self, a: int, b: int) -> bool:
        """The text a..b ends the way a list's item is joined to the next (", ", " and ")."""
        return a <= b and self.joint is not None and bool(self.joint.search(self.text[a:b]))

    def between(self, a: int, b: int, *cats) -> bool:
        return any(a <= t.start and t.end <= b for t in self.of(*cats))  # (the filed tags, not all)


def mentions(ctx: SentenceContext, kinds) -> list[Tag]:
    return [t for t in ctx.of("mention") if t.value.kind in kinds]


def marked_subject(ctx: SentenceContext, m: Tag) -> bool:
    """ko/ja: a subject or topic particle follows the name (북한이, 합동참모본부가, 防衛省は)."""
    return ctx.subject_marker is None or bool(ctx.subject_marker.match(ctx.text[m.end: m.end + 16]))


def speaks(ctx: SentenceContext, m: Tag) -> bool:
    # "... a Bamaco, segundo os serviços ...": where "according to" precedes its source, the name
    # before it is what is reported, not who speaks
    attrib = set() if ctx.lang in HEAD_FINAL else {(t.start, t.end) for t in ctx.of("speech") if t.value == "according_to"}
    return any(sp.start >= m.end and ctx.gap(m.end, sp.start) <= 1 and (sp.start, sp.end) not in attrib
               for sp in ctx.of("speech"))
