"""Per-language deployment vocabulary (data/lexicon/<lang>.yaml) compiled into one matcher.

Every hit carries (category, value): ("troops", None), ("action", "combat"), ("speech", "denies"),
("qualifier", "approx"), ("host_before", None), ... so one regex pass tags a whole article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .gazetteer import YAML_LOADER
from .terms import TermMatcher

LEXICON_DIR = Path(__file__).parent / "data" / "lexicon"
# Categories whose entries are plain lists; `actions`, `speech` and `qualifiers` are nested by value.
_FLAT = ("troops", "units", "reinforcement", "dual", "including", "range", "host_before", "domestic", "negative",
         "claim_ref", "pronouns", "non_troop", "year_preps", "ally_before", "ally_after", "host_ref",
         "host_filler", "more", "host_after", "war", "institution", "connectives", "partitive", "of_whole",
         "change", "from_before", "from_after", "change_to",
         "negation", "never", "tally", "hosting", "adversary_before",
         "adversary_after", "own_territory")
_NESTED = {"actions": "action", "speech": "speech", "qualifiers": "qualifier"}


@dataclass
class Lexicon:
    lang: str
    matcher: TermMatcher
    troop_regex: re.Pattern          # prefilter: any troop word at all
    host_suffix: re.Pattern | None   # ko/ja/tr: case ending after a name that makes it a destination
    raw: dict = field(repr=False)
    subject_marker: re.Pattern | None = None  # ko/ja: particle after a name that makes it the subject
    participle: re.Pattern | None = None      # de/ru/uk: a participle that may stand before a troop noun


def load_lexicon(lang: str) -> Lexicon:
    raw = yaml.load((LEXICON_DIR / f"{lang}.yaml").read_text(encoding="utf-8"), Loader=YAML_LOADER)
    entries: list[tuple[str, tuple]] = []
    for cat in _FLAT:
        entries += [(t, (cat, None)) for t in raw.get(cat, []) or []]
    for section, cat in _NESTED.items():
        for value, terms in (raw.get(section) or {}).items():
            entries += [(t, (cat, value)) for t in terms or []]
    matcher = TermMatcher(entries, lang)
    troop_terms = [(t, 1) for k in ("troops", "units", "dual", "reinforcement") for t in raw.get(k, []) or []]
    troop = TermMatcher(troop_terms, lang).regex
    suffix = re.compile(raw["host_suffix"]) if raw.get("host_suffix") else None
    marker = re.compile(raw["subject_marker"]) if raw.get("subject_marker") else None
    participle = re.compile(raw["participle"], re.IGNORECASE) if raw.get("participle") else None
    return Lexicon(lang, matcher, troop, suffix, raw, marker, participle)


def common_words(raw: dict, numbers: dict | None) -> set[str]:
    """The language's own vocabulary (lexicon terms, number words), lower-case: a name spelt like one
    of these is more likely the word."""
    out: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            out.update(str(t).rstrip("*").lower() for t in node)
    walk(raw)
    for part in ("words", "approx_words", "multipliers"):
        out.update(str(w).lower() for w in ((numbers or {}).get(part) or {}))
    return out


def available_languages() -> list[str]:
    return sorted(p.stem for p in LEXICON_DIR.glob("*.yaml"))
