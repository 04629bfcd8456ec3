"""Stage 3, document resolution: what one sentence leaves out, filled from the article.

resolution.py: sender and host from the claim before and the article's pairs, counts that refer
back, the speaker's country, the dedupe of claims that say the same; history.py: a story whose
every dated claim is about a long-past year is history, not news.
"""
