"""Split cleaned article text into sentences with character offsets into the original text."""
from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

# A boundary: terminal punctuation (plus closing quotes) then space and a capital/quote/digit/caseless
# letter (not a lower-case Latin or Cyrillic one: "3 тыс. военных"), or CJK terminal punctuation, or a
# line break.
_BOUNDARY = re.compile(r"(?<=[.!?؟])[\"”’»)]*\s+(?=[\"“«(\d]|[^\W\d_a-zа-яёіїєґß-ÿ])|(?<=[。！？])|\n+")
_ABBREV = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Maj|Brig|St|No|Rep|Sen|Gov|Pres|Jr|Sr|vs|etc|Nr|bzw|ca|Abs|Art|Dipl|Prof|Bd|Jl|tel|г|ул|им|тыс|тис|млн|млрд|чел|ок|ст|ген|рис))\.$")

# German writes ordinals as "201." after an article or a contracted preposition ("der 201. Militärbasis",
# "am 3. Oktober"): no sentence ends there.
# Turkish does so after a genitive or a "-deki" word ("Gümrü kentindeki 102. Askeri Üssü", "Ordu'nun 5. Kolordusu").
_ORDINAL = re.compile(r"(?:^|\s)(?:der|die|das|dem|den|des|am|im|zum|zur|vom|beim|seit dem|bis zum|seiner|seine|ihrer|ihre)\s\d{1,3}\.$"
                      r"|[\w'’](?:daki|deki|taki|teki|nın|nin|nun|nün)\s\d{1,3}\.$"
                      # ... and after a comma or an acronym ("Tacikistan, 201. Rus Askeri Üssü", "ABD 5. Filosu",
                      # "Montag, 3. Oktober"): a sentence seldom ends in a bare number there
                      r"|[^\W\d_],\s\d{1,3}\.$", re.I)
# (case-sensitive: an acronym in capitals)
_ACRONYM_ORDINAL = re.compile(r"\b[A-ZÇĞİÖŞÜ]{2,6}\s\d{1,3}\.$")

# Work on a sentence grows faster than its length (every tag is weighed against the others), so a
# "sentence" longer than this (a list or a table flattened to text) is cut into clauses: the cost of
# an article then grows with its length and no more.
MAX_SENTENCE_CHARS = 600
_CLAUSE_END = re.compile(r"[;:,،，；：、]\s|\s[—–-]\s")


_WORD_BEFORE = re.compile(r"(\w+)\.$")


@functools.lru_cache(maxsize=1)
def _month_abbreviations() -> frozenset:
    """Every shortening of a month's name (CLDR, the supported languages) to three letters or more:
    "Jan", "Sept", "Febr", "янв"."""
    from babel import Locale
    langs = yaml.safe_load((Path(__file__).parents[2] / "data" / "languages.yaml").read_text(encoding="utf-8"))["supported"]
    out = set()
    for lang in langs:
        for name in Locale.parse(lang).months["format"]["wide"].values():
            name = name.lower()
            out |= {name[:k] for k in range(3, len(name))}
    return frozenset(out)


def _month_before_day(text: str, dot: int, after: int) -> bool:
    """"on Jan. 30", "le 3 janv. 2024": an abbreviated month before a number ends no sentence."""
    w = _WORD_BEFORE.search(text, max(0, dot - 10), dot)
    return w is not None and text[after:after + 1].isdigit() and w.group(1).lower() in _month_abbreviations()


def split_sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        if "\n" not in m.group(0) and (_ABBREV.search(text[max(0, m.start() - 8): m.start()])
                                        or _month_before_day(text, m.start(), m.end())
                                        or _ORDINAL.search(text[max(0, m.start() - 16): m.start()])
                                        or _ACRONYM_ORDINAL.search(text[max(0, m.start() - 16): m.start()])):
            continue
        _add(text, start, m.start(), spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return [piece for a, b in spans for piece in _bounded(text, a, b)]


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an over-long span at the last clause break (else the last space) before the limit."""
    out = []
    while end - start > MAX_SENTENCE_CHARS:
        window = text[start:start + MAX_SENTENCE_CHARS]
        cut = max((m.end() for m in _CLAUSE_END.finditer(window, MAX_SENTENCE_CHARS // 2)), default=0)
        cut = cut or (window.rfind(" ", MAX_SENTENCE_CHARS // 2) + 1) or MAX_SENTENCE_CHARS
        _add(text, start, start + cut, out)
        start += cut
    _add(text, start, end, out)
    return out


def _add(text: str, start: int, end: int, spans: list) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
