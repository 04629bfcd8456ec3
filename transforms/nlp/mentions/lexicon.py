"""Per-language deployment vocabulary (data/lexicon/<lang>.yaml) compiled into one matcher.

Every hit carries (category, value): ("troops", None), ("action", "combat"), ("speech", "denies"),
("qualifier", "approx"), ("host_before", None), ... so one regex pass tags a whole article.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .gazetteer import YAML_LOADER
from .terms import NO_SPACE_LANGS, TermMatcher

LEXICON_DIR = Path(__file__).parents[1] / "data" / "lexicon"
# Categories whose entries are plain lists; `actions`, `speech` and `qualifiers` are nested by value.
_FLAT = ("troops", "units", "grade_before", "reinforcement", "dual", "including", "range", "host_before", "domestic", "negative",
         "claim_ref", "pronouns", "non_troop", "year_preps", "ally_before", "ally_after", "host_ref",
         "host_filler", "more", "host_after", "war", "institution", "connectives", "partitive", "of_whole", "whole_after", "count_glue", "where_glue", "respectively",
         "change", "from_before", "from_after", "change_to", "outlet_words",
         "negation", "negation_before", "hearsay", "anonymous", "agent", "rejects", "never", "absence", "absence_after", "tally", "hosting", "possession", "participation", "persons", "possessives", "genitive", "adversary_before",
         "adversary_after", "own_territory", "territory", "border", "examples", "speaker_place", "auxiliaries",
         "nationality", "sport", "purpose", "crossing", "frontier", "border_after", "list_opener", "again",
         "invasion", "own_account", "homeward", "subordinators", "passive_agent", "agent_before", "leaving", "leaving_after", "facilities", "handover", "intention",
         "mission_words", "attributive", "trainers", "regain", "control_words", "training_mission", "dispatch", "train_with", "reinforced_nonforce", "completion", "joint_exercise", "within", "state_ref", "state_noun", "demonstratives", "joint_force",
         "infinitive", "speaker_after", "not_count_before", "one_words", "members", "another",
         "compounds", "evidence", "without", "telling", "cause_before", "belonging", "list_closer", "state_tally",
         "host_after_troops")
# terms that open a phrase (a demonstrative and its noun: "이 보도", "그 중"): they begin a word
_LEAD_CATS = ("claim_ref", "partitive", "host_ref", "item_joints", "another")
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
    coord: re.Pattern | None = None           # what may join two names of one list: "and", ", the", "und in die"
    joint: re.Pattern | None = None           # what may end the text before a list's next item: ", ", "and"
    topic_marker: re.Pattern | None = None    # tr: what after an opening name makes it the topic ("İtalya, ...", "Fas'ın")
    speaker_topic: re.Pattern | None = None   # ko/ja: a topic particle after a speaker's name (국방부는, 国防軍は)

    @functools.cached_property
    def place_words(self) -> tuple[frozenset, tuple, str]:
        """The place prepositions (lower case, one word), the place particles and the language's own
        letters, read from the raw lexicon once (place tagging asks for them in every sentence)."""
        preps = frozenset(str(w).lower() for k in ("host_before", "near_place") for w in self.raw.get(k) or ()
                          if " " not in str(w))
        return preps, tuple(str(w) for w in self.raw.get("place_particles") or ()), str(self.raw.get("own_letters") or "")


def load_lexicon(lang: str) -> Lexicon:
    raw = yaml.load((LEXICON_DIR / f"{lang}.yaml").read_text(encoding="utf-8"), Loader=YAML_LOADER)
    entries: list[tuple[str, tuple]] = []
    for cat in _FLAT:
        entries += [(t, (cat, None)) for t in raw.get(cat, []) or []]
    for section, cat in _NESTED.items():
        for value, terms in (raw.get(section) or {}).items():
            entries += [(t, (cat, value)) for t in terms or []]
    entries += _verb_with_preposition(raw, lang in NO_SPACE_LANGS)
    entries += _bare_regions(raw, lang in NO_SPACE_LANGS)
    matcher = TermMatcher(entries, lang, stem_shy=("units",), lead_cats=_LEAD_CATS)
    troop_terms = [(t, 1) for k in ("troops", "units", "dual", "reinforcement", "training_mission") for t in raw.get(k, []) or []]
    troop = TermMatcher(troop_terms, lang).regex
    suffix = re.compile(raw["host_suffix"]) if raw.get("host_suffix") else None
    marker = re.compile(raw["subject_marker"]) if raw.get("subject_marker") else None
    participle = re.compile(raw["participle"], re.IGNORECASE) if raw.get("participle") else None
    # region words stand beside a list's names as articles do ("Qatar and northern Iraq", 伊拉克北部、叙利亚)
    coord, joint = coordination_patterns(lang, raw.get("conjunctions") or [],
                                         (raw.get("articles") or []) + (raw.get("region_words") or []),
                                         raw.get("item_joints") or [])
    topic = re.compile(raw["topic_marker"]) if raw.get("topic_marker") else None
    speaker_topic = re.compile(raw["speaker_topic"]) if raw.get("speaker_topic") else None
    return Lexicon(lang, matcher, troop, suffix, raw, marker, participle, coord, joint, topic, speaker_topic)


def _bare_regions(raw: dict, no_space: bool) -> list[tuple[str, tuple]]:
    """"the northern region", "北部地区", "región norte" with no country named: a part of the speaker's
    own soil (sentence_claims takes own_territory as the speaker's state where no host is named)."""
    words, nouns = raw.get("region_words") or [], raw.get("region_nouns") or []
    # ... and so is a region of "one's own country" ("自国東部", "자국 동부"): lexicon `own_country`
    own = [f"{o}{'' if no_space else ' '}{w}" for o in raw.get("own_country") or [] for w in words]
    own = [(t, ("own_territory", None)) for t in own]
    if no_space:
        return own + [(f"{w}{n}", ("own_territory", None)) for w in words for n in nouns if len(str(n)) > 1]
    return own + [(t, ("own_territory", None)) for w in words for n in nouns for t in (f"{w} {n}", f"{n} {w}")]


def _verb_with_preposition(raw: dict, no_space: bool = False) -> list[tuple[str, tuple]]:
    """"landed in", "moved to", "parte para": the matcher takes the longest term, so a verb entry
    that ends in a host preposition swallows it; such a term is that preposition too."""
    preps = {str(p).lower() for p in raw.get("host_before") or []}
    out = [(t, ("host_before", None)) for terms in (raw.get("actions") or {}).values() for t in terms or []
           if len(str(t).split()) > 1 and str(t).split()[-1].lower() in preps]
    # ... and a host preposition glued to the verb before it ("部署在", "部署到") is that verb too
    # (no-space languages; a spaced language writes the verb apart)
    if no_space:
        verbs = [(str(t), value) for value, terms in (raw.get("actions") or {}).items() for t in terms or []
                 if len(str(t)) >= 2 and not str(t).endswith("*")]
        actions = {v for v, _ in verbs}
        for p in map(str, raw.get("host_before") or []):
            value = next((value for v, value in verbs if p.startswith(v) and len(p) > len(v)), None)
            if value is not None and p not in actions:
                out.append((p, ("action", value)))
    # ... and likewise a troop term that ends in a pronoun ("من قواتها", of its forces) is that pronoun
    # too (not "de sus" in "exigió a Moscú la retirada de sus tropas": whose "sus" is, is not the speaker)
    pronouns = {str(p).lower() for p in raw.get("pronouns") or []}
    every = [t for cat in ("troops", "units", "reinforcement") for t in raw.get(cat) or []]
    return out + [(t, ("pronouns", None)) for t in every
                  if len(str(t).split()) > 1 and str(t).split()[-1].lower() in pronouns]


_LIST_PUNCT = r"[,;，、،·・･]"  # (ko/ja/zh join short names with a middle dot: 스웨덴·핀란드)


def coordination_patterns(lang: str, conjunctions: list[str], articles: list[str],
                          item_joints: list[str] = ()) -> tuple[re.Pattern, re.Pattern]:
    """Two names are in one list when only punctuation, conjunctions and articles (or a repeated
    preposition) stand between them, and at least one comma or conjunction does: "Poland, Germany and
    the Baltic states", "nach Litauen, Lettland und in die Slowakei", "エストニアとポーランド"."""
    from .terms import NO_SPACE_LANGS

    # (Arabic glues "و" to the next word: "والصومال", "وشمال العراق")
    bound = "" if lang in NO_SPACE_LANGS | {"ar"} else r"(?!\w)"
    word = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True)) or r"(?!x)x"
    conj = rf"(?:{_LIST_PUNCT}|(?:{word(conjunctions)}){bound})"
    filler = rf"(?:(?:{word(articles)}){bound})"
    coord = re.compile(rf"^\s*(?:{filler}\s*)*{conj}\s*(?:(?:{conj}|{filler})\s*)*$", re.I)
    # a contrastive "and/while" (ru/uk "а", "while") opens the next item of a spread list ("..., а в
    # Габоне — 350") but joins no names into one list
    # (searched, not matched: a conjunction must open its word, "dan" is no joint at the end of "Sudan")
    start = "" if lang in NO_SPACE_LANGS else r"(?<!\w)"
    joint_conj = rf"(?:{_LIST_PUNCT}|{start}(?:{word(conjunctions)}){bound}|{start}(?:{word(item_joints)}){bound})"
    # (an Arabic article or preposition is glued to the joint before it: "وبنحو 800", "وفي")
    glued = "" if lang == "ar" else start
    joint = re.compile(rf"{joint_conj}\s*(?:{glued}{filler}\s*)*$", re.I)
    return coord, joint


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
