"""What the NLP tests read off an analysis, in one place: run the analyzer on a sentence (optionally
asserting whether it is a deployment story) and turn its claims into tuples of some of their fields.

A test file whose helper always reads the same fields binds them once, e.g.

    counts = partial(claim_tuples, fields=("sender", "host", "count"), story=True)

and its tests call `counts(analyzer, lang, text)` as before. Every claim carries every field of
transforms.nlp.analyzer.CLAIM_FIELDS, so a field is read as `claim[name]`.
"""
from __future__ import annotations

from typing import Callable, Iterable

PAIR = ("sender", "host")
COUNTED = ("sender", "host", "count")


def analysis(analyzer, lang: str, text: str, *, title: str | None = None, published_at=None,
             story: bool | None = None):
    """`analyzer.analyze(text, ...)` in language `lang`. story=True asserts that the text is a
    deployment story, story=False that it is none, None (the default) asserts nothing; the
    assertion's message is the text."""
    result = analyzer.analyze(text, title=title, language=lang, published_at=published_at)
    if story is True:
        assert result.is_deployment_story, text
    elif story is False:
        assert not result.is_deployment_story, text
    return result


def claim_rows(claims, fields: Iterable[str] = COUNTED, *,
               where: Callable[[dict], bool] | None = None) -> list[tuple]:
    """One tuple of `fields` per claim, in the analysis' order (duplicates kept). `claims` is an
    Analysis or a list of claim dicts; `fields` a tuple of field names (one name alone is a 1-tuple);
    `where` keeps only the claims it is true for."""
    fields = (fields,) if isinstance(fields, str) else tuple(fields)
    claims = getattr(claims, "claims", claims)
    return [tuple(c[f] for f in fields) for c in claims if where is None or where(c)]


def tuples_of(claims, fields: Iterable[str] = COUNTED, *,
              where: Callable[[dict], bool] | None = None) -> set[tuple]:
    """The set of `fields` tuples of an Analysis or a list of claims (see claim_rows)."""
    return set(claim_rows(claims, fields, where=where))


def claim_tuples(analyzer, lang: str, text: str, fields: Iterable[str] = COUNTED, *,
                 title: str | None = None, published_at=None, story: bool | None = None,
                 where: Callable[[dict], bool] | None = None) -> set[tuple]:
    """The set of `fields` tuples of the claims found in `text` (see analysis for title,
    published_at and story, claim_rows for where)."""
    result = analysis(analyzer, lang, text, title=title, published_at=published_at, story=story)
    return tuples_of(result, fields, where=where)


def story_and_tuples(analyzer, lang: str, text: str, fields: Iterable[str] = COUNTED, *,
                     title: str | None = None, published_at=None) -> tuple[bool, set[tuple]]:
    """(is_deployment_story, claim_tuples) for tests that assert on the story flag themselves."""
    result = analysis(analyzer, lang, text, title=title, published_at=published_at)
    return result.is_deployment_story, tuples_of(result, fields)


def claims_of(analyzer, lang: str, text: str, *, title: str | None = None, published_at=None,
              story: bool | None = None) -> list[dict]:
    """The claim dicts themselves, for tests that read more than a tuple (see analysis)."""
    return analysis(analyzer, lang, text, title=title, published_at=published_at, story=story).claims
