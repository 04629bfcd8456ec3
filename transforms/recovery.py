"""What a run reads back from the sink before it polls, trusted only as far as the data behind it landed.

A run writes its tables in batches, in whatever order they come, so a run that dies part-way can
leave a feed's conditional-GET validators (`feed_polls`) without the articles of that poll, or an
article without its claims. The next run then has to notice the gap, whatever runner wrote the rows:

  * an article is known (not fetched again) only once all its claims are stored: its row says how
    many it has (`claim_count`);
  * a feed's validators are reused only when every article its last listing poll named as new
    (`new_article_ids`) is stored that way. Otherwise the feed is fetched without them, its entries
    come back, and those already stored are skipped as known.

An article that fails for good (no text at all, rejected by the sink) is never stored, so its feed is
fetched in full at every run until the entry leaves the feed, and the article is tried again each time.
"""
from __future__ import annotations

from typing import Iterable

# Polls that parsed a feed document and so listed its entries (transforms.feeds.feed_outcome); a
# not_modified or skipped poll carries the validators of the listing poll before it.
LISTING_STATUSES = ("ok", "empty")
# The feed_polls fields that make a feed's state (sink.feed_states() values).
STATE_FIELDS = ("feed_url", "etag", "last_modified", "consecutive_failures", "polled_at", "status")
_VALIDATORS = ("etag", "last_modified")


def is_complete(claim_count: int | None, claims_stored: int | None) -> bool:
    """An article row with all of its claims stored (a row without claim_count predates the count)."""
    return (claims_stored or 0) >= (claim_count or 0)


def complete_article_ids(rows: Iterable[dict]) -> set[str]:
    """Ids of the rows (article_id, claim_count, claims_stored) whose claims are all stored."""
    return {r["article_id"] for r in rows if is_complete(r.get("claim_count"), r.get("claims_stored"))}


def listed_ids(listings: dict[str, list[str] | None]) -> set[str]:
    """Every article id the last listing polls named as new."""
    return {article_id for ids in listings.values() for article_id in (ids or ())}


def trusted_feed_states(latest: dict[str, dict], listings: dict[str, list[str] | None],
                        complete: set[str]) -> dict[str, dict]:
    """Each feed's latest poll, without its validators when its last listing poll named an article
    that is not stored completely (`complete`); the failure streak is kept either way."""
    states = {}
    for url, row in latest.items():
        state = {k: row.get(k) for k in STATE_FIELDS}
        if any(article_id not in complete for article_id in (listings.get(url) or ())):
            state.update(dict.fromkeys(_VALIDATORS))
        states[url] = state
    return states
