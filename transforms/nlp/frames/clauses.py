"""Relative clauses inside a sentence: background the sentence's main statement does not rest on.

"Le Burundi, qui a déjà des troupes en Somalie, a envoyé 1 000 soldats en RDC", "Uganda, yang sejak
2007 menjadi tulang punggung misi Uni Afrika di Somalia, mengerahkan pasukan ke Sudan Selatan": a
state set off by a comma and a relative word (lexicon `relative`) opens a clause that runs to the
next comma; what it says is its own claim about that state, and the names and years in it belong to
that claim, not to the main verb's. A relative clause with no comma before it ("the treaty which was
signed in 1960") that names no troops and no deployment verb only describes a thing.
"""
from __future__ import annotations

import functools
import re

from ..mentions.terms import NO_SPACE_LANGS

_STOP = re.compile(r"[,;:()«»\"“”،，；：]")


@functools.lru_cache(maxsize=None)
def _pattern(words: tuple) -> re.Pattern | None:
    if not words:
        return None
    alts = "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alts + r")(?!\w)", re.IGNORECASE)


def relative_clauses(text: str, s0: int, s1: int, lang: str, words) -> list[tuple[int, int, bool]]:
    """(start, end, set_off) of each relative clause in text[s0:s1]: from its relative word to the
    next comma (or the sentence end); set_off when a comma stands right before the relative word."""
    if lang in NO_SPACE_LANGS:
        return []
    rx = _pattern(tuple(words or ()))
    if rx is None:
        return []
    out = []
    for m in rx.finditer(text, s0, s1):
        if out and m.start() < out[-1][1]:
            continue  # inside the clause already found ("qui ... que ...")
        stop = _STOP.search(text, m.end(), s1)
        end = stop.start() if stop else s1
        set_off = text[max(s0, m.start() - 2):m.start()].rstrip().endswith((",", "،", "，"))  # also the Arabic comma
        out.append((m.start(), end, set_off))
    return out


def appositive_of_state(text: str, clauses, mentions) -> list[tuple[object, int, int]]:
    """(state mention, clause start, clause end) for each set-off clause right after a state's name
    ("Chile, que ...") that is closed by a comma before the sentence goes on: the state is the
    subject both of the clause and of the main verb after it."""
    out = []
    for a, b, set_off in clauses:
        if not set_off or b >= len(text) or text[b:b + 1] not in ",،，":
            continue
        head = [m for m in mentions if m.end <= a and not text[m.end:a].strip(" ,")]
        if head:
            out.append((head[-1], a, b))
    return out
