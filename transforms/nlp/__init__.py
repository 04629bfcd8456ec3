"""Multilingual detector of foreign troop-deployment stories and extractor of their claims.

Analyzer (analyzer.py, the driver) runs an article through four stages, each a folder here:

1. mentions/: what the text names: sentences, the lexicon's terms (separable verbs too), countries,
   bodies and places (gazetteer, places), numbers and dates.
2. frames/: one sentence at a time: its tags in context, relative clauses, the counts tied to troops,
   the speaker (sources), distributive lists, and the sentence's drafts (sentence_claims: owner,
   host, count, claim type, stance).
3. document/: the article as a whole: what a sentence leaves out, filled from the claims before and
   the article's (sender, host) pairs (resolution), and whether every dated claim is long past
   (history).
4. detection/: how strongly the article is about a foreign deployment (story_score).

Beside them: budget.py (what one article may cost), cache.py (the built Analyzer on disk),
scoring.py (predictions against labels), data/ (the lexicons, names and rules every stage reads).
"""
from .analyzer import Analysis, Analyzer
from .budget import AnalysisBudget

__all__ = ["Analyzer", "Analysis", "AnalysisBudget"]
