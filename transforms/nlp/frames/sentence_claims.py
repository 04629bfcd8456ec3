"""Claims in one sentence: who sends forces (sender), where (host), how many, what they did, who says.

Works on the tags found once per article (lexicon hits, country/place mentions, numbers) and uses
word distance between them, which carries across languages better than parsing: an adjective or
name next to a troop noun is its owner, a name after a "to/in/ke/nach/в" word (or with a dative or
locative ending in Turkish, Korean, Japanese) is the host, a name just before a speech verb speaks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .context import HEAD_FINAL, PUNCT as _PUNCT, VERB_FIRST, SentenceContext, Tag, marked_subject, mentions as _mentions, speaks
from .counts import _demonyms_only, count_links
from .distributive import (bare_list_links, elliptical_links, gapped_links, hosts_per_count, listed_parts, prep_start,
                           unassigned_hosts, whole_noun_links, without_wholes)
from ..mentions.separable import split_verb_tags, superseded
from .sources import find_source, institution_seats, opening_speaker, seated_institution, source_name, speaker_capital, \
    subject_institution, topic_speaker
from ..mentions.gazetteer import BODIES, HOST_KINDS, SENDER_KINDS, capital_named

TYPE_PRIORITY = ("casualties", "withdrawal", "deployment", "training", "reinforcement", "combat")
# Languages that drop a subject the speaker already names ("韓国は…派遣したと発表した"): the speaker sends.
SPEAKER_SUBJECT = HEAD_FINAL | {"zh"}
# Languages whose lists may join any two items with the conjunction ("피지와 파푸아뉴기니, 뉴질랜드가",
# "AとB、C"), not only the last two: a comma after it does not close the list.
LOOSE_CONJUNCTION = frozenset({"ko", "ja"})
# (VERB_FIRST, context.py: a verb may open the clause, its subject right after it: "تنشر إثيوبيا ... جندي")
# Languages whose subject may follow the verb when the object comes first ("Свои войска в Мали направили Чад").
OBJECT_FIRST = frozenset({"ru", "uk"})
# Languages that name whom a statement addresses before its verb (zh "向美国表示"): a place
# preposition after the verb marks where forces go.
ADDRESSEE_FIRST = frozenset({"zh"})
_BETWEEN_NUMBERS = (re.compile(r"\d\s?$"), re.compile(r"\s?\d"))
_BRACKETED = re.compile(r"^\s?[(（][^()（）]{1,24}[)）]")  # "（MINUSCA）", " (UNMISS)" after a full name
_GROUPED = re.compile(r"\d[\d.,\u00a0\u202f ]*\d")


@dataclass
class Draft:
    sender: str | None
    host: str | None
    claim_type: str
    stance: str
    source: str
    source_country: str | None
    count: int | None = None
    count_qualifier: str | None = None
    location: str | None = None
    event_date: str | None = None
    evidence_start: int = 0
    evidence_end: int = 0
    explicit: int = 0           # how many of sender/host the sentence itself named
    pronoun_sender: bool = False
    possessive: bool = False    # "ses hommes" with no state before it in the sentence: the last claim's sender's
    domestic: bool = False
    theatre: bool = False       # host named only as "the war in X"
    host_ref: bool = False      # host given as "the country" / "sur place": the article's focus country
    refers_back: bool = False   # "Kyiv denied the claim": repeats the previous sentence's claims
    source_own: bool = False    # said by "the defence ministry" with no country: the sender's own
    partitive: bool = False     # "4.000 von ihnen": a part of the troops of the previous claim
    demands_out: bool = False   # a demand that they leave: with no host known, the speaker's own soil
    speaker_soil: bool = False  # a state denies foreign troops, or says they leave an unnamed place: its own soil
    named: frozenset = frozenset()  # codes of every country or body the sentence names
    by_mission: bool = False    # the sender is only the body of the one mission named ("... will join UNMISS")
    places: tuple = ()          # (country, English name) of places the sentence names, for `location`
    leaves_city: bool = False   # a leaving verb right before the host's city ("is due to leave Colombo")
    attribution: bool = False   # a sentence that only says who said it ("同国国防省が発表した。"): of the claims before
    instead: list = field(default_factory=list)  # ... and its drafts, read as usual where no claim precedes it
    cues: list = field(default_factory=list)


_GENITIVE_TR = re.compile(r"['’]n?[ıiuü]n$")
# Turkish "with" glued to a plural or after a vowel ("araçlarla", "gemileriyle"): the means, not the object
_COMITATIVE_TR = re.compile(r"(?:l[ae]r|[ıiuü]y)l[ae]$")
# Turkish "that is in" glued to a place ("Kıbrıs'taki", "Suriye'deki")
_LOCATIVE_ADJ_TR = re.compile(r"['’]n?[dt][ae]ki$")
_REGION_NAME_TR = re.compile(r"(?:\s[A-ZÇĞİÖŞÜ][\w-]*){1,2}\s")


def find_hosts(ctx: SentenceContext, exclude: set) -> list[Tag]:
    """Names in the role of destination/place: after a host preposition, or with a locative ending."""
    hosts: list[Tag] = []
    # "约3000至4000名卢旺达士兵", "de 3 000 à 4 000 soldats": a to-word between two numbers is a range
    ranges = {(t.start, t.end) for t in ctx.of("range")}
    preps = [p for p in ctx.of("host_before") if not ((p.start, p.end) in ranges and _BETWEEN_NUMBERS[0].search(
        ctx.text, max(ctx.start, p.start - 3), p.start) and _BETWEEN_NUMBERS[1].match(ctx.text, p.end, min(ctx.end, p.end + 3)))]
    # "retirará soldados de Irak": after a withdrawal verb, a from-word says where they leave
    # (right after the troops or the verb: "exigió la retirada de las tropas ... de las fronteras de Rusia" no)
    leaving = [t for t in ctx.of("from_before") if t not in preps and _withdraws(ctx, t.start) and any(
        a.end <= t.start and ctx.gap(a.end, t.start) == 0 for a in ctx.of("troops", "units", "action"))]
    # ... and so does the same from-word opening the next item of the list ("retirera 400 soldats de
    # Lettonie et 150 de Pologne", "menarik 400 tentara dari Irak dan 150 dari Afghanistan")
    for t in ctx.of("from_before"):
        if leaving and t not in preps and t not in leaving and t.start > leaving[-1].end and any(
                m.start >= leaving[-1].end and m.end <= t.start and _joined_count(ctx, m.end, t.start)
                and ctx.gap(m.end, t.start) <= 4 and not ctx.between(m.end, t.start, "action", "troops", "units", "mention")
                for m in _mentions(ctx, HOST_KINDS)):
            leaving.append(t)
    if leaving:
        preps = sorted(preps + leaving, key=lambda t: t.start)
    preps = sorted(preps + _to_after_troops(ctx), key=lambda t: t.start)
    crossed = {id(m): m for _, m, _ in crossed_borders(ctx)}
    exclude = exclude | (neighbours(ctx) - set(crossed))  # "melintasi perbatasan Ukraina": crossed into it
    extra = [m for m in crossed.values() if m.value.kind not in HOST_KINDS]
    for m in sorted(_mentions(ctx, HOST_KINDS) + _territory_demonyms(ctx) + extra, key=lambda t: t.start):
        if id(m) in exclude:
            continue
        after = ctx.text[m.end: m.end + 12]
        if ctx.lang == "tr":  # the case ending is part of the matched name: Libya'ya
            ending = re.search(r"['’]\w+$", m.text)
            by_suffix = bool(ending and ctx.host_suffix and ctx.host_suffix.match(ending.group(0)))
        else:  # (past a closing bracket: "아랍에미리트(UAE)에", or the name's bracketed abbreviation itself)
            after = _BRACKETED.sub("", ctx.text[m.end: m.end + 40], count=1)[:12]
            by_suffix = ctx.host_suffix is not None and bool(ctx.host_suffix.match(re.sub(r"^[)）」』\]\"”’]+", "", after)))
        # "ニジェールから1500人、チャドから1000人の兵士を撤収させる": a from-word after the name, in a clause
        # that ends in a withdrawal, says where they leave
        by_suffix = by_suffix or (ctx.lang in HEAD_FINAL and any(_adjacent(ctx, m, t) for t in ctx.of("from_after"))
                                  and any(a.value == "withdrawal" and a.start >= m.end for a in ctx.of("action")))
        if ctx.lang in HEAD_FINAL and any(sp.value == "according_to" and sp.start >= m.end and ctx.gap(m.end, sp.start) <= 1
                                          and not _PUNCT.search(ctx.text[m.end:sp.start]) for sp in ctx.of("speech")):
            continue  # "미 국무부에 따르면": the case ending belongs to "according to"; this is the source
        # (not where a modifier stands before its noun: "捷克政府批准向斯洛伐克派遣" is the government
        # sending, the embassy in Madrid is "驻马德里大使馆")
        if ctx.lang not in SPEAKER_SUBJECT and any(p.end <= m.start and ctx.gap(p.end, m.start) == 0 and any(
                i.end <= p.start and ctx.gap(i.end, p.start) <= 1 and not _PUNCT.search(ctx.text[i.end:p.start])
                and not ctx.between(i.end, p.start, "speech", "action", "troops", "units") for i in ctx.of("institution")
                if not _is_troop_word(ctx, i) and not _base_adjective(ctx, i)) for p in preps + ctx.of("genitive")):
            continue  # the seat of an institution ("the Russian embassy in Madrid", "les autorités de
            # Djouba") is no destination
            # (an army is troops: "clashed with Sudan's army in Sudan's border region" is where it fights)
        if ctx.cjk and any(p.start == m.end and not _is_verb(ctx, p) for p in preps) and any(
                p.end == m.start and not _is_verb(ctx, p) for p in preps):
            continue  # "驻扎在美国在非洲唯一的基地": a state between two at-words owns what stands there
        if _impersonal_speaker(ctx, m):
            continue  # "В Минске опровергли", "У Києві заявили": they said it in Minsk, Minsk speaks
        if any(a.start >= m.end and not ctx.text[m.end:a.start].strip() for a in ctx.of("agent")):
            continue  # "北朝鮮による": the case ending is part of the doer's marker, not a destination
        if _belongs_to(ctx, m):
            continue  # "Türkiye'ye ait üsler": the case ending is part of "belonging to", the owner
        if _led_by(ctx, m):
            continue  # "the coalition led by Saudi Arabia", "на чолі з Німеччиною": the leader, no place
        # a demonym glued to its troop noun says whose they are, even after a place word
        owner = m.value.kind == "adjective" and any(_adjacent(ctx, m, t) for t in ctx.of("troops"))
        # ("إلى قاعدة الخادم الجوية شرقي ليبيا", "to the Al-Khadim air base in eastern Libya": a base's word
        # and its name between the to-word and the state, no verb and no filler of their own)
        # (... and a mission's word, with the body it is of: "في بعثة أفريقيا الوسطى", "في بعثة الأمم المتحدة
        # بجمهورية ...", the mission in the country it is named after or serves in)
        sites = [f for f in ctx.of("facilities", "mission_words") + _mission_bodies(ctx) if f.end <= m.start]
        # (not the base's owner after an of-word: "la primera base permanente de Pekín")
        site_words = lambda a, b: 0 if ctx.between(a, b, "genitive") or m.value.kind == "capital" else sum(
            ctx.gap(f.start, f.end) for f in sites if a <= f.start and f.end <= b)
        by_prep = not owner and any(p.end <= m.start and ctx.gap(p.end, m.start) - _fillers(ctx, p.end, m.start)
                      - site_words(p.end, m.start) <= 2
                      and not (ctx.cjk and _is_verb(ctx, p) and not _adjacent(ctx, p, m))  # 进驻罗马尼亚; not 驻扎着约3万名美国军人
                      and not _PUNCT.search(ctx.text[p.end:m.start])
                      and not ctx.between(p.end, m.start, "domestic", "troops", "units", "reinforcement")
                      and not any(p.end <= a.start and a.end <= m.start and not any(
                          (f.start, f.end) == (a.start, a.end) for f in sites) for a in ctx.of("action"))
                      for p in preps)
        # (in ja/zh glued to the name: "モザンビーク派遣部隊" is the unit sent there, "日本が派遣部隊を" is not)
        by_after = any(m.end <= t.start and (t.start == m.end if ctx.cjk else ctx.gap(m.end, t.start) == 0)
                       for t in ctx.of("host_after"))
        # ... also past the region's own name, unknown to the gazetteer, after a genitive ("Afganistan'ın
        # Host vilayetinde", "Irak'ın Duhok ilinde"): the name of a part of the genitive's country
        by_after = by_after or (ctx.lang == "tr" and _GENITIVE_TR.search(m.text) is not None and any(
            m.end < t.start and _REGION_NAME_TR.fullmatch(ctx.text[m.end:t.start])
            and not ctx.between(m.end, t.start, "mention") for t in ctx.of("host_after")))
        # a city right before a speech verb speaks for its government ("Seul estima ...")
        speaking = speaks(ctx, m) and any(sp.start >= m.end and ctx.gap(m.end, sp.start) == 0 for sp in ctx.of("speech"))
        # ... and so does a capital with a subject particle (바마코는 ... 밝혔다)
        marked = m.value.kind == "capital" and ctx.subject_marker is not None and marked_subject(ctx, m)
        speaking = speaking or marked
        speaking = speaking or (m.value.kind == "capital" and opening_speaker(ctx, m))  # "Téhéran a fermement condamné"
        speaking = speaking or (m.value.kind == "capital" and topic_speaker(ctx, m))  # "Caracas, ... kınadı"
        # "ont quitté le Tchad", "abandonaron este jueves Senegal", "покинули Нигер": the object of a
        # leaving verb is the country they leave (no preposition between: "regressam a Portugal" is
        # where they go; not a subject after the verb: "zogen die USA ihre Soldaten ab")
        # (the troops before the verb in its clause: "Fort de 500 hommes, il doit quitter Dakar" sets out)
        by_leaving = m.value.kind in ("name", "short", "place") and ctx.lang not in HEAD_FINAL | VERB_FIRST and any(
            a.end <= m.start and ctx.gap(a.end, m.start) - _fillers(ctx, a.end, m.start) <= 2
            and not _PUNCT.search(ctx.text[a.end:m.start])
            and all(t.cat == "host_filler" for t in ctx.tags if a.end <= t.start and t.end <= m.start)
            and any(t.end <= a.start and not _PUNCT.search(_GROUPED.sub("", ctx.text[t.end:a.start]))
                    for t in ctx.of("troops", "units", "mention") if t.cat != "mention" or t.value.kind == "force")
            for a in ctx.of("leaving")) and not any(
            t.start >= m.end and ctx.gap(m.end, t.start) <= 1 for t in ctx.of("troops", "units", "possessives"))
        by_leaving = by_leaving or _left_before_participle(ctx, m)
        # "BM'nin Güney Sudan misyonuna", "유엔 남수단 임무단", "the UN's Lebanon mission": the country a
        # mission is named after is where its troops serve
        by_mission = m.value.kind in ("name", "short") and any(
            t.start >= m.end and (t.start == m.end if ctx.cjk else ctx.gap(m.end, t.start) == 0)
            and not _PUNCT.search(ctx.text[m.end:t.start]) for t in ctx.of("mission_words"))
        # "the occupation of Armenian territory": a demonym beside a word for a state's soil names a place
        by_soil = m.value.kind == "adjective" and any(_adjacent(ctx, m, t) for t in ctx.of("territory"))
        by_prep = by_prep or _apposed_country(ctx, m, preps)
        if by_suffix or by_prep or by_after or by_leaving or by_mission or by_soil or id(m) in crossed or _example_of_place(ctx, m) or (
                m.value.kind in ("place", "capital") and not speaking and not _capital_as_doer(ctx, m)):
            hosts.append(m)
        elif hosts and _coordinated_past_count(ctx, hosts[-1].end, m.start) and not (
                marked or _right_before_speech(ctx, m.end) or _owns_speaking_title(ctx, m)
                or _fronted_place(ctx, hosts[-1], m)):
            # "to Poland, Germany and Romania" (and "... dan Kuwait, kata Pentagon": the list's last
            # name set off by a comma from the speech verb is no speaker)
            hosts.append(m)
    return _with_runs_before(ctx, hosts, exclude)


def _left_before_participle(ctx: SentenceContext, m: Tag) -> bool:
    """"Die letzten Soldaten haben den Tschad verlassen": a country right before the leaving participle
    that closes the clause, with the troops before it, is the country they leave."""
    return m.value.kind in ("name", "short", "place") and any(
        m.end <= a.start and ctx.gap(m.end, a.start) == 0 and not _PUNCT.search(ctx.text[m.end:a.start])
        and any(t.end <= m.start and not _PUNCT.search(_GROUPED.sub("", ctx.text[t.end:m.start]))
                for t in ctx.of("troops", "units", "mention") if t.cat != "mention" or t.value.kind == "force")
        for a in ctx.of("leaving_after"))


def _fronted_place(ctx: SentenceContext, h: Tag, m: Tag) -> bool:
    """"在中非共和国，卢旺达、俄罗斯都部署有军事人员": a place opening the sentence after its at-word and
    set off by a clause comma (zh "，", not the list's "、") says where; the names after it are no list with it."""
    return ctx.lang == "zh" and "，" in ctx.text[h.end:m.start] and any(
        p.end <= h.start and ctx.gap(ctx.start, p.start) == 0 and ctx.gap(p.end, h.start) == 0 for p in ctx.of("host_before"))


def later_base_hosts(ctx: SentenceContext, candidates: list[Tag], hosts: list[Tag]) -> list[Tag]:
    """"Китай має військових у Джибуті та ... планує нові бази в Камбоджі й ...": a later run of hosts that
    are where bases are (a base noun right before its place), with no other state named in between but
    a source ("according to US intelligence"), is where the same sender is too."""
    if not hosts:
        return []
    out = []
    for g in host_groups(ctx, candidates):
        if g[0].start <= hosts[-1].end or any(h in hosts for h in g):
            continue
        at = prep_start(ctx, g[0])
        base = [f for f in ctx.of("facilities") if hosts[-1].end <= f.start and f.end <= at
                and ctx.gap(f.end, at) - _fillers(ctx, f.end, at) == 0]
        if at == g[0].start or not base:
            break
        others = [m for m in ctx.of("mention") if hosts[-1].end <= m.start < base[-1].start and not _cited_source(ctx, m)]
        if others or ctx.between(hosts[-1].end, at, "troops", "units"):
            break
        out += g
    return out


def _cited_source(ctx: SentenceContext, m: Tag) -> bool:
    """m stands in an attribution ("за даними розвідки США", "according to US intelligence")."""
    return any(sp.value == "according_to" and sp.end <= m.start and ctx.gap(sp.end, m.start) <= 2
               for sp in ctx.of("speech"))


def _base_adjective(ctx: SentenceContext, i: Tag) -> bool:
    """"قاعدتها البحرية", "sa base navale": an institution's word right after a base's describes the base."""
    return any(f.end <= i.start and ctx.gap(f.end, i.start) == 0 for f in ctx.of("facilities"))


def _to_after_troops(ctx: SentenceContext) -> list[Tag]:
    """Lexicon `host_after_troops` ("a", also an article): a to-word right after troops or a sending
    verb (their demonym between at most) marks a destination."""
    before = ctx.of("troops", "units", "action")
    return [p for p in ctx.of("host_after_troops") if any(
        t.end <= p.start and (ctx.gap(t.end, p.start) == 0 or _demonyms_only(ctx, t.end, p.start))
        and not _PUNCT.search(ctx.text[t.end:p.start]) for t in before)]


_APPOSITION_END = re.compile(r"\s*(?:[,;.!?)]|$)")


def _apposed_country(ctx: SentenceContext, m: Tag, preps: list[Tag]) -> bool:
    """"di wilayah Amhara, Ethiopia", "in the Lower Juba region, Somalia": a country set off by a comma
    after a place's name that follows a host word is where that place lies."""
    head = ctx.text[ctx.start:m.start].rstrip()
    if m.value.kind not in ("name", "short") or not head.endswith(",") or not _APPOSITION_END.match(ctx.text, m.end, ctx.end):
        return False  # (closed by a comma or the sentence's end: "..., Dakar compte dépêcher" is a subject)
    comma = ctx.start + len(head) - 1
    for p in preps:
        between = ctx.text[p.end:comma]
        if p.end > comma or _PUNCT.search(between) or any(
                o.value.code != m.value.code for o in _mentions(ctx, HOST_KINDS | SENDER_KINDS)
                if p.end <= o.start and o.end <= comma):
            continue
        words = re.findall(r"\w+", between)
        names = [w for w in words if w[:1].isupper()]
        if names and len(names) <= 3 and len(words) - len(names) - _fillers(ctx, p.end, comma) <= 0:
            return True
    return False


def _right_before_speech(ctx: SentenceContext, at: int) -> bool:
    return any(sp.start >= at and ctx.gap(at, sp.start) == 0 and not _PUNCT.search(ctx.text[at:sp.start])
               for sp in ctx.of("speech"))


def _owns_speaking_title(ctx: SentenceContext, m: Tag) -> bool:
    """"... to Venezuela, Colombia's defence minister claimed": a name whose title stands right before
    the speech verb owns the speaker; it is no further item of the host list."""
    return any(t.start >= m.end and ctx.gap(m.end, t.start) <= 1 and not _PUNCT.search(ctx.text[m.end:t.start])
               and _right_before_speech(ctx, t.end) for t in ctx.of("institution"))


def _capital_as_doer(ctx: SentenceContext, m: Tag) -> bool:
    """"o contingente prometido pelo Cairo", "envoyés par Nairobi": a capital right after the doer's
    marker of a passive stands for its government, which acts; it is no place of the claim."""
    return m.value.kind == "capital" and any(
        p.end <= m.start and ctx.gap(p.end, m.start) - _fillers(ctx, p.end, m.start) == 0
        and not _PUNCT.search(ctx.text[p.end:m.start]) for p in ctx.of("agent_before")) or _opening_sender(ctx, m)


def _opening_sender(ctx: SentenceContext, m: Tag) -> bool:
    """"Lisbonne prévoit d'envoyer 220 militaires", "Madrid has sent 200 troops": a capital opening the
    sentence, a sending verb a few words on with nothing between, is the government that sends."""
    if m.value.kind != "capital" or ctx.lang in HEAD_FINAL or ctx.gap(ctx.start, m.start) > 0:
        return False
    return any(a.value == "deployment" and a.start >= m.end and ctx.gap(m.end, a.start) <= 3
               and not _PUNCT.search(ctx.text[m.end:a.start])
               and not ctx.between(m.end, a.start, "mention", "troops", "units") for a in ctx.of("action"))


def _mission_bodies(ctx: SentenceContext) -> list[Tag]:
    """A body's name right after a mission word ("بعثة الأمم المتحدة"): part of the mission's name."""
    return [b for b in ctx.of("mention") if b.value.kind == "body" and any(
        w.end <= b.start and ctx.gap(w.end, b.start) == 0 and not _PUNCT.search(ctx.text[w.end:b.start])
        for w in ctx.of("mission_words"))]


def _joined_count(ctx: SentenceContext, a: int, pos: int) -> bool:
    """a..pos is a list joint and a bare count, a word opening its item between at most ("et 150 de",
    "und weitere 1.000 aus")."""
    m = re.search(r"(\w+\s+)?(\d[\d.,\u00a0\u202f ]*)\s*$", ctx.text[a:pos])
    return m is not None and (ctx.list_joint_before(a, a + m.start(2)) or ctx.list_joint_before(a, a + m.start()))


_BRACKETED_COUNT = re.compile(r"\s*[(（]\s*\d[\d.,\u00a0\u202f ]*[)）]")


def _coordinated_past_count(ctx: SentenceContext, a: int, b: int) -> bool:
    """Only a list's joints between a and b, past a count in brackets after the first name
    ("in the Central African Republic (220), Romania (180) and Lithuania (60)")."""
    m = _BRACKETED_COUNT.match(ctx.text, a, b) if a <= b else None
    return ctx.coordinated(m.end() if m else a, b)


def _bracketed_speech(ctx: SentenceContext, src: Tag, sp: Tag) -> bool:
    """"Kenia hat die Entsendung von Soldaten ... bestätigt": the speaker, its auxiliary right after it,
    and the speech participle closing the clause hold between them what it announces (a verbal noun),
    with no other speaker or verb in the bracket: the speaker does it."""
    aux = next((x for x in ctx.of("auxiliaries") if x.start >= src.end and ctx.gap(src.end, x.start) == 0
                and not _PUNCT.search(ctx.text[src.end:x.start])), None)
    if aux is None or sp.start < aux.end or _PUNCT.search(ctx.text[aux.end:sp.start]):
        return False
    if ctx.between(aux.end, sp.start, "speech", "subordinators", "pronouns", "infinitive"):
        return False
    return any(aux.end <= d.start and d.end <= sp.start for d in ctx.of("dispatch"))


def _speaker_does(ctx: SentenceContext, src: Tag) -> bool:
    """"Estados Unidos anunció que retirará 700 soldados", "Francia informó que enviará": the speaker's
    speech verb is followed at once by the troops' verb (a that-word between at most), which names no
    subject of its own: the speaker does what it announces."""
    for sp in ctx.of("speech"):
        if sp.value not in ("says", "confirms"):
            continue
        if ctx.lang in VERB_FIRST and sp.end <= src.start and ctx.gap(sp.end, src.start) == 0 \
                and not _PUNCT.search(ctx.text[sp.end:src.start]):
            # "أعلنت باريس أنها ستنشر ...": verb first, the speech verb opens the clause and its speaker
            # follows; the troops' verb right after the speaker (past its that-word) is the speaker's
            if any(a.start >= src.end and ctx.gap(src.end, a.start) <= 1 and not _PUNCT.search(ctx.text[src.end:a.start])
                   and not ctx.between(src.end, a.start, "mention", "troops", "units", "speech")
                   for a in ctx.of("action")):
                return True
            continue
        if _bracketed_speech(ctx, src, sp):
            return True
        if sp.start < src.end or ctx.gap(src.end, sp.start) > 1:
            continue
        for a in ctx.of("action"):
            if a.start >= sp.end and ctx.gap(sp.end, a.start) <= 2 and not _PUNCT.search(ctx.text[sp.end:a.start]) \
                    and not ctx.between(sp.end, a.start, "mention", "troops", "units", "pronouns", "speech"):
                return True
            # "Belgien hat angekündigt, ab Januar Soldaten nach Rumänien zu verlegen", "announced plans to
            # send troops": an infinitive after the speech verb has no subject but the speaker's
            if a.start >= sp.end and any(i.end <= a.start and ctx.gap(i.end, a.start) == 0 and i.start >= sp.end
                                         for i in ctx.of("infinitive")) \
                    and not re.search(r"[.;:!?]", ctx.text[sp.end:a.start]) \
                    and not ctx.between(sp.end, a.start, "speech", "subordinators", "pronouns"):
                return True
    return False


def _is_troop_word(ctx: SentenceContext, t: Tag) -> bool:
    """The word is also a troop noun ("army", "军队"), so what it does is what the troops do, unless
    its clause cites it ("according to a statement by the army in Dhaka")."""
    a, _ = _clause(ctx, t)
    return any(x.start == t.start and x.end == t.end for x in ctx.of("troops")) and not any(
        a <= sp.start and sp.end <= t.start for sp in ctx.of("speech"))


def _where_said(ctx: SentenceContext, h: Tag, troops: list[Tag]) -> bool:
    """"Serão mil militares, disse o ministro em Nova Iorque", "..., the minister told reporters in
    Brussels": a city after the closing speech verb, no verb nor troops after that verb, is where it was
    said, not where the troops are."""
    if h.value.kind not in ("place", "town", "capital", "region"):
        return False
    acts = ctx.of("action")
    return any(sp.end <= h.start and sp.value != "according_to" and all(a.end <= sp.start for a in acts)
               and _PUNCT.search(ctx.text[max([ctx.start] + [a.end for a in acts]):sp.start])
               and not any(sp.end <= t.start < h.start for t in troops)
               for sp in ctx.of("speech")) or _said_at_opening(ctx, h, troops)


def _said_at_opening(ctx: SentenceContext, h: Tag, troops: list[Tag]) -> bool:
    """"Perdana Menteri Australia mengumumkan di Port Moresby bahawa ...", "the minister said in Dakar
    that ...": a city behind a place preposition right after a speech verb that opens the sentence,
    before every verb of the claim and its troops, is where it was said."""
    acts = ctx.of("action")
    for sp in ctx.of("speech"):
        if sp.end > h.start or sp.value == "according_to" or not acts or any(a.start < h.end for a in acts) \
                or any(t.start < h.end for t in troops) or _PUNCT.search(ctx.text[sp.end:h.start]):
            continue
        preps = [p for p in ctx.of("host_before") if sp.end <= p.start and p.end <= h.start]
        if preps and ctx.gap(sp.end, preps[0].start) <= 2 and ctx.gap(preps[-1].end, h.start) - _fillers(
                ctx, preps[-1].end, h.start) == 0:
            return True
    return False


def _impersonal_speaker(ctx: SentenceContext, m: Tag) -> bool:
    """"В Кремле заявили", "У Мінську спростували": a state's name (or capital) after the language's
    "in" that opens the sentence, right before a speech verb with no subject, is who speaks."""
    preps = [p for p in ctx.of("speaker_place") if p.end <= m.start and ctx.gap(p.end, m.start) == 0]
    # (an adverb between: "У Кігалі вкотре спростували", "В Москве вновь заявили")
    return bool(preps) and m.value.kind in ("short", "capital", "name") and ctx.gap(ctx.start, preps[0].start) == 0 \
        and any(sp.start >= m.end and (ctx.gap(m.end, sp.start) == 0 or (ctx.gap(m.end, sp.start) == 1 and not any(
                    m.end <= t.start and t.end <= sp.start and t.cat != "again" for t in ctx.tags)))
                and not _PUNCT.search(ctx.text[m.end:sp.start]) for sp in ctx.of("speech"))


def _place_adjective(ctx: SentenceContext, m: Tag) -> bool:
    """"in die äthiopische Region Tigray": a demonym right after a place preposition (past an article)
    describes where, not who acts (an of-word, "l'armée de ...", is not such a preposition)."""
    if m.value.kind != "adjective":
        return False
    origins = {(t.start, t.end) for t in ctx.of("genitive")}
    return any(p.end <= m.start and (p.start, p.end) not in origins
               and ctx.gap(p.end, m.start) - _fillers(ctx, p.end, m.start) == 0 for p in ctx.of("host_before"))


def _territory_demonyms(ctx: SentenceContext) -> list[Tag]:
    """"a territorio venezolano", "on Ukrainian soil", "на украинскую территорию": a demonym right next
    to a word for a state's soil names that state as a place; so does one after a place preposition
    before a word for a part of it ("in die kongolesische Provinz ...")."""
    return [m for m in _mentions(ctx, {"adjective"}) if any(
        _adjacent(ctx, t, m) or _adjacent(ctx, m, t) for t in ctx.of("territory"))
        or (_place_adjective(ctx, m) and (any(_adjacent(ctx, m, t) for t in ctx.of("host_filler"))
                                          or _before_unknown_name(ctx, m)))]


def _before_unknown_name(ctx: SentenceContext, m: Tag) -> bool:
    """"im rumänischen Cincu", "в сирийском Тартусе": a lower-case demonym after a place preposition,
    right before a capitalised word that is no known name or term, describes a town of that state."""
    if not m.text[:1].islower():
        return False
    nxt = re.match(r"\s+([^\W\d_][\w'’-]*)", ctx.text[m.end:ctx.end])
    if nxt is None or not nxt.group(1)[:1].isupper():
        return False
    a = m.end + nxt.start(1)
    return not any(t.start < a + len(nxt.group(1)) and a < t.end for t in ctx.tags)


def neighbours(ctx: SentenceContext) -> set:
    """ids of names that are no destination: right after a border word ("an die Grenze zu den USA",
    "frontière avec le Mali", "حدوده الغربية مع ليبيا"), the troops stand on their own side of that
    border; after a from-word that follows a word of war or sport ("to simulate an invasion from
    China", uk "матчу з Бельгією"), the name is where the enemy or the other team comes from."""
    out = set()
    rivals = [t for t in ctx.of("from_before")
              if any(w.end <= t.start and ctx.gap(w.end, t.start) == 0 for w in ctx.of("war", "negative"))]
    for b in ctx.of("border") + rivals:
        for m in _mentions(ctx, HOST_KINDS):
            if m.start >= b.end and ctx.gap(b.end, m.start) - _fillers(ctx, b.end, m.start) <= 1 \
                    and ctx.gap(b.end, m.start) <= 3 and not _PUNCT.search(ctx.text[b.end:m.start]):
                out.add(id(m))
    # where the border word follows the name ("Suriye sınırındaki", "与哥伦比亚接壤的", "러시아와의 국경")
    for b in ctx.of("border_after"):
        for m in _mentions(ctx, HOST_KINDS | {"adjective"}):
            if m.end <= b.start and _adjacent(ctx, m, b) and not _PUNCT.search(ctx.text[m.end:b.start]):
                out.add(id(m))
    return out


def _example_of_place(ctx: SentenceContext, m: Tag) -> bool:
    """"présents dans plusieurs pays d'Afrique, comme la Libye", "в такие страны, как Мали": a name
    right after an example word that follows a place preposition (not a from-word) a few words before."""
    origins = {(t.start, t.end) for t in ctx.of("from_before")}
    for ex in ctx.of("examples"):
        if ex.end > m.start or ctx.gap(ex.end, m.start) - _fillers(ctx, ex.end, m.start) > 0 \
                or _PUNCT.search(ctx.text[ex.end:m.start]):
            continue
        if any(p.end <= ex.start and ctx.gap(p.end, ex.start) <= 5 and (p.start, p.end) not in origins
               and not re.search(r"[;:.!?]", ctx.text[p.end:ex.start])
               and not ctx.between(p.end, ex.start, "mention", "troops", "action")
               for p in ctx.of("host_before")):
            return True
    return False


def _with_runs_before(ctx: SentenceContext, hosts: list[Tag], exclude: set) -> list[Tag]:
    """Where the case ending or postposition marks only the last name of a list ("루마니아와 불가리아,
    헝가리에", "エストニアとポーランドに", "Suriye, Irak ve Katar'a"), the names joined before it are hosts too."""
    if not hosts or ctx.host_suffix is None:
        return hosts
    names = _mentions(ctx, HOST_KINDS)
    taken = {id(h) for h in hosts} | exclude
    out = list(hosts)
    for h in hosts:
        cur, run = h, []
        for m in reversed([m for m in names if m.end <= h.start]):
            if id(m) in taken or not ctx.coordinated(m.end, cur.start) or marked_subject_strict(ctx, m):
                break
            run.append(m)
            cur = m
        # a list has a conjunction somewhere ("Estonya, Romanya ve Litvanya'ya"); a bare comma after
        # the opening name sets off the subject ("Türkiye, Somali'ye 250 asker gönderdi")
        run = _list_end(ctx, [*reversed(run), h])[:-1]
        if run and _is_list(ctx, [*run, h]):
            out += run
            taken |= {id(m) for m in run}
    return sorted(out, key=lambda t: t.start)


def _list_end(ctx: SentenceContext, seq: list[Tag]) -> list[Tag]:
    """The list that ends with the last name of seq, where earlier names belong to the subject: a
    conjunction closes a list, so a bare comma after it sets that list off ("Fas, Senegal ve Mısır,
    Orta Afrika Cumhuriyeti'ne": three senders, one host); and where the language marks a topic, the
    name opening the sentence with a comma is that topic ("Hollanda, Romanya ve Bulgaristan'a")."""
    joints = [ctx.text[a.end:b.start] for a, b in zip(seq, seq[1:])]
    for i in range(len(joints) - 1 if ctx.lang not in LOOSE_CONJUNCTION else 0, 0, -1):
        if not re.search(r"\w", joints[i]) and any(re.search(r"\w", j) for j in joints[:i]):
            seq = seq[i + 1:]
            break
    if len(seq) >= 2 and _topic_state(ctx, set()) is seq[0]:
        seq = seq[1:]
    return seq


def marked_subject_strict(ctx: SentenceContext, m: Tag) -> bool:
    """A subject or topic particle follows the name (ko/ja); False where the language marks none."""
    return ctx.subject_marker is not None and marked_subject(ctx, m)


def find_ally(ctx: SentenceContext) -> Tag | None:
    """The state forces fight for: "in support of Russia", "aux côtés de la Russie", "Rusya saflarında"."""
    return _side(ctx, "ally_before", "ally_after")


def find_adversary(ctx: SentenceContext) -> Tag | None:
    """The state forces fight against ("against Ukraine", "contre l'armée malienne"): where no place is
    named, they fight on its soil."""
    return _side(ctx, "adversary_before", "adversary_after")


def _side(ctx: SentenceContext, before: str, after: str) -> Tag | None:
    """A state named next to a side word, a few words (its army, "the forces of") between at most;
    or a state's army named in one word ("ロシア軍とともに", "러시아군과 함께"), not a named force (Wagner)."""
    troop_tags = ctx.of("troops")
    for m in _mentions(ctx, HOST_KINDS | {"adjective", "force"}):
        if m.value.kind in ("place", "region") or m.value.code in BODIES or _capital_as_doer(ctx, m):
            continue  # ("prometido pelo Cairo": pt "pelo" is also a side word; after it a capital acts)
        if m.value.kind == "force" and not any(m.start <= t.start and t.end <= m.end for t in troop_tags):
            continue
        # ("For years India has kept ...": a side word before a noun of no troops governs that noun)
        if any(p.end <= m.start and ctx.gap(p.end, m.start) <= 3 and not _PUNCT.search(ctx.text[p.end:m.start])
               and not ctx.between(p.end, m.start, "mention") and not ctx.between(p.end, m.start, "non_troop")
               and not _presence_between(ctx, p.end, m.start) for p in ctx.of(before)):
            return m
        if any(m.end <= p.start and (ctx.gap(m.end, p.start) <= 1 or (
                ctx.gap(m.end, p.start) - _army_words(ctx, m.end, p.start) <= 1
                and not _PUNCT.search(ctx.text[m.end:p.start]) and not ctx.between(m.end, p.start, "mention")))
               for p in ctx.of(after)):
            return m  # (its army between: "Suriye Milli Ordusu ile birlikte")
    return None


def _presence_between(ctx: SentenceContext, a: int, b: int) -> bool:
    """A deployment noun between a side word and a demonym ("para apoiar a presença ruandesa"): the
    side word governs the presence, and the demonym owns it: no ally."""
    return any(t.value == "deployment" and a <= t.start and t.end <= b for t in ctx.of("action"))


def _army_words(ctx: SentenceContext, a: int, b: int) -> int:
    """Words between a and b that are a troop noun ("Milli Ordusu", "ordusuyla"), three words at most."""
    if ctx.gap(a, b) > 3:
        return 0
    return sum(ctx.gap(t.start, t.end) for t in ctx.of("troops") if a <= t.start and t.end <= b)


def _fillers(ctx: SentenceContext, a: int, b: int) -> int:
    """Words between a and b that only say which part of the place: "in the east of Congo"."""
    if ctx.gap(a, b) > 6:
        return 0
    return sum(ctx.gap(t.start, t.end) for t in ctx.of("host_filler") if a <= t.start and t.end <= b)


def host_groups(ctx: SentenceContext, hosts: list[Tag]) -> list[list[Tag]]:
    """Hosts in coordinated runs: "Poland, Germany and Romania" is one run."""
    groups: list[list[Tag]] = []
    for h in hosts:
        if groups and (ctx.coordinated(groups[-1][-1].end, h.start) or _bracketed_short(ctx, groups[-1][-1], h)
                       or _base_item(ctx, groups[-1][-1].end, h)):
            groups[-1].append(h)
        else:
            groups.append([h])
    return groups


def _base_item(ctx: SentenceContext, a: int, h: Tag) -> bool:
    """", as well as its naval base in the UAE", "und Stützpunkte in Katar": a list item of a base noun
    and its place continues the run of hosts before it (no other state named in between)."""
    at = h.start
    for p in sorted(ctx.of("host_before", "host_filler"), key=lambda t: -t.start):
        if p.end <= at and ctx.gap(p.end, at) == 0:
            at = p.start
    if at == h.start or ctx.gap(a, at) > 6 or any(a <= m.start < at for m in ctx.of("mention")):
        return False
    bases = [t for t in ctx.of("facilities") if a <= t.start and t.end <= at]
    return bool(bases) and ctx.gap(bases[0].end, at) <= 2 and any(
        ctx.coordinated(a, p) for p in range(a + 1, bases[0].start + 1) if not ctx.text[p:p + 1].isalnum() or p == bases[0].start)


def _bracketed_short(ctx: SentenceContext, name: Tag, m: Tag) -> bool:
    """m is name's own abbreviation in brackets right after it ("아랍에미리트(UAE)"): one item."""
    return m.value.code == name.value.code and bool(re.fullmatch(r"\s?[(（]", ctx.text[name.end:m.start]))


def _types_by_host_group(ctx: SentenceContext, hosts: list[Tag], actions: list[Tag]) -> dict[str, str]:
    """host code -> claim type when runs of hosts follow verbs of different types ("left Mali, Burkina
    Faso and Niger and keeps bases in Djibouti"): each run takes the last verb before it. Empty when
    the sentence has one run or one type, so the usual single-run choice applies."""
    groups = host_groups(ctx, hosts)
    if len(groups) < 2:
        return {}
    out, prev_end = {}, ctx.start
    for i, g in enumerate(groups):
        verbs = [a for a in actions if prev_end <= a.start and a.end <= g[0].start][-1:]
        if not verbs and i and groups[i - 1][0].value.code in out:
            # "1,500 in Djibouti, 350 in Gabon and 900 in the UAE, after closing its bases in Chad": a run
            # with no verb of its own continues the list before it
            for h in g:
                out.setdefault(h.value.code, out[groups[i - 1][0].value.code])
            prev_end = g[-1].end
            continue
        if not verbs:  # verb-final clause: "aus Mali und Niger abgezogen und behält Stützpunkte in ..."
            nxt = groups[i + 1][0].start if i + 1 < len(groups) else ctx.end
            verbs = [a for a in actions if g[-1].end <= a.start and a.end <= nxt][:1]
            # (not past another state named between, the verb's own subject: "París, 22 dic (EFE).- Francia
            # completó la retirada de ... en Níger")
            verbs = [a for a in verbs if not ctx.between(g[-1].end, a.start, "mention")]
        for h in (g if verbs else ()):
            out.setdefault(h.value.code, verbs[0].value)
        prev_end = g[-1].end
    return out if len(set(out.values())) > 1 else {}


def nearest_host_group(ctx: SentenceContext, hosts: list[Tag], anchors: list[Tag]) -> list[Tag]:
    """Hosts come in coordinated runs ("Poland, Germany and Romania"); keep the run nearest the troops."""
    groups = host_groups(ctx, hosts)
    if len(groups) <= 1 or not anchors:
        return groups[0] if groups else []
    # (a semicolon closes a clause: the verb before it is not the next clause's; "...bulunuyor; Cibuti'de de bir üs")
    far = lambda a, b: 1000 if ";" in ctx.text[a:b] else 0
    dist = lambda g: min(abs(g[0].start - a.end) + far(a.end, g[0].start) if g[0].start >= a.end
                         else abs(a.start - g[-1].end) + far(g[-1].end, a.start) for a in anchors)
    return min(groups, key=dist)


_CASE_PARTICLE_AFTER = {"ja": re.compile(r"\s*(?:を|が|は|に|へ|で)"), "ko": re.compile(r"(?:을|를|이|가|은|는|에)\s")}


def owner_of(ctx: SentenceContext, troop: Tag, used: set) -> Tag | None:
    """The country/body next to a troop noun (US troops, pasukan Korut, 북한군 장병)."""
    best, best_gap = None, 99
    # "자국군이 수단 내전에서", "its soldiers in Sudan": a possessive already says whose they are
    own = any(p.end <= troop.start and troop.start - p.end <= 1 for p in ctx.of("possessives"))
    # a state named right after the troop noun ("الوجود العسكري الأمريكي", the US military presence)
    after_owner = next((m for m in _mentions(ctx, SENDER_KINDS) if m.start >= troop.end
                        and ctx.gap(troop.end, m.start) == 0 and not _PUNCT.search(ctx.text[troop.end:m.start])), None)
    for m in _mentions(ctx, SENDER_KINDS):
        # "soldiers were sent by Kenya", "a battle group led by Germany": Kenya's, Germany's
        doer = m.start >= troop.end and (_passive_doer(ctx, troop, m) or _leader_of(ctx, troop, m))
        if not doer and troop.end <= m.start and troop.start < m.end and ctx.gap(troop.end, m.start) > 2:
            continue  # a name more than two words after the troops, no doer of their verb, is not whose
        origin = (m.start >= troop.end and _origin(ctx, troop, m)) or (  # "troops from Chad": whose, though after a from
            m.end <= troop.start and _from_case_origin(ctx, m, troop)) or doer
        if own and m.start >= troop.end and not origin:
            continue
        if (id(m) in used and not origin) or m.value.kind == "capital":  # "Lima tentara": a capital owns no troops
            continue
        if ctx.lang not in HEAD_FINAL and any(t.value == "according_to" and (
                (t.end <= m.start and ctx.gap(t.end, m.start) <= 1 and not ctx.between(t.end, m.start, "action"))
                or t.start < m.start and m.end <= t.end) for t in ctx.of("speech")):
            continue  # "nach Angaben aus Seoul ... 14.000 Soldaten": who says so, not whose (where
            # "according to" follows its source, "…によると、ブルンジ軍" names the owner after it)
        if m.end <= troop.start and any(sp.value == "condemns" and m.end <= sp.start and sp.end <= troop.start
                                        for sp in ctx.of("speech")):
            continue  # "El Kremlin condenó el refuerzo de tropas": who condemns does not own what it condemns
        if m.end <= troop.start and after_owner is not None and _subject_of_condemning(ctx, m):
            continue  # (verb first: "أدانت إيران الوجود العسكري الأمريكي", Iran condemned the US presence)
        if m.end <= troop.start:
            if ctx.between(m.end, troop.start, "host_after") or _own_place_between(ctx, m, troop):
                continue  # "Somali'nin Gedo bölgesine 1.000 asker": whose region they go to, not whose troops
            if _after_owned_troops(ctx, m):
                continue  # "미군 병력의 남조선 추가 배치": the troops' deployment to it; the troops own it
            if ctx.between(m.end, troop.start, "from_after") and _withdraws(ctx, ctx.end):
                continue  # "マリからの部隊の撤収": where they leave, not whose (a from-word after its name)
            g = _owner_gap(ctx, m.end, troop.start) - _branch_words(ctx, m, troop)
            if _state_tally_between(ctx, m.end, troop.start):
                g = 0  # "인도, 가나 등 40여 개국 평화유지군": the list's last state, then how many states
            elif g > 1 and (_agent_of(ctx, m, troop) or _belongs_to(ctx, m, troop)):
                g = 1  # "北朝鮮によるロシアへの派兵": the deployment by North Korea is of its troops
            elif g > 1 and _from_case_origin(ctx, m, troop):
                g = 1  # "Bangladeş'ten Kuveyt'e 1.200 asker gönderildi": sent from Bangladesh, Bangladesh's
        elif m.start >= troop.end:
            if ctx.cjk and not origin and ctx.coordinated(troop.end, m.start):
                continue  # (ja/zh put the owner first: "乌干达人民国防军与刚果（金）政府军", the Congolese own the next)
            g = ctx.gap(troop.end, m.start)
            if not origin and _CASE_PARTICLE_AFTER.get(ctx.lang) and _CASE_PARTICLE_AFTER[ctx.lang].match(ctx.text, troop.end):
                continue  # "兵士をコンゴ民主共和国の南キブ州に", "병력을 폴란드에": the owner comes first in ja/ko;
                # a name past the troop noun's own case particle is another part of the clause
            if ctx.between(troop.end, m.start, "host_before") and not origin:
                continue  # "troops to Poland": Poland is where, not whose
            if ctx.between(troop.end, m.start, "action") and not origin and not ctx.between(troop.end, m.start, "homeward"):
                continue  # "军人已撤离乍得", "soldiers left Mali": the verb's object, not whose (but
                # "士兵已返回朝鮮", "soldiers returned to Korea": where they come home to is whose)
            if not origin and ctx.coordinated(troop.end, m.start):
                continue  # "乌干达人民国防军与刚果（金）政府军": the name after "and" opens the next troops
            if ctx.between(troop.end, m.start, "from_before") and not origin and _withdraws(ctx, troop.start):
                continue  # "retirará 2.500 soldados de Irak": where they leave, not whose
            if doer:
                g = 0.5
            elif origin and g <= 2:
                g = min(g, 0.5)  # "загинули 13 миротворців з Пакистану": nearer than a name across the verb
        else:
            g = 0
        between = _GROUPED.sub("", ctx.text[min(m.end, troop.end): max(m.start, troop.start)])
        if m.value.kind == "force" and m.start >= troop.end:
            between = re.sub(r"^\s*[«“\"„‘]", "", between)  # "бійців «Африканського корпусу»": a named force's men
        elif m.end <= troop.start and g == 0:
            between = re.sub(r"^\s*[«“\"„‘]$", "", between)  # "250 аргентинских «голубых касок»": the troop word quoted
        if _PUNCT.search(between):
            continue  # (a count's own separators, "UNIFIL's 10,000 peacekeepers", are no break)
        if ctx.between(m.end, troop.start, "hosting"):
            continue  # "Bosnia hosts 1,100 troops": the host, not whose
        if ctx.lang in VERB_FIRST and any(v.end <= m.start and ctx.gap(v.end, m.start) == 0 for v in ctx.of("hosting")):
            continue  # (verb first: "تستضيف جيبوتي قاعدة ...", the hosting verb's subject is the host, not whose)
        if g <= 2 and g < best_gap and (not ctx.between(min(m.end, troop.end), max(m.start, troop.start), "non_troop")
                                        or (m.end <= troop.start and _state_tally_between(ctx, m.end, troop.start))):
            best, best_gap = m, g
    if best is not None and best.value.code in BODIES:
        best = national_of(ctx, best, troop, used) or best  # "Nepalese UN peacekeepers": Nepal's
    if best is None and troop.cat != "units":
        # "俄罗斯第201军事基地的约7000名官兵": the men of a unit named with its owner are the owner's
        of_words = {t.start for t in ctx.of("genitive")}
        unit = next((u for u in reversed(ctx.of("units")) if u.end <= troop.start and ctx.gap(u.end, troop.start) <= 4
                     and ctx.between(u.end, troop.start, "attributive", "genitive")
                     and not _PUNCT.search(ctx.text[u.end:troop.start])
                     and not ctx.between(u.end, troop.start, "action", "troops")
                     # (an of-word that is also a to-word is the of-word here: "guarnição de 40 militares")
                     and not any(h.start >= u.end and h.end <= troop.start and h.start not in of_words
                                 for h in ctx.of("host_before"))), None)
        if unit is not None:
            best = owner_of(ctx, unit, used)
    return best if best is not None else _possessor(ctx, troop, used)


def _state_tally_between(ctx: SentenceContext, a: int, b: int) -> bool:
    """Only a list's closing word and a count of states stand between a and b ("등 40여 개국",
    "など10か国の", "等20多个国家的"): the states listed before it own the troops after it."""
    cover = [t for t in ctx.tags if a <= t.start and t.end <= b and t.cat in ("list_closer", "state_tally", "qualifier")]
    if not {"list_closer", "state_tally"} <= {t.cat for t in cover}:
        return False
    rest = ctx.text[a:b]
    for t in sorted(cover, key=lambda t: t.start - t.end):
        rest = rest.replace(t.text, " ", 1)
    return not re.sub(r"[\d\s.,]+|[多余餘]", "", rest)


_PLACE_KINDS = ("place", "region", "town", "capital")


def _own_place_between(ctx: SentenceContext, m: Tag, troop: Tag) -> bool:
    """A state named before one of its own places that stands before the troop noun ("모리셔스
    아갈레가섬에 군 병력을", "Somalia's Gedo region"): the state locates the place, it owns no troops."""
    return any(p.start >= m.end and p.end <= troop.start and p.value.code == m.value.code
               and p.value.kind in _PLACE_KINDS for p in _mentions(ctx, _PLACE_KINDS))


def _after_owned_troops(ctx: SentenceContext, m: Tag) -> bool:
    """A name right after troops with an attributive particle ("미군 병력의 남조선 배치", "の", "的"):
    the troops' own action is what follows, the name says where it goes."""
    return any(a.end <= m.start and ctx.gap(a.end, m.start) == 0 and not _PUNCT.search(ctx.text[a.end:m.start])
               and any(t.end <= a.start and not ctx.text[t.end:a.start].strip() for t in ctx.of("troops"))
               for a in ctx.of("attributive"))


# between a base and its glue: a word or two ("abroad"), a set-off apposition ("the 201st") or a comma
_APPOSITION = re.compile(r"^(?:\s*[^\W\d]+){0,2}\s*(?:,[^,;:]*,|,)?\s*$")


_FROM_CASE = {"tr": re.compile(r"['’](?:[dt][ae]n)$"), "ja": re.compile(r"から")}


def _from_case_origin(ctx: SentenceContext, m: Tag, troop: Tag) -> bool:
    """A state in the from-case before the troop noun of a sending whose goal is another state in the
    same clause (tr "-den/-ten", ja "から"): where they are sent from is whose they are."""
    rx = _FROM_CASE.get(ctx.lang)
    if rx is None or _PUNCT.search(ctx.text[m.end:troop.start]) or any(a.value == "withdrawal" for a in ctx.of("action")):
        return False
    marked = rx.search(m.text) if ctx.lang == "tr" else rx.match(ctx.text, m.end)
    if not marked:
        return False
    if _from_case_modifier(ctx, m, troop):
        return True
    # (the goal between them, or a body's mission opening the clause with its case particle:
    # "国連レバノン暫定軍には、フランスから約700人の要員が参加")
    return any(a.value == "deployment" and a.start >= troop.end for a in ctx.of("action")) and any(
        o is not m and o.value.code != m.value.code and ((o.start > m.end and o.end <= troop.start) or (
            o.end <= m.start and o.value.code in BODIES and _case_marked_place(ctx, o)))
        for o in _mentions(ctx, SENDER_KINDS | {"place", "region", "town", "capital"}))


def _from_case_modifier(ctx: SentenceContext, m: Tag, troop: Tag) -> bool:
    """"Kosova'da Türkiye, İtalya ve Macaristan'dan askerler": a from-case name right before its troop
    noun says where the soldiers come from, when the clause names where they are besides its list."""
    if ctx.gap(m.end, troop.start) != 0:
        return False
    run = {id(o) for o in _coordinated_before(ctx, m)} | {id(m)}
    return any(id(o) not in run and o.value.code != m.value.code and o.end <= m.start
               for o in _mentions(ctx, HOST_KINDS))


def _subject_of_condemning(ctx: SentenceContext, m: Tag) -> bool:
    """A state named right after a verb of condemning, past its institution's words at most ("أدانت
    وزارة الخارجية السورية ..."): the verb-first clause's subject, who condemns, not whose troops."""
    for sp in ctx.of("speech"):
        if sp.value != "condemns" or sp.end > m.start or _PUNCT.search(ctx.text[sp.end:m.start]):
            continue
        inst = sum(ctx.gap(t.start, t.end) for t in ctx.of("institution") if sp.end <= t.start and t.end <= m.start)
        if ctx.gap(sp.end, m.start) - inst <= 0:
            return True
    return False


def _owner_of_base(ctx: SentenceContext, troop: Tag, used: set) -> Tag | None:
    """"a Russian military base with about 3,000 soldiers", "eine russische Militärbasis, die größte im
    Ausland, mit 7000 Soldaten", "Russia's largest base abroad, the 201st, where 7,000 soldiers serve",
    "batalion Gurkha Tentera British seramai 1,000 anggota": troops counted with a base or unit (after
    a with-, where- or numbering word) are the troops of its owner."""
    if troop.cat != "troops":
        return None
    for g in ctx.of("count_glue", "where_glue", "tally"):
        if not (g.end <= troop.start and (ctx.gap(g.end, troop.start) <= 3 or _owner_gap(ctx, g.end, troop.start) <= 2)) \
                or _PUNCT.search(
                _GROUPED.sub("", ctx.text[g.end:troop.start])):  # (a count's own separators are no break)
            continue
        for u in reversed(ctx.of("units", "facilities")):
            if u.end > g.start or ctx.between(u.end, g.start, "action", "speech", "hosting"):
                continue
            between = ctx.text[u.end:g.start]
            if _APPOSITION.match(between) and not ctx.between(u.end, g.start, "mention", "troops"):
                return owner_of(ctx, u, used)
            # the unit named with its owner right before the glue ("batalion ... Tentera British seramai")
            o = owner_of(ctx, u, used)
            if o is not None and u.end <= o.start and o.end <= g.start and not ctx.text[o.end:g.start].strip() \
                    and not _PUNCT.search(between) and ctx.gap(u.end, g.start) <= 4 \
                    and not ctx.between(u.end, g.start, "host_before"):
                return o
            break  # (only the nearest unit before the glue)
    # "Pangkalan militer ke-5 Amerika Serikat di Bahrain menampung 7.000 personel": a base that opens
    # the clause, named with its owner and where it stands, is the subject of the hosting verb: the
    # troops it holds are its owner's (and the place named is the host, hosting's subject)
    for v in ctx.of("hosting"):
        if not (v.end <= troop.start and _owner_gap(ctx, v.end, troop.start) <= 2) or _PUNCT.search(
                _GROUPED.sub("", ctx.text[v.end:troop.start])):
            continue
        u = next((u for u in ctx.of("units", "facilities") if u.end <= v.start), None)
        if u is None or ctx.between(u.end, v.start, "action", "speech", "troops", "hosting"):
            continue
        o = owner_of(ctx, u, used)
        names = [m for m in _mentions(ctx, SENDER_KINDS | HOST_KINDS) if m.end <= v.start]
        where = [m for m in names if m.start >= u.end and m is not o and m.value.code != (o and o.value.code)
                 and any(p.end <= m.start and ctx.gap(p.end, m.start) - _fillers(ctx, p.end, m.start) == 0
                         for p in ctx.of("host_before", "genitive") if p.start >= u.end)]  # ("base de Djibouti")
        if o is not None and where and not any(m.end <= u.start and m is not o for m in names):
            return o
    # "At the Russian base in Gyumri, 3,000 soldiers serve", "На російській базі в Гюмрі служать 3 000
    # військових": troops serving at a base named with its owner (in a phrase of where) are its owner's
    for u in ctx.of("facilities"):
        if u.end > troop.start or ctx.between(u.end, troop.start, "troops", "units", "hosting", "possession"):
            continue
        if not any(p.end <= u.start and ctx.gap(p.end, u.start) <= 4 and not _PUNCT.search(ctx.text[p.end:u.start])
                   and not ctx.between(p.end, u.start, "action", "speech") for p in ctx.of("host_before")):
            continue
        o = owner_of(ctx, u, used)
        if o is None or o.end > u.start or o.value.kind in HOST_KINDS - SENDER_KINDS:
            continue
        later = [m for m in _mentions(ctx, SENDER_KINDS) if u.end <= m.start and m.end <= troop.start]
        # ("im armenischen Gjumri": a demonym in the base's phrase of where names the host, not an owner)
        where = lambda m: m.value.kind == "adjective" and any(
            p.end <= m.start and u.end <= p.start and ctx.gap(p.end, m.start) - _fillers(ctx, p.end, m.start) == 0
            for p in ctx.of("host_before"))
        if any(m.value.kind not in ("place", "capital", "town", "region") and not where(m) for m in later):
            continue  # another state between the base and the troops
        if any(v.value == "deployment" and (v.start >= troop.end or (v.end <= troop.start and v.start >= u.end))
               for v in ctx.of("action")):
            return o
    return None


# the verbs whose passive doer is the sender (not "killed by", "attacked by": the enemy)
_SENDING_TYPES = ("deployment", "reinforcement", "withdrawal", "training")


def _passive_doer(ctx: SentenceContext, troop: Tag, m: Tag) -> bool:
    """"180 soldiers were sent by Kenya to Somalia", "dihantar oleh Fiji", "envoyés par le Kenya": the
    doer of a sending verb in the passive, after the troops in their own clause, is whose they are."""
    if _PUNCT.search(_GROUPED.sub("", ctx.text[troop.end:m.start])) or ctx.between(troop.end, m.start, "troops"):
        return False
    for p in ctx.of("agent_before"):
        if not (troop.end <= p.start and p.end <= m.start and ctx.gap(p.end, m.start) - _fillers(ctx, p.end, m.start) == 0):
            continue
        if any(v.value in _SENDING_TYPES and troop.end <= v.start and v.end <= p.start and ctx.gap(v.end, p.start) <= 1
               for v in ctx.of("action")):
            return True
    return False


def _belongs_to(ctx: SentenceContext, m: Tag, troop: Tag | None = None) -> bool:
    """A name right before a word of belonging ("Türkiye'ye ait 40 üs", belonging to Turkey) owns
    what follows: the troop or unit noun a few words on in its clause, when one is given."""
    return any(b.start >= m.end and ctx.gap(m.end, b.start) == 0 and (troop is None or (
        b.end <= troop.start and ctx.gap(b.end, troop.start) <= 4 and not _PUNCT.search(ctx.text[b.end:troop.start])
        and not ctx.between(b.end, troop.start, "mention", "action", "speech"))) for b in ctx.of("belonging"))


def _leader_of(ctx: SentenceContext, troop: Tag, m: Tag) -> bool:
    """"a battle group led by Germany", "батальйонна група на чолі з Німеччиною": the force is the leader's
    (not one others serve in: "integrados no batalhão liderado pelo Canadá")."""
    if any(w.end <= troop.start and ctx.gap(w.end, troop.start) <= 1 for w in ctx.of("within")):
        return False
    return _led_by(ctx, m) and any(troop.end <= p.start and ctx.gap(troop.end, p.start) <= 1
                                   and not _PUNCT.search(ctx.text[troop.end:p.start]) for p in ctx.of("passive_agent"))


def _led_by(ctx: SentenceContext, m: Tag) -> bool:
    """A name right after a leading word (lexicon `passive_agent`: "led by", "во главе с") leads a force."""
    return any(p.end <= m.start and ctx.gap(p.end, m.start) - _fillers(ctx, p.end, m.start) == 0
               and not _PUNCT.search(ctx.text[p.end:m.start]) for p in ctx.of("passive_agent"))


def _agent_of(ctx: SentenceContext, m: Tag, troop: Tag) -> bool:
    """A name marked as the doer ("北朝鮮による", "러시아에 의한") of a troop or action noun a few words on in
    its own clause."""
    return any(a.start >= m.end and not ctx.text[m.end:a.start].strip() and a.end <= troop.start and ctx.gap(a.end, troop.start) <= 5
               and not _PUNCT.search(ctx.text[a.end:troop.start])
               and not ctx.between(a.end, troop.start, "speech", "troops") for a in ctx.of("agent"))


def national_of(ctx: SentenceContext, body: Tag, troop: Tag, used: set = frozenset()) -> Tag | None:
    """The state whose nationals a body's troops are (the body is where they serve, the state sends
    them): named right before the body's troops ("Nepalese UN peacekeepers", "nepalesische
    UN-Blauhelme"), past a nationality word at most ("インドネシア人の国連平和維持要員", "尼泊尔籍联合国维和人员",
    "네팔 출신 유엔 평화유지군"), or right after them past a from- or nationality word ("pasukan pengaman
    PBB dari Nepal", "UN peacekeepers from Kenya"; not where they withdraw from)."""
    a, b = min(body.start, troop.start), max(body.end, troop.end)
    links = ctx.of("nationality")
    # a demonym may stand right before them; a name needs the nationality word ("레바논 유엔평화유지군"
    # is the UN force in Lebanon)
    only_link = lambda m, y: (m.value.kind == "adjective" and not ctx.text[m.end:y].strip(" -‐")) or any(
        t.start >= m.end and t.end <= y and not ctx.text[m.end:t.start].strip() and not ctx.text[t.end:y].strip(" -‐")
        for t in links)
    before = [m for m in _mentions(ctx, {"name", "short", "adjective"}) if m.end <= a and m.value.code not in BODIES
              and id(m) not in used and only_link(m, a)]
    if before:
        return before[-1]
    # a demonym right after them, where it follows its noun ("les casques bleus italiens", "cascos azules uruguayos")
    after = next((m for m in _mentions(ctx, {"adjective"}) if m.start >= b and ctx.gap(b, m.start) == 0
                  and not _PUNCT.search(ctx.text[b:m.start]) and m.value.code not in BODIES and id(m) not in used), None)
    if after is not None:
        return after
    if _withdraws(ctx, ctx.end):
        return None
    for m in _mentions(ctx, {"name", "short"}):
        if m.start < b or m.value.code in BODIES or _PUNCT.search(ctx.text[b:m.start]):
            continue
        words = ctx.gap(b, m.start) - _fillers(ctx, b, m.start)
        if words == 1 and ctx.between(b, m.start, "from_before", "nationality"):
            return m
        break
    return None


def _withdraws(ctx: SentenceContext, before: int) -> bool:
    """A withdrawal verb stands before offset `before`."""
    return any(a.value == "withdrawal" and a.end <= before for a in ctx.of("action"))


def _possessor(ctx: SentenceContext, troop: Tag, used: set) -> Tag | None:
    """"l'engagement de la France au Mali, où ses militaires combattent": a possessive right before
    the troop noun points back to the nearest state before it that is not a destination or a body."""
    pos = next((p for p in ctx.of("possessives") if p.end <= troop.start and ctx.gap(p.end, troop.start) == 0), None)
    if pos is None:
        return None
    origins = {t.start for t in ctx.of("genitive")}  # "de la France" may be whose, "au Mali" is where
    to_place = lambda m: any(p.end <= m.start and ctx.gap(p.end, m.start) - _fillers(ctx, p.end, m.start) == 0
                             and p.start not in origins
                             for p in ctx.of("host_before")) or _case_marked_place(ctx, m)
    # ("exigió a Moscú la retirada de sus tropas": whom a demand addresses is no destination)
    before = [m for m in _mentions(ctx, {"name", "short", "adjective", "capital"}) if m.end <= pos.start
              and (not to_place(m) or _addressee(ctx, m)) and m.value.code not in BODIES
              and not _own_place_between(ctx, m, troop)]
    return before[-1] if before else None


def _branch_words(ctx: SentenceContext, m: Tag, troop: Tag) -> int:
    """Words of a state body named right after its state and before the troops, no verb between
    ("die Deutsche Marine mit rund 150 Soldaten", "the Brazilian Navy with 200 sailors"): the state's
    navy, army or ministry holds the troops as the state does."""
    if ctx.between(m.end, troop.start, "action", "speech", "hosting", "host_before", "host_after", "mention"):
        return 0
    inst = next((t for t in ctx.of("institution") if t.start >= m.end and t.end <= troop.start
                 and ctx.gap(m.end, t.start) == 0 and not _PUNCT.search(ctx.text[m.end:t.end])
                 and not any(s.start == t.start for s in ctx.of("troops"))), None)
    return ctx.gap(inst.start, inst.end) if inst is not None else 0


def _owner_gap(ctx: SentenceContext, a: int, b: int) -> int:
    """Words between an owner and its troops, not counting the head count or a possessive:
    "UNIFIL's 10,000 peacekeepers" is as close as "UNIFIL peacekeepers"."""
    if ctx.cjk:
        return ctx.gap(a, b)
    text = ctx.text[a:b]
    if ctx.lang == "tr":  # "Yunanistan'ın Güney Kıbrıs'taki askeri": a place "in which" is one modifier
        for m in ctx.of("mention"):
            if a <= m.start and m.end <= b and _LOCATIVE_ADJ_TR.search(m.text):
                text = text.replace(m.text, " x ", 1)
    return sum(1 for w in re.findall(r"\w+", text) if not w.isdigit() and w != "s")


def _presence(ctx: SentenceContext, troops: list[Tag]) -> bool:
    """"the Canadian-led battlegroup in Latvia", "its soldiers were in Ukraine": a troop noun followed
    by in/at + a country states presence without a verb, when someone owns the troops (a country
    next to them, a possessive pronoun, or a state speaking of them)."""
    owners = _mentions(ctx, SENDER_KINDS - {"capital"})
    places = _mentions(ctx, HOST_KINDS)
    owned_by_context = bool(ctx.of("pronouns")) or any(o.end <= ctx.start + 40 for o in owners)
    for t in troops:
        if t.cat == "mention":
            continue
        if not owned_by_context and owner_of(ctx, t, set()) is None:
            continue
        # "o reforço das tropas da NATO na Estónia": the owner named after the troop noun ends its phrase
        end = next((o.end for o in owners if o.start >= t.end and ctx.between(t.end, o.start, "genitive")
                    and _only_of_words(ctx, t.end, o.start)), t.end)
        for p in ctx.of("host_before"):
            if p.start >= end and ctx.gap(end, p.start) <= 1 and any(
                    h.start >= p.end and ctx.gap(p.end, h.start) - _fillers(ctx, p.end, h.start) == 0 for h in places):
                return True
    # "Основу новой миссии в Сомали составят войска Эфиопии, Джибути и Египта", "the mission in Somalia
    # will rest on troops of A, B and C": a mission in a country, and owned troops beside it, put them there
    # ... and so does a multinational force there that is made up of them ("تضم القوة متعددة الجنسيات ...
    # في سيناء جنودًا من ...", "the multinational force in Sinai comprises soldiers from A and B")
    anchors = ctx.of("mission_words") + (ctx.of("joint_force") if ctx.of("tally") else [])
    if anchors and any(owner_of(ctx, t, set()) is not None for t in troops if t.cat != "mention"):
        for m in anchors:
            for p in ctx.of("host_before"):
                if p.start >= m.end and ctx.gap(m.end, p.start) <= 1 and any(
                        h.start >= p.end and ctx.gap(p.end, h.start) - _fillers(ctx, p.end, h.start) == 0 for h in places):
                    return True
    return False


def _only_of_words(ctx: SentenceContext, a: int, b: int) -> bool:
    """Between a and b stand only of-words and articles ("da", "de la", "de l'")."""
    rest = list(ctx.text[a:b])
    for t in ctx.of("genitive", "host_filler"):
        if a <= t.start and t.end <= b:
            rest[t.start - a:t.end - a] = " " * (t.end - t.start)
    return not re.search(r"\w", "".join(rest)) and ctx.gap(a, b) <= 3


def _origin(ctx: SentenceContext, troop: Tag, m: Tag) -> bool:
    """"troops from Chad based in Niger", "Tropas de Canadá": a from-word right after the troop noun
    names whose they are, unless the sentence withdraws them ("pulled its troops out of/from Mali")."""
    if any(a.value == "withdrawal" for a in ctx.of("action")):
        return False
    if ctx.gap(troop.end, m.start) - _fillers(ctx, troop.end, m.start) == 1 and ctx.between(troop.end, m.start, "from_before"):
        return True  # (an article between: "troops from the European Union")
    # "ao exército do Mali", "the army of Mali": only an of-word (and an article) between noun and name
    words = list(re.finditer(r"\w+", ctx.text[troop.end:m.start]))
    small = [(t.start, t.end) for t in ctx.of("genitive", "host_filler")]
    covered = lambda w: any(a <= troop.end + w.start() and troop.end + w.end() <= b for a, b in small)
    return (1 <= len(words) <= 2 and ctx.between(troop.end, m.start, "genitive")
            and not _PUNCT.search(ctx.text[troop.end:m.start]) and all(covered(w) for w in words))


def _owns_presence_noun(ctx: SentenceContext, m: Tag, pos: int) -> bool:
    """A demonym right after a presence noun, in a phrase set off before the troops ("para apoiar a
    presença ruandesa, e a sua missão ..."): it owns that presence, it is no subject of the troops (a
    base is no presence noun: "accueille une base française, ..., où 350 soldats" are the base's)."""
    sites = {(f.start, f.end) for f in ctx.of("facilities", "units")}
    return m.value.kind == "adjective" and _PUNCT.search(ctx.text[m.end:pos]) is not None and any(
        a.value == "deployment" and a.end <= m.start and ctx.gap(a.end, m.start) == 0 and (a.start, a.end) not in sites
        for a in ctx.of("action"))


def subject_before(ctx: SentenceContext, pos: int, used: set, kinds=SENDER_KINDS) -> Tag | None:
    cands = [m for m in _mentions(ctx, kinds) if m.end <= pos and id(m) not in used
             and (m.value.kind in ("force", "adjective") or marked_subject(ctx, m)) and not _place_adjective(ctx, m)
             and not _owns_presence_noun(ctx, m, pos)]
    # with subject particles, the name that carries one is the subject, not a force named nearer the
    # verb ("네팔은 레바논 유엔평화유지군(UNIFIL)에 ... 보내고")
    marked = [m for m in cands if marked_subject_strict(ctx, m)]
    pool = marked or cands
    if pool and pool[-1].value.code in BODIES:
        # "Nepal hat rund 1.700 Blauhelme bei der UN-Mission": a body named after the troops that a
        # state before them has is where they serve
        states = [m for m in pool if m.value.code not in BODIES and not speaks(ctx, m) and any(
            m.end <= t.start and t.end <= pool[-1].start for t in ctx.of("troops"))]
        pool = states or pool
    if pool and _where_or_what(ctx, pool[-1]):
        # a state's troops in a UN or EU force are the state's: a mission they serve in ("在联合国驻黎巴嫩
        # 临时部队中派驻") or the body's word for its troops ("Marokko hat 750 Blauhelme ... stationiert")
        # is the subject only when no state is named
        states = [m for m in pool if m.value.code not in BODIES and not speaks(ctx, m)]
        if not states and (pool[-1].value.host or pool[-1].value.kind == "body") and ctx.lang in SPEAKER_SUBJECT:
            return None  # "…によると、同国は…ミッション（MINUSCA）に…派遣": the dropped subject, the speaker's
        pool = states or pool
    return pool[-1] if pool else None


def _where_or_what(ctx: SentenceContext, m: Tag) -> bool:
    """A body named as where troops serve (after a place preposition, or with a destination case
    ending) or as the kind of troops they are (a force name that is itself a troop noun)."""
    if m.value.code not in BODIES:
        return False
    if m.value.kind == "force" and any(t.start <= m.start and m.end <= t.end for t in ctx.of("troops")):
        return True
    if any(t.start >= m.end and ctx.gap(m.end, t.start) == 0 and not _PUNCT.search(ctx.text[m.end:t.start])
           and _case_marked_noun(ctx, t) for t in ctx.of("troops", "mission_words")):
        return True  # "AB barış gücünde görev yapacak", "NATO misyonuna": the body's force they serve in
    if any((t.start >= m.end and (t.start == m.end if ctx.cjk else ctx.gap(m.end, t.start) == 0)
            and not _PUNCT.search(ctx.text[m.end:t.start]))
           or (t.end <= m.start and _only_of_words(ctx, t.end, m.start)) for t in ctx.of("facilities")):
        return True  # "Bentiu'daki BM üssünde", "на базе НАТО", "北约基地": the body's base they serve at
    if m.value.host and any(a.start >= m.end and not ctx.text[m.end:a.start].strip() and any(
            t.start >= a.end and ctx.gap(a.end, t.start) <= 2 and not _PUNCT.search(ctx.text[a.end:t.start])
            for t in ctx.of("troops")) for a in ctx.of("attributive")):
        return True  # "…是联合国中非稳定团的主要出兵国": the troops of a mission serve in it
    return _case_marked_place(ctx, m) or any(
        p.end <= m.start and ctx.gap(p.end, m.start) - _fillers(ctx, p.end, m.start) == 0 for p in ctx.of("host_before"))


def sentence_drafts(ctx: SentenceContext, numbers, date: str | None) -> list[Draft]:
    # "confirmed by satellite images", "위성사진에서 확인됐다": what shows it is no one who says it
    shown = {id(sp) for sp in ctx.of("speech") if sp.value in ("confirms", "says") and _shown_by(ctx, sp)}
    if shown:
        ctx = ctx.without(shown)
    split = split_verb_tags(ctx)  # "wies die Berichte zurück", "flew its troops out of"
    if split:
        ctx = ctx.without(superseded(ctx, split))
    ctx.add_tags(split)
    trained = _trainees(ctx)  # "instructors ... where they will train Ukrainian soldiers": the trained are not sent
    if trained:
        ctx = ctx.without(trained)
    links = count_links(ctx, numbers) or bare_list_links(ctx, numbers) or whole_noun_links(ctx, numbers)
    # "Japan hosts 54,000 US troops, South Korea 28,500 and Germany 35,000": each item of a name and a
    # count is a clause of its own; the rest of the sentence is read without them
    gapped = gapped_links(ctx, numbers, links)
    if gapped:
        taken = {id(g["number"]) for g in gapped}
        links = [lk for lk in links if id(lk.get("number")) not in taken]
        numbers = [n for n in numbers if id(n) not in taken]
        ctx = ctx.without({id(g["subject"]) for g in gapped})
    # "Etwa 4.000 von ihnen ...": a counted "of them" stands for the troops named before
    # "participa na MINUSCA", "joined UNIFIL": a mission after a preposition is where, not whose
    joined = [m for m in _mentions(ctx, {"force"}) if m.value.host and m.value.code in BODIES
              and (any(p.end <= m.start and ctx.gap(p.end, m.start) <= 1 for p in ctx.of("host_before"))
                   or _case_marked_place(ctx, m))]
    # ("sent a training team", "направим группу инструкторов": a training mission is the people sent)
    troops = ctx.of("troops", "units", "reinforcement", "dual", "training_mission") + [
        m for m in _mentions(ctx, {"force"}) if m not in joined]
    troops += [lk["noun"] for lk in links if lk["noun"].cat == "partitive"]
    # "Russia invaded Ukraine", 俄罗斯入侵乌克兰: an invasion is made by armed forces, so the verb stands
    # for them (the state before it sends them) and says they fight
    # ... only where a state names who invades right before the verb and the invaded one right after
    # it ("La Russie a envahi l'Ukraine"), not for "invasion war" nor a troop noun's own verb
    invaders = _mentions(ctx, {"name", "short"})
    invading = [t for t in ctx.of("invasion") if any(m.start >= t.end and ctx.gap(t.end, m.start) <= 1
                                                     for m in invaders)]  # a state is invaded, not a city
    invasions = [t for t in invading if not any(x.start <= t.start < x.end for x in troops)
                 and any(m.end <= t.start and ctx.gap(m.end, t.start) <= 1
                         and not ctx.between(m.end, t.start, "troops", "units") for m in invaders)]
    troops += invasions
    figures = [t for t in troops if _figurative(ctx, t)]
    troops = [t for t in troops if t not in figures]
    links = [lk for lk in links if not any(lk["noun"].start == f.start for f in figures)]  # "un ejército de 4.000 aficionados"
    # "has/tiene/hat" counts as presence only where no other verb says what the troops do
    # ("estejam a combater": a verb of being that opens a progressive is no action of its own)
    aux = ctx.of("auxiliaries")
    # "ont repris mercredi le contrôle de Macomia", "recuperaron el control de": forces that take back
    # control of a place fight for it
    retaken = [g for g in _regained_control(ctx) if not any(a.start <= g.start < a.end for a in ctx.of("action"))]
    actions = sorted([a for a in ctx.of("action") if not _of_non_troops(ctx, a)
                      and not any(x.start <= a.start and a.end < x.end for x in aux)] + retaken, key=lambda t: t.start) or [
        Tag(t.start, t.end, t.text, "action", "deployment") for t in ctx.of("possession")]
    # "combatentes russos ... na Líbia", "Wagner fighters are in Libya": a troop noun that a stem of fighting
    # also matches names who they are, not what they do
    nouns = {(t.start, t.end) for t in ctx.of("troops")}
    actions = [a for a in actions if a.value != "combat" or (a.start, a.end) not in nouns] or [
        Tag(t.start, t.end, t.text, "action", "deployment") for t in ctx.of("possession")]
    actions = [_launched_combat(ctx, a) or a for a in actions]
    actions += [Tag(t.start, t.end, t.text, "action", "combat") for t in invading
                if not any(a.start <= t.start < a.end for a in actions)]
    # "a remis la base de ... à l'armée", "سلّمت فرنسا معسكر ...", "基地を…に引き渡した": handing over a base
    # is leaving it
    # (it sets the type, not whose troops: "... üssü Nijer ordusuna devredildi" is handed to Niger's army)
    handed = [Tag(t.start, t.end, t.text, "action", "withdrawal") for t in _base_handovers(ctx)
              if not any(a.start <= t.start < a.end for a in actions)]
    actions += handed
    # "no decision on a drawdown had been taken", "has not withdrawn its troops": a negated withdrawal
    # says they stay
    actions = [Tag(a.start, a.end, a.text, "action", "deployment") if a.value == "withdrawal"
               and _negated_before(ctx, a) else a for a in actions]
    # "де вони беруть участь у місії НАТО", "taking part in the UN mission": taking part in a body's
    # mission or operation is serving in it, not fighting
    actions = [Tag(a.start, a.end, a.text, "action", "deployment") if a.value == "combat"
               and _takes_part_in_body(ctx, a) else a for a in actions]
    # "operate in north-eastern Nigeria as part of the regional joint task force": troops serving in a
    # multinational force are deployed with it; the fighting is the force's
    if _in_joint_force(ctx):
        actions = [Tag(a.start, a.end, a.text, "action", "deployment") if a.value == "combat" else a for a in actions]
    # "onde vai reforçar a segurança do aeroporto": troops sent to reinforce what is no force (security,
    # protection) are deployed; it is no reinforcement of forces
    actions = [Tag(a.start, a.end, a.text, "action", "deployment") if a.value == "reinforcement"
               and _governs(ctx, a, ctx.of("reinforced_nonforce"), reach=1) else a for a in actions]
    crossings = crossed_borders(ctx)
    actions += [Tag(c.start, c.end, c.text, "action", "deployment") for c, _, _ in crossings
                if not any(a.start <= c.start < a.end for a in actions)]
    actions.sort(key=lambda t: t.start)
    # "Turkey maintains 3,000 soldiers in Qatar, ..., dismissing reports of a drawdown", "la Russie
    # maintient 1 500 soldats ..., malgré les appels à leur départ": a withdrawal or training word in
    # another clause than the troops' own, where a verb of presence governs them, sets no claim type
    remote = _other_clause_actions(ctx, actions, troops, links)
    # "pulling its troops out of Congo after months of heavy losses": losses in an adjunct after the
    # claim's own verb, with no troops or count of their own, say why they act, not what they did
    actions = [a for a in actions if not _losses_as_cause(ctx, a, actions)]
    if remote:
        actions = [a for a in actions if a not in remote] or [
            Tag(t.start, t.end, t.text, "action", "deployment") for t in ctx.of("possession")]
    # "India, which has taken part in UN missions since the 1950s, has 2,400 troops in ...": the clause set
    # off after the opening state says who it is; its verbs are not the claim's, its names not the subject
    aside = _opening_aside(ctx)
    if aside is not None:
        inside = lambda t: aside[1].end <= t.start < aside[2]
        outside = [a for a in actions if not inside(a)] or [
            Tag(t.start, t.end, t.text, "action", "deployment") for t in ctx.of("possession") if not inside(t)]
        actions = outside or actions
    # "will supply tanks to Ukraine without sending any troops", "tanpa menghantar sebarang anggota
    # tentera", "派遣せずに": troops only sent "without" are none sent, no claim
    if actions and ctx.of("without") and all(_without(ctx, a) for a in actions):
        return []
    claim_refs = ctx.of("claim_ref")
    # "despite repeated calls for their withdrawal", "trotz Forderungen nach ihrem Abzug": a demand or
    # denial inside a subordinate clause is background, not the source's stance
    # ("azaltma niyetinde olmadığını", "削減する考えはない": a negated intention says what they will not
    # change, it denies no claim)
    # ("desmintiendo las denuncias de ...", "rejected the criticism", "비난을 일축했다": a condemnation
    # that a denial governs is the others', denied; who speaks denies)
    speech_values = {t.value for t in ctx.of("speech") if (t.value not in ("condemns", "denies") or not _subordinate(ctx, t))
                     and not (t.value == "denies" and _after_intention(ctx, t))
                     and not (t.value == "denies" and _past_denial(ctx, t))
                     and not (t.value == "condemns" and (_object_of_denial(ctx, t) or _cited_report(ctx, t)))}
    if any(_negated(ctx, t) for t in ctx.of("speech") if t.value == "confirms"):
        speech_values = (speech_values - {"confirms"}) | {"denies"}  # "do not acknowledge", 인정하지 않고
    if any(_never_did(ctx, a) for a in ctx.of("action") if a.value == "deployment"):
        speech_values = (speech_values - {"confirms", "says"}) | {"denies"}  # "中方从未派遣", "has never sent"
    sending = [a for a in actions if a.value == "deployment"]
    # a claim denied by its own words, not by a verb of denial: "did not send", 駐留していない (a verb's
    # progressive form may stand between: 주둔하고 있지 않다), "there are no X troops in Y"; who says so
    # then speaks of its own troops where no owner is named
    denied_in_form = (bool(sending) and all(_negated(ctx, a, reach=7) for a in sending)) or _absent(ctx, troops)
    if denied_in_form:
        speech_values = (speech_values - {"confirms", "says"}) | {"denies"}
    if "denies" in speech_values and not denied_in_form and _rejects_deployment(ctx, actions):
        speech_values = (speech_values - {"denies"}) | {"condemns"}  # "rejected the deployment of": opposes it
    if "denies" in speech_values and remote and all(_denies_one_of(ctx, t, remote) for t in ctx.of("speech")
                                                    if t.value == "denies"):
        speech_values = (speech_values - {"denies"}) | {"says"}  # "dismissing reports of a drawdown": they stay
    if "condemns" in speech_values and _condemns_attack_only(ctx, actions):
        speech_values = (speech_values - {"condemns"}) | {"says"}  # "...ont été tués, a dénoncé une attaque lâche"
    drafts: list[Draft] = []
    stance = ("condemns" if "condemns" in speech_values else "denies" if "denies" in speech_values
              else "confirms" if "confirms" in speech_values else "asserts")
    # "Kyiv denied the claim": the denial is of the claims before it; but "denied sending soldiers
    # to Venezuela, calling the reports fabricated" says what it denies itself
    # ... and so does "Kyiv denied the claim and said its troops still operate in Belgorod": what it says
    # after the denial, about troops named only there, is asserted
    troop_tags = ctx.of("troops", "units", "reinforcement", "dual")
    said_after = [t for t in ctx.of("speech") if t.value == "says" and t.start > claim_refs[0].start] if claim_refs else []
    if claim_refs and stance == "denies" and (
            not troop_tags or (said_after and all(t.start > said_after[0].end for t in troop_tags))):
        source, src_country, _ = find_source(ctx, set())
        drafts.append(Draft(None, None, "deployment", "denies", source, src_country, refers_back=True,
                            evidence_start=ctx.start, evidence_end=ctx.end))
        stance = "asserts"  # the denial is of the earlier claim; the rest of the sentence is asserted
    if not troops:
        return drafts
    if ctx.of("sport") and not links:
        return drafts  # "Pasukan Garuda Muda tiba di Doha jelang laga Piala Asia": a team, not troops
    types = {t.value for t in actions} | ({"deployment"} if ctx.of("hosting") else set())
    if not types and not any(t.cat == "dual" for t in troops):
        if not links and not _presence(ctx, troops) and not _absent(ctx, troops):
            return drafts  # ("자국군이 우크라이나에 없다": a denied presence states one too)
        types = {"deployment"}
    main_type = next((t for t in TYPE_PRIORITY if t in types), "deployment")
    if main_type == "deployment" and "combat" in types and any(not _purpose_of_sending(ctx, p, actions)
                                                               for p in ctx.of("participation")):
        main_type = "combat"  # "took part in the fighting", "an Kämpfen beteiligt", "çatışmalara katıldı"
    if main_type != "combat" and "combat" in types and _fights_in_own_clause(ctx, actions, troops):
        main_type = "combat"  # "X soldiers are fighting alongside Y forces ..., when the first contingent landed"
    # ("軍事顧問約50人を派遣し、…を指導している": sent, then training in a clause of its own: both claims)
    chained_training = main_type == "deployment" and _chained_training(ctx, actions, troops)
    if main_type == "deployment" and "training" in types and ctx.lang in HEAD_FINAL and actions[-1].value == "training" \
            and not chained_training:
        main_type = "training"  # "… üssünde Somalili askerleri eğitiyor": the closing verb says what they do there
    sent_to_train = False
    if main_type == "deployment" and "training" in types and _sent_to_train(ctx, actions):
        # "sent military trainers to Fiji to train local forces": trainers on a training mission; but
        # "untuk latihan bersama", "for a joint exercise", and soldiers sent to train others ("250 Soldaten
        # sind in Bagdad eingetroffen, um irakische Einheiten auszubilden"): deployed there, and training, two claims
        sent_to_train = _joint_exercise(ctx, actions) or not any(
            any(t.start < x.end and x.start < t.end for x in troops) for t in ctx.of("trainers"))
        main_type = "deployment" if sent_to_train else "training"
    sends = {(a.start, a.end) for a in actions if a.value == "deployment"}  # (ko lists 파견 as both)
    if main_type == "deployment" and any(a.value == "reinforcement" and (a.start, a.end) not in sends
                                         and _governs(ctx, a, ctx.of("troops", "units"), reach=3) for a in actions):
        main_type = "reinforcement"  # "将一批兵力调往…，进一步加强其在当地的维和部队": sent to reinforce its forces there
    if main_type == "deployment" and ctx.of("training_mission") and any(a.value == "deployment" for a in actions):
        main_type = "training"  # "desembarcou ... para uma missão de formação", "askeri eğitim heyeti gönderecek"
    if main_type == "deployment" and _sent_more(ctx, actions):
        main_type = "reinforcement"  # "추가로 파견되는 병력", "追加で派遣される部隊": troops sent in addition
    if stance == "condemns" and main_type == "withdrawal":
        main_type = "deployment"  # "demanded the withdrawal of X's troops": the deployment is what is condemned

    seats = institution_seats(ctx)  # "the Russian embassy in Madrid" is no host
    all_hosts = [h for h in find_hosts(ctx, set()) if not _subject_of_verb(ctx, h, troops, actions)
                 and not _addressee(ctx, h) and id(h) not in seats and not _where_said(ctx, h, troops)]
    host_ids = {id(h) for h in all_hosts}
    owners = {}
    for t in troops:
        if t.cat == "mention":
            # a body's own troop word ("联合国维和", "UN-Blauhelme") serving a state named with it
            owners[id(t)] = (national_of(ctx, t, t, host_ids) if t.value.code in BODIES else None) or t
            continue
        o = owner_of(ctx, t, host_ids) or _owner_of_base(ctx, t, host_ids)
        if o is not None:
            owners[id(t)] = o
    # "Rwandan soldiers fight ... against the Congolese army in North Kivu": the army of the state
    # fought against on its own soil, named, defends it, it is no troops of the claim (and that soil
    # is not the claim's troops' own); "... against Rwandan soldiers in North Kivu" keeps the Rwandans,
    # who are abroad, and "fighting against Ukrainian troops" with no place says not where
    enemy = find_adversary(ctx) if "combat" in types else None
    soil = {h.value.code for h in all_hosts} | {m.value.code for m in _mentions(ctx, {"place", "region", "town", "capital"})}
    if enemy is not None and enemy.value.code in soil and any(
            owners.get(id(t)) not in (None, enemy) for t in troops):
        troops = [t for t in troops if owners.get(id(t)) is not enemy]
        owners = {k: o for k, o in owners.items() if o is not enemy}
    # "Belarusian soldiers fight alongside Russian forces in the Zaporizhzhia region": the ally's forces
    # are the side the claim's troops fight on, not troops of a claim of their own
    side = find_ally(ctx) if "combat" in types else None
    if side is not None and any(owners.get(id(t)) not in (None, side) and owners[id(t)].value.code != side.value.code
                                for t in troops):
        troops = [t for t in troops if owners.get(id(t)) is not side]
        owners = {k: o for k, o in owners.items() if o is not side}
    co_owners = {id(o): _coordinated_after(ctx, o) for o in owners.values()}
    owner_ids = {id(o) for o in owners.values()} | {id(m) for ms in co_owners.values() for m in ms}
    # ("르완다와 부룬디 군대", "Rwandan and Burundian troops": a name joined before an owner owns them too, speaks for none)
    # (an owner before its troop noun: "..., the Pentagon said" after the troops is no list's end)
    owner_ids |= {id(m) for t in troops if id(t) in owners and owners[id(t)].end <= t.start
                  for m in _coordinated_before(ctx, owners[id(t)])}
    candidates = [h for h in all_hosts if id(h) not in owner_ids]
    # "partiu de Lisboa rumo à República Centro-Africana": a city of the troops' own country after a
    # from-word is where they set out, when another country is where they go
    own = {o.value.code for o in owners.values()}
    setting_out = [h for h in candidates if h.value.kind in ("capital", "place", "region", "town") and h.value.code in own
                   and any(f.end <= h.start and ctx.gap(f.end, h.start) - _fillers(ctx, f.end, h.start) == 0
                           for f in ctx.of("from_before"))]
    # "regressaram ao Brasil depois de 13 anos no Haiti", "عاد ... إلى المغرب": troops coming home or
    # leaving go to their own country; the other country named is the one they leave
    if (ctx.of("homeward") or _withdraws(ctx, ctx.end)) and any(h.value.code not in own for h in candidates):
        setting_out += [h for h in candidates if h.value.code in own and h not in setting_out]
    if setting_out and any(h.value.code not in own for h in candidates):
        candidates = [h for h in candidates if h not in setting_out]
    # "has left Mali and Niger but keeps bases in Djibouti": each run of hosts its own verb
    group_types = _types_by_host_group(ctx, candidates, actions)
    # "650 troops in Lebanon, 300 in Latvia and 250 in Mali": each count with its own hosts
    links += elliptical_links(ctx, numbers, links, candidates)
    links = without_wholes(ctx, links, candidates)  # "Of the 1,000 soldiers, 700 will go to A and 300 to B"
    links = listed_parts(ctx, links, candidates)  # "5,000 abroad, including 1,600 in A, 1,400 in B and 1,100 in C"
    per_count = hosts_per_count(ctx, links, candidates)
    hosts = ([h for g in host_groups(ctx, candidates) for h in g] if group_types
             else nearest_host_group(ctx, candidates, troops + actions))
    hosts = hosts + later_base_hosts(ctx, candidates, hosts)  # "has troops in A and plans new bases in B and C"
    source, src_country, src_tag = find_source(ctx, host_ids, owner_ids)
    ally = find_ally(ctx)
    # the verb that governs the counted troops, where a count is given ("14.000 Soldaten ... geschickt, die
    # gegen ukrainische Truppen kämpften")
    verb = _main_verb(ctx, [a for a in actions if a not in handed] or actions,
                      [lk["noun"] for lk in links if lk["noun"] in troops] or troops)
    if src_tag is None:
        src_tag = subject_institution(ctx, verb) or seated_institution(ctx, {h.value.code for h in hosts})
        if src_tag is not None:
            source, src_country = source_name(ctx, src_tag), src_tag.value.code
    # ("..., sources said": unnamed sources are no state body, they do not speak for the sender)
    source_own = src_tag is not None and src_tag.value.kind == "institution" and src_country is None and not any(
        src_tag.start <= a.start and a.end <= src_tag.end for a in ctx.of("anonymous"))
    if src_country is None:
        # "said in Abidjan", "Armeesprecher in Nairobi", "state radio in Malabo": the capital where the
        # speaker speaks is its state's
        place = speaker_capital(ctx, src_tag)
        if place is not None:
            src_country, source_own = place.value.code, False
            source = source if source != "the outlet" else source_name(ctx, place)
    if src_country is None and src_tag is not None and src_tag.value.kind == "institution" and hosts and any(
            (r.start >= src_tag.end and ctx.gap(src_tag.end, r.start) == 0) or (
                ctx.lang == "tr" and r.end <= src_tag.start and ctx.gap(r.end, src_tag.start) == 0)
            for r in ctx.of("host_ref")) and not ctx.cjk and all(
            id(m) in host_ids for m in _mentions(ctx, {"name", "short"})):
        # "..., объявило правительство страны", "the government of the country said", "ülkenin hükümeti":
        # the country the claim is in speaks through its own government (where no other state is named
        # by name: "Індонезія готова направити ..., заявив президент країни" is Indonesia's)
        src_country, source_own = hosts[0].value.code, False
    if src_tag is None and ctx.of("own_account"):
        # "nach eigenen Angaben", "by its own account": the sender says it of its own troops
        source, source_own = ctx.of("own_account")[0].text, True
    subject = None
    if verb is not None:
        skip = host_ids | ({id(ally)} if ally else set()) | neighbours(ctx)
        # (nor the city where it was said: "announced in Port Moresby that Canberra will ...")
        skip |= {id(m) for m in _mentions(ctx, {"capital"}) if _said_at_opening(ctx, m, troops)}
        if src_tag is not None:  # the speaker, and the country inside "the Venezuelan government"
            skip |= {id(m) for m in ctx.of("mention") if src_tag.start <= m.start and m.end <= src_tag.end}
        subject = subject_before(ctx, verb.start, skip)
        if subject is not None and subject.value.code in BODIES and any(
                t.start == subject.start and t.cat != "mention" for t in troops):
            # "Marokko hat 750 Blauhelme ... stationiert": a verb-final clause; the body's troop noun
            # says whom they serve, the state before it is who sends them
            state = subject_before(ctx, subject.start, skip)
            subject = state if state is not None and state.value.code not in BODIES else subject
    inverted = False
    if subject is None and verb is not None and (ctx.lang in VERB_FIRST or (
            ctx.lang in OBJECT_FIRST and any(t.end <= verb.start for t in troops))):
        # ("Свої війська до Малі направили Чад, Нігер і Гана": the troops first, who sends them after the verb)
        subject = next((m for m in _mentions(ctx, {"name", "short", "capital"}) if m.start >= verb.end
                        and ctx.gap(verb.end, m.start) == 0 and id(m) not in host_ids), None)
        inverted = subject is not None
    if subject is None and verb is not None and ctx.lang in OBJECT_FIRST:
        # "До Казахстану ввели свої війська Росія, Білорусь і ...": the verb, its object owned by a
        # reflexive possessive, then who sends them (after "свої" the name is no genitive owner)
        obj = next((t for t in troops if t.start >= verb.end and any(
            p.start >= verb.end and p.end <= t.start and ctx.gap(p.end, t.start) == 0
            and ctx.gap(verb.end, p.start) == 0 for p in ctx.of("possessives"))), None)
        subject = obj and next((m for m in _mentions(ctx, {"name", "short", "capital"}) if m.start >= obj.end
                                and ctx.gap(obj.end, m.start) == 0 and id(m) not in host_ids
                                and not _PUNCT.search(ctx.text[obj.end:m.start])), None)
        inverted = subject is not None
    beside = neighbours(ctx)  # "Suriye sınırındaki ...": the neighbour opening the sentence sends nothing
    if subject is None and src_tag is None:
        subject = _opening_state(ctx, host_ids | owner_ids | ({id(ally)} if ally else set()) | beside)
    if aside is not None and id(aside[1]) not in host_ids and (subject is None or (
            aside[1].end <= subject.start < aside[2] and (subject.value.code in BODIES or not ctx.coordinated(
                aside[1].end, subject.start)))) and (
            src_tag is None or src_tag is aside[1] or aside[1].end <= src_tag.start < aside[2]):
        subject = aside[1]
    topic = _topic_state(ctx, host_ids | beside)
    # (nor a subject that only names the host: "Etiyopya, Somali'nin Gedo bölgesine ... sevk etti")
    if topic is not None and (subject is None or subject.value.code in BODIES or (
            subject.value.code != topic.value.code and subject.value.code in {h.value.code for h in hosts})):
        subject = topic  # "İtalya, NATO'nun ... grubuna katılmak üzere ... asker göndermeyi planlıyor"
    # a state's institution announcing "the sending of 200 soldiers" speaks of its own; in head-final
    # languages and Chinese any speaker named first is the dropped subject
    speaker_acts = ctx.lang in SPEAKER_SUBJECT or (src_tag is not None and (
        src_tag.value.kind == "institution" or _speaker_does(ctx, src_tag)))
    # ("...도착했다고 합동참모본부가 밝혔다": a head-final state body speaks last of its own forces)
    late_ok = ctx.lang in HEAD_FINAL and src_tag is not None and src_tag.value.kind in ("leader", "institution")
    # "За даними української розвідки, у Малі перебувають ...": a source cited with "according to"
    # reports the claim; it is never the one that sends
    # (where a dropped subject is the speaker's, "…国防省によると、同国は", it still may be)
    attributed = src_tag is not None and ctx.lang not in SPEAKER_SUBJECT and _cited(ctx, src_tag)
    named = _as_state_name(ctx, src_tag)
    if (subject is None and named is not None and speaker_acts and not attributed
            and named.value.kind in ("name", "short", "institution", "leader" if late_ok else "name")
            and named.value.code and stance in ("asserts", "confirms")
            and (verb is None or named.end <= verb.start or late_ok)):
        subject = named
    elif (subject is None and stance == "denies" and src_tag is not None and src_tag.value.code
          and (any(t.value == "denies" for t in ctx.of("speech")) or ctx.lang in SPEAKER_SUBJECT or denied_in_form)):
        # "Angola negou ter enviado tropas": who denies, denies doing it (and, where the speaker is the
        # dropped subject, "部隊を派遣したことはないと述べた": who says it never did)
        subject = src_tag
    pronoun = bool(ctx.of("pronouns")) or _state_ref_subject(ctx, troops, src_tag)
    crossed_at = [(f.start, f.end) for _, _, f in crossings]
    # "Russian units are deployed in Qamishli, where they patrol along the border": a border word set
    # off after a host that is not the troops' own country is that host's border, not one at home
    own_codes = {o.value.code for o in owners.values()} | ({subject.value.code} if subject is not None else set())
    abroad = lambda t: _border_abroad(ctx, t, hosts, own_codes) or _host_border(ctx, t, hosts, own_codes)
    # "Iraq protested the deployment": a word both of unrest and of speech, said by the speaker right
    # before it, is the speaker's protest, not one at home
    spoken = lambda t: src_tag is not None and src_tag.end <= t.start and (
        ctx.lang in HEAD_FINAL or ctx.gap(src_tag.end, t.start) <= 2) and any(
        s.start <= t.start and t.end <= s.end for s in ctx.of("speech"))
    domestic = any(not _clause_border(ctx, t, hosts) and not _host_border(ctx, t, hosts, own_codes)
                   for t in ctx.of("border")) or any(
        not _foreign_border(ctx, t, hosts) and not abroad(t) and not spoken(t) and not any(
        a <= t.start < b or t.start <= a < t.end for a, b in crossed_at) for t in ctx.of("domestic"))
    # "... Kosova'daki NATO barış gücünde görev yapacak birliğin İzmir'den uğurlandığını": a city of the
    # troops' own country is where they set out, when a country of another is named as where they go
    if hosts and all(h.value.kind in ("capital", "place", "town") and h.value.code in own_codes for h in hosts):
        away = [h for h in candidates if h.value.code not in own_codes and h.value.kind in ("name", "short")]
        hosts = nearest_host_group(ctx, away, troops + actions) if away else hosts
    location = next((h.value.english or capital_named(h.value.code, h.text) for h in hosts
                     if h.value.english or (h.value.kind == "short" and capital_named(h.value.code, h.text))), None)
    # towns and regions named anywhere in the sentence ("near Timbuktu", "at the Tapa base"), kept for
    # the claim whose host they lie in once the host is known
    places = tuple((m.value.code, m.value.english) for m in _mentions(ctx, {"place", "region", "town", "capital"})
                   if m.value.english and not speaks(ctx, m))
    # ... and a short name that is the capital city ("berlepas dari Dakar"): where troops leave from
    places += tuple((m.value.code, capital_named(m.value.code, m.text)) for m in _mentions(ctx, {"short"})
                    if capital_named(m.value.code, m.text) and not speaks(ctx, m))
    # "fighting for Russia in the war in Ukraine": a war's theatre, weaker than the article's main pair
    theatre = bool(hosts) and all(_after_war_word(ctx, h) for h in hosts)
    host_codes = list(dict.fromkeys(h.value.code for h in hosts)) or [None]
    stationed = [t.value.host for t in troops + joined if t.cat == "mention" and t.value.host]
    if not hosts and stationed:
        host_codes = list(dict.fromkeys(stationed))  # 주한미군 = US forces in Korea
    elif ally is not None and (theatre or not hosts or (
            ally.value.code not in host_codes and all(h.value.kind == "capital" or (h.value.kind == "place" and h.value.indexed)
                                                      for h in hosts))):
        # "fighting in support of Russia in the war in Ukraine": they are on Russia's side, so in Russia
        # (and a town the city index or a capital's name placed elsewhere does not outweigh the ally
        # ("주바랜드" is no Juba); a curated place or a state's region does: "alongside Russian forces in
        # the Kherson region" fight in Ukraine)
        host_codes, theatre = [ally.value.code], False
    adversary = find_adversary(ctx) if "combat" in types else None
    if host_codes == [None] and adversary is not None and id(adversary) not in owner_ids:
        host_codes = [adversary.value.code]  # "fighting against the Congolese army"
    if host_codes == [None] and ally is None:
        host_codes = _loose_host(ctx, owners, subject, src_tag, troops, stance) or host_codes
    if host_codes == [None] and ally is None and _keeps_foreign_troops(ctx, owners, subject, troops, stance, types):
        # "키르기스스탄은 ... 러시아군 약 500명을 주둔시키고 있다": a state that keeps another's troops,
        # with no other place named for them, keeps them on its own soil
        host_codes = [subject.value.code]
    hosting_host = None
    if ctx.of("hosting"):
        # "Niger hosts about 1,000 American soldiers": the subject of a hosting verb is the host (and
        # no sender, even where a mission's name already says the host: "hosts troops of EUFOR")
        taken = {id(o) for o in owners.values()}
        # (a state before a city: "Tacikistan, Duşanbe ve Bohtar'daki tesislerde ... barındırıyor")
        cities = {id(m) for m in all_hosts if m.value.kind in ("place", "capital", "town")}
        h = subject_before(ctx, ctx.of("hosting")[0].start, taken | cities, HOST_KINDS) or subject_before(
            ctx, ctx.of("hosting")[0].start, taken, HOST_KINDS)
        if h is None and ctx.lang in VERB_FIRST:  # "تستضيف اليابان نحو 54 ألف جندي أمريكي"
            verb = ctx.of("hosting")[0]
            h = next((m for m in _mentions(ctx, {"name", "short"}) if m.start >= verb.end
                      and ctx.gap(verb.end, m.start) == 0 and id(m) not in taken), None)
        if h is not None and (host_codes == [None] or subject is not None):
            host_codes = [h.value.code] if host_codes == [None] else host_codes
            if subject is h:
                subject = None
        hosting_host = h if h is not None and h.value.code in host_codes else None
        if hosting_host is not None and src_tag is not None and src_country is None \
                and src_tag.value.kind in ("institution", "leader"):
            # "Spain hosts 3,200 US troops, the defence ministry said": a ministry of no named country
            # is the host's, whose soil the sentence is about
            src_country, source_own = h.value.code, False
    if host_codes == [None] and not ctx.of("hosting"):
        label = _heading_state(ctx)  # "Somalia (2017-present): 500 troops", "Irak: 5.200 soldados"
        host_codes = [label.value.code] if label is not None and id(label) not in owner_ids else host_codes
    if host_codes == [None] and ctx.of("own_territory"):
        # "demanded the withdrawal of Azerbaijani troops from its territory": the speaker's own soil
        own = _territory_owner(ctx, owners, troops) or src_country or (subject.value.code if subject is not None else None)
        host_codes = [own] if own else host_codes
    # "Thailand dismissed reports of US troops stationed at <a base>", "Russia withdraws its border
    # guards from <an airport>, according to Yerevan": a state that denies foreign troops or tells of
    # them leaving, where no place of a state is named, speaks of its own soil (when the article gives
    # them no other host: document/resolution.py)
    speaker_soil = host_codes == [None] and ally is None and _speaker_soil(ctx, owners, subject, src_tag, src_country,
                                                                           main_type, stance)
    host_ref = host_codes == [None] and bool(ctx.of("host_ref"))
    # "The unit is due to leave Colombo": the city left is the host only to a withdrawal; after a claim
    # of sending it is where the troops set out from (document/resolution.py)
    # (a capital by its short name is a city too: "berlepas dari Dakar", "leave Dakar")
    leaves_city = main_type == "withdrawal" and bool(hosts) and all(
        (h.value.kind in ("place", "region", "capital", "town")
         or (h.value.kind == "short" and capital_named(h.value.code, h.text))) and any(
            a.value == "withdrawal" and ((a.end <= h.start and ctx.gap(a.end, h.start) - _fillers(ctx, a.end, h.start) == 0)
                                         # ("리마를 떠난다", "リマを離れる": the verb after its object)
                                         or (ctx.lang in HEAD_FINAL and h.end <= a.start and ctx.gap(h.end, a.start) <= 1))
            for a in actions) for h in hosts)

    named = frozenset(m.value.code for m in ctx.of("mention"))
    # a demand that they leave, from the speaker's soil (document/resolution.py) unless it asks them away from its
    # borders ("exigió la retirada de las tropas de la OTAN de las fronteras de Rusia"): they are beside it
    beside_speaker = src_country is not None and any(m.value.code == src_country and id(m) in neighbours(ctx)
                                                     for m in ctx.of("mention"))
    # (a demand that they leave sets no claim type, but it is still a demand: "非難し、即時撤退を求めた")
    demands_out = stance == "condemns" and ("withdrawal" in types or any(a.value == "withdrawal" for a in remote)) \
        and not beside_speaker
    # a host named only by a city is weak evidence beside domestic cues ("floods in Kota ..."), unless a
    # force or mission named says they serve there ("UNMISS에 파견된 한빛부대 ... 보르 지역에서 도로 복구")
    city_hosts = {h.value.code for h in hosts if h.value.kind in ("place", "region", "town", "capital")} - {
        h.value.code for h in hosts if h.value.kind in ("name", "short")} - (
        {hosting_host.value.code} if hosting_host is not None else set())  # "Tacikistan, Duşanbe'deki ... barındırıyor"
    # ... but a capital or major city of another state than the sender named is where they went, domestic
    # words or not ("Indian soldiers flown to Colombo to help with the floods", "... to secure the elections")
    strong_cities = {h.value.code for h in hosts if h.value.kind in ("place", "capital")}

    def add(sender, claim_type, count=None, qual=None, explicit_sender=True, noun=None, only_hosts=None):
        for host in only_hosts or host_codes:
            ctype = group_types.get(host, claim_type) if group_types and claim_type == main_type else claim_type
            drafts.append(Draft(sender, host, ctype, stance, source, src_country, count,
                                qual if count is not None else None, location, date, ctx.start, ctx.end,
                                explicit=int(sender is not None and explicit_sender) + int(
                                    host is not None and (not (domestic and host in city_hosts) or host in stationed
                                                          or (sender not in (None, host) and explicit_sender
                                                              and host in strong_cities))),
                                pronoun_sender=sender is None and pronoun, domestic=domestic, theatre=theatre,
                                possessive=sender is None and noun is not None and any(
                                    p.end <= noun.start and ctx.gap(p.end, noun.start) == 0
                                    for p in ctx.of("possessives")),
                                host_ref=host_ref, source_own=source_own, places=places, leaves_city=leaves_city,
                                demands_out=demands_out, speaker_soil=speaker_soil, named=named,
                                cues=[noun] if noun else [],
                                by_mission=noun is not None and id(noun) in by_mission,
                                partitive=noun is not None and noun.cat == "partitive"))

    # "Britain and France are ready to send ...": a coordinated subject sends together
    # (but "Selon l'état-major ukrainien, la Russie a envoyé": who says it is not one of them)
    co_before = lambda t: [m for m in _coordinated_before(ctx, t)
                           if src_tag is None or not (src_tag.start <= m.start and m.end <= src_tag.end)]
    co_subjects = co_before(subject) if subject is not None else []
    if inverted:
        co_subjects += [m for m in _coordinated_after(ctx, subject) if id(m) not in host_ids]
    by_mission: set = set()  # ids of troop nouns whose only sender is the mission named
    if subject is not None and subject is topic:
        co_subjects += _set_off_list(ctx, subject, host_ids)  # "Ürdün, Mısır ve Tunus, ... asker bulunduruyor"

    def senders_for(noun) -> tuple[list[str | None], bool]:
        o = owners.get(id(noun))
        if o is not None and o.value.code in BODIES and subject is not None and subject.value.code not in BODIES \
                and not (stance == "condemns" and subject is src_tag):  # (who condemns NATO's troops sends none)
            o = None  # "Nepal stellt 1300 Blauhelme der UN-Friedenstruppe": Nepal's, serving the UN
        if (o is not None and subject is not None and o.value.code not in BODIES | {subject.value.code}
                and subject.value.code not in BODIES and any(
                    w.end <= o.start and ctx.gap(w.end, o.start) - _fillers(ctx, w.end, o.start) == 0
                    for w in ctx.of("within"))):
            o = None  # "Казахстан направит роту в составе индийского батальона": Kazakh troops in an Indian unit
        if o is not None:  # "German, Italian and US soldiers", "tropas de Canadá, España y Polonia"
            co = co_before(o) + [o] + co_owners.get(id(o), [])
            if len(co) == 1 and o.value.code in BODIES and o.value.host and _served_in(ctx, o):
                by_mission.add(id(noun))  # "The 150-strong unit will join UNMISS"
            return list(dict.fromkeys(m.value.code for m in co)), True
        if len(missions) == 1 and (subject is None or subject is missions[0]):
            # "Kontingen Argentina dalam misi UNFICYP beranggotakan 250 personel", "Камбоджійський
            # контингент у складі сил ООН ... налічує 800 військових": a state's contingent named before
            # the mission is who serves in it; its count is that state's
            national = next((owners[id(t)] for t in troops if t is not noun and t.cat != "mention"
                             and t.end <= min(noun.start, missions[0].start) and id(t) in owners
                             and owners[id(t)].value.code not in BODIES), None)
            if national is not None:
                return [national.value.code], True
        if subject is not None:
            if subject.value.code in BODIES and subject.value.host and not co_subjects and _served_in(ctx, subject):
                by_mission.add(id(noun))  # "125名官兵将在联黎部队服役": the mission they serve in
            elif subject.value.code in BODIES and not co_subjects and _where_or_what(ctx, subject):
                by_mission.add(id(noun))  # "... görev yapacak birlik, BM üssünde": where they serve
            return list(dict.fromkeys([m.value.code for m in co_subjects] + [subject.value.code])), True

        if len(missions) == 1 and subject is None:  # "The UN mission (MINUSCA) has 14,000 personnel": the mission's body
            if _served_in(ctx, missions[0]):  # "... akan bergabung dengan UNMISS", not "MINUSCA has 14,000"
                by_mission.add(id(noun))
            return [missions[0].value.code], True
        return [None], False

    missions = [m for m in _mentions(ctx, {"force"}) if m.value.host and m.value.code in BODIES]
    # "Belanda dan Norwegia masing-masing menyumbang 270 dan 150 personel", "1,700 and 1,000 soldiers in
    # Lithuania and Romania respectively": lists as long as the counts pair up with them in order
    in_order = sorted((lk for lk in links if lk.get("number") is not None and not lk["sub"]),
                      key=lambda lk: lk["number"].start) if ctx.of("respectively") else []
    rank = {id(lk): i for i, lk in enumerate(in_order)} if len(in_order) >= 2 else {}
    paired = _paired_senders(ctx, in_order, host_ids) if rank else {}
    # "Con cerca de 250 efectivos, el contingente argentino en Chipre ...", "with 2,400 troops, ... the main
    # French military base": counted troops of no owner are those of the one troop or unit noun of the
    # sentence named with its state and given no count of its own
    counted_nouns = {id(lk["noun"]) for lk in links}
    lone_owner = list(dict.fromkeys(o.value.code for k, o in owners.items() if k not in counted_nouns
                                    and o.value.code not in BODIES)) if not ctx.of("including") else []
    # (a host named as a state, not a region or town the count may be at home in: "강원도 인제 일대에서")
    state_host = any(h.value.kind in ("name", "short") and h.value.code in host_codes for h in hosts) or (
        hosting_host is not None) or (bool(ctx.of("own_territory")) and not hosts)
    for link in links:
        value = link.get("value") or link["number"].value
        noun = link["noun"]
        ctype = main_type
        if noun.cat == "reinforcement" or link.get("more"):
            ctype = "reinforcement"
        elif link["sub"]:
            continue  # "12,000 including 500 officers": the officers are part of the 12,000
        elif noun.cat == "dual" or ("casualties" in types and (_near(ctx, noun, "casualties") or len(links) == 1)):
            ctype = "casualties"
        elif ctype == "casualties":
            ctype = next((t for t in TYPE_PRIORITY[1:] if t in types), "deployment")
        senders, explicit = senders_for(noun)
        if senders == [None] and len(lone_owner) == 1 and lone_owner[0] not in host_codes and state_host:
            senders, explicit = lone_owner, True
        own_hosts = list(dict.fromkeys(h.value.code for h in per_count.get(id(link), ())))
        if id(link) in paired:  # ("..., sementara Belanda dan Norwegia masing-masing menyumbang 270 dan 150")
            senders, explicit = [paired[id(link)]], True
        elif id(link) in rank:
            i = rank[id(link)]
            senders = [senders[i]] if len(senders) == len(rank) else senders
            own_hosts = own_hosts or ([host_codes[i]] if len(host_codes) == len(rank) else [])
        for sender in senders:
            add(sender, ctype, value, link["qualifier"], explicit, noun, own_hosts)
    if gapped:
        # each item in the place of the clause's subject: where they are when a hosting state (or no
        # state) opens it, who sends them when a sending state does
        first_link = min((lk for lk in links if lk.get("number") is not None), key=lambda lk: lk["number"].start)
        senders, explicit = senders_for(first_link["noun"])
        first_hosts = list(dict.fromkeys(h.value.code for h in per_count.get(id(first_link), ()))) or host_codes
        as_sender = hosting_host is None and subject is not None and subject.value.kind in ("name", "short")
        for g in gapped:
            code = g["subject"].value.code
            if as_sender:
                add(code, main_type, g["value"], g["qualifier"], True, g["noun"], [h for h in first_hosts if h != code])
            else:
                for sender in senders:
                    if sender != code:
                        add(sender, main_type, g["value"], g["qualifier"], explicit, g["noun"], [code])
    uncounted = list(dict.fromkeys(h.value.code for h in unassigned_hosts(ctx, links, candidates, per_count)))
    if per_count and group_types:
        # "..., after closing its bases in Chad and Senegal": hosts of a verb of another type than the
        # counted list's, past its last count, are a claim of that verb's type with no count
        given = {h.value.code for hs in per_count.values() for h in hs} | set(uncounted)
        last = max(lk["number"].end for lk in links if id(lk) in per_count)
        others = list(dict.fromkeys(h.value.code for h in candidates if h.start > last and h.value.code not in given
                                    and group_types.get(h.value.code, main_type) != group_types.get(
                                        next(iter(per_count.values()))[0].value.code)))
        if others:
            first_link = min((lk for lk in links if id(lk) in per_count), key=lambda lk: lk["number"].start)
            senders, explicit = senders_for(first_link["noun"])
            for sender in senders:
                for code in others:
                    add(sender, group_types[code], explicit_sender=explicit, noun=first_link["noun"], only_hosts=[code])
    if uncounted:  # "..., а на севере Ирака — несколько тысяч": an item of the list with no count of its own
        first_link = min((lk for lk in links if id(lk) in per_count), key=lambda lk: lk["number"].start)
        senders, explicit = senders_for(first_link["noun"])
        for sender in senders:
            add(sender, main_type, explicit_sender=explicit, noun=first_link["noun"], only_hosts=uncounted)
    if links:  # "14,000 personnel, including Rwandan troops": a named contingent is a claim of its own
        counted = {d.sender for d in drafts}
        for noun in troops:
            o = owners.get(id(noun))
            if (o is not None and o.value.code not in counted and not any(lk["noun"] is noun for lk in links)
                    and any(i.end <= min(o.start, noun.start) and ctx.gap(i.end, min(o.start, noun.start)) <= 1
                            for i in ctx.of("including"))):
                counted.add(o.value.code)
                add(o.value.code, main_type, noun=noun)
            elif o is not None and noun.cat == "invasion" and o.value.code not in counted:
                # "俄羅斯侵略烏克蘭..., 折損百餘萬人": the invasion is a claim of its own beside the count
                counted.add(o.value.code)
                add(o.value.code, "combat", noun=noun)
    else:
        seen = set()
        # ", утверждает армия обороны Израиля", ", said the Ugandan army": a troop word inside who
        # speaks is the speaker, not troops of a claim, where other troops are named
        # (and a force that is itself who speaks: "Menurut Pentagon, Rusia menempatkan personel ...")
        speaking = [t for t in troops if src_tag is not None and src_tag.start <= t.start and t.end <= src_tag.end
                    and ((src_tag.value.kind == "institution" and t.cat != "mention")
                         or (t.cat == "mention" and t.value.kind == "force" and t.value.code not in BODIES
                             and subject is not None and subject.value.code != t.value.code)
                         # ... and the troop word inside a speaking force's name ("이스라엘군은 ... 주장했다")
                         # where the subject or an owner of the other troops is another state
                         or (src_tag.value.kind == "force" and src_tag.value.code not in BODIES and any(
                             o is not None and o.value.code != src_tag.value.code and not (
                                 src_tag.start <= o.start and o.end <= src_tag.end)
                             for o in [subject] + [owners.get(id(x)) for x in troops])))]
        # ... and so is the troop word inside that force's name ("ウクライナ軍によると": 軍)
        speaking += [t for t in troops if t.cat != "mention" and t not in speaking and any(
            s.cat == "mention" and s.start <= t.start and t.end <= s.end for s in speaking)]
        for noun in troops:
            if speaking and noun in speaking and len(speaking) < len(troops):
                continue
            senders, explicit = senders_for(noun)
            for sender in senders:
                if sender not in seen:
                    seen.add(sender)
                    add(sender, "reinforcement" if main_type == "deployment" and _more_of(ctx, noun, verb)
                        else main_type, explicit_sender=explicit, noun=noun)
        if len(seen) > 1:  # an unowned troop noun adds nothing when owners are named
            drafts[:] = [d for d in drafts if d.sender is not None or d.refers_back]
    # "Nepal stellt 1300 Blauhelme der UN-Friedenstruppe", "Hollanda, NATO'nun birliklerine katılmak üzere":
    # a body's force named after the contributing state is where it serves, not another sender (but
    # "The UN mission has 14,000 personnel, including Rwandan troops" names both)
    # (a critic is not the state whose troops it condemns: "러시아는 나토군의 폴란드 배치를 규탄했다")
    # (a capital speaks for its state: "Helsinki said it would contribute soldiers to NATO's brigade")
    if (src_country and src_country not in BODIES and stance in ("asserts", "confirms") and (
            src_tag is None or src_tag.value.kind in ("leader", "institution", "agency", "name", "short", "capital"))):
        # "Milli Savunma Bakanlığı, KFOR bünyesinde görev yapmak üzere Kosova'ya 520 asker sevk edildiğini
        # açıkladı": a state body speaking of troops that serve in a body's force sends them itself
        serving = {m.value.code for m in ctx.of("mention") if m.value.code in BODIES and _serves_in(ctx, m)}
        for d in drafts:
            if d.sender in serving and not d.refers_back and d.host != src_country:
                d.sender = src_country
    critic = {id(src_tag)} if stance == "condemns" and src_tag is not None else set()
    lead = _lead_state(ctx, host_ids | owner_ids | critic)
    # (a body's code named as a body here, not a state sharing it: AU is the African Union and Australia)
    as_body = {m.value.code for m in ctx.of("mention") if m.value.kind in ("body", "force")} & BODIES - {
        m.value.code for m in ctx.of("mention") if m.value.kind in ("name", "short", "adjective")}
    if lead is not None and drafts and not ctx.of("hosting") and all(
            d.sender in as_body and d.host != lead.value.code for d in drafts if not d.refers_back):
        # "Bangladesh is one of the main troop contributors to UN peacekeeping, with 1,600 in ...",
        # "国連PKOの主要な要員派遣国であるインドは": the body's troops are the state's, serving the body
        for d in drafts:
            if not d.refers_back:
                d.sender = lead.value.code
    if lead is None and drafts and not ctx.of("hosting") and all(
            d.sender in as_body for d in drafts if not d.refers_back) and any(
            m.value.code in as_body and _serves_in(ctx, m) for m in ctx.of("mention")):
        # "Avec quelque 700 militaires engagés au sein de la FINUL, la France reste ...": troops serving in a
        # body's force are those of the one state the sentence names as no host and no speaker
        states = [m for m in _mentions(ctx, {"name", "short"}) if m.value.code not in BODIES
                  and id(m) not in host_ids | {id(o) for o in owners.values()} | critic and not speaks(ctx, m)
                  and m.value.code not in {d.host for d in drafts}]
        if len({m.value.code for m in states}) == 1:
            for d in drafts:
                if not d.refers_back:
                    d.sender = states[0].value.code
    first = {}
    for m in ctx.of("mention"):
        first.setdefault(m.value.code, m.start)
    state_at = {d.host: first.get(d.sender, ctx.end) for d in drafts if d.sender and d.sender not in BODIES and d.host}
    # ... and a body named before the states with no count of its own is the frame they serve in ("В
    # состав сил KFOR входят военнослужащие из Италии и Турции", "나토 전투단의 일원으로 영국과 프랑스 군이")
    # (a code a state shares with a body, named here only as the state, is the state: "Fiji, Tonga and
    # Australia have deployed ...")
    as_state = {m.value.code for m in ctx.of("mention") if m.value.kind in ("name", "short", "adjective")} - {
        m.value.code for m in ctx.of("mention") if m.value.kind in ("body", "force")}
    drafts[:] = [d for d in drafts if d.sender not in BODIES or d.refers_back or d.sender in as_state
                 or (first.get(d.sender, ctx.end) < state_at.get(d.host, ctx.end)
                     and (d.count is not None or d.host not in state_at or d.sender not in as_body))]
    if stance == "condemns" and src_country and any(d.sender not in (None, src_country) for d in drafts):
        # a critic does not condemn its own forces: "The Kremlin condemned the rotation ... US troops"
        drafts[:] = [d for d in drafts if d.sender != src_country or d.refers_back]
    if src_tag is not None and stance in ("condemns", "denies"):
        # "Литва и Польша осудили ...": each coordinated speaker condemns (or denies) in its own name
        own = [d for d in drafts if not d.refers_back]
        # (not the host the claim ends on: "... in Haiti, the ministry said")
        for co in _coordinated_before(ctx, src_tag):
            if id(co) not in host_ids:
                drafts += [replace(d, source=source_name(ctx, co), source_country=co.value.code) for d in own]
    for i, d in enumerate(drafts):  # "俄罗斯入侵乌克兰": the invaded state right after the verb is the host
        cue = next((c for c in d.cues if c.cat == "invasion"), None)
        obj = cue and next((m for m in invaders if m.start >= cue.end and ctx.gap(cue.end, m.start) <= 1), None)
        if obj is not None and obj.value.code != d.sender:
            drafts[i] = replace(d, host=obj.value.code)
    # "Russia sent 200 military instructors to ...", "instructores militares a Ecuador": troops whose work
    # is training are deployed and train, two claims (as "14,000 troops, including 3,000 reinforcements")
    trainers = ctx.of("trainers")
    # ... and so are trainers a sending verb governs where the claim's own noun is its subject's ("O
    # Exército português vai destacar instrutores para ..."): trainers owned by no one else
    troop_at = {(t.start, t.end): t for t in troops}
    senders = {d.sender for d in drafts if not d.refers_back}
    sent_trainers = [t for t in trainers if (t.start, t.end) in troop_at and len(senders) == 1 and any(
        a.value == "deployment" and _same_clause(ctx, a, t) and _near_verb(ctx, a, t) for a in actions)]
    owner_code = lambda t: owners[id(troop_at[(t.start, t.end)])].value.code if id(troop_at[(t.start, t.end)]) in owners else None
    unowned = lambda d: any(owner_code(t) in (None, d.sender) for t in sent_trainers)
    # ... and so are the sender's own trainers named beside another troop noun of the claim ("a Turkish
    # base, where hundreds of Turkish instructors train Somali units")
    own_trainers = lambda d: d.sender is not None and any(
        (t.start, t.end) in troop_at and owner_code(t) == d.sender for t in trainers)
    trains = lambda d: any((t.start < c.end and c.start < t.end) or _adjacent(ctx, c, t) or _adjacent(ctx, t, c)
                           for c in d.cues for t in trainers) or unowned(d) or own_trainers(d)  # (the noun itself, or the word beside it: "120 military instructors")
    # (trainers sent in addition train too: "an additional group of 300 military instructors")
    drafts += [replace(d, claim_type="training") for d in drafts if not d.refers_back and (
        (d.claim_type == "deployment" and (trains(d) or chained_training or sent_to_train))
        or (d.claim_type == "reinforcement" and trains(d)))]
    return drafts


def _paired_senders(ctx: SentenceContext, in_order: list[dict], host_ids: set) -> dict:
    """id(link) -> sender code where a run of two or more listed states stands right before the counts it
    pairs with ("Belanda dan Norwegia masing-masing menyumbang 270 dan 150"): as many counts after it as
    names in it, and the counts before it belong to others."""
    states = [m for m in _mentions(ctx, {"name", "short"}) if id(m) not in host_ids and m.value.code not in BODIES]
    for i, m in enumerate(states):
        run = [m]
        for nxt in states[i + 1:]:
            if not ctx.coordinated(run[-1].end, nxt.start):
                break
            run.append(nxt)
        after = [lk for lk in in_order if lk["number"].start >= run[-1].end]
        if len(run) >= 2 and len(after) == len(run) and len(after) < len(in_order) and _is_list(ctx, run):
            return {id(lk): r.value.code for lk, r in zip(after, run)}
    return {}


def crossed_borders(ctx: SentenceContext) -> list[tuple[Tag, Tag, Tag]]:
    """(crossing verb, border, state) for "crossed the Ukrainian border", "franchi la frontière
    ukrainienne", "перешли украинскую границу", "Ukrayna sınırını geçtiği", "越过乌克兰边境": the state
    named next to a crossed border is the one they went into (a verb that holds the border word
    itself, "Grenze überschritten", is its own border)."""
    out = []
    # (a border phrase the matcher took whole holds the border word too: "cruzado la frontera con Malí")
    fronts = ctx.of("frontier", "border")
    for c in ctx.of("crossing"):
        near = [f for f in fronts if f.start != c.start and (
                (f.start >= c.end and ctx.gap(c.end, f.start) <= 3 and not _PUNCT.search(ctx.text[c.end:f.start]))
                or (f.end <= c.start and ctx.gap(f.end, c.start) <= 1 and not _PUNCT.search(ctx.text[f.end:c.start])))]
        # (a verb that holds the border word is its own border: "Grenze überschritten")
        own = any(f.start == c.start and f.end == c.end for f in fronts)
        for f in near or [c]:
            for m in _mentions(ctx, {"name", "short", "adjective"}):
                if m.end <= f.start:  # (a verb with no border word: only a name after it, "crossed into Ukraine")
                    ok = (f is not c or own) and ctx.gap(m.end, f.start) - _fillers(ctx, m.end, f.start) <= 0 and not _PUNCT.search(ctx.text[m.end:f.start])
                else:
                    ok = m.start >= f.end and ctx.gap(f.end, m.start) - _fillers(ctx, f.end, m.start) <= 0 \
                         and not _PUNCT.search(ctx.text[f.end:m.start])
                if ok and not any(_adjacent(ctx, m, t) for t in ctx.of("troops")):
                    out.append((c, m, f))
    return out


def _clause_border(ctx: SentenceContext, cue: Tag, hosts: list[Tag]) -> bool:
    """"... for UNIFIL in southern Lebanon, which watches the area along the border with Israel": a
    border of another state than the host, in a clause set off by a comma after the host, says where
    the mission works; the troops are not posted at their own border."""
    return bool(hosts) and all(h.end <= cue.start and _PUNCT.search(ctx.text[h.end:cue.start]) for h in hosts) \
        and _foreign_border(ctx, cue, hosts)


def _border_abroad(ctx: SentenceContext, cue: Tag, hosts: list[Tag], own: set) -> bool:
    """"... deployed in Qamishli, where they patrol along the border": a frontier word in a clause set
    off by a comma after every host, where the troops' owners are named and none is a host's country,
    is a border of the host the troops stand in."""
    return bool(hosts) and bool(own) and not own & {h.value.code for h in hosts} \
        and any(f.start <= cue.start and cue.end <= f.end or cue.start <= f.start and f.end <= cue.end
                for f in ctx.of("frontier")) \
        and all(h.end <= cue.start and _PUNCT.search(ctx.text[h.end:cue.start]) for h in hosts)


def _host_border(ctx: SentenceContext, cue: Tag, hosts: list[Tag], own: set) -> bool:
    """"clashed with Sudan's army in Sudan's eastern border region", "dans la région frontalière du
    Soudan": a frontier word joined to a host's own name is that host's border; where some of the
    troops' owners are named and are not a host's country, they stand abroad, not at their own border."""
    if not hosts or not own - {h.value.code for h in hosts} or not any(
            f.start <= cue.start < f.end or cue.start <= f.start < cue.end for f in ctx.of("frontier")):
        return False
    codes = {h.value.code for h in hosts}
    words = lambda a, b: (ctx.gap(a, b) if ctx.cjk else sum(1 for w in re.findall(r"\w+", ctx.text[a:b]) if w != "s")) \
        - _fillers(ctx, a, b)
    return any(m.value.code in codes and not _PUNCT.search(ctx.text[min(m.end, cue.end):max(m.start, cue.start)])
               and ((m.end <= cue.start and words(m.end, cue.start) <= 0)
                    or (m.start >= cue.end and words(cue.end, m.start) <= 1))
               for m in _mentions(ctx, {"name", "short", "adjective", "place", "region"}))


def _foreign_border(ctx: SentenceContext, cue: Tag, hosts: list[Tag]) -> bool:
    """"900 troops in northeastern Syria, near the Iraqi border", "у границы с Ираком": a border of
    another country than the named host is where in the host they are, no sign of a deployment at home."""
    by = [m for m in _mentions(ctx, {"name", "short", "adjective"}) if
          (m.end <= cue.start and ctx.gap(m.end, cue.start) == 0 and not _PUNCT.search(ctx.text[m.end:cue.start]))
          or (m.start >= cue.end and ctx.gap(cue.end, m.start) <= 1 and not _PUNCT.search(ctx.text[cue.end:m.start]))]
    codes = {m.value.code for m in by}
    return bool(codes) and any(h.value.code not in codes and id(h) not in {id(m) for m in by}
                               and h.value.kind in ("name", "short", "place", "region") for h in hosts)


_CLAUSE_BREAK = re.compile(r"[,،，](?!\d)|[;:()；：（）]")  # (not the comma inside "1,000")


def _clause(ctx: SentenceContext, t: Tag) -> tuple[int, int]:
    """The stretch around tag t up to the nearest comma, colon or bracket on either side."""
    before = [m.end() for m in _CLAUSE_BREAK.finditer(ctx.text, ctx.start, t.start)]
    after = _CLAUSE_BREAK.search(ctx.text, t.end, ctx.end)
    return (before[-1] if before else ctx.start), (after.start() if after else ctx.end)


def _fights_in_own_clause(ctx: SentenceContext, actions: list[Tag], troops: list[Tag]) -> bool:
    """"Rwandan soldiers have been fighting alongside Mozambican forces against insurgents ..., when
    Kigali's first contingent landed", "combaten junto a las tropas rusas ..., según X, que habló de
    bajas": a combat verb with a side word (alongside, against) in a clause whose own troop noun it
    governs says what they do; a verb of another type in another clause (a when-clause, the source's
    words) is background. In the same clause the other verb still wins ("sent troops to fight alongside")."""
    sides = ctx.of("ally_before", "ally_after", "adversary_before", "adversary_after")
    for c in actions:
        if c.value != "combat":
            continue
        lo, hi = _clause(ctx, c)
        if not any(lo <= s.start and s.end <= hi for s in sides):
            continue
        if any(lo <= a.start and a.end <= hi and a.value != "combat" for a in actions):
            continue
        # its subject, before it; not the forces it helps ("以支持东非共同体地区部队打击", "to help local
        # forces fight"): a troop noun right after a word of support is the ally's, the clause a purpose
        helped = lambda t: any(s.end <= t.start and ctx.gap(s.end, t.start) <= 4 and not _clause_break(ctx, s.end, t.start)
                               for s in ctx.of("ally_before"))
        if any(lo <= t.start and t.end <= c.start and not helped(t) for t in troops):
            return True
    return False


def _purpose_of_sending(ctx: SentenceContext, part: Tag, actions: list[Tag]) -> bool:
    """"sent 100 troops to Djibouti to join the anti-piracy operation", "参加するため部隊を派遣": taking
    part in a purpose clause of a deployment verb says why they go; the claim stays a deployment."""
    for a in actions:
        if a.value != "deployment" or a.start == part.start:
            continue
        lo, hi = (a.end, part.start) if a.end <= part.start else (part.end, a.start)
        if lo <= hi and any(lo <= p.start and p.end <= hi for p in ctx.of("purpose")):
            return True
    return False


def _launched_combat(ctx: SentenceContext, verb: Tag) -> Tag | None:
    """"掃討作戦を展開している", "소탕 작전을 전개", "развернули наступление": a deployment verb whose object
    is a combat noun launches combat; the verb then says combat (not "развернули боевые части", where
    the combat word describes the troop noun after it)."""
    if verb.value != "deployment":
        return None
    troopish = ctx.of("troops", "units", "reinforcement", "dual")
    for c in ctx.of("action"):
        if c.value != "combat":
            continue
        if ctx.lang in HEAD_FINAL:
            ok = c.end <= verb.start and ctx.gap(c.end, verb.start) <= 1
        else:
            ok = c.start >= verb.end and ctx.gap(verb.end, c.start) == 0
        a, b = (c.end, verb.start) if c.end <= verb.start else (verb.end, c.start)
        if (ok and not _PUNCT.search(ctx.text[a:b]) and not ctx.between(a, b, "troops", "units", "mention")
                and not any(t.start >= c.end and ctx.gap(c.end, t.start) == 0 for t in troopish)):
            return Tag(verb.start, verb.end, verb.text, "action", "combat")
    return None


def _governs(ctx: SentenceContext, verb: Tag, objects: list[Tag], reach: int) -> bool:
    """One of the objects follows the verb within `reach` words (articles and "of the" aside), with no
    punctuation, action or troop noun between; where the verb comes last (ja/ko/tr), it stands right
    before the verb ("平和維持部隊を増強")."""
    for o in objects:
        if o.start >= verb.end:
            a, b = verb.end, o.start
            if ctx.gap(a, b) - _fillers(ctx, a, b) <= reach and not _PUNCT.search(ctx.text[a:b]) \
                    and not ctx.between(a, b, "action", "troops", "units", "mention"):
                return True
        elif ctx.lang in HEAD_FINAL and o.end <= verb.start and ctx.gap(o.end, verb.start) <= 1 \
                and not _PUNCT.search(ctx.text[o.end:verb.start]):
            return True
    return False


def _regained_control(ctx: SentenceContext) -> list[Tag]:
    """Combat tags for a verb of taking back with a word of control within two words after it (articles
    aside), no punctuation between ("a repris mercredi le contrôle"); where the verb comes last (ja/ko/tr) or in
    zh, the word of control may stand right before it ("支配を回復", "통제권을 되찾았다")."""
    out = []
    for g in ctx.of("regain"):
        for c in ctx.of("control_words"):
            after = c.start >= g.end and ctx.gap(g.end, c.start) - _fillers(ctx, g.end, c.start) <= 2 and not _PUNCT.search(ctx.text[g.end:c.start])
            before = (ctx.lang in HEAD_FINAL or ctx.cjk) and c.end <= g.start and ctx.gap(c.end, g.start) <= 1 \
                and not _PUNCT.search(ctx.text[c.end:g.start])
            if after or before:
                out.append(Tag(g.start, g.end, g.text, "action", "combat"))
                break
        else:
            if _retaken_place(ctx, g):
                out.append(Tag(g.start, g.end, g.text, "action", "combat"))
    return out


def _retaken_place(ctx: SentenceContext, verb: Tag) -> bool:
    """"ont repris samedi le port de Mocímboa da Praia aux insurgés", "retook Marawi": a verb of taking
    back whose object, a few words on (articles and of-words aside), is a place; not past a place
    preposition ("restored order in Bamako") nor where the verb comes last."""
    if ctx.lang in HEAD_FINAL or ctx.cjk:
        return False
    return any(m.start >= verb.end and ctx.gap(verb.end, m.start) - _fillers(ctx, verb.end, m.start) <= 2
               and not _PUNCT.search(ctx.text[verb.end:m.start])
               and not ctx.between(verb.end, m.start, "host_before", "troops", "units", "action", "mention")
               for m in _mentions(ctx, HOST_KINDS | {"town"}))


def _more_of(ctx: SentenceContext, noun: Tag, verb: Tag | None) -> bool:
    """Uncounted troops sent in addition: a more-word right beside the troop noun ("additional soldiers",
    "추가 병력") or right before the verb ("병력을 추가로 보냈다"). A noun of rotation or of new troops
    ("yeni asker", "нову ротацію") alone is a deployment, as a count-less claim."""
    # ("additional troops", "قوات إضافية": the more-word inside a reinforcement noun; "additional American
    # troops", "дополнительных американских войск": past the owner's demonym)
    return any((t.end <= noun.start and (_adjacent(ctx, t, noun) or _only_demonyms(ctx, t.end, noun.start)))
               or (noun.end <= t.start and ctx.gap(noun.end, t.start) <= (
               1 if ctx.lang in HEAD_FINAL else 0) and not _PUNCT.search(ctx.text[noun.end:t.start]))
               or (noun.cat == "reinforcement" and noun.start <= t.start and t.end <= noun.end)
               or (verb is not None and t.end <= verb.start and _adjacent(ctx, t, verb)) for t in ctx.of("more"))


def _only_demonyms(ctx: SentenceContext, a: int, b: int) -> bool:
    """Between a and b stand only a state's demonyms ("American", "US-"), no other word or punctuation."""
    words = sum(ctx.gap(m.start, m.end) for m in ctx.of("mention") if m.value.kind == "adjective" and a <= m.start and m.end <= b)
    return 0 < words == ctx.gap(a, b) and not _PUNCT.search(ctx.text[a:b])


def _served_in(ctx: SentenceContext, m: Tag) -> bool:
    """A mission named as what troops join or serve in: after a place preposition or with a destination
    case ending ("在联黎部队服役", "in UNIFIL"), or the object right after a verb ("will join UNMISS")."""
    # (past a few words naming its part: "will join the naval force of UNIFIL", "إلى القوة البحرية التابعة لليونيفيل")
    return _case_marked_place(ctx, m) or any(
        p.end <= m.start and ctx.gap(p.end, m.start) - _fillers(ctx, p.end, m.start) <= 4 and not _PUNCT.search(
            ctx.text[p.end:m.start]) and not ctx.between(p.end, m.start, "mention", "troops", "action", "speech")
        for p in ctx.of("host_before", "action", "within"))  # ("au sein de la Finul")


def _of_non_troops(ctx: SentenceContext, action: Tag) -> bool:
    """"to secure the evacuation of foreign nationals", "l'évacuation des ressortissants", "邦人の退避":
    an action noun whose own object is civilians says what happens to them, not what the troops do."""
    if _more_of_non_troops(ctx, action) or _people_withdrawn(ctx, action):
        return True
    for t in ctx.of("non_troop"):
        if _within_troop_term(ctx, t):
            continue
        if _civilian_object(ctx, action, t):
            return True
        a, b = (action.end, t.start) if t.start >= action.end else (t.end, action.start)
        if b < a or _PUNCT.search(ctx.text[a:b]) or ctx.between(a, b, "troops", "mention"):
            continue
        if t.start >= action.end and not ctx.cjk and ctx.between(a, b, "genitive") \
                and ctx.gap(a, b) - _fillers(ctx, a, b) <= 2:
            return True
        if t.start >= action.end and ctx.lang == "zh" and not ctx.text[a:b].strip():
            return True  # 撤离侨民: verb and its object
        if t.end <= action.start and ctx.lang in HEAD_FINAL and ctx.text[a:b].strip() in ("", "の", "의") \
                and not (ctx.lang == "tr" and _COMITATIVE_TR.search(t.text)):
            return True  # 邦人の退避, 교민 철수, vatandaşların tahliyesi (not "zırhlı araçlarla devriye": with them)
    return False


def _as_state_name(ctx: SentenceContext, tag: Tag | None) -> Tag | None:
    """"ABD, ... göndereceğini açıkladı": a speaker named by a word that is also its state's adjective
    (ABD, US) stands for the state where no troop noun follows it."""
    if tag is None or tag.value.kind != "adjective" or not tag.text[:1].isupper():
        return tag
    if any(t.start >= tag.end and ctx.gap(tag.end, t.start) <= 1 for t in ctx.of("troops", "units")):
        return tag
    return Tag(tag.start, tag.end, tag.text, tag.cat, replace(tag.value, kind="short"))


def _within_troop_term(ctx: SentenceContext, t: Tag) -> bool:
    """"军事教官", "军事顾问": a non-troop word inside a longer troop term is part of that troop noun."""
    return any(u.start <= t.start and t.end <= u.end and (u.start, u.end) != (t.start, t.end)
               for u in ctx.of("troops"))


def _more_of_non_troops(ctx: SentenceContext, action: Tag) -> bool:
    """"لعام إضافي", "for an additional year", "ein weiteres Jahr": a word of reinforcing right beside a
    noun of no troops (a year, vehicles) says more of that, not of the troops."""
    # (a more-word only, not a verb: "к 2030 году довести численность")
    return action.value == "reinforcement" and any(m.start == action.start for m in ctx.of("more")) and any(
        (t.end <= action.start and _adjacent(ctx, t, action)) or (action.end <= t.start and _adjacent(ctx, action, t))
        for t in ctx.of("non_troop"))


def _people_withdrawn(ctx: SentenceContext, action: Tag) -> bool:
    """"apoiar a retirada de brasileiros do país", "the evacuation of Britons": a withdrawal noun whose
    of-object is a people named by its demonym alone, with no troop noun after it, is of civilians."""
    if action.value != "withdrawal" or ctx.cjk or ctx.lang in HEAD_FINAL:
        return False
    for m in ctx.of("mention"):
        a, b = action.end, m.start
        if m.value.kind != "adjective" or b < a or ctx.gap(a, b) - _fillers(ctx, a, b) > 1 or not ctx.between(a, b, "genitive"):
            continue
        if _PUNCT.search(ctx.text[a:b]) or ctx.between(a, b, "troops", "units", "mention"):
            continue
        if not any(t.start >= m.end and ctx.gap(m.end, t.start) <= 1 for t in ctx.of("troops", "units")) and not any(
                t.end <= m.start and t.start >= a for t in ctx.of("troops", "units")):
            return True
    return False


def _civilian_object(ctx: SentenceContext, verb: Tag, noun: Tag) -> bool:
    """"to help evacuate UK nationals", "pour évacuer les ressortissants": a verb whose direct object,
    right after it (an article or the state's adjective between at most), is civilians acts on them."""
    if ctx.cjk or ctx.lang in HEAD_FINAL or noun.start < verb.end or ctx.gap(verb.end, noun.start) > 2:
        return False
    a, b = verb.end, noun.start
    if _PUNCT.search(ctx.text[a:b]) or ctx.between(a, b, "troops", "units", "genitive", "host_before"):
        return False
    # (not a word that only looks like one before the troops it counts: "погибли семь камерунских военных")
    if any(t.start >= noun.end and ctx.gap(noun.end, t.start) <= 2 and not _PUNCT.search(ctx.text[noun.end:t.start])
           for t in ctx.of("troops", "units")):
        return False
    named = sum(ctx.gap(m.start, m.end) for m in ctx.of("mention") if a <= m.start and m.end <= b
                and m.value.kind == "adjective")
    plain = sum(ctx.gap(t.start, t.end) for t in ctx.of("articles", "possessives", "host_filler") if a <= t.start and t.end <= b)
    return ctx.gap(a, b) - named - plain <= 0


_CLOSING_QUOTE = re.compile(r"[»”\"’']?")
_DIGITS = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*")


def _figurative(ctx: SentenceContext, troop: Tag) -> bool:
    """"an army of programmers", "pasukan kurir", "جيش من المبرمجين": a troop noun whose own complement
    (right after it, past an of-word at most) is a word of software, sport or trade, is a figure of speech."""
    if troop.cat == "mention":
        return False
    # («армія» розробників, the "army" of developers: the quotes that set the figure off may stand between)
    after = troop.end + len(_CLOSING_QUOTE.match(ctx.text, troop.end).group(0))
    for t in ctx.of("negative"):
        if t.start < troop.end or _PUNCT.search(ctx.text[after:t.start]):
            continue
        # (a head count between is part of the figure: "un ejército de 4.000 aficionados")
        gap = ctx.gap(troop.end, t.start) - sum(ctx.gap(d.start(), d.end()) for d in _DIGITS.finditer(ctx.text, troop.end, t.start))
        if gap == 0 or (gap == 1 and ctx.between(troop.end, t.start, "genitive", "from_before")):
            return True
    return False


def _heading_state(ctx: SentenceContext) -> Tag | None:
    """A state that opens a list item and is set off by a colon or a bracket: where the troops are."""
    first = next(iter(_mentions(ctx, {"name", "short"})), None)
    if first is None or ctx.gap(ctx.start, first.start) > 0:
        return None
    return first if re.match(r"\s*[(:—–-]", ctx.text[first.end:first.end + 3]) else None


_COMMA_AFTER = re.compile(r"\s*[,，،]")  # matched at an offset: a slice from there would copy the whole article


def _opening_aside(ctx: SentenceContext):
    """A sentence that opens with a state set off by commas before its verb ("Nepal, one of the largest
    UN contributors, has ...", "Індія, яка бере участь ..., має ...", "Ірландія, за даними ..., має"):
    (verb, the state, where the aside ends), else None. The verb (or possession word) stands right
    after the closing comma."""
    first = next((m for m in _mentions(ctx, {"name", "short"}) if m.value.code not in BODIES), None)
    if first is None or ctx.gap(ctx.start, first.start) > 1 or not _COMMA_AFTER.match(ctx.text, first.end):
        return None
    verbs = ctx.of("action", "possession", "auxiliaries")
    for c in re.finditer(r"[,，،]", ctx.text[first.end + 1:ctx.end]):
        at = first.end + 1 + c.start()
        verb = next((v for v in verbs if v.start >= at + 1 and ctx.gap(at + 1, v.start) == 0), None)
        if verb is not None:
            return verb, first, at
    return None


def _condemns_attack_only(ctx: SentenceContext, actions: list[Tag]) -> bool:
    """Troops were killed or wounded and what is condemned is the attack on them ("a dénoncé une attaque
    lâche", "condemned the ambush", "verurteilte den Angriff"): every condemning verb has a combat word
    right after it (or right before it, verb-final). The casualties are reported, not condemned."""
    if not any(a.value == "casualties" for a in actions):
        return False
    combat = [a for a in actions if a.value in ("combat", "casualties")]
    condemning = [sp for sp in ctx.of("speech") if sp.value == "condemns"]
    near = lambda a, b: a.end <= b.start and ctx.gap(a.end, b.start) - _fillers(ctx, a.end, b.start) <= 1
    return bool(condemning) and all(any(near(sp, c) or (ctx.lang in HEAD_FINAL and near(c, sp)) for c in combat)
                                    for sp in condemning)


def _speaker_seat(ctx: SentenceContext, m: Tag) -> bool:
    """A city named as the seat of the institution that speaks ("teilte das Verteidigungsministerium in
    Ulan-Bator mit", "said the defence ministry in Accra", "a indiqué l'état-major à Lomé"): an
    institution, a place preposition, the city; a speech verb right before the institution or right
    after the city. Where the speaker sits is no destination."""
    if m.value.kind not in ("place", "region", "capital", "town"):
        return False
    for t in ctx.of("institution"):
        if not (t.end <= m.start and ctx.gap(t.end, m.start) == 1 and ctx.between(t.end, m.start, "host_before")):
            continue
        if any((sp.end <= t.start and ctx.gap(sp.end, t.start) - _fillers(ctx, sp.end, t.start) <= 1)
               or (sp.start >= m.end and ctx.gap(m.end, sp.start) <= 1) for sp in ctx.of("speech")):
            return True
    return False


def _addressee(ctx: SentenceContext, m: Tag) -> bool:
    """Whom a demand or statement is addressed to ("exigió a Moscú la retirada", "urged Moscow to"):
    a name right after a speech verb, past a preposition at most, is no destination."""
    # (Chinese names whom it addresses before the verb, "向美国表示": "否认向刚果（金）派兵" is where to)
    # ("exigió una vez más a Moscú", "demanded once again of Moscow": a word saying "again" between)
    again = lambda a, b: sum(ctx.gap(t.start, t.end) for t in ctx.of("again") if a <= t.start and t.end <= b)
    return m.value.kind not in ("place", "region") and any(
        sp.end <= m.start and ctx.gap(sp.end, m.start) - _fillers(ctx, sp.end, m.start) - again(sp.end, m.start) <= 1
        and not (ctx.lang in ADDRESSEE_FIRST and ctx.between(sp.end, m.start, "host_before"))
        and ctx.gap(sp.end, m.start) - again(sp.end, m.start) <= 3 and not _PUNCT.search(ctx.text[sp.end:m.start])
        and not ctx.between(sp.end, m.start, "mention", "subordinators")  # ("çağrılarına rağmen Cibuti'de": a new clause)
        for sp in ctx.of("speech"))  # "否认伊朗在也门": Iran is the subject


# Turkish glues the case ending to a common noun: "barış gücünde" (in the peace force), "misyonuna"
_TR_PLACE_CASE = re.compile(r"(?:n?[dt][ae]|n?[dt][ae]ki\w*|n[ae])$")


def _case_marked_noun(ctx: SentenceContext, t: Tag) -> bool:
    """A noun with a place or destination case ending: glued (tr "gücünde") or after it (ko "평화유지군에")."""
    if ctx.lang == "tr":
        return bool(_TR_PLACE_CASE.search(t.text))
    return ctx.lang in HEAD_FINAL and _case_marked_place(ctx, t)


def _case_marked_place(ctx: SentenceContext, m: Tag) -> bool:
    """A destination case ending after the name, past a closing bracket ("(UNIFIL)에", "MINUSCA'ya")
    or the acronym in brackets after a full name ("…安定化ミッション（MINUSCA）に")."""
    if ctx.host_suffix is None:
        return False
    ending = re.search(r"['’]\w+$", m.text) if ctx.lang == "tr" else None
    after = ending.group(0) if ending else re.sub(r"^[)）」』\]\"”’]+", "", _BRACKETED.sub(
        "", ctx.text[m.end:min(ctx.end, m.end + 40)], count=1)[:12])
    return bool(ctx.host_suffix.match(after))


def _topic_state(ctx: SentenceContext, taken: set) -> Tag | None:
    """A state that opens the sentence marked as its topic where the language marks one (Turkish: a
    comma after it, or the genitive of whose troops: "Fas, BM'nin ...", "Kamboçya'nın ... askeri")."""
    if ctx.topic_marker is None:
        return None
    states = _mentions(ctx, {"name", "short"})
    first = next(iter(states), None)
    # ("Somali hükümeti yetkililerine göre Etiyopya, ...": the state right after the opening "according
    # to ...", not the one inside it)
    after_source = next((m for sp in ctx.of("speech") if sp.value == "according_to" for m in states
                         if m.start >= sp.end and ctx.gap(sp.end, m.start) == 0), None)
    first = after_source if after_source is not None and first is not None and first.end <= after_source.start and any(
        sp.value == "according_to" and first.end <= sp.start for sp in ctx.of("speech")) else first
    # (a state's name, also where its code is a body's: AU is Australia and the African Union)
    if first is None or id(first) in taken or (first.value.code in BODIES and first.value.kind not in ("name", "short")):
        return None
    # (where subjects take a particle, only a headline's: no state of the sentence takes one, and no
    # force named is another state's: "豪州、ソロモン諸島に兵士50人を派遣", not "ポーランド、ルーマニアに米軍")
    if ctx.subject_marker is not None and (any(marked_subject_strict(ctx, m) for m in states) or any(
            m.value.code != first.value.code for m in _mentions(ctx, {"force", "adjective"}))):
        return None
    # (opening the sentence, or right after its opening "according to ...": "BM verilerine göre Ruanda, ...")
    if ctx.gap(ctx.start, first.start) > 0 and not any(
            sp.value == "according_to" and sp.end <= first.start and ctx.gap(sp.end, first.start) == 0
            and not ctx.between(ctx.start, sp.start, "troops", "action") for sp in ctx.of("speech")):
        return None
    ending = re.search(r"['’]\w+$", first.text)
    return first if ctx.topic_marker.match((ending.group(0) if ending else "") + ctx.text[first.end:first.end + 3]) else None


def _lead_state(ctx: SentenceContext, taken: set) -> Tag | None:
    """The state the sentence is about: where subjects are marked (ja/ko), the one state so marked
    that does not speak; elsewhere the state that opens the sentence (no speaker, no place)."""
    states = [m for m in _mentions(ctx, {"name", "short"}) if m.value.code not in BODIES and id(m) not in taken]
    if ctx.subject_marker is not None:
        marked = [m for m in states if marked_subject(ctx, m) and not speaks(ctx, m)]
        return marked[0] if len(marked) == 1 else None
    first = next(iter(states), None)
    # (after an article at most: "Le Sénégal compte ...", "El Perú tiene ...")
    if first is None or speaks(ctx, first) or ctx.gap(ctx.start, first.start) > _fillers(ctx, ctx.start, first.start):
        return None
    return first if re.match(r"\s*\w", ctx.text[first.end:first.end + 3]) else None


def _opening_state(ctx: SentenceContext, taken: set) -> Tag | None:
    """"La Chine fournit environ 400 casques bleus ...": with no verb we know, a state (or its capital)
    that opens the sentence, after an article at most, is its subject."""
    first = next(iter(_mentions(ctx, {"name", "short", "capital"})), None)
    # (where words are not spaced, the next word follows the name at once: "中国目前在南苏丹有约1050名")
    if first is None or id(first) in taken or not re.match(r"\s*\w" if ctx.cjk else r"\s+\w",
                                                          ctx.text[first.end:first.end + 3]):
        return None  # "Afganistán (2001-presente): 11 mil soldados" is a heading, not a subject
    lead = re.sub(r"\b\w{1,2}['’]\s*$", "", ctx.text[ctx.start:first.start])  # elided article: "L'Éthiopie"
    return first if ctx.gap(ctx.start, ctx.start + len(lead)) == _fillers(ctx, ctx.start, ctx.start + len(lead)) else None


def _coordinated_before(ctx: SentenceContext, subject: Tag) -> list[Tag]:
    """Names joined to the subject by "and"/"," right before it: "Britain and France", "Литва и Польша"."""
    out, cur = [], subject
    for m in reversed([m for m in _mentions(ctx, SENDER_KINDS - {"capital"}) if m.end <= subject.start]):
        if not ctx.coordinated(m.end, cur.start) or _fronted_place(ctx, m, cur):
            break
        out.insert(0, m)
        cur = m
    return out if _is_list(ctx, out + [subject]) else []


def _set_off_list(ctx: SentenceContext, first: Tag, taken: set) -> list[Tag]:
    """The names after an opening topic that close its list with a conjunction and are set off by a
    comma ("Ürdün, Mısır ve Tunus, BM misyonu ..."): the topic is the first of several subjects."""
    run = [m for m in _coordinated_after(ctx, first) if id(m) not in taken]
    for i, m in enumerate(run):
        joint = ctx.text[(run[i - 1] if i else first).end:m.start]
        if re.search(r"\w", joint):  # the conjunction: this name closes the list
            return run[:i + 1] if re.match(r"\s*,", ctx.text[m.end:m.end + 3]) else []
    return []


def _coordinated_after(ctx: SentenceContext, first: Tag) -> list[Tag]:
    """Names joined after an owner by "and"/",": "troops from Canada, Spain and Poland"."""
    out, cur = [], first
    # (a place preposition opens another item, where: "militares españoles; en el Líbano, 650")
    of_words = {(t.start, t.end) for t in ctx.of("genitive", "from_before")}
    for m in [m for m in _mentions(ctx, SENDER_KINDS - {"capital"}) if m.start >= first.end]:
        if not ctx.coordinated(cur.end, m.start) or any(
                cur.end <= p.start and p.end <= m.start and (p.start, p.end) not in of_words for p in ctx.of("host_before")):
            break
        out.append(m)
        cur = m
    return out if _is_list(ctx, [first] + out) else []


def _is_list(ctx: SentenceContext, run: list[Tag]) -> bool:
    """A list joins its names with a conjunction somewhere ("Kenya, Burundi and Uganda", "A와 B"), with
    the enumeration comma (ja/zh "、") or middle dot (ko "·"), or runs to three names or more ("독일, 네덜란드, 노르웨이"); two
    names set apart by a comma alone are not one ("Menurut Kementerian Pertahanan Inggris, Rusia ...")."""
    return len(run) >= 3 or any(re.search(r"[\w、·・･]", ctx.text[a.end:b.start]) for a, b in zip(run, run[1:]))


def _loose_host(ctx: SentenceContext, owners: dict, subject: Tag | None, src_tag: Tag | None, troops,
                stance: str = "asserts") -> list[str]:
    """No preposition or case ending marked a destination, but the sentence names exactly one other
    country ("ジブチの自衛隊拠点", "Seoul's troops at a base in the Gulf state of Qatar"): forces of
    the sender are there. Speakers, owners and the subject are not candidates. In a condemnation or
    denial the name must follow the troops ("미군의 필리핀 배치를 비난했다"): names before them are
    the critics ("Литва и Польша осудили"), and one addressed ("потребовали от Минска") is not a host."""
    if subject is not None and any(id(t) in owners and owners[id(t)] is not subject and t.end <= subject.start
                                   for t in troops):
        subject = None  # verb-final "Die französischen Soldaten haben den Senegal verlassen": the object
    # (the speaker's own name, not its state's every mention: "... to a base in eastern Libya, an official
    # of the government in Tripoli said" is in Libya)
    spoken = {id(m) for m in ctx.of("mention") if src_tag is not None and src_tag.start <= m.start and m.end <= src_tag.end}
    taken = {m.value.code for m in owners.values()} | {t.value.code for t in (subject,) if t is not None} | (
        {src_tag.value.code} if src_tag is not None and src_tag.value.kind != "institution" else set())
    # ... nor the names listed with the subject or an owner ("グアテマラとエルサルバドル、ジャマイカが")
    taken |= {m.value.code for t in {id(t): t for t in [*owners.values(), subject] if t is not None}.values()
              for m in _coordinated_before(ctx, t)}
    beside = neighbours(ctx)
    strict = stance not in ("asserts", "confirms")
    first_troop = min((t.end for t in troops), default=ctx.end)
    # ("deixem o território congolês": a demonym beside a word for soil names that state as a place)
    codes = {m.value.code for m in _mentions(ctx, {"name", "short", "place", "region"}) + _territory_demonyms(ctx)
             if m.value.code not in taken and id(m) not in beside and id(m) not in spoken
             and not (speaks(ctx, m) and marked_subject(ctx, m)) and m.value.code not in BODIES  # (에스토니아 배치를 비난했다)
             and not _speaker_seat(ctx, m) and not _where_said(ctx, m, troops)
             and not (strict and (m.start < first_troop or _addressee(ctx, m)))
             and not any((_adjacent(ctx, m, t) or _adjacent(ctx, t, m)) and not _after_owned_troops(ctx, m)
                         for t in troops)}
    return list(codes) if len(codes) == 1 and (taken or src_tag is not None) else []


def _is_verb(ctx: SentenceContext, t: Tag) -> bool:
    """A host marker that is a verb itself (zh 进驻, 派驻): it marks only the name right after it."""
    return any(a.start == t.start and a.end == t.end for a in ctx.of("action"))


def _adjacent(ctx: SentenceContext, a: Tag, b: Tag) -> bool:
    """b follows a with no word between (in ja/zh: no character between)."""
    return b.start == a.end if ctx.cjk else ctx.gap(a.end, b.start) == 0


def _main_verb(ctx: SentenceContext, actions: list[Tag], troops: list[Tag]) -> Tag | None:
    """The action that governs the troops: the one nearest a troop noun, so a first verb about
    something else ("the joint exercise opened ..., China sent 800 soldiers") does not pick the subject."""
    if not actions or not troops:
        return actions[0] if actions else None
    dist = lambda a: min(ctx.gap(a.end, t.start) if a.end <= t.start else ctx.gap(t.end, a.start) for t in troops)
    return min(actions, key=lambda a: (dist(a), a.start))


def _subject_of_verb(ctx: SentenceContext, m: Tag, troops, actions) -> bool:
    """"a Coreia do Norte enviou ...": a name right before the first verb, ahead of every troop noun, is
    the subject even when an article that doubles as a preposition (pt "a", fr "à") precedes it."""
    if ctx.lang in SPEAKER_SUBJECT or m.value.kind in ("place", "region") or any(t.start < m.end for t in troops + actions):
        return False
    articles = {(t.start, t.end) for t in ctx.of("host_filler")}
    preps = [p for p in ctx.of("host_before") if p.end <= m.start and ctx.gap(p.end, m.start) == 0]
    if any((p.start, p.end) not in articles for p in preps):
        return False  # a real preposition ("в Сирии находятся"): a place after all
    if any(p.end <= m.start and (p.start, p.end) not in articles and ctx.gap(p.end, m.start) <= 3
           and ctx.gap(p.end, m.start) == _fillers(ctx, p.end, m.start) for p in ctx.of("host_before")):
        return False  # ... past words for a part of it ("На сході ДР Конго загинули", "in the east of")
    return any(a.start >= m.end and ctx.gap(m.end, a.start) == 0 and not _PUNCT.search(ctx.text[m.end:a.start])
               for a in actions)


def _cited(ctx: SentenceContext, src: Tag) -> bool:
    """The source stands next to "according to" (after it; before it in head-final languages)."""
    for s in ctx.of("speech"):
        if s.value != "according_to":
            continue
        if ctx.lang in HEAD_FINAL and src.end <= s.start and ctx.gap(src.end, s.start) <= 1:
            return True
        if ctx.lang not in HEAD_FINAL and src.start >= s.end and ctx.gap(s.end, src.start) <= 6 \
                and not _PUNCT.search(ctx.text[s.end:src.start]):
            return True
        if s.start < src.start and src.end <= s.end:
            return True  # ("nach ukrainischen Angaben": the source inside the phrase)
    return False


def _negated(ctx: SentenceContext, verb: Tag, reach: int = 4) -> bool:
    """A negation next to the verb: before it ("не визнають", "did not confirm"), or after it in
    head-final languages (인정하지 않고, 認めていない; a word of absence there too: 駐留していない)."""
    for neg in ctx.of("negation", "negation_before", "absence_after"):
        if _after_intention(ctx, neg):
            continue
        if neg.end <= verb.start and ctx.gap(neg.end, verb.start) <= 1 and not _tells_between(ctx, neg.end, verb.start):
            return True
        if ctx.lang in HEAD_FINAL and neg.start >= verb.end and neg.start - verb.end <= reach and neg.cat != "negation_before" \
                and not _tells_between(ctx, verb.end, neg.start):
            return True
    return False


def _tells_between(ctx: SentenceContext, a: int, b: int) -> bool:
    """A verb of telling (data: `telling`, "explain", 说明) between a negation and the action: "did not
    explain the withdrawal", "未说明撤军的原因" leaves the telling undone, not the action."""
    return any(a <= t.start and t.end <= b for t in ctx.of("telling"))


# Claim types a verb sets only in the troops' own clause (a presence verb there governs them)
_OWN_CLAUSE_TYPES = ("withdrawal", "training")


def _clause_break(ctx: SentenceContext, a: int, b: int) -> bool:
    """Punctuation or a subordinating word ("despite", "malgré", "있으며") stands between offsets a and b;
    a count's own separators ("3,000 soldiers") and the commas of a list of names ("to Laos, Cambodia
    and Thailand") are no break."""
    if ctx.between(a, b, "subordinators"):
        return True
    text = list(_GROUPED.sub(lambda m: "0" * len(m.group(0)), ctx.text[a:b]))
    names = [m for m in ctx.of("mention") if a <= m.start and m.end <= b]
    for x, y in zip(names, names[1:]):
        if ctx.coordinated(x.end, y.start):
            text[x.end - a:y.start - a] = " " * (y.start - x.end)
    return bool(_PUNCT.search("".join(text)))


def _subordinate(ctx: SentenceContext, tag: Tag) -> bool:
    """The tag stands in a clause a subordinating word opens after the troops ("... 1,500 troops in
    Djibouti despite calls for their withdrawal", "malgré les appels"); where the verb comes last the
    word closes it before them ("çekilme çağrılarına rağmen ... asker"). A sentence that opens with
    one ("Meskipun Kyiv membantah ... pasukan mereka") has the troops in that clause."""
    troops = ctx.of("troops", "units")
    for s in ctx.of("subordinators"):
        if ctx.lang in HEAD_FINAL:
            if s.start >= tag.end and not _PUNCT.search(ctx.text[tag.end:s.start]) and ctx.gap(tag.end, s.start) <= 4 \
                    and any(t.start >= s.end for t in troops):
                return True
        elif s.end <= tag.start and not _PUNCT.search(_GROUPED.sub("", ctx.text[s.end:tag.start])) \
                and any(t.end <= s.start for t in troops):
            return True
    return False


def _same_clause(ctx: SentenceContext, verb: Tag, noun: Tag) -> bool:
    """The verb stands in the noun's clause. Where the verb comes last (ja/ko/tr) a verb before the noun
    only describes it ("チャドに駐留していた部隊が"), and a comma after the subject ends no clause: the
    verbs after the noun, up to a subordinating word, are its clause's."""
    if ctx.lang in HEAD_FINAL:
        # (a clause ends at a verb followed by punctuation: "… bulunduruyor; bu askerlerin çekilmesi")
        ended = any(noun.end <= a.start and a.end <= verb.start and _PUNCT.search(ctx.text[a.end:verb.start])
                    for a in ctx.of("action", "possession", "hosting")) or bool(re.search(r"[;；]", ctx.text[noun.end:verb.start]))
        return verb.start >= noun.end and not ended and not ctx.between(noun.end, verb.start, "subordinators")
    x, y = (verb, noun) if verb.start <= noun.start else (noun, verb)
    return not _clause_break(ctx, x.end, y.start)


def _near_verb(ctx: SentenceContext, verb: Tag, noun: Tag) -> bool:
    """The verb stands by the noun, its count and qualifier aside ("maintient toujours quelque 1 500
    soldats", "병력 약 650명을 주둔시키고"): it governs them, not a noun further on ("... air base")."""
    a, b = (verb.end, noun.start) if verb.end <= noun.start else (noun.end, verb.start)
    if ctx.cjk:
        return len(re.sub(r"[\d\s.,约約近逾名人多余餘]", "", ctx.text[a:b])) <= 6
    return sum(1 for w in re.findall(r"\w+", ctx.text[a:b]) if not w.isdigit()) <= 3


def _clause_codes(ctx: SentenceContext, tag: Tag) -> set:
    """Codes of the places named in tag's clause (between the breaks around it)."""
    names = _mentions(ctx, HOST_KINDS)
    return {m.value.code for m in names if not _clause_break(ctx, min(m.end, tag.end), max(m.start, tag.start))}


def _territory_owner(ctx: SentenceContext, owners: dict, troops: list[Tag]) -> str | None:
    """Whose "its territory" is: the nearest state named before it that owns none of the troops, the one
    that lets them in ("谴责芬兰允许美军在其领土上部署") or the speaker who demands they leave."""
    senders = {o.value.code for o in owners.values()} | {t.value.code for t in troops if t.cat == "mention"}
    words = ctx.of("own_territory")
    names = [m for m in _mentions(ctx, {"name", "short"}) if m.end <= words[0].start and m.value.code not in senders]
    return names[-1].value.code if names else None


def _losses_as_cause(ctx: SentenceContext, loss: Tag, actions: list[Tag]) -> bool:
    """A casualty word a few words after a cause word ("after", "tras", "после"), which itself follows
    another of the troops' verbs, with no troops, names or digits between: the reason for that act. So
    too a withdrawal word right after it, past an article, after a verb of another type (or of hosting or
    presence): "tomaron posiciones en Tombuctú tras la salida de los cascos azules", "héberge ... 80
    militaires français ..., après la rétrocession du camp": when that act came, not what it was (not
    one naming a place of its own: "..., selepas menutup pangkalannya di Chad")."""
    if loss.value not in ("casualties", "withdrawal") or ctx.lang in HEAD_FINAL:
        return False
    if loss.value == "withdrawal" and any(m.start >= loss.end and ctx.gap(loss.end, m.start) <= 4 and not _PUNCT.search(
            ctx.text[loss.end:m.start]) for m in _mentions(ctx, HOST_KINDS)):
        return False
    reach, other = (4, ("casualties", "combat")) if loss.value == "casualties" else (1, ("withdrawal",))
    before = [v for v in actions if v.value not in other] + (ctx.of("hosting", "possession") if loss.value == "withdrawal" else [])
    for w in ctx.of("cause_before"):
        a, b = w.end, loss.start
        if a <= b and ctx.gap(a, b) - (loss.value == "withdrawal") * _fillers(ctx, a, b) <= reach \
                and not _PUNCT.search(ctx.text[a:b]) and not re.search(r"\d", ctx.text[a:b]) \
                and not ctx.between(a, b, "troops", "units", "mention", "action") \
                and any(v.end <= w.start for v in before):
            return True
    return False


def _other_clause_actions(ctx: SentenceContext, actions: list[Tag], troops: list[Tag], links) -> list[Tag]:
    """Withdrawal and training words that stand in another clause than the claim's troops (the counted
    ones and those a state or force owns), where a verb of presence, possession or hosting is in
    theirs: "keeps 3,000 soldiers in Qatar, ... dismissing reports of a drawdown", "美国在伊拉克仍驻有
    约2500名军人，撤军时间表尚未确定", "병력 650명을 주둔시키고 있으며 ... 훈련을 돕고". A withdrawal that
    governs them ("is withdrawing its troops from Mali") is in their clause and stays, and so does one
    that names a place of its own ("..., after closing its bases in Chad")."""
    candidates = [a for a in actions if a.value in _OWN_CLAUSE_TYPES]
    if not candidates:
        return []
    # (a word that is both troops and the act, 撤军 "troop withdrawal", names the act: not the troops)
    acts = {(a.start, a.end) for a in candidates}
    troops = [t for t in troops if (t.start, t.end) not in acts]
    counted = [lk["noun"] for lk in links if lk["noun"] in troops]
    owned = [t for t in troops if t.cat == "mention" or (t.cat != "invasion" and owner_of(ctx, t, set()) is not None)]
    nouns = list({id(t): t for t in counted + owned}.values()) or [t for t in troops if t.cat != "invasion"][:1]
    if not nouns:
        return []
    # (a noun of rotation or reinforcement is a deployment of its own: "засудив чергову ротацію
    # американських військ ..., назвавши її «підготовкою до вторгнення»")
    verbs = [a for a in actions if a.value == "deployment"] + ctx.of("possession", "hosting", "reinforcement")
    if not any(_same_clause(ctx, v, t) and _near_verb(ctx, v, t) for v in verbs for t in nouns):
        return []
    theirs = {c for t in nouns for c in _clause_codes(ctx, t)}
    # ("軍事顧問約50人を派遣し、…を指導している": where the verb comes last, a training verb chained after
    # a verb of sending the troops is what they are sent to do)
    chained = lambda a: a.value == "training" and _after_dispatch(ctx, a, nouns)
    # ("..., завершивши виведення контингенту", "completing the withdrawal": a withdrawal the troops
    # complete is their own act)
    completed = lambda a: a.value == "withdrawal" and any(
        (c.end <= a.start and ctx.gap(c.end, a.start) <= 1) or (a.end <= c.start and ctx.gap(a.end, c.start) <= 1)
        for c in ctx.of("completion") if not _PUNCT.search(ctx.text[min(c.end, a.end):max(c.start, a.start)]))
    # ("..., um irakische Einheiten auszubilden", "eğitim amaçlı bir birlik": training a purpose word
    # governs says what the troops are there for)
    purposed = lambda a: a.value == "training" and _for_training(ctx, a, actions)
    return [a for a in candidates if not any(_same_clause(ctx, a, t) for t in nouns)
            and _clause_codes(ctx, a) <= theirs and not chained(a) and not completed(a) and not purposed(a)
            and not _for_purpose(ctx, a)]


def _for_purpose(ctx: SentenceContext, a: Tag) -> bool:
    """"berada di Shoalwater Bay, Queensland, bagi latihan tahunan": a training word right after a
    purpose word says what the troops are there for, whatever clause it stands in."""
    return a.value == "training" and any(p.end <= a.start and ctx.gap(p.end, a.start) == 0
                                         and not _PUNCT.search(ctx.text[p.end:a.start]) for p in ctx.of("purpose"))


def _after_dispatch(ctx: SentenceContext, verb: Tag, nouns: list[Tag]) -> bool:
    """Where the verb comes last: a verb of sending stands after one of the troop nouns and before this
    verb, which opens a clause of its own after it ("…を派遣し、…を指導している")."""
    return ctx.lang in HEAD_FINAL and any(any(t.end <= d.start for t in nouns) and d.end <= verb.start
                                          and _PUNCT.search(ctx.text[d.end:verb.start]) for d in ctx.of("dispatch"))


def _chained_training(ctx: SentenceContext, actions: list[Tag], troops: list[Tag]) -> bool:
    """The troops are sent, and a training verb in a chained clause after the sending says they train
    (or instruct) there: a deployment and a training claim."""
    nouns = [t for t in troops if t.cat != "invasion"]
    return any(a.value == "training" and a is actions[-1] and _after_dispatch(ctx, a, nouns) for a in actions)


def _denies_one_of(ctx: SentenceContext, denial: Tag, actions: list[Tag]) -> bool:
    """The denial's object is one of these actions ("dismissing reports of a drawdown", 철수설을 부인):
    it stands a few words after the denial verb (before it where the verb comes last), in its clause."""
    for a in actions:
        if a.start >= denial.end and ctx.gap(denial.end, a.start) <= 4 and not _clause_break(ctx, denial.end, a.start):
            return True
        if ctx.lang in HEAD_FINAL and a.end <= denial.start and ctx.gap(a.end, denial.start) <= 3 \
                and not _clause_break(ctx, a.end, denial.start):
            return True
    return False


def _sent_to_train(ctx: SentenceContext, actions: list[Tag]) -> bool:
    """A sending verb, then a purpose word that governs a training verb ("to train", "untuk latihan",
    "pour former", "لتدريب", "um ... auszubilden"), or, where the verb comes last, a training word the
    purpose word follows before the sending verb ("eğitim amaçlı ... gönderiyor", "訓練のため派遣した"):
    what they are sent to do is train."""
    sends = [d for d in actions if d.value == "deployment"]
    return any(a.value == "training" and _for_training(ctx, a, actions) and any(
        d.start >= a.end if ctx.lang in HEAD_FINAL else d.end <= a.start for d in sends) for a in actions) or any(
        a.value == "training" and any(d.end <= a.start for d in sends) and _trains_where_sent(ctx, a) for a in actions)


def _for_training(ctx: SentenceContext, verb: Tag, actions: list[Tag]) -> bool:
    """A purpose word governs the training word: right before it, or glued to it ("to train", "لتدريب"), or
    a few words before it where it closes the purpose clause, the sentence or a comma right after it ("um
    irakische Einheiten auszubilden."; not a word that is also a place preposition: "to Latvia"); where the
    verb comes last, right after it ("eğitim amaçlı", "訓練のため", "훈련을 위해")."""
    glued = _GLUED_PURPOSE.get(ctx.lang)
    if glued is not None and glued.search(ctx.text, max(ctx.start, verb.start - 2), verb.start):
        return True
    preps = {h.start for h in ctx.of("host_before")}
    for p in ctx.of("purpose"):
        if ctx.lang in HEAD_FINAL:
            # (past the rest of the training word, its case ending: "훈련을 위해")
            between = ctx.text[verb.end:p.start]
            if p.start >= verb.end and not _PUNCT.search(between) and (
                    len(between.strip()) <= 1 if ctx.cjk else len(between.split()) <= (0 if between[:1].isspace() else 1)):
                return True
        elif p.start == verb.start or (p.end <= verb.start and ctx.gap(p.end, verb.start) == 0):
            return True
        elif p.end <= verb.start and p.start not in preps and ctx.gap(p.end, verb.start) <= 4 and not _PUNCT.search(
                ctx.text[p.end:verb.start]) and not any(p.end <= a.start and a.end <= verb.start for a in actions) \
                and _CLAUSE_END.match(ctx.text, verb.end, ctx.end):
            return True
    return False


def _joint_exercise(ctx: SentenceContext, actions: list[Tag]) -> bool:
    """A training word with a word of jointness beside it, or overlapping it ("latihan bersama", "joint
    exercise", "совместные учения", "合同演習")."""
    joints = ctx.of("joint_exercise")
    return any(a.value == "training" and any((j.start < a.end and a.start < j.end) or _adjacent(ctx, a, j) or _adjacent(ctx, j, a)
                                             for j in joints) for a in actions)


def _trains_where_sent(ctx: SentenceContext, verb: Tag) -> bool:
    """"aterrizó en la base de X, donde entrenarán a unidades colombianas", "arrived in X, where they will
    train local troops": a training verb opening a where-clause (its pronoun or auxiliary aside) after a
    verb of sending or arriving, with troops of others as its object, says what they went to do; "where
    they will train with local forces" trains together, and a verb of staying ("keeps ... where they help
    train") says what they do there, not why they went."""
    wheres = [w for w in ctx.of("where_glue") if w.end <= verb.start and not _PUNCT.search(ctx.text[w.end:verb.start])
              and ctx.gap(w.end, verb.start) - sum(ctx.gap(t.start, t.end) for t in ctx.of("pronouns")
                                                   if w.end <= t.start and t.end <= verb.start) <= 2]
    if not wheres or not any(d.end <= wheres[0].start for d in ctx.of("dispatch")):
        return False
    objects = [t for t in ctx.of("troops", "units", "mention") if t.start >= verb.end
               and ctx.gap(verb.end, t.start) - _fillers(ctx, verb.end, t.start) <= 2
               and not _PUNCT.search(ctx.text[verb.end:t.start])]
    return bool(objects) and not ctx.between(verb.end, objects[0].start, "train_with")


# Arabic glues "to/for" to the verbal noun: "لتدريب" (to train), after a space or "و"
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?]|$)")
_GLUED_PURPOSE = {"ar": re.compile(r"(?:^|\s|و)ل$")}


def _takes_part_in_body(ctx: SentenceContext, action: Tag) -> bool:
    """A participation verb whose object, a few words on with no other action between, is a body's
    mission or force ("беруть участь у місії НАТО", "participan en la misión de la ONU")."""
    if ctx.lang in HEAD_FINAL or not any(p.start <= action.start < p.end or action.start <= p.start < action.end
                                         for p in ctx.of("participation")):
        return False
    return any(m.start >= action.end and ctx.gap(action.end, m.start) <= 3 and m.value.code in BODIES
               and not _PUNCT.search(ctx.text[action.end:m.start])
               and not ctx.between(action.end, m.start, "action", "troops")
               for m in _mentions(ctx, {"body", "force"}))


def _negated_before(ctx: SentenceContext, action: Tag) -> bool:
    """A negation (or a word of absence: "there are no plans for a withdrawal") a few words before the
    action in its own clause ("no decision on a drawdown")."""
    if ctx.lang in HEAD_FINAL:
        return False
    # ("a transition, not a departure": a negation set off after a comma contrasts, it does not deny)
    return any(neg.end <= action.start and ctx.gap(neg.end, action.start) <= 4
               and not _PUNCT.search(ctx.text[neg.end:action.start])
               and not ctx.text[max(ctx.start, neg.start - 3):neg.start].rstrip().endswith((",", "،", "，"))
               # (the negated verb itself may stand between: "no hay planes de retirada")
               and not any(neg.end <= a.start and a.end <= action.start and ctx.gap(neg.end, a.start) > 0
                           for a in ctx.of("action"))
               and not _tells_between(ctx, neg.end, action.start) for neg in ctx.of("negation", "absence"))


def _trainees(ctx: SentenceContext) -> set:
    """Ids of the troops a training verb or noun governs ("will train Ukrainian soldiers", "для навчання
    українських військових", "entrenarán a soldados ucranianos") and of their demonym, where trainers
    named before it are the ones sent: the trained are no troops of the claim, their state sends none."""
    trainers = ctx.of("trainers")
    out = set()
    for a in ctx.of("action"):
        if a.value != "training" or not any(t.end <= a.start for t in trainers):
            continue
        for t in ctx.of("troops"):
            if t.start < a.end or ctx.gap(a.end, t.start) > 3 or _PUNCT.search(ctx.text[a.end:t.start]) \
                    or any(r.start < t.end and t.start < r.end for r in trainers):
                continue
            between = [m for m in ctx.of("mention") if a.end <= m.start and m.end <= t.start]
            after = [m for m in _mentions(ctx, {"adjective"}) if m.start >= t.end and ctx.gap(t.end, m.start) == 0]
            if all(m.value.kind == "adjective" for m in between) and ctx.gap(a.end, t.start) - sum(
                    ctx.gap(m.start, m.end) for m in between) - _fillers(ctx, a.end, t.start) <= 1:
                out |= {id(t)} | {id(m) for m in between + after[:1]}
    return out


def _cited_report(ctx: SentenceContext, t: Tag) -> bool:
    """"según denuncia la oposición", "segundo denúncia da ONG": a word of condemning right after "according
    to" names how the cited party reported it; the source reports, it does not condemn."""
    return any(s.value == "according_to" and s.end <= t.start and ctx.gap(s.end, t.start) == 0
               and not _PUNCT.search(ctx.text[s.end:t.start]) for s in ctx.of("speech"))


_QUOTED_WORDS = re.compile(r'«[^»]{1,30}»|"[^"]{1,30}"|“[^”]{1,30}”|„[^“”]{1,30}[“”]')


def _rejects_deployment(ctx: SentenceContext, actions: list[Tag]) -> bool:
    """"Algeria rejected the deployment of French troops", "رفضت الجزائر نشر قوات", "配備を拒否した": a verb
    of rejecting whose object is the deployment itself (not reports or claims of it) opposes it; only
    the verbs that also reject claims (data: `rejects`), not "deny" ("denied sending troops")."""
    sending = [a for a in actions if a.value in ("deployment", "reinforcement")]
    for r in ctx.of("rejects"):
        for a in sending:
            if ctx.lang in HEAD_FINAL:
                near = a.end <= r.start and ctx.gap(a.end, r.start) <= 1
                span = (a.end, r.start)
            else:  # (a verb-first sentence names its subject between: "رفضت الجزائر نشر")
                # (nor a word set in quotes: "rechazó «enérgicamente» la llegada de tropas")
                near = a.start >= r.end and ctx.gap(r.end, a.start) - sum(
                    ctx.gap(m.start, m.end) for m in ctx.of("mention") if r.end <= m.start and m.end <= a.start) - len(
                    re.findall(r"\w+", " ".join(_QUOTED_WORDS.findall(ctx.text, r.end, a.start)))) <= 1
                span = (r.end, a.start)
            if near and not _PUNCT.search(_QUOTED_WORDS.sub("", ctx.text[span[0]:span[1]])) and not ctx.between(*span, "claim_ref", "speech"):
                return True
    return False


def _absent(ctx: SentenceContext, troops: list[Tag]) -> bool:
    """"There are no Belarusian troops in Ukraine", "es gibt keine russischen Soldaten", "no hay
    militares cubanos", "войск там нет", "병력은 없다": a word of absence in the troop noun's own clause,
    right before it (a demonym may stand between) or, for words that follow (нет, yok, 없다), a few
    words after it with no verb between, denies the troops are there."""
    nouns = [t for t in troops if t.cat in ("troops", "units", "reinforcement", "dual")]
    for a in ctx.of("absence"):
        if any(a.end <= t.start and ctx.gap(a.end, t.start) <= 2 and not _PUNCT.search(ctx.text[a.end:t.start])
               and not ctx.between(a.end, t.start, "action", "speech") for t in nouns):
            return True
    for a in ctx.of("absence_after"):
        if _after_intention(ctx, a):
            continue
        if any(t.end <= a.start and ctx.gap(t.end, a.start) <= 5 and not _PUNCT.search(ctx.text[t.end:a.start])
               and not ctx.between(t.end, a.start, "action", "speech") for t in nouns):
            return True
    return False


def _never_did(ctx: SentenceContext, verb: Tag) -> bool:
    """"never" right before a deployment verb (has never sent, 从未向…派遣, nunca envió)."""
    for t in ctx.of("never"):
        if t.end <= verb.start and (ctx.gap(t.end, verb.start) <= 1 if not ctx.cjk else verb.start - t.end <= 12):
            return True
        if ctx.lang in HEAD_FINAL and t.start >= verb.end and t.start - verb.end <= 6:
            return True  # 파견한 적이 없다, 派遣したことはない
    return False


def _near(ctx: SentenceContext, noun: Tag, claim_type: str) -> bool:
    return any(a.value == claim_type and (ctx.gap(a.end, noun.start) <= 6 or ctx.gap(noun.end, a.start) <= 6)
               for a in ctx.of("action"))


def _speaker_soil(ctx: SentenceContext, owners: dict, subject: Tag | None, src_tag: Tag | None,
                  src_country: str | None, main_type: str, stance: str) -> bool:
    """A state speaker (by name, capital or a body of it) denies troops of another state, or says they
    leave, and the sentence names no state but the two: the troops are (or were) on the speaker's soil."""
    if src_country is None or src_country in BODIES:
        return False
    names = [m for m in ctx.of("mention") if m.value.kind != "body"]
    # (troops leave from somewhere the sentence names, but not as a state's place: "from the airport")
    left_unnamed = main_type == "withdrawal" and stance in ("asserts", "confirms") and any(
        not any(m.start >= p.end and ctx.gap(p.end, m.start) - _fillers(ctx, p.end, m.start) <= 0 for m in names)
        for p in ctx.of("from_before", "host_before"))
    if stance != "denies" and not left_unnamed:
        return False
    # (a denial names whose troops it denies beside them: "US troops", not the clause's subject, which
    # may be another speaker's: "Kremlin enggan mengulas ..., manakala Pyongyang tidak pernah mengesahkan")
    senders = {o.value.code for o in owners.values()} | (
        {subject.value.code} if subject is not None and stance != "denies" else set())
    if not senders or src_country in senders or senders & BODIES:
        return False
    states = {m.value.code for m in ctx.of("mention") if m.value.kind in ("name", "short", "adjective", "capital",
                                                                          "place", "region", "town")}
    return states <= senders | {src_country}


def _after_war_word(ctx: SentenceContext, host: Tag) -> bool:
    """True for "war in X" / "perang di X" / "guerre en X": a war or combat word, a preposition, the name."""
    preps = [p for p in ctx.of("host_before") if p.end <= host.start and ctx.gap(p.end, host.start) == 0]
    wars = [a for a in ctx.of("action") if a.value == "combat"] + ctx.of("war")
    return any(a.end <= p.start and ctx.gap(a.end, p.start) <= 0 for p in preps for a in wars)


def _keeps_foreign_troops(ctx: SentenceContext, owners: dict, subject: Tag | None, troops, stance: str,
                          types: set) -> bool:
    """"Kirguistán mantiene unos 500 soldados rusos en la base de Kant", "키르기스스탄은 러시아군 약
    500명을 주둔시키고 있다": a state as subject that has (a verb of presence) troops another state owns,
    with no place named for them, is their host; not a critic's nor a speaker's words, not a sending."""
    if subject is None or subject.value.kind not in ("name", "short") or subject.value.code in BODIES:
        return False
    if stance not in ("asserts", "confirms") or types - {"deployment"} or not ctx.of("possession"):
        return False
    codes = {o.value.code for o in owners.values()}
    return bool(codes) and subject.value.code not in codes and not speaks(ctx, subject) and all(
        o.start > subject.start for o in owners.values())


def _state_ref_subject(ctx: SentenceContext, troops, src_tag: Tag | None) -> bool:
    """"Nepal's army said the country has 1,750 troops in ...", "negara itu kini mempunyai ...": "the
    country" as subject before the troops (not after a place preposition) stands for a state named
    before, as a pronoun does; so does a noun for a state with a demonstrative within two words after
    it ("negara Himalaya itu")."""
    first = min((t.start for t in troops if src_tag is None or not src_tag.start <= t.start < src_tag.end
                 and t.start >= src_tag.end), default=ctx.end)  # (not the speaker's own force word)
    free = lambda r: r.end <= first and not any(p.end <= r.start and ctx.gap(p.end, r.start) == 0
                                                for p in ctx.of("host_before"))
    return any(free(r) for r in ctx.of("state_ref")) or any(
        free(r) and any(d.start >= r.end and ctx.gap(r.end, d.start) <= 2 and d.end <= first
                        and not _PUNCT.search(ctx.text[r.end:d.start]) for d in ctx.of("demonstratives"))
        for r in ctx.of("state_noun"))


def _in_joint_force(ctx: SentenceContext) -> bool:
    """"as part of the regional joint task force", "dalam kerangka Satuan Tugas Gabungan Multinasional":
    a within-phrase whose next words (up to five, no punctuation) call the force joint or multinational."""
    return any(j.start >= w.end and ctx.gap(w.end, j.start) <= 5 and not _PUNCT.search(ctx.text[w.end:j.start])
               for w in ctx.of("within") for j in ctx.of("joint_force"))


def _serves_in(ctx: SentenceContext, m: Tag) -> bool:
    """A body named as where troops serve: its force or base (`_where_or_what`), or in a within-phrase
    right before or after it ("KFOR bünyesinde", "в составе KFOR", "as part of KFOR")."""
    # (where the postposition ends the phrase the body's genitive opens: "NATO'nun güney kanadındaki
    # faaliyetler kapsamında", within NATO's activities on its southern flank)
    return _where_or_what(ctx, m) or any(
        (w.start >= m.end and ctx.gap(m.end, w.start) == 0) or (w.end <= m.start and ctx.gap(w.end, m.start) <= 1)
        or (ctx.lang in HEAD_FINAL and w.start >= m.end and ctx.gap(m.end, w.start) <= 3
            and not _PUNCT.search(ctx.text[m.end:w.start])
            and not ctx.between(m.end, w.start, "mention", "troops", "units", "action", "speech"))
        for w in ctx.of("within"))



def _base_handovers(ctx: SentenceContext) -> list[Tag]:
    """Verbs of handing over with a base or camp a few words from them, in one clause ("handed over
    the Gao base", "سلّمت فرنسا معسكر", "基地を…に返還した")."""
    facilities = ctx.of("facilities")
    out = []
    for t in ctx.of("handover"):
        if any((f.start >= t.end and ctx.gap(t.end, f.start) <= 3 and not _clause_break(ctx, t.end, f.start))
               or (f.end <= t.start and ctx.gap(f.end, t.start) <= (6 if ctx.lang in HEAD_FINAL else 1)
                   and not _clause_break(ctx, f.end, t.start)) for f in facilities):
            out.append(t)
    return out


def _sent_more(ctx: SentenceContext, actions: list[Tag]) -> bool:
    """A word of "more" (lexicon `more`) right before the verb of sending ("추가로 파견되는", "追加で派遣"):
    the troops sent are reinforcements. Only where the verb comes last: elsewhere a "more" before a verb
    follows a count ("900 lagi berkhidmat di ...": 900 others serve). A verb of reinforcing there says
    the same ("병력을 증강 배치했다", "部隊を増強配備した")."""
    sends = [a for a in actions if a.value == "deployment"]
    spans = {(a.start, a.end) for a in sends}  # (ko lists 파견 as both)
    more = ctx.of("more") + [a for a in actions if a.value == "reinforcement" and (a.start, a.end) not in spans]
    return ctx.lang in HEAD_FINAL and any(m.end <= a.start and (a.start - m.end <= 1 if ctx.cjk else ctx.gap(m.end, a.start) == 0)
               and not _PUNCT.search(ctx.text[m.end:a.start]) for m in more for a in sends)


def _without(ctx: SentenceContext, action: Tag) -> bool:
    """The action is governed by a word of "without" (lexicon `without`): right before it, past the
    troops and a few words at most ("without sending any troops", "ohne Soldaten zu entsenden"), or,
    where the verb comes last, right after it or in its own form ("派遣せずに", "파견 없이", "göndermeden")."""
    for w in ctx.of("without"):
        if w.start < action.end and action.start < w.end:
            return True
        if w.end <= action.start and not ctx.cjk and ctx.gap(w.end, action.start) <= 3 \
                and not _PUNCT.search(ctx.text[w.end:action.start]) and not ctx.between(w.end, action.start, "action", "mention"):
            return True
        if ctx.lang in HEAD_FINAL | {"zh"} and w.start >= action.end and not _PUNCT.search(ctx.text[action.end:w.start]) \
                and (w.start - action.end <= 2 if ctx.cjk else ctx.gap(action.end, w.start) <= 0):
            return True
    return False


def _shown_by(ctx: SentenceContext, verb: Tag) -> bool:
    """A word of evidence (lexicon `evidence`: satellite images, footage) next to the speech verb, as its
    agent or subject ("confirmed by satellite images", "satellite images show", "위성사진에서 확인됐다"):
    the verb reports what is seen, no one's statement. Where the verb comes last the evidence precedes it."""
    for ev in ctx.of("evidence"):
        if ev.end <= verb.start:
            between = ctx.text[ev.end:verb.start]
            near = len(between.strip()) <= 4 if ctx.cjk else ctx.gap(ev.end, verb.start) <= 1
        elif ctx.lang not in HEAD_FINAL and verb.end <= ev.start:
            between = ctx.text[verb.end:ev.start]
            near = len(between.strip()) <= 2 if ctx.cjk else ctx.gap(verb.end, ev.start) <= 2
        else:
            continue
        if near and not _PUNCT.search(between) and not ctx.between(min(ev.end, verb.end), max(ev.start, verb.start),
                                                                   "mention", "institution", "troops"):
            return True
    return False


def _past_denial(ctx: SentenceContext, word: Tag) -> bool:
    """A denial a few words after a cause word that follows another speech word ("acknowledged ..., after
    months of denials", "reconoció ..., tras meses de desmentidos"): what came before, not the stance."""
    if ctx.lang in HEAD_FINAL:
        return False
    for w in ctx.of("cause_before"):
        if w.end <= word.start and ctx.gap(w.end, word.start) <= 3 and not _PUNCT.search(ctx.text[w.end:word.start]) \
                and not ctx.between(w.end, word.start, "troops", "units", "mention", "action") \
                and any(t.end <= w.start and t.value != "denies" for t in ctx.of("speech")):
            return True
    return False


def _object_of_denial(ctx: SentenceContext, word: Tag) -> bool:
    """A word of condemnation right after a verb of denial, an article at most between ("desmintiendo
    las denuncias", "rejected the accusations"), or right before it where the verb comes last
    ("비난을 일축했다", "非難を否定した"): what is denied, not the speaker's stance."""
    for d in ctx.of("speech"):
        if d.value != "denies":
            continue
        if ctx.lang in HEAD_FINAL:
            if word.end <= d.start and (d.start - word.end <= 2 if ctx.cjk else ctx.gap(word.end, d.start) <= 1) \
                    and not _PUNCT.search(ctx.text[word.end:d.start]):
                return True
        elif d.end <= word.start and ctx.gap(d.end, word.start) <= 1 and not _PUNCT.search(ctx.text[d.end:word.start]) \
                and all(t.cat in ("host_filler", "possessives", "pronouns") or t.end <= d.end or t.start >= word.start
                        for t in ctx.tags if d.end <= t.start < word.start):
            return True
    return False


def _after_intention(ctx: SentenceContext, neg: Tag) -> bool:
    """A negation or denial right after a word of intention ("niyetinde olmadığını", "계획이 없다",
    "つもりはない"): it negates the intention, not the claim."""
    return any(i.end <= neg.start and (neg.start - i.end <= 2 if ctx.cjk else ctx.gap(i.end, neg.start) <= 1)
               for i in ctx.of("intention"))
