"""Which numbers in a sentence count troops, with their qualifier (approx, at least, up to)."""
from __future__ import annotations

from .context import HEAD_FINAL, SentenceContext, mentions
from .terms import NO_SPACE_LANGS

_ORDINAL_BEFORE = ("第", "제")


def count_links(ctx: SentenceContext, numbers) -> list[dict]:
    """Numbers that count troops: (number, troop tag, qualifier, is_sub_count)."""
    troops = ctx.of("troops", "reinforcement") + [t for t in mentions(ctx, {"force"})]
    out, skip = [], set()
    counters = ("명", "人", "名")
    for i, n in enumerate(numbers):
        if i in skip:
            continue
        if ctx.text[max(ctx.start, n.start - 1): n.start] in _ORDINAL_BEFORE:
            continue  # 第十批, 제19진: an ordinal (the tenth rotation), not a head count
        if n.bare_year and any(t.end <= n.start and ctx.gap(t.end, n.start) == 0 for t in ctx.of("year_preps")):
            continue
        # a range "8,000 to 10,000" counts its lower bound, at least; the noun follows the upper bound
        upper = None
        if i + 1 < len(numbers):
            nxt = numbers[i + 1]
            if nxt.start > n.end and ctx.between(n.end, nxt.start, "range") and ctx.gap(n.end, nxt.start) <= 1:
                upper = nxt
        end = upper.end if upper else n.end
        after_text = ctx.text[end: end + 3]
        if ctx.lang in NO_SPACE_LANGS and after_text.lstrip()[:1] in counters:
            noun = next((t for t in troops if 0 <= n.start - t.end <= 14 or 0 <= t.start - end <= 6), None)
            if noun is None and troops and not any(0 <= t.start - end <= 6 for t in ctx.of("non_troop")):
                noun = min(troops, key=lambda t: abs(t.start - n.start))
        else:
            noun = next((t for t in troops if t.start >= end and ctx.gap(end, t.start) <= 3
                         and not ctx.between(end, t.start, "non_troop", "host_before", "speech")), None)
        if noun is None or any(t.start >= end and ctx.gap(end, t.start) == 0 and t.cat == "non_troop"
                               for t in ctx.tags if noun.start > t.start):
            continue
        qual = "approx" if n.approx else "exact"
        for q in ctx.of("qualifier"):
            near_before = q.end <= n.start and ctx.gap(q.end, n.start) == 0
            near_after = ctx.lang in NO_SPACE_LANGS and q.start >= n.end and q.start - n.end <= 3
            if near_before or near_after:
                qual = q.value
        if upper is not None:
            qual, skip = "at_least", skip | {i + 1}
        if ctx.lang in HEAD_FINAL:  # "장교 500명 ... 을 포함한 1만 2000명": parts come before "including"
            sub = any(t.start >= n.end and ctx.gap(n.end, t.start) <= 4 for t in ctx.of("including"))
        else:
            sub = any(t.end <= n.start and ctx.gap(t.end, n.start) <= 2 for t in ctx.of("including"))
        more = any((t.end <= n.start and ctx.gap(t.end, n.start) == 0) or (end <= t.start and t.end <= noun.start)
                   or (noun.end <= t.start and ctx.gap(noun.end, t.start) == 0) for t in ctx.of("more"))
        value = n.value
        while upper is not None and value * 1000 <= upper.value:
            value *= 1000  # "от 11 до 12 тысяч": the multiplier of the upper bound applies to both
        out.append({"number": n, "value": value, "noun": noun, "qualifier": qual, "sub": sub, "more": more})
    for d in ctx.of("dual"):  # Arabic dual: جنديين = two soldiers
        out.append({"number": None, "value": 2, "noun": d, "qualifier": "exact", "sub": False})
    return out
