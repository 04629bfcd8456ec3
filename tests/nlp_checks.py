"""What the NLP tests read off an analysis: its (sender, host) pairs and (sender, host, count) triples."""
from __future__ import annotations


def pairs(analyzer, lang: str, text: str) -> set[tuple]:
    out = analyzer.analyze(text, title="", language=lang).to_dict()
    return {(c["sender"], c["host"]) for c in out["claims"]}


def counts(analyzer, lang: str, text: str) -> set[tuple]:
    out = analyzer.analyze(text, title="", language=lang).to_dict()
    return {(c["sender"], c["host"], c["count"]) for c in out["claims"]}
