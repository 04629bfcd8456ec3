"""German-style separable verbs: "Teheran wies die Berichte zurück" states "wies zurück" in two parts.

The lexicon lists such verbs as two-word terms ("wies zurück", "zog ab"); where a language names its
verb particles (`separable_particles` in data/lexicon/<lang>.yaml), the stem and its particle also
count when the clause stands between them and the particle closes the clause.
"""
from __future__ import annotations

import functools
import re

import yaml

from ..frames.context import SentenceContext, Tag
from .gazetteer import YAML_LOADER
from .lexicon import LEXICON_DIR

_SECTIONS = {"actions": "action", "speech": "speech"}
_CLAUSE_END = r"\s*(?:[,.;:!?»“”\"()]|$)"


@functools.lru_cache(maxsize=None)
def _split_terms(lang: str) -> tuple:
    path = LEXICON_DIR / f"{lang}.yaml"
    raw = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    particles = set(raw.get("separable_particles") or ())
    if not particles:
        return ()
    out = []
    for section, cat in _SECTIONS.items():
        for value, terms in (raw.get(section) or {}).items():
            for term in terms or ():
                words = str(term).split()
                if len(words) == 2 and words[1] in particles and not words[0].endswith("*"):
                    out.append((re.compile(rf"\b{re.escape(words[0])}\b"),
                                re.compile(rf"\s{re.escape(words[1])}(?={_CLAUSE_END})"), cat, value))
    return tuple(out)


@functools.lru_cache(maxsize=None)
def _phrasal_terms(lang: str) -> tuple:
    """English-style phrasal verbs ("pulled its 250 troops out of Mali"): the object stands between
    the stem and its particle, which need not close the clause."""
    path = LEXICON_DIR / f"{lang}.yaml"
    raw = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    particles = set(raw.get("phrasal_particles") or ())
    out = []
    for section, cat in _SECTIONS.items():
        for value, terms in (raw.get(section) or {}).items():
            for term in terms or ():
                # (a particle may be two words: "flew out of" is no "flew out to", a withdrawal only so)
                words = str(term).split()
                particle = " ".join(words[1:])
                if len(words) >= 2 and particle in particles:
                    stem = re.escape(words[0].rstrip("*")) + (r"\w*" if words[0].endswith("*") else "")
                    out.append((re.compile(rf"\b{stem}\b", re.IGNORECASE),
                                re.compile(rf"\b{re.escape(particle)}\b", re.IGNORECASE), cat, value))
    return tuple(out)


# At most this many words of object between a phrasal verb's stem and its particle.
_PHRASAL_OBJECT = 6


def _phrasal_tags(ctx: SentenceContext) -> list[Tag]:
    """The stem of a phrasal verb whose particle follows its object, the object naming troops."""
    out = []
    for stem_re, particle_re, cat, value in _phrasal_terms(ctx.lang):
        for stem in stem_re.finditer(ctx.text, ctx.start, ctx.end):
            particle = particle_re.search(ctx.text, stem.end(), ctx.end)
            # (a comma or point inside a number is none: "its 1,000 troops out of")
            if particle is None or re.search(r"(?<!\d)[,;:.!?]|[,;:.!?](?!\d)", ctx.text[stem.end():particle.start()]):
                continue
            if not 1 <= ctx.gap(stem.end(), particle.start()) <= _PHRASAL_OBJECT or not ctx.between(
                    stem.end(), particle.start(), "troops", "units", "reinforcement", "pronouns"):
                continue
            # (a one-word tag of another value on the stem gives way: "flew its troops out of" is no
            # flight to somewhere, see superseded)
            if any(t.cat == cat and t.start <= stem.start() < t.end and (t.end > stem.end() or t.value == value)
                   for t in ctx.tags):
                continue  # the two-word term matched already
            out.append(Tag(stem.start(), stem.end(), stem.group(0), cat, value))
    return out


def superseded(ctx: SentenceContext, found: list[Tag]) -> set:
    """Ids of the one-word tags that a phrasal verb found on the same stem replaces: its particle
    makes the verb the more specific term."""
    return {id(t) for t in ctx.tags for f in found
            if t.cat == f.cat and t.start == f.start and t.end == f.end and t.value != f.value}


def split_verb_tags(ctx: SentenceContext) -> list[Tag]:
    """Tags for stems whose particle ends their clause further on, at the stem's place."""
    out = []
    for stem_re, particle_re, cat, value in _split_terms(ctx.lang):
        for stem in stem_re.finditer(ctx.text, ctx.start, ctx.end):
            particle = particle_re.search(ctx.text, stem.end(), ctx.end)
            if particle is None or re.search(r"[,;:]", ctx.text[stem.end():particle.start()]):
                continue
            if any(t.cat == cat and t.start <= stem.start() < t.end for t in ctx.tags):
                continue  # the two-word term matched already
            out.append(Tag(stem.start(), stem.end(), stem.group(0), cat, value))
    return out + _phrasal_tags(ctx)
