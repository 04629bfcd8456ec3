"""Counts spread over hosts in one sentence: "650 troops in Lebanon, 300 in Latvia and 250 in Mali".

Steps over the count links of a sentence (counts.count_links):
- bare lists: with no count beside the troop noun, two or more bare counts, each right after its own
  place and joined as a list ("Italy's contingents abroad: in Lebanon 1,100, in Iraq 650 and in Kosovo
  550", "в Таджикистане — около 7000, в Армении — 3000"), count the troop noun named before them;
- elliptical counts: a bare number that continues a list after a counted troop noun ("..., 300 in
  Latvia", "and about 1,000 will reposition from Germany to Romania") counts the same noun;
- segments: when two or more counts each have hosts of their own, each count goes with the hosts
  of its own stretch of the sentence: after it in languages where the place follows the count, before
  it where the place comes first (ko, ja, tr, zh: "레바논에 650명, 라트비아에 300명"); a "from" place in
  a stretch that also names a destination is the origin, not a host;
- gapped items: "Japan hosts 54,000 US troops, South Korea 28,500 and Germany 35,000", "Uganda has
  deployed 6,000 soldiers to Somalia, Burundi 3,000 and Kenya 3,500": list items of a bare name and a
  bare count repeat the counted clause before them, the name in the place of its subject (sentence_claims
  says which role that is);
- wholes: "Of the 1,000 Spanish soldiers, 700 will go to Slovakia and 300 to Romania": a count opened by
  an of-word (or closed by one, "500명 가운데", "1000名…官兵中") gives the whole that the counts after it
  share out; where they go with hosts of their own, the whole is no claim beside them.
"""
from __future__ import annotations

import re

from .context import HEAD_FINAL, PUNCT, SentenceContext, Tag
from .counts import not_a_head_count
from ..mentions.gazetteer import HOST_KINDS, Entity

# where the place comes before its count
PLACE_FIRST = HEAD_FINAL | {"zh"}


def bare_list_links(ctx: SentenceContext, numbers) -> list[dict]:
    """Links for a list of bare counts, each after its own place, that follow an uncounted troop noun."""
    nouns = ctx.of("troops") + [m for m in ctx.of("mention") if m.value.kind == "force"]
    places = [m for m in ctx.of("mention") if m.value.kind in HOST_KINDS]
    items, prev = [], None
    for n in numbers:
        if not_a_head_count(ctx, n, []) or _own_noun(ctx, n):
            continue
        quals = [q for q in ctx.of("qualifier") if q.end <= n.start and ctx.gap(q.end, n.start) == 0]
        at = _item_start(ctx, quals[-1].start if quals else n.start)
        # (a later item may leave its preposition out: "in Lebanon 1,100, Iraq 650 and Kosovo 550")
        place = next((m for m in reversed(places) if m.end <= at and ctx.gap(m.end, at) == 0
                      and (prev is not None or _marked_place(ctx, m))), None)
        if place is None:
            continue
        lo = prep_start(ctx, place)
        if prev is not None and not ctx.list_joint_before(prev.end, lo):
            continue
        if prev is None and not any(t.end <= lo for t in nouns):
            continue
        items.append((n, quals[-1].value if quals else ("approx" if n.approx else "exact"), lo))
        prev = n
    if len(items) < 2:
        return []
    noun = max((t for t in nouns if t.end <= items[0][2]), key=lambda t: t.end)
    return [{"number": n, "value": n.value, "noun": noun, "sub": False, "more": False, "qualifier": q,
             "place_first": True} for n, q, _ in items]


def whole_noun_links(ctx: SentenceContext, numbers) -> list[dict]:
    """"Of the Pakistani peacekeepers serving abroad, 1,200 are in Congo and 1,000 in the CAR": an
    of-word opening the sentence and an uncounted troop noun, set off by a comma, give the noun that
    the bare counts after the comma (the first right after it, the rest joined as a list) count."""
    for t in ctx.of("of_whole"):
        if re.search(r"\w", ctx.text[ctx.start:t.start]):
            continue
        noun = next((x for x in ctx.of("troops") if x.start >= t.end), None)
        comma = PUNCT.search(ctx.text, t.end, ctx.end)
        if noun is None or comma is None or noun.end > comma.start() or ctx.gap(t.end, noun.start) > 3 or any(
                t.end <= n.start < comma.start() for n in numbers):
            return []
        out, prev = [], comma.end()
        for n in numbers:
            if n.start < prev or not_a_head_count(ctx, n, []) or _own_noun(ctx, n):
                continue
            quals = [q for q in ctx.of("qualifier") if q.end <= n.start and ctx.gap(q.end, n.start) == 0]
            at = _item_start(ctx, quals[-1].start if quals else n.start)
            if (not out and ctx.gap(prev, at) > 0) or (out and not ctx.list_joint_before(out[-1]["number"].end, at)):
                break
            out.append({"number": n, "value": n.value, "noun": noun, "sub": False, "more": False,
                        "qualifier": quals[-1].value if quals else ("approx" if n.approx else "exact")})
            prev = n.end
        return out
    return []


def gapped_links(ctx: SentenceContext, numbers, links: list[dict]) -> list[dict]:
    """Links for list items of a name and a bare count after a counted clause; each carries its name as
    "subject". Not where that clause's count follows its own place ("in Lebanon 1,100, Iraq 650"): there
    the names are more places of the list."""
    counted = sorted((lk for lk in links if lk.get("number") is not None), key=lambda lk: lk["number"].start)
    if not counted or counted[0].get("place_first") or _placed_count(ctx, counted[0]["number"]):
        return []
    # (a count linked to a noun before it, as a counter word links it in zh, is as bare: "韩国约2.85万名";
    # so is one that shares the first count's noun after them all: "ケニアが3500人、ウガンダが6000人の兵士")
    linked = {id(lk["number"]) for lk in counted if lk is counted[0] or (
        lk["noun"].end > lk["number"].start and lk["noun"] is not counted[0]["noun"])}
    names = [m for m in ctx.of("mention") if m.value.kind in ("name", "short")]
    first, noun = counted[0]["number"], counted[0]["noun"]
    later = [n for n in numbers if n.start >= first.end]
    # (the items start after the first count's noun, unless that noun closes them all, as in ja/ko)
    prev = first.end if later and noun.start >= later[0].start else max(first.end, noun.end)
    out = []
    for n in numbers:
        if n.start < prev or id(n) in linked or not_a_head_count(ctx, n, []) or _own_noun(ctx, n):
            continue
        quals = [q for q in ctx.of("qualifier") if q.end <= n.start and ctx.gap(q.end, n.start) == 0]
        at = _item_start(ctx, quals[-1].start if quals else n.start)
        # (the item may repeat its verb: "乌干达派出6000名")
        verb = next((a.start for a in ctx.of("action") if prev <= a.start and a.end <= at and ctx.gap(a.end, at) == 0
                     and not PUNCT.search(ctx.text[a.end:at])), at)
        # (... or join the name to its count with a word: "o Uganda com 6.000", "وأوغندا بـ6000")
        glue = next((g.start for g in ctx.of("count_glue") if prev <= g.start and g.end <= verb
                     and ctx.gap(g.end, verb) == 0), None)
        glued = _GLUED_WITH[ctx.lang].search(ctx.text, prev, verb) if glue is None and ctx.lang in _GLUED_WITH else None
        glue = glued.start() if glued else glue
        ends = [verb] + ([glue] if glue is not None else [])
        name = next((m for m in reversed(names) if any(m.end <= e and ctx.gap(_particle_end(ctx, m), e) == 0 for e in ends)
                     and not PUNCT.search(ctx.text[m.end:at])), None)
        if name is None or _marked_place(ctx, name) or any(
                t.end <= name.start and ctx.gap(t.end, name.start) == _filler_words(ctx, t.end, name.start)
                for t in ctx.of("from_before")):
            continue
        if not ctx.list_joint_before(prev, _article_start(ctx, name)) or any(
                o.end <= name.start and ctx.coordinated(o.end, _article_start(ctx, name))
                and re.search(r"\w", ctx.text[o.end:name.start]) for o in names):
            continue  # ("while Spain and Italy contribute 500 and 250": the name closes a list, no item of its own)
        out.append({"number": n, "value": n.value, "noun": counted[0]["noun"], "sub": False, "more": False,
                    "qualifier": quals[-1].value if quals else ("approx" if n.approx else "exact"), "subject": name})
        prev = n.end
    return out or _respective_items(ctx, numbers, linked, names, noun, prev)


def _respective_items(ctx: SentenceContext, numbers, linked: set, names: list[Tag], noun: Tag, prev: int) -> list[dict]:
    """"..., while Spain and Italy contribute 500 and 250 respectively": with a word for "respectively",
    a run of listed names, then as many bare counts joined as a list a few words on, pair up in order."""
    if not ctx.of("respectively"):
        return []
    bare = [n for n in numbers if n.start >= prev and id(n) not in linked and not _own_noun(ctx, n)]
    for i, m in enumerate(names):
        if m.start < prev:
            continue
        run = [m]
        for nxt in names[i + 1:]:
            if not ctx.coordinated(run[-1].end, _article_start(ctx, nxt)):
                break
            run.append(nxt)
        counts = [n for n in bare if n.start >= run[-1].end][:len(run)]
        if (len(run) < 2 or len(counts) < len(run) or ctx.gap(run[-1].end, counts[0].start) > 3
                or PUNCT.search(ctx.text[run[-1].end:counts[0].start])
                or not all(ctx.coordinated(a.end, b.start) or (  # ("500 beziehungsweise 250")
                    ctx.between(a.end, b.start, "respectively") and ctx.gap(a.end, b.start) == 1)
                    for a, b in zip(counts, counts[1:]))):
            continue
        return [{"number": n, "value": n.value, "noun": noun, "sub": False, "more": False,
                 "qualifier": "approx" if n.approx else "exact", "subject": r} for n, r in zip(counts, run)]
    return []


# Arabic glues "with" to the count: "وأوغندا بـ6000"
_GLUED_WITH = {"ar": re.compile(r"\s+بـ?(?=\d*$)")}


def _particle_end(ctx: SentenceContext, m: Tag) -> int:
    """Where the name ends with its subject particle, if the language marks one ("케냐가 3500명")."""
    if ctx.subject_marker is None:
        return m.end
    p = ctx.subject_marker.match(ctx.text[m.end:m.end + 6])
    return m.end + (p.end() if p else 0)


def _placed_count(ctx: SentenceContext, n) -> bool:
    """The count follows its own marked place: "in Lebanon 1,100", "в Сирии — 1500"."""
    places = [m for m in ctx.of("mention") if m.value.kind in HOST_KINDS]
    at = _item_start(ctx, n.start)
    return any(m.end <= at and ctx.gap(m.end, at) == 0 and _marked_place(ctx, m) for m in places)


def _article_start(ctx: SentenceContext, m: Tag) -> int:
    """Where the name begins with its article ("la Corée du Sud", "a Alemanha")."""
    start = m.start
    for t in sorted(ctx.of("host_filler"), key=lambda t: -t.start):
        if t.end <= start and ctx.gap(t.end, start) == 0 and not PUNCT.search(ctx.text[t.end:start]):
            start = t.start
    return start


def _own_noun(ctx: SentenceContext, n) -> bool:
    """A noun of its own follows the number ("300 vehicles", "300 more soldiers"); a word for persons
    that repeats the list's ("1.200 orang, di Sudan Selatan 150 orang") is none."""
    persons = {(t.start, t.end) for t in ctx.of("persons")}
    return any(t.start >= n.end and ctx.gap(n.end, t.start) == 0 and (t.start, t.end) not in persons
               for t in ctx.of("non_troop", "troops", "units"))


def _marked_place(ctx: SentenceContext, m: Tag) -> bool:
    """A place its preposition or case ending marks as where: "in Lebanon", "в Сирии", "Katar'da"."""
    if any(p.end <= m.start and ctx.gap(p.end, m.start) == _filler_words(ctx, p.end, m.start)
           for p in ctx.of("host_before")):
        return True
    if ctx.host_suffix is None:
        return False
    ending = re.search(r"['’]\w+$", m.text) if ctx.lang == "tr" else None
    return bool(ctx.host_suffix.match(ending.group(0) if ending else ctx.text[m.end:m.end + 12]))


def elliptical_links(ctx: SentenceContext, numbers, links: list[dict], hosts: list[Tag]) -> list[dict]:
    """Bare numbers continuing a counted list, as links to the noun of the count before them."""
    if not links:
        return []
    if ctx.lang in PLACE_FIRST:
        # (else the count may come first there too: "Bunların 800'ü Letonya'ya, 400'ü Polonya'ya")
        before = _elliptical_before(ctx, numbers, links, hosts)
        if before:
            return before
    linked = {id(lk["number"]) for lk in links if lk.get("number") is not None}
    out = []
    for n in numbers:
        before = [lk for lk in links + out if lk.get("number") is not None and lk["number"].end <= n.start]
        if id(n) in linked or not before or (n.bare_year and _year_after_prep(ctx, n)) or (
                not n.bare_year and not_a_head_count(ctx, n, [])):
            continue  # (a bare 2000 that continues the list, "و2000 في العراق", is a count; "8月", "le 3 mai" are none)
        quals = [q for q in ctx.of("qualifier") if q.end <= n.start and ctx.gap(q.end, n.start) == 0]
        at = _item_start(ctx, quals[-1].start if quals else n.start)
        # (the first part of a whole needs no joint: "Из 1200 российских военных 800 отправятся ...")
        opened = _including_opens(ctx, before[-1]["number"].end, at)
        place_first = not _joined_item(ctx, before[-1]["number"].end, at) and not (
            opens_whole(ctx, before[-1]) and before[-1] is before[0]) and not opened
        if place_first and not _place_then_count(ctx, hosts, before[-1]["number"].end, at):
            continue
        if place_first and not (before[-1].get("place_first") or _placed_count(ctx, before[-1]["number"])) and not any(
                h.end <= at and ctx.gap(h.end, at) == 0 and _marked_place(ctx, h) for h in hosts):
            continue  # "deployed 6,000 soldiers to Somalia, Burundi 3,000": an unmarked name is who, not where
        nxt = next((m.start for m in numbers if m.start > n.end), ctx.end)
        if _own_noun(ctx, n):
            continue  # "300 vehicles", "300 more soldiers" (a noun of its own is counts' business)
        if not any(n.end <= h.start < nxt for h in hosts) and not _place_then_count(ctx, hosts, before[-1]["number"].end, at):
            continue  # (", в Сомали — порядка 200": the item's place may come first, set off by a dash)
        prev = before[-1]
        out.append({"number": n, "value": n.value, "noun": prev["noun"], "sub": False, "more": False,
                    "qualifier": quals[-1].value if quals else ("approx" if n.approx else "exact"),
                    "place_first": place_first, "included": opened})
    return out


def _including_opens(ctx: SentenceContext, lo: int, at: int) -> bool:
    """An including word ("including", "darunter", "其中") right before the list item at `at`, after lo,
    past its own place at most where the place comes first ("其中在南苏丹约1600人")."""
    if ctx.lang in HEAD_FINAL:
        return False  # (there the parts come before "including": "…500명을 포함한")
    return any(lo <= t.start and t.end <= at and not PUNCT.search(ctx.text[t.end:at])
               and (ctx.gap(t.end, at) == 0 or (ctx.lang in PLACE_FIRST and all(
                   ctx.gap(t.end, h.start) == 0 and ctx.gap(h.end, at) == 0 for h in _places_between(ctx, t.end, at))
                   and _places_between(ctx, t.end, at)))
               for t in ctx.of("including"))


def _places_between(ctx: SentenceContext, a: int, b: int) -> list[Tag]:
    return [m for m in ctx.of("mention") if m.value.kind in HOST_KINDS and a <= m.start and m.end <= b]


def listed_parts(ctx: SentenceContext, links: list[dict], hosts: list[Tag]) -> list[dict]:
    """"5,000 peacekeepers abroad, including 1,600 in South Sudan, 1,400 in Mali and 1,100 in Congo",
    "其中在南苏丹约1600人，在中非共和国约1400人": an including word that opens a spread list makes its first
    count a part like the counts after it (no sub-count), and the count before the word the whole they
    share out (no claim beside them), when the parts go with hosts of their own. A single count after
    the word stays as it was ("1,000 troops, including 200 in Poland")."""
    counted = sorted((lk for lk in links if lk.get("number") is not None), key=lambda lk: lk["number"].start)
    for i, lk in enumerate(counted):
        n = lk["number"]
        first = lk.get("included") or (lk["sub"] and _including_opens(
            ctx, counted[i - 1]["number"].end if i else ctx.start, _item_start(ctx, n.start)))
        if not first:
            continue
        later = [o for o in counted[i + 1:] if not o["sub"]]
        if not later:
            break
        part = dict(lk, sub=False, included=False)
        parts = [part] + later
        if not hosts_per_count(ctx, parts, hosts):
            break
        wholes = {id(o) for o in counted[:i] if not o["sub"]}
        return [part if o is lk else o for o in links if id(o) not in wholes]
    # (no list after the word: a count it opens stays out, as before)
    return [lk for lk in links if not lk.get("included")]


def is_whole(ctx: SentenceContext, link: dict, links: list[dict]) -> bool:
    """The count gives a whole that later counts share out: an of-word right before it (past articles)
    opening the sentence or a clause ("Of the 3,000 ...", "Von den 4.800 ...", "Из 1200 ..."), or a
    whole word right after it or its noun ("500명 가운데", "500人のうち", "1000名维和官兵中"); and a count follows."""
    n = link.get("number")
    return n is not None and any(lk.get("number") is not None and lk["number"].start > max(n.end, link["noun"].end)
                                 for lk in links) and opens_whole(ctx, link)


def opens_whole(ctx: SentenceContext, link: dict) -> bool:
    """The words of a whole stand at the count (is_whole without asking for later counts)."""
    n = link["number"]
    for t in ctx.of("of_whole"):
        # (past articles and a qualifier: "De los cerca de 3.000 militares", "Of the roughly 2,000")
        if t.end <= n.start and ctx.gap(t.end, n.start) == _filler_words(ctx, t.end, n.start, ("host_filler", "qualifier")) \
                and not re.search(r"\w", re.sub(r".*[,،，:]", "", ctx.text[ctx.start:t.start], flags=re.S)):
            return True
    end = max(n.end, link["noun"].end)
    return any(t.start >= end and _COUNTER_ONLY.match(ctx.text[end:t.start]) for t in ctx.of("whole_after"))


# what may stand between a count (or its noun) and the whole word after it: a person counter
_COUNTER_ONLY = re.compile(r"\s?[명人名]?\s?$")


def _filler_words(ctx: SentenceContext, a: int, b: int, cats=("host_filler",)) -> int:
    return sum(ctx.gap(t.start, t.end) for t in ctx.of(*cats) if a <= t.start and t.end <= b)


def without_wholes(ctx: SentenceContext, links: list[dict], hosts: list[Tag]) -> list[dict]:
    """The links less the wholes, when the counts they share out go with hosts of their own; else all."""
    parts = [lk for lk in links if not is_whole(ctx, lk, links)]
    if len(parts) == len(links) or not hosts_per_count(ctx, parts, hosts):
        return links
    return parts


def _joined_item(ctx: SentenceContext, lo: int, at: int) -> bool:
    """lo..at ends the way a list joins its next item: a joint, or a joint and the item's own verb
    ("... out of Niger and will withdraw about 1,000 more from Chad")."""
    if ctx.list_joint_before(lo, at):
        return True
    verb = next((a for a in ctx.of("action") if lo <= a.start and a.end <= at and ctx.gap(a.end, at) == 0
                 and not PUNCT.search(ctx.text[a.end:at])), None)
    if verb is None:
        return False
    words = [m.start() for m in re.finditer(r"\w+", ctx.text[lo:verb.start])][-2:]
    return any(ctx.list_joint_before(lo, cut) for cut in [verb.start] + [lo + w for w in reversed(words)])


def _elliptical_before(ctx: SentenceContext, numbers, links: list[dict], hosts: list[Tag]) -> list[dict]:
    """Place-first lists name the noun once, after the last count: "Litvanya'da 1.700, Kosova'da 300 ve
    Irak'ta 150 askeri": a bare number followed by a list joint and the next item's place counts it too."""
    linked = {id(lk["number"]) for lk in links if lk.get("number") is not None}
    out = []
    for n in numbers:
        after = [lk for lk in links if lk.get("number") is not None and lk["number"].start >= n.end]
        nxt = next((h for h in hosts if h.start >= n.end), None)
        if (id(n) in linked or not after or nxt is None or not_a_head_count(ctx, n, [])
                or not ctx.list_joint_before(n.end, nxt.start)):
            continue  # (ordinals, years, money: "第1陣", "2012년")
        if any(t.start >= n.end and ctx.gap(n.end, t.start) == 0 for t in ctx.of("non_troop", "troops", "units")):
            continue
        out.append({"number": n, "value": n.value, "noun": after[0]["noun"], "sub": False, "more": False,
                    "qualifier": "approx" if n.approx else "exact"})
    return out


def _place_then_count(ctx: SentenceContext, hosts: list[Tag], lo: int, at: int) -> bool:
    """", в Кот-д'Ивуаре — около 600", ", a v Somálsku 200": a list item whose place comes before its
    bare count, nothing but punctuation between them; the item (its preposition) opens after a joint."""
    for h in hosts:
        if not (lo <= h.start and h.end <= at) or ctx.gap(h.end, at) != 0:
            continue
        if ctx.list_joint_before(lo, prep_start(ctx, h)):
            return True
    return False


def _year_after_prep(ctx: SentenceContext, n) -> bool:
    """"in 2000", "seit 2023": a year-like number right after a year preposition is a year."""
    return any(t.end <= n.start and ctx.gap(t.end, n.start) == 0 for t in ctx.of("year_preps"))


def _item_start(ctx: SentenceContext, pos: int) -> int:
    """Where a list item begins: before "a further", "otros", "weitere", "sebanyak" that open it ("and a further 700");
    not back over a comma into the item before ("no Sudão do Sul, 1.800": "Sul" ends the last item)."""
    names = [(m.start, m.end) for m in ctx.of("mention")]
    for t in sorted(ctx.of("more", "host_filler", "tally"), key=lambda t: -t.start):
        if any(a <= t.start and t.end <= b for a, b in names):
            continue  # a word of the place's own name ("Sudan Selatan 150")
        if t.end <= pos and ctx.gap(t.end, pos) == 0 and not PUNCT.search(ctx.text[t.end:pos]):
            pos = t.start
    return pos


def hosts_per_count(ctx: SentenceContext, links: list[dict], hosts: list[Tag]) -> dict[int, list[Tag]]:
    """id(link) -> its hosts, when the sentence spreads two or more counts over different hosts;
    else {} (every count then goes with every host, as for "3,000 troops to Poland and Romania")."""
    counted = sorted((lk for lk in links if lk.get("number") is not None and not lk["sub"]),
                     key=lambda lk: lk["number"].start)
    if len(counted) < 2:
        return {}
    if any(lk.get("place_first") for lk in counted):
        return _segments(ctx, counted, hosts, True)
    out = _segments(ctx, counted, hosts, ctx.lang in PLACE_FIRST)
    if not out:
        # "в Джибути ... 1500 военных, в Кот-д'Ивуаре — 600, а в Габоне — 350": this sentence puts
        # each item's place before its count; "600名将前往南苏丹，400名前往黎巴嫩", "300명은 레바논에": after it
        out = _segments(ctx, counted, hosts, ctx.lang not in PLACE_FIRST)
    return out or _stationed_segments(ctx, counted)


def _stationed_segments(ctx: SentenceContext, counted: list[dict]) -> dict[int, list[Tag]]:
    """"레바논 동명부대 280여 명, 남수단 한빛부대 270여 명", "驻韩美军约2.85万人，驻日美军约5.4万人": each count after
    a force named by where it is stationed (its own stretch, before it or else after it) goes with that
    force's host, as a host tag of its own; {} unless every count has one and they differ."""
    forces = [m for m in ctx.of("mention") if m.value.kind == "force" and m.value.host]
    for before in (True, False):
        out = {}
        for i, lk in enumerate(counted):
            n = lk["number"]
            if before:
                lo, hi = (counted[i - 1]["number"].end if i else ctx.start), n.start
            else:
                lo, hi = n.end, (counted[i + 1]["number"].start if i + 1 < len(counted) else ctx.end)
            mine = [m for m in forces if lo <= m.start and m.end <= hi]
            if not mine:
                break
            m = mine[-1] if before else mine[0]
            out[id(lk)] = [Tag(m.start, m.end, m.text, "mention", Entity(m.value.host, "name"))]
        else:
            if len({hs[0].value.code for hs in out.values()}) >= 2:
                return out
    return {}


def unassigned_hosts(ctx: SentenceContext, links: list[dict], hosts: list[Tag], per_count: dict) -> list[Tag]:
    """Hosts of a spread list that no count covers: "..., в Сомали — 200, а на севере Ирака — несколько
    тысяч" (an uncounted item still says they are there): those after the first count, joined to the list."""
    if not per_count:
        return []
    given = {h.value.code for hs in per_count.values() for h in hs}
    first = min(lk["number"].start for lk in links if id(lk) in per_count)
    last = max(h.end for hs in per_count.values() for h in hs)
    return [h for h in hosts if h.value.code not in given and h.start > max(first, last)
            and (ctx.list_joint_before(last, prep_start(ctx, h)) or _noun_item_start(ctx, last, h, hosts) is not None
                 or _opens_item(ctx, last, prep_start(ctx, h)) or _verb_item(ctx, last, h))]


def _verb_item(ctx: SentenceContext, lo: int, host: Tag) -> bool:
    """"…, 한국에 2만8천500명의 병력을 두고 있으며 필리핀에도 수백 명을 순환 배치하고 있다": where the verb comes
    last, a clause joint right before the place opens one more item with a sending verb of its own after it."""
    if ctx.lang not in HEAD_FINAL:
        return False
    at = prep_start(ctx, host)
    joint = any(lo <= t.start and ctx.gap(t.end, at) == 0 for t in ctx.of("subordinators"))
    nxt = PUNCT.search(ctx.text, host.end, ctx.end)
    hi = nxt.start() if nxt else ctx.end
    return joint and any(host.end <= t.start and t.end <= hi and (t.cat != "action" or t.value == "deployment")
                         for t in ctx.of("action", "reinforcement"))


def _noun_item_start(ctx: SentenceContext, lo: int, host: Tag, hosts: list[Tag]) -> int | None:
    """Where a list item of a troop or unit noun of its own and no count, then its place, opens past a
    joint after lo: "..., 1.600 no Sudão do Sul e um batalhão de engenharia na RDC", "... and an
    engineering company in Mali" (past a one-word or article at most); None if the place has no such item."""
    at = prep_start(ctx, host)
    for t in ctx.of("troops", "units"):
        if not (lo <= t.start and t.end <= at) or PUNCT.search(ctx.text[t.end:at]) or ctx.gap(t.end, at) > 3 \
                or any(t.end <= h.start < at for h in hosts) or re.search(r"\d", ctx.text[lo:at]):
            continue
        words = [m.start() for m in re.finditer(r"\w+", ctx.text[lo:t.start])][-1:]
        for cut in [t.start] + [lo + w for w in words]:
            if ctx.list_joint_before(lo, cut) and not any(cut <= m.start < t.start for m in ctx.of("mention")):
                return cut
    return None


def prep_start(ctx: SentenceContext, h: Tag) -> int:
    """Where h's place phrase begins, back over its preposition and fillers."""
    start = h.start
    for t in sorted(ctx.of("host_before", "host_filler"), key=lambda t: -t.start):
        if t.end <= start and ctx.gap(t.end, start) == 0:
            start = t.start
    return start


def _segments(ctx: SentenceContext, counted: list[dict], hosts: list[Tag], place_first: bool) -> dict[int, list[Tag]]:
    out = {}
    for i, lk in enumerate(counted):
        n = lk["number"]
        if place_first:
            lo, hi = (counted[i - 1]["number"].end if i else ctx.start), n.start
        else:
            lo, hi = n.end, (counted[i + 1]["number"].start if i + 1 < len(counted) else ctx.end)
            # the last item ends where a verb of another type opens a clause of its own ("..., after
            # closing its bases in Chad")
            if i + 1 == len(counted):
                hi = min([a.start for a in ctx.of("action") if a.start > n.end and a.value == "withdrawal"
                          and any(h.end <= a.start for h in hosts if h.start > n.end)] + [hi])
            # (nor past an item of a noun of its own and no count: "1.600 no Sudão do Sul e um batalhão
            # de engenharia na RDC" keeps the RDC out of the 1.600)
            hi = min([c for h in hosts if n.end <= h.start and h.end <= hi
                      for c in [_noun_item_start(ctx, n.end, h, hosts)]
                      if c is not None and any(n.end <= o.start and o.end <= c for o in hosts)] + [hi])
        mine = [h for h in hosts if lo <= h.start and h.end <= hi]
        if place_first and not mine and i and i + 1 == len(counted):
            # ("…，向中非派有约1300名，另有300人在南苏丹": the last item may name its place after its count)
            mine = [h for h in hosts if n.end <= h.start]
        destinations = [h for h in mine if not _origin(ctx, h)]
        mine = _own_item(ctx, destinations or mine, place_first)
        if not mine:
            return {}
        out[id(lk)] = mine
    if len({h.value.code for hs in out.values() for h in hs}) < 2:
        return {}
    return out


def _own_item(ctx: SentenceContext, mine: list[Tag], place_first: bool) -> list[Tag]:
    """The hosts of a count's stretch that are its own item: the place after the count and those
    listed with it ("450 in South Sudan and Mali"); a later item opened by a list joint but with words
    of its own and no number ("450 in South Sudan and about a hundred in Mali", "в Сомали и несколько
    сотен — в Азербайджане", "além de um batalhão no Sudão do Sul") is not the count's (where the place
    follows its count; it is left to the uncounted items)."""
    if place_first or len(mine) < 2:
        return mine
    kept = [mine[0]]
    for h in mine[1:]:
        a, b = kept[-1].end, prep_start(ctx, h)
        if h.value.code != kept[-1].value.code and not ctx.coordinated(a, b) and _opens_item(ctx, a, b):
            break
        kept.append(h)
    return kept


def _opens_item(ctx: SentenceContext, a: int, b: int) -> bool:
    """a..b opens with a list joint and goes on with words of its own (" and about a hundred ")."""
    return any(ctx.coordinated(a, p) and ctx.gap(p, b) > 0 for p in range(a + 1, b) if ctx.text[p - 1].isspace())


def _origin(ctx: SentenceContext, host: Tag) -> bool:
    return any(t.end <= host.start and ctx.gap(t.end, host.start) <= 1 for t in ctx.of("from_before"))
