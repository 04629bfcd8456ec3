"""Which numbers in a sentence count troops, with their qualifier (approx, at least, up to).

A number counts troops when a troop noun follows it closely (or, in CJK, a person counter follows it
and a troop noun is near). Beyond that: "X von ihnen" / "из них X" refers back to troops already
named; "10.000 ihrer rund 35.000 ... Soldaten" counts the noun of the second number; a German or
Slavic participle phrase may stand between the number and its noun; "rose from X to Y" keeps Y only.
"""
from __future__ import annotations

import re

from .context import HEAD_FINAL, PUNCT, SentenceContext, Tag, mentions
from ..mentions.gazetteer import BODIES
from ..mentions.numbers import CJK_ODD as _ABOUT_COUNTER  # 800여명, 800余名: "some 800"
from ..mentions.terms import NO_SPACE_LANGS
from ..mentions.dates import month_names

_ORDINAL_BEFORE = ("第", "제")
_COUNTERS = ("명", "人", "名")
_CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CURRENCY = re.compile(r"[$€£¥₽₴₩]\s?$")
_PERCENT = re.compile(r"\s?[%٪]")
# a Latin letter glued after the digits makes an ordinal (126th, 3e, 2ème, 5º); a multiplier glued to
# the number ("14k") is already part of it
_GLUED_LETTER = re.compile(r"(?:st|nd|rd|th|e|er|re|ème|eme|è|[ºª°])(?![A-Za-z])")
_EXTENDED_MAX_WORDS = 6
# punctuation that ends a count's phrase (quotation marks do not: "870 «голубыми касками»")
_CLAUSE_PUNCT = re.compile(r"[,;:()،，、；：（）]")
_NUMBER_GROUPS = re.compile(r"\d[\d.,\u00a0\u202f ]*\d")  # (a number's own separators: "1,700 and 1,000 soldiers")
# dd/mm, mm/dd, 12/1/2025: a number on either side of a slash is part of a date, not a head count
_SLASH_AFTER = re.compile(r"[/／]\d")
_SLASH_BEFORE = re.compile(r"\d[/／]$")
# Arabic writes "and" glued to the next word: "ما بين 1500 و2000" is a range
_GLUED_AND = {"ar": re.compile(r"^\s*و$")}
# "30–40 тысяч", "8,000-10,000": a dash between two numbers is a range in every language
_AFTER_COMMA = re.compile(r"[,;،，]\s*(?:\w+\s+)?$")
_RANGE_DASH = re.compile(r"^\s?[-–—]\s?$")


# what may stand as an attribute between "one" and its troop noun: a demonym, or a short name that is
# one (tr "bir İrlandalı barış gücü askeri": İrlandalı is both "Irish" and "an Irishman")
_ATTRIBUTE_KINDS = ("adjective", "short")


def count_links(ctx: SentenceContext, numbers) -> list[dict]:
    """Numbers that count troops: (number, troop tag, qualifier, is_sub_count)."""
    troops = ctx.of("troops", "reinforcement", "partitive") + [t for t in mentions(ctx, {"force"})]
    out, skip, changed = [], set(), False
    for i, n in enumerate(numbers):
        if i in skip or not_a_head_count(ctx, n, troops):
            continue
        if _changed_from(ctx, n, numbers[i + 1:]):
            changed = True
            continue  # "rose from 800 to 1,200": the earlier figure is history, the later one counts
        # a range "8,000 to 10,000" counts its lower bound, at least; the noun follows the upper bound
        upper = None
        if i + 1 < len(numbers):
            nxt = numbers[i + 1]
            glued = _GLUED_AND.get(ctx.lang)
            if nxt.start > n.end and ((ctx.between(n.end, nxt.start, "range") and ctx.gap(n.end, nxt.start) <= 1)
                                      or (glued is not None and glued.match(ctx.text[n.end:nxt.start]))
                                      or _RANGE_DASH.match(ctx.text[n.end:nxt.start])):
                upper = nxt
            elif ctx.coordinated(n.end, nxt.start) and not PUNCT.search(ctx.text[n.end:nxt.start]):
                upper = nxt  # "ما بين 1500 و2000": the "and" glued to the upper bound is no range tag
            if upper is not None and (ctx.of("respectively") or not _rises(n.value, upper.value)):
                upper = None  # "270 dan 150 personel" (masing-masing): two counts, no range
        end = upper.end if upper else n.end
        noun = _noun_for(ctx, n, end, troops, numbers[i + 1:])
        if noun is None and (changed or _to_total(ctx, n) or _tallied(ctx, n)):
            # "the number of troops rose from 800 to 1,200", "bringing its contingent to around 1,800":
            # the noun came first
            # (the nearest before it: a force named ahead of the troop noun is where they serve)
            noun = next((t for t in sorted(troops, key=lambda t: -t.start) if t.end <= n.start and t.cat != "partitive"), None)
        changed = False
        others = noun is None and bool(out) and _more_casualties(ctx, n, end)
        if others:
            noun = out[-1]["noun"]  # "погибли трое миротворцев, еще пятеро получили ранения": others of them, hit
        if noun is None or _speaks(ctx, noun):
            continue
        if n.value == 1 and not re.search(r"\d", ctx.text[n.start:n.end]) and not any(
                a.value == "casualties" for a in ctx.of("action")):
            continue  # "satu pasukan jurutera", "一支部队": one unit sent, not one soldier (one killed is one)
        qual = "approx" if n.approx else "exact"
        for q in ctx.of("qualifier"):
            near_before = q.end <= n.start and ctx.gap(q.end, n.start) == 0
            near_after = ctx.lang in NO_SPACE_LANGS and q.start >= end and q.start - end <= 3
            if near_before or near_after:
                qual = q.value
        if upper is not None:
            qual, skip = "at_least", skip | {i + 1}
        if noun.cat == "partitive":
            sub = False  # "4.000 von ihnen": part of troops named earlier, a claim of its own
        elif ctx.lang in HEAD_FINAL:  # "장교 500명 ... 을 포함한 1만 2000명": parts come before "including"
            sub = any(t.start >= n.end and ctx.gap(n.end, t.start) <= 4 for t in ctx.of("including"))
        else:
            sub = any(t.end <= n.start and ctx.gap(t.end, n.start) <= 2 for t in ctx.of("including"))
        # ("ещё около трёх тысяч", "another roughly 500": a qualifier may stand between more-word and count)
        hedged = lambda t: sum(ctx.gap(q.start, q.end) for q in ctx.of("qualifier") if t.end <= q.start and q.end <= n.start)
        more = any((t.end <= n.start and ctx.gap(t.end, n.start) - hedged(t) == 0) or (end <= t.start and t.end <= noun.start)
                   or (noun.end <= t.start and ctx.gap(noun.end, t.start) == 0
                       and not PUNCT.search(ctx.text[noun.end:t.start]))
                   # ("병력 3천여 명을 추가로 보냈다": the count's own counter word, then the more-word)
                   or (ctx.lang in HEAD_FINAL and noun.end <= n.start and end <= t.start and ctx.gap(end, t.start) <= 2
                       and not PUNCT.search(ctx.text[end:t.start])) for t in ctx.of("more"))
        # ("три військових, ще кілька десятків поранені": a more-word past a comma counts others)
        value = n.value
        while upper is not None and value * 1000 <= upper.value:
            value *= 1000  # "от 11 до 12 тысяч": the multiplier of the upper bound applies to both
        out.append({"number": n, "value": value, "noun": noun, "qualifier": qual, "sub": sub, "more": more and not others})
    if not out and any(a.value == "casualties" for a in ctx.of("action")):
        # "One Malawian peacekeeper was killed", "Um capacete azul zambiano foi morto": one casualty
        for w in ctx.of("one_words"):
            # (the one-word may open the troop noun itself, "un militaire", or be it, a singular noun in a
            # language with no indefinite article: ar "جندي", ru "военный")
            noun = next((t for t in troops if t.cat != "partitive" and (
                (t.start >= w.end and (ctx.gap(w.end, t.start) == 0 or _demonyms_only(ctx, w.end, t.start, _ATTRIBUTE_KINDS))
                 and not PUNCT.search(ctx.text[w.end:t.start])) or (t.start == w.start and t.end >= w.end))), None)
            if noun is not None:
                out.append({"number": None, "value": 1, "noun": noun, "qualifier": "exact", "sub": False, "more": False})
                break
    for d in ctx.of("dual"):  # Arabic dual: جنديين = two soldiers
        out.append({"number": None, "value": 2, "noun": d, "qualifier": "exact", "sub": False})
    return out


def _more_casualties(ctx: SentenceContext, n, end: int) -> bool:
    """A bare count right after a more-word, past a comma, and a casualty verb right after it ("..., еще
    пятеро получили ранения", "..., ще троє дістали поранення"): more of the troops counted before, hit."""
    # (a conjunction may follow the comma: ", and another five were wounded")
    more = any(t.end <= n.start and ctx.gap(t.end, n.start) == 0 and _AFTER_COMMA.search(ctx.text[max(ctx.start, t.start - 12):t.start])
               for t in ctx.of("more"))
    return more and any(a.value == "casualties" and a.start >= end and ctx.gap(end, a.start) <= 1
                        and not PUNCT.search(ctx.text[end:a.start]) for a in ctx.of("action"))


def _demonyms_only(ctx: SentenceContext, a: int, b: int, kinds=("adjective",)) -> bool:
    """Only demonyms stand between offsets a and b ("2000 [російських] військових")."""
    rest = ctx.text[a:b]
    for m in ctx.of("mention"):
        if m.value.kind in kinds and a <= m.start and m.end <= b:
            rest = rest.replace(m.text, " ", 1)
    return a < b and not rest.strip() and ctx.gap(a, b) <= 2


def _rises(low: int, high: int) -> bool:
    """A range's upper bound is above its lower one, once the upper's multiplier applies to both
    ("от 11 до 12 тысяч")."""
    while low * 1000 <= high:
        low *= 1000
    return high > low


def not_a_head_count(ctx: SentenceContext, n, troops: list[Tag]) -> bool:
    """Ordinals (第十批, 제19진), years after "in/since", percentages, money, and CJK numbers with a
    unit that is not a person counter (22일, 19진, 两艘)."""
    if ctx.text[max(ctx.start, n.start - 1): n.start] in _ORDINAL_BEFORE:
        return True
    if any(t.start <= n.start and n.end <= t.end for t in ctx.of("another")):
        return True  # "seorang lagi cedera", "另有一人受伤": "another" (one more of them), no count of its own
    if n.bare_year and ctx.text[n.end:n.end + 2].strip()[:1] not in _COUNTERS and not _opens_troop_range(ctx, n, troops) and not any(
            t.start >= n.end and (t.start - n.end <= 1 if ctx.cjk else ctx.gap(n.end, t.start) == 0
                                  or _demonyms_only(ctx, n.end, t.start))
            and not PUNCT.search(ctx.text[n.end:t.start]) for t in troops):
        return True  # "since 2024", "2025 budget", "seit 2023": a year unless a troop noun is glued to it
        # (or follows past its owner's demonym: "2000 російських військових", "2000 American soldiers")
        # (or to the range it opens: "ما بين 2000 و3000 جندي", "2000 to 3000 troops")
    if n.bare_year and not ctx.cjk and any(t.end <= n.start and ctx.gap(t.end, n.start) == 0
                                           and not PUNCT.search(ctx.text[t.end:n.start]) for t in ctx.of("year_preps")) \
            and not any(q.end <= n.start and ctx.gap(q.end, n.start) <= 1 for q in ctx.of("qualifier")):
        return True  # "desplegará en 2025 tropas en Letonia": a year after "en/in/в", the troop noun is the object
    if not ctx.cjk and any(t.end <= n.start and ctx.gap(t.end, n.start) == 0 and not PUNCT.search(ctx.text[t.end:n.start])
                           for t in ctx.of("grade_before")):
        return True  # "unit hospital peringkat dua", "a level-two field hospital", "Role 2": a grade, not people
    if any(t.end <= n.start and (n.start - t.end <= 2 if ctx.cjk else ctx.gap(t.end, n.start) <= 1)
           and not PUNCT.search(ctx.text[t.end:n.start]) for t in ctx.of("not_count_before")):
        return True  # "a population of 3.5 million", "berpenduduk hanya 3.5 juta", 人口约350万: no troops
    if not ctx.cjk and 1 <= n.value <= 31 and _month_follows(ctx, n.end):
        return True  # "pada 30 Januari", "le 12 mars", "on 3 May": a day of the month
    if not ctx.cjk and 1 <= n.value <= 31 and ctx.text[n.start].isdigit() and _month_before(ctx, n.start) and not any(
            t.start >= n.end and (ctx.gap(n.end, t.start) == 0 or _demonyms_only(ctx, n.end, t.start))
            and not PUNCT.search(ctx.text[n.end:t.start]) for t in troops):
        return True  # "DAKAR, March 4 -", "on April 9, 2025": a day after its month (not "in March 30 soldiers")
    if _SLASH_AFTER.match(ctx.text, n.end) or _SLASH_BEFORE.search(ctx.text[max(ctx.start, n.start - 2): n.start]):
        return True  # "Minggu (12/1)", "on 3/15": a date
    if not ctx.cjk and any(t.start >= n.end and ctx.gap(n.end, t.start) == 0 for t in ctx.of("units")):
        return True  # "one company of soldiers", "two battalions": formations counted, not people
    if not ctx.cjk and _names_unit(ctx, n, troops):
        return True  # "Batalion Malaysia (MALBATT) 850", "Task Force 88": a number in a unit's name
    if not ctx.cjk and _GLUED_LETTER.match(ctx.text, n.end):
        return True  # "the 126th battalion", "le 3e régiment", "el 5º batallón": an ordinal
    if _PERCENT.match(ctx.text, n.end) or _CURRENCY.search(ctx.text[max(ctx.start, n.start - 2): n.start]):
        return True
    if ctx.cjk and _bare_numeral_word(ctx, n, troops):
        return True
    if ctx.lang in NO_SPACE_LANGS:
        after = ctx.text[n.end: n.end + 2]
        if after[:1] and _CJK_LETTER.match(after[0]) and after[0] not in _COUNTERS:
            person = after[0] in _ABOUT_COUNTER and after[1:2] in _COUNTERS
            return not person and not any(t.start == n.end for t in troops + ctx.of("range", "qualifier"))
    return False


_NEXT_NUMBER = re.compile(r"(\D{0,12}?)(\d[\d.,\u00a0 ]*\d|\d)")


def _opens_troop_range(ctx: SentenceContext, n, troops: list[Tag]) -> bool:
    """The number opens a range ("2000 to 3000", "2000-3000", Arabic "2000 و3000") whose upper bound
    has a troop noun glued to it: a head count, not a year."""
    m = _NEXT_NUMBER.match(ctx.text, n.end, ctx.end)
    if m is None:
        return False
    joint, a, b = m.group(1), m.start(2), m.end(2)
    glued = _GLUED_AND.get(ctx.lang)
    ranged = (_RANGE_DASH.match(joint) or (glued is not None and glued.match(joint))
              or (joint.strip() and ctx.between(n.end, a, "range") and ctx.gap(n.end, a) <= 1))
    return bool(ranged) and any(t.start >= b and ctx.gap(b, t.start) == 0 and not PUNCT.search(ctx.text[b:t.start])
                                for t in troops)


def _names_unit(ctx: SentenceContext, n, troops: list[Tag]) -> bool:
    """A number right after a capitalised unit word and its name (capitalised words and brackets, no
    people word after the number) is the unit's name or number, no head count."""
    if any(t.start >= n.end and ctx.gap(n.end, t.start) == 0 for t in troops + ctx.of("persons", "tally", "members")):
        return False
    for u in ctx.of("units"):
        words = re.sub(r"\([^()]*\)", " ", ctx.text[u.end:n.start]).split() if u.end < n.start else []
        if u.text[:1].isupper() and 0 < len(words) <= 4 and all(
                w[:1].isupper() and re.fullmatch(r"[^\W\d_][\w-]*", w) for w in words):
            return True
    return False


def _bare_numeral_word(ctx: SentenceContext, n, troops: list[Tag]) -> bool:
    """"三军" (the three services), "两军" (both armies): Chinese and Japanese put a counter between a
    small number and the people it counts (三名士兵, 三人), so one numeral character glued straight to a
    troop noun is part of a word that names forces, not a head count."""
    return (n.end - n.start == 1 and not ctx.text[n.start].isdigit() and n.value < 10
            and any(t.start == n.end for t in troops))


_WORD_AFTER = re.compile(r"[ \u00a0]?(\w+)")


def _month_follows(ctx: SentenceContext, end: int) -> bool:
    m = _WORD_AFTER.match(ctx.text, end)
    return m is not None and m.group(1).lower() in month_names(ctx.lang)


_WORD_BEFORE = re.compile(r"(\w+)\.?[ \u00a0]?$")


def _month_before(ctx: SentenceContext, start: int) -> bool:
    m = _WORD_BEFORE.search(ctx.text, max(ctx.start, start - 16), start)
    return m is not None and m.group(1).lower() in month_names(ctx.lang)


def _speaks(ctx: SentenceContext, noun: Tag) -> bool:
    """"Seorang pegawai tentera berkata ...", "Two officers told reporters": the counted people are
    who speak, right before the speech verb, not troops sent (not in head-final languages, whose
    speaker comes first and verb last)."""
    if ctx.lang in HEAD_FINAL or ctx.lang in NO_SPACE_LANGS:
        return False
    # ("100 anggota tentera Rusia dilaporkan tiba", "200 soldiers reportedly arrived": a report word
    # right before the troops' own verb says it is reported, not that they speak)
    return any(sp.start >= noun.end and ctx.gap(noun.end, sp.start) <= 1 and sp.value != "according_to"
               and not PUNCT.search(ctx.text[noun.end:sp.start])
               and not any(a.start >= sp.end and ctx.gap(sp.end, a.start) == 0 for a in ctx.of("action"))
               for sp in ctx.of("speech"))


def _changed_from(ctx: SentenceContext, n, later) -> bool:
    """"rose from 800 to 1,200", "stieg von 800 auf 1.200", "1만1000명 수준에서 1만4000명으로 늘었다"."""
    if not later or not ctx.of("change"):
        return False
    if ctx.lang in NO_SPACE_LANGS:  # the "from" follows: 수준에서, から; a later figure comes after it
        return any(t.start >= n.end and t.start - n.end <= 12 and not ctx.between(n.end, t.start, "troops")
                   and any(m.start >= t.end for m in later) for t in ctx.of("from_after"))
    before = any(t.end <= n.start and ctx.gap(t.end, n.start) == 0 for t in ctx.of("from_before"))
    return before and ctx.gap(n.end, later[0].start) <= 2  # "from 800 to 1,200", "von 800 auf 1.200"


def _to_total(ctx: SentenceContext, n) -> bool:
    """"bringing its contingent to around 1,800", "elevando para 4.000", "portant à 1 500": a change
    verb, then a to-word right before the number (a qualifier may stand between)."""
    changes = ctx.of("change")
    if not changes:
        return False
    quals = [q for q in ctx.of("qualifier") if q.end <= n.start and ctx.gap(q.end, n.start) == 0]
    at = quals[0].start if quals else n.start
    return any(t.end <= at and ctx.gap(t.end, at) == 0 and any(c.end <= t.start for c in changes)
               for t in ctx.of("change_to"))


def _tallied(ctx: SentenceContext, n) -> bool:
    """"The contingent numbered 350", "Les militaires, au nombre de 300", "berjumlah 1.000": a tally
    word right before the number (a qualifier may stand between) counts the troop noun before it."""
    quals = [q for q in ctx.of("qualifier") if q.end <= n.start and ctx.gap(q.end, n.start) == 0]
    at = quals[0].start if quals else n.start
    return any(t.end <= at and ctx.gap(t.end, at) == 0 for t in ctx.of("tally"))


def _counter_follows(text: str, end: int) -> bool:
    """A person counter right after the number, maybe after "some": 700人, 150명, 150여명, 150여 명, 800余名."""
    after = text[end: end + 4].lstrip()
    if after[:1] and after[0] in _ABOUT_COUNTER:
        after = after[1:].lstrip()
    return bool(after) and after[0] in _COUNTERS


def _qualifier_words(ctx: SentenceContext, a: int, b: int) -> int:
    """Words of count qualifiers between a and b: "Of these, at least 40" counts as "Of these 40"."""
    return sum(ctx.gap(q.start, q.end) for q in ctx.of("qualifier") if a <= q.start and q.end <= b)


def _body_force(ctx: SentenceContext, t: Tag) -> bool:
    """A troop noun that is a body's force: the body's name inside it or right before it (유엔 평화유지군)."""
    return any(m.value.code in BODIES and m.value.kind in ("body", "force")
               and (t.start <= m.start < t.end or m.start <= t.start < m.end
                    or (m.end <= t.start and ctx.gap(m.end, t.start) == 0))
               for m in ctx.of("mention"))


def _noun_for(ctx: SentenceContext, n, end: int, troops: list[Tag], later) -> Tag | None:
    if ctx.lang in NO_SPACE_LANGS and _counter_follows(ctx.text, end):
        # with a person counter, a formation counts people too: 该营共约700人 (the battalion, about 700)
        troops = troops + ctx.of("units")
        if any(0 <= t.start - end <= 4 for t in ctx.of("institution")) and not any(
                0 <= t.start - end <= 4 for t in troops):
            return None  # "两名知情官员透露": the officials counted are who speak
        if any(0 <= t.start - end <= 4 for t in ctx.of("sport")) and not any(0 <= t.start - end <= 4 for t in troops):
            return None  # "23名“国家队”球员": the people counted are a team's
        # (a body's force named before the state's troops is where they serve, not what is counted:
        # "유엔 평화유지군 소속 인도네시아 병사 3명", "国連平和維持部隊に所属するケニア兵3人")
        near = [t for t in troops if 0 <= n.start - t.end <= 14 or 0 <= t.start - end <= 6]
        own = [t for t in near if not _body_force(ctx, t)]
        noun = (own if own and len(own) < len(near) else near or [None])[0]
        if noun is not None and noun.end <= n.start and ctx.between(noun.end, n.start, "action"):
            # "美国在挪威轮换驻扎约1000名海军陆战队员": past a verb, the troop noun after the counter is counted
            noun = next((t for t in troops if 0 <= t.start - end <= 6), noun)
        if noun is None and troops and not any(0 <= t.start - end <= 6 for t in ctx.of("non_troop")):
            noun = min(troops, key=lambda t: abs(t.start - n.start))
        return noun
    partitive = next((t for t in ctx.of("partitive") if (t.start >= end and ctx.gap(end, t.start) == 0)
                      or (t.end <= n.start and ctx.gap(t.end, n.start) - _qualifier_words(ctx, t.end, n.start) == 0)
                      or _opening_partitive(ctx, t, n)), None)
    if partitive is not None:
        return partitive
    persons = next((t for t in ctx.of("persons") if t.start >= end and ctx.gap(end, t.start) == 0), None)
    # a person word that is itself a troop noun ("250 efectivos en la UNFICYP") counts itself, not a
    # force named near it
    if persons is not None and not any(t.start == persons.start and t.cat != "partitive" for t in troops):
        # "Контингент із 150 осіб", "o contingente, de 40 homens", "250 kişilik birlik": people counted
        # for a force the sentence names
        # ... right beside them, no verb between ("troops killed 30 people" counts no troops)
        # (a verb of composition is no such verb: "В состав контингента войдут 850 человек")
        units = [t for t in ctx.of("units") + troops if t.cat != "partitive" and not _verb_between(
            ctx, min(t.end, persons.end), max(t.start, n.start))
            and min(ctx.gap(t.end, n.start), ctx.gap(persons.end, t.start)) <= 8]
        if units:
            return min(units, key=lambda t: abs(t.start - n.start))
    # "Rund 80 Angehörige der Schweizer Armee", "some 80 members of the Swiss army": members counted of a
    # troop noun right after them count its troops (alone, "80 Angehörige" are relatives)
    members = next((t for t in ctx.of("members") if t.start >= end and ctx.gap(end, t.start) == 0), None)
    if members is not None:
        noun = next((t for t in troops if t.start >= members.end and t.cat != "partitive"
                     and ctx.gap(members.end, t.start) <= 3 and ctx.between(members.end, t.start, "genitive", "of_whole")
                     and not PUNCT.search(ctx.text[members.end:t.start])), None)
        if noun is not None:
            return noun
    if any(t.start >= end and ctx.gap(end, t.start) == 0 for t in ctx.of("non_troop")):
        return None  # "500 vehicles", "nine-month rotation"
    if any(t.start >= end and ctx.gap(end, t.start) == 0 and not any(s.start == t.start for s in troops)
           for t in ctx.of("institution")) and not any(
            t.start >= end and ctx.gap(end, t.start) <= 3 for t in ctx.of("troops")):
        return None  # "kata seorang pegawai Pentagon": officials counted (not "220 pegawai dan anggota")
    strong = any(t.start >= end and ctx.gap(end, t.start) == 0 for t in ctx.of("tally"))
    if strong:
        troops = troops + ctx.of("units")  # "the 450-strong unit": a formation's head count
    # (the name of the force they belong to may stand between: "60 Ground Self-Defense Force personnel")
    noun = next((t for t in troops if t.start >= end and ctx.gap(end, t.start) - _force_name_words(ctx, end, t.start) <= 3
                 and t.cat != "partitive" and not _CLAUSE_PUNCT.search(_NUMBER_GROUPS.sub("", ctx.text[end:t.start]))
                 and not ctx.between(end, t.start, "non_troop", "host_before", "speech", "units")), None)
    if noun is not None and any((t.start >= noun.end and ctx.gap(noun.end, t.start) == 0)
                                or (t.start >= end and t.end <= noun.start and ctx.gap(end, t.start) <= 1)
                                for t in ctx.of("facilities")):
        return None  # "its last two military bases", "sus dos últimas instalaciones militares": the troop
        # word describes what is counted
    if noun is None and strong:
        # "the first Hungarian soldiers of the planned 200-strong mission": the troops it is made of
        noun = next((t for t in reversed(troops) if t.end <= n.start and t.cat != "partitive"
                     and ctx.gap(t.end, n.start) <= 4 and ctx.between(t.end, n.start, "of_whole")
                     and not PUNCT.search(ctx.text[t.end:n.start])), None)
    # ("satu kompeni askar", "two companies of soldiers": the number counts formations, not people)
    if noun is None:
        noun = _after_participle(ctx, end, troops)
    if noun is None and later:
        nxt = later[0]  # "10.000 ihrer rund 35.000 Soldaten", "500 of its 4,000 troops"
        if ctx.between(end, nxt.start, "of_whole") and ctx.gap(end, nxt.start) <= 3:
            noun = _noun_for(ctx, nxt, nxt.end, troops, later[1:])
    return noun


def _force_name_words(ctx: SentenceContext, a: int, b: int) -> int:
    """Words between a and b inside the name of an armed force ("Self-Defense Force", "Marine Corps"),
    which stand as one adjective before the troop noun; none counted past three words of gap."""
    if ctx.gap(a, b) <= 3:
        return 0
    return sum(ctx.gap(t.start, t.end) for t in ctx.of("institution") if a <= t.start and t.end <= b
               and not any(s.start == t.start for s in ctx.of("troops")))


def _opening_partitive(ctx: SentenceContext, t: Tag, n) -> bool:
    """"Davon gehen 800 nach Lettland", "Of those, most - 800 - ...": a partitive that opens the sentence
    counts the number a verb (or two words) after it, nothing else named between."""
    return (t.end <= n.start and ctx.gap(ctx.start, t.start) == 0 and ctx.gap(t.end, n.start) <= 2
            and not PUNCT.search(ctx.text[t.end:n.start]) and not ctx.between(t.end, n.start, "mention", "troops"))


def _verb_between(ctx: SentenceContext, a: int, b: int) -> bool:
    """An action or speech verb between a and b that is not a verb of composition (tally), nor an
    "according to" set in ("umfasst nach Angaben des Ministeriums 240 Männer und Frauen")."""
    tallies = {(t.start, t.end) for t in ctx.of("tally")}
    return any(a <= t.start and t.end <= b and (t.start, t.end) not in tallies and t.value != "according_to"
               for t in ctx.of("action", "speech"))


def _after_participle(ctx: SentenceContext, end: int, troops: list[Tag]) -> Tag | None:
    """"35.000 in Deutschland stationierten Soldaten", "7 000 размещённых в Таджикистане военных": a
    participle phrase between a number and its noun; the word before the noun is the participle."""
    rx = ctx.participle
    if rx is None:
        return None
    for t in troops:
        if t.start < end or t.cat == "partitive" or ctx.gap(end, t.start) > _EXTENDED_MAX_WORDS:
            continue
        seg = ctx.text[end:t.start]
        words = seg.split()
        if not words or PUNCT.search(seg) or ctx.between(end, t.start, "non_troop", "speech", "troops"):
            return None
        return t if any(rx.fullmatch(w) for w in words) else None
    return None
