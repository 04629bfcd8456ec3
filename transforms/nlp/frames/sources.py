"""Who says it: the speaker of a sentence's claims and the name it is reported under.

A name (or an institution merged with the country next to it) right before a speech verb, after
"according to" (before it in head-final languages), or right after a reporting verb that follows a comma.
"""
from __future__ import annotations

import re

from .context import HEAD_FINAL, PUNCT as _PUNCT, VERB_FIRST, SentenceContext, Tag, marked_subject, mentions as _mentions, speaks
from ..mentions.gazetteer import SOURCE_KINDS, Entity


_ABBREVIATION = re.compile(r"\s?\([A-Z][A-Za-z-]{1,9}\)")
# ja: "の" and a katakana personal name just before a title (のバガイ報道官, のプラボウォ大統領).
_JA_NAME_BEFORE_TITLE = re.compile(r"(?:の[\u30A1-\u30FA\u30FC・]{2,12})?$")


def find_source(ctx: SentenceContext, exclude: set, owners: set = frozenset()) -> tuple[str, str | None, Tag | None]:
    """Who says it: after "according to" (before it in head-final languages), else the name before
    the speech verb (the first name in head-final languages), preferring one that owns no troops.
    A ministry, government or officials count as a speaker too, for the country named next to them."""
    # "Sudan reportedly sent ...": a hearsay adverb a speech stem catches (report*) is no one speaking
    # (also a passive hedge around the verb: "Russia is believed to have ...", "is said to have")
    hearsay = [(h.start, h.end) for h in ctx.of("hearsay")]
    speech = [s for s in ctx.of("speech") if not any(a <= s.start and s.end <= b for a, b in hearsay)]
    if not speech:
        lead = _colon_speaker(ctx, exclude)
        return (source_name(ctx, lead), lead.value.code, lead) if lead is not None else ("the outlet", None, None)
    cands = _speakers(ctx, exclude)
    head_final = ctx.lang in HEAD_FINAL
    for s in speech:
        if s.value == "according_to":
            if head_final:
                near = [m for m in cands if m.end <= s.start and ctx.gap(m.end, s.start) <= 6][-1:]
            else:
                # ("Menurut rencana, pasukan ... AS": the source of "according to" ends at a comma)
                # (an abbreviation in brackets is part of the name: "menurut Inter-Services Public
                # Relations (ISPR) Bangladesh"; nor past a verb: "Laut der Agentur Reuters hat die
                # Türkei ...": Türkei is the subject; nor one right before its own verb: "memetik sumber
                # menyatakan Emiriah Arab Bersatu menempatkan", the subject of what is said; but an
                # according-to phrase that opens the sentence takes its name, and the verb after it is
                # the clause's own, verb second: "Nach Angaben Kiews kämpfen ...")
                # ("nach ukrainischen Angaben": a demonym inside the phrase is its source)
                near = [m for m in cands if s.start < m.start and m.end <= s.end][:1] or [
                    m for m in cands if m.start >= s.end and ctx.gap(s.end, m.start) <= 6
                    and not _PUNCT.search(_ABBREVIATION.sub("", ctx.text[s.end:m.start]))
                    and not ctx.between(s.end, m.start, "auxiliaries", "action")
                    and not (_reported_subject(ctx, m) and ctx.gap(ctx.start, s.start) > 0)][:1]
            if near:
                return source_name(ctx, near[0]), near[0].value.code, near[0]
            # (head-final: "New York Times'ın haberine göre, ...": the name opens the clause before it)
            cited = re.search(r"(?:^|[,;:،]\s*)([^,;:،]{2,60}?)\s*$", ctx.text[ctx.start:s.start]) if head_final \
                else re.match(r"\s*([^,;:،]{2,60}?)\s*[,،]", ctx.text[s.end:ctx.end])
            at = (ctx.start + cited.start(1)) if head_final and cited else s.end
            upto = ((at + len(cited.group(1))) if head_final else s.end + cited.end(1)) if cited else s.end
            if cited and len(cited.group(1).split()) <= 6 and re.search(r"\b[A-ZА-ЯЁІЇЄ]", cited.group(1)) and not ctx.between(
                    at, upto, "troops", "action", "speech") and not any(
                    at <= m.start and m.end <= upto and not _name_part(ctx, m) for m in ctx.of("mention")):
                # "According to the BBC, ...": a named source the gazetteer does not know, set off by its
                # comma, speaks for no state (not the first name after the comma; "Menurut rencana" names none)
                return cited.group(1), None, None
    for t in ctx.of("speaker_after"):
        # "... bulundurduğunu söyleyen Kongo hükümeti sözcüsü": a relative clause's speech participle
        # names its speaker right after it
        after = [x for x in cands if x.start >= t.end and ctx.gap(t.end, x.start) <= 1 and not _PUNCT.search(ctx.text[t.end:x.start])]
        if after:
            return source_name(ctx, after[0]), after[0].value.code, after[0]
    opener = _verb_second_speaker(ctx, cands)
    if opener is not None:
        return source_name(ctx, opener), opener.value.code, opener
    cited = {(s.start, s.end) for s in speech if s.value == "according_to"}
    for s in speech:
        if ctx.lang not in HEAD_FINAL | {"zh"} and (s.start, s.end) in cited:
            continue  # "..., selon des chiffres": the words before "according to" are not who says it
        # ", informó el Ministerio", ", повідомили в ССО", ", teilte das Pentagon mit": a reporting
        # clause after a comma names its speaker right after the verb
        if not head_final and re.search(r"[,،]\s*$", ctx.text[max(ctx.start, s.start - 3):s.start]) \
                and not _appositive_speaker(ctx, s, cands):
            after = [x for x in cands if x.start >= s.end and ctx.gap(s.end, x.start) <= 2]
            if not after or after[0].value.code is None:
                # ", afirmó el jefe del Comando Sur de Estados Unidos", ", revelou o comandante-geral da
                # Polícia da República de Moçambique": the speaker is a title whose owner closes it,
                # within the reporting clause (no comma, no verb or troops between)
                # (a state after "of" there is the title's owner even where it could be a host)
                of_state = lambda x: id(x) not in exclude or any(g.end <= x.start and ctx.gap(g.end, x.start) == 0
                                                                  for g in ctx.of("genitive"))
                # (", afirmou o porta-voz do Ministério ... da Nigéria": a title with no country yet is its)
                owned = [x for x in _speakers(ctx, set()) if x.start >= s.end and ctx.gap(s.end, x.start) <= 8
                         and of_state(x) and not _PUNCT.search(ctx.text[s.end:x.start])
                         and not ctx.between(s.end, x.start, "action", "speech", "troops", "units")]
                owned = [x for x in owned if x.value.code is not None] if after else owned
                after = owned[:1] or after
            if after:
                return source_name(ctx, after[0]), after[0].value.code, after[0]
        # a speaker stands next to its verb ("Pejabat Ukraina memperkirakan", "the Pentagon announced")
        before = [m for m in cands if m.end <= s.start and (head_final or ctx.gap(m.end, s.start) <= 4)]
        # "印尼总统在联合国大会上表示", "told reporters at NATO": a body after a place word is where the
        # speaker speaks, not who does, when another speaker is named
        venues = [m for m in before if _venue(ctx, m)]
        if venues:  # (measured from the venue's place word: "印尼总统普拉博沃在联合国大会上表示")
            at = max(p.start for p in ctx.of("host_before") if p.end <= venues[-1].start)
            before = [m for m in cands if m not in venues and (m in before or (
                m.end <= at and (head_final or ctx.gap(m.end, at) <= 4)))] or before
        preferred = [m for m in before if id(m) not in owners] or before
        if preferred and head_final:
            marked = [m for m in preferred if marked_subject(ctx, m)]
            m = marked[-1] if marked else preferred[0]
            # "南アフリカ国防軍は、…と発表した", "미 국무부는 러시아가 …했다고 밝혔다": a name set as the topic
            # (a force or title glued to it) speaks, not the subject inside what it says; a subject
            # right before the verb still does ("…と統合幕僚監部が明らかにした")
            topics = [x for x in before if ctx.speaker_topic is not None and ctx.speaker_topic.match(ctx.text, x.end)]
            if topics and not (marked and ctx.gap(marked[-1].end, s.start) <= 1):
                m = topics[0]
            # "İspanya Savunma Bakanı Margarita Robles, ... söyledi": with no subject particle, a
            # title with its country opening the sentence is who speaks
            if ctx.subject_marker is None and preferred[0].value.kind in ("institution", "leader") \
                    and preferred[0].value.code and ctx.gap(ctx.start, preferred[0].start) == 0:
                m = preferred[0]
            # "Eritre, Etiyopya'nın ... haberleri reddetti": a state set off as the topic by a comma
            # speaks, though it owns the troops (not the first of a list: "Eritre, Etiyopya ve Somali")
            opener = [x for x in before if topic_speaker(ctx, x) and not _listed(ctx, x, cands)]
            if opener:
                m = opener[0]
        elif preferred:
            m = preferred[-1]
        else:  # "condamné l'envoi de soldats américains": whose troops, not who speaks (a force may: "the Pentagon")
            # ... but "نفت إيران إرسال قوات": a verb opening a verb-first sentence has its subject right
            # after it, and who denies sending troops owns them
            opens = ctx.lang in VERB_FIRST and ctx.gap(ctx.start, s.start) == 0
            # (nor "... menyatakan Emiriah Arab Bersatu menempatkan 400 askar": a state right before the
            # reported clause's own verb is its subject, what is said, not who says it)
            after = [x for x in cands if x.start >= s.end and ctx.gap(s.end, x.start) <= 4
                     and ((id(x) not in owners and not _reported_subject(ctx, x)) or x.value.kind == "force"
                          or (opens and ctx.gap(s.end, x.start) == 0))]
            m = after[0] if after else None
        if m is not None:
            return source_name(ctx, m), m.value.code, m
    return "the outlet", None, None


def _appositive_speaker(ctx: SentenceContext, s: Tag, cands: list[Tag]) -> bool:
    """"Russia's official news agency, TASS, reported ...": the comma before the verb closes a name set
    in apposition to the sentence's opening noun phrase (no verb or troops before it), which speaks;
    it is no reporting clause whose speaker follows the verb."""
    m = next((c for c in reversed(cands) if c.end <= s.start), None)
    if m is None or not re.fullmatch(r"\s*[,،]\s*", ctx.text[m.end:s.start]):
        return False
    return bool(re.search(r"[,،]\s*$", ctx.text[ctx.start:m.start])) and not ctx.between(
        ctx.start, m.start, "action", "speech", "troops", "units")


def _colon_speaker(ctx: SentenceContext, exclude: set) -> Tag | None:
    """"MSB: ... 3 Türk askeri şehit oldu", "Pentagon: ...": a ministry, leader or force opening the
    sentence before a colon says what follows (a bare country there is the story's topic: "Mali: ...")."""
    m = next((m for m in _speakers(ctx, exclude) if ctx.gap(ctx.start, m.start) == 0), None)
    if m is None or m.value.kind in ("name", "short", "capital", "adjective"):
        return None
    return m if re.match(r"\s*:", ctx.text[m.end:ctx.end]) else None


def _reported_subject(ctx: SentenceContext, m: Tag) -> bool:
    """A state name followed straight by an action verb: the subject of that verb."""
    return any(a.start >= m.end and ctx.gap(m.end, a.start) == 0 and not _PUNCT.search(ctx.text[m.end:a.start])
               for a in ctx.of("action"))


def _name_part(ctx: SentenceContext, m: Tag) -> bool:
    """"New York Times", "Jerusalem Post": a city right before a capitalised word no term tags is a
    word of an outlet's name, not a state that speaks."""
    if m.value.kind not in ("place", "capital", "town"):
        return False
    nxt = re.match(r"\s+([A-ZА-ЯЁІЇЄ][\w-]*)", ctx.text[m.end:ctx.end])
    return nxt is not None and not any(t.start < m.end + nxt.end(1) and m.end + nxt.start(1) < t.end for t in ctx.tags)


def _venue(ctx: SentenceContext, m: Tag) -> bool:
    """A body right after a place preposition ("at the UN", "在联合国"): where one speaks."""
    return m.value.kind == "body" and any(p.end <= m.start and ctx.gap(p.end, m.start) == 0 and (
        not ctx.cjk or not ctx.text[p.end:m.start].strip()) for p in ctx.of("host_before"))


def speaker_capital(ctx: SentenceContext, speaker: Tag | None) -> Tag | None:
    """The capital right after the speech verb or the speaker, behind a place preposition ("said in
    Abidjan", ", informou a Presidência em Pretória", "一位发言人在内罗毕说" does not occur in this
    order): where the speaker speaks, so whose state it is; after an institution a genitive says it
    too ("les autorités de Djouba", "el Gobierno de Kinshasa")."""
    ends = [s.end for s in ctx.of("speech") if s.value != "according_to"] + ([speaker.end] if speaker else [])
    for s in ctx.of("speech"):
        # "повідомили в Ісламабаді", "сообщили в Киеве": a speech phrase that ends in its own place
        # preposition has the capital where it is said right after it
        if s.value == "according_to" or " " not in s.text.strip():
            continue
        for m in _mentions(ctx, {"capital", "place"}):
            if m.start >= s.end and ctx.gap(s.end, m.start) == 0 and _is_capital(m):
                return m
    for s in ctx.of("speech"):
        # "selon des chiffres publiés à Bichkek", "according to figures released in Kyiv": an unnamed
        # source cited where it was published is that capital's
        if s.value != "according_to" or ctx.lang in HEAD_FINAL:
            continue
        for m in _mentions(ctx, {"capital", "place"}):
            if m.start >= s.end and ctx.gap(s.end, m.start) <= 4 and _is_capital(m) \
                    and not _PUNCT.search(ctx.text[s.end:m.start]) \
                    and any(p.end <= m.start and ctx.gap(p.end, m.start) == 0 and p.start >= s.end for p in ctx.of("host_before")) \
                    and not ctx.between(s.end, m.start, "mention", "action", "troops", "institution"):
                return m
    seat = speaker.end if speaker is not None and speaker.value.kind == "institution" else None
    for m in _mentions(ctx, {"capital", "place"}):
        for p in ctx.of("host_before", "genitive"):
            if p.end <= m.start and ctx.gap(p.end, m.start) == 0 and any(
                    e <= p.start and ctx.gap(e, p.start) == 0 for e in ends
                    if (p.cat == "host_before" and m.value.kind == "capital") or e == seat):
                return m
    return None


def _is_capital(m: Tag) -> bool:
    """A capital, or a city of the city index that is its country's capital ("Ісламабаді")."""
    if m.value.kind == "capital":
        return True
    from ..mentions.gazetteer import _fold, capital_names
    name = capital_names().get(m.value.code)
    return bool(name and m.value.english and _fold(name) == _fold(m.value.english))


def subject_institution(ctx: SentenceContext, verb: Tag | None) -> Tag | None:
    """"The Defence Ministry will send ...": with no speech verb, an institution that is the subject
    of the main verb announces it."""
    if verb is None:
        return None
    before = [m for m in _speakers(ctx, set()) if m.value.kind == "institution" and m.end <= verb.start
              and not _troop_attribute(ctx, m)]
    return before[0] if before else None


def seated_institution(ctx: SentenceContext, hosts: set) -> Tag | None:
    """"a mission approved by parliament in Budapest", "dokumen yang disetujui parlemen di Roma": with no
    speaker named, a state body of no named country seated in a capital (not the host's) decided it."""
    for inst in ctx.of("institution"):
        if any(t.start < inst.end and inst.start < t.end for t in ctx.of("troops", "units")):
            continue  # an army is where its troops are, not who decides
        seat = _capital_seat(ctx, inst.end)
        if seat is not None and seat.value.code not in hosts:
            return Tag(inst.start, seat.end, ctx.text[inst.start:seat.end], "mention", Entity(seat.value.code, "institution"))
    return None


def _troop_attribute(ctx: SentenceContext, m: Tag) -> bool:
    """"a U.S. military unit operates ...": an institution word that is also a troop word, right before
    a troop or unit noun, says whose troops they are; it is not a body that speaks."""
    return any(t.start < m.end and m.start < t.end for t in ctx.of("troops")) and any(
        u.start >= m.end and ctx.gap(m.end, u.start) == 0 and not _PUNCT.search(ctx.text[m.end:u.start])
        for u in ctx.of("units", "troops"))


def _speakers(ctx: SentenceContext, exclude: set) -> list[Tag]:
    """Source candidates: names, agencies, leaders, and institutions merged with the country next to
    them ("Russia's foreign ministry", "le ministère français des Armées", "Litauens Ministerin");
    an institution with no country gets code None (it speaks for the sender, decided later)."""
    # a capital speaks only as the subject right before its verb ("Paris a annoncé", "Bamako said") or,
    # in ko/ja, with a subject particle (바마코는 ... 밝혔다)
    marked = lambda m: ctx.subject_marker is not None and marked_subject(ctx, m)
    quoted = _quoted_phrases(ctx)
    mentions = [m for m in _mentions(ctx, SOURCE_KINDS) if id(m) not in exclude
                and not any(a <= m.start and m.end <= b for a, b in quoted)
                and (m.value.kind != "capital" or speaks(ctx, m) or marked(m) or opening_speaker(ctx, m)
                     or _reported_by(ctx, m) or topic_speaker(ctx, m))]
    out, used = [], set()
    for inst in ctx.of("institution"):
        owner, best = None, 3
        for m in _mentions(ctx, SOURCE_KINDS):
            # ("미 당국" + "당국자": a name that runs into the institution's word owns it, "미 당국자")
            if m.start <= inst.start < m.end and m.value.code and m.value.kind in ("short", "name", "leader") \
                    and not any(t.start < inst.end and inst.start < t.end for t in ctx.of("troops")):
                owner, best = m, -1  # "国務省", "the Pentagon": a name that is itself an institution
                continue
            if ctx.lang in HEAD_FINAL | {"zh"} and m.start >= inst.end:
                continue  # 러시아 국방부, ロシア国防省, 韩国国防部: the owner comes first
            a, b = (m.end, inst.start) if m.end <= inst.start else (inst.end, m.start)
            if ctx.cjk and a <= b:  # "インドネシアのプラボウォ大統領": a person's name between owner and title
                b -= len(_JA_NAME_BEFORE_TITLE.search(ctx.text[a:b]).group(0))
            # (a number between: the adjective after it is the counted troops', "des Kommandos rund 300 deutsche")
            if b >= a and ctx.gap(a, b) < best and not _PUNCT.search(ctx.text[a:b]) and not re.search(r"\d", ctx.text[a:b]) and \
                    not ctx.between(a, b, "action", "speech") and not _troops_between(ctx, a, b):
                owner, best = m, ctx.gap(a, b)
        start, end = (min(inst.start, owner.start), max(inst.end, owner.end)) if owner else (inst.start, inst.end)
        if owner is not None and best == -1:
            # "o Departamento de Estado norte-americano": the demonym after a body that names its state is
            # part of its name, not another sender
            adj = next((m for m in _mentions(ctx, {"adjective"}) if m.start >= end and ctx.gap(end, m.start) == 0
                        and m.value.code == owner.value.code and not _PUNCT.search(ctx.text[end:m.start])), None)
            if adj is not None:
                used.add(id(adj))
                end = adj.end
        code = owner.value.code if owner else None
        seat = institution_seat(ctx, end) if owner is not None else None
        if owner is None:
            # "the Ministry of National Defense in Beijing", "das Verteidigungsministerium in Wellington",
            # "o porta-voz do Governo em Díli": a body of no named country sits in its state's capital
            seat = _capital_seat(ctx, end)
            code = seat.value.code if seat is not None else None
            if seat is None:
                # "das Verteidigungsministerium in Den Haag": a seat that is no capital is still part of
                # the speaker's name (the verb after it is its), though it names no country by itself
                seat = institution_seat(ctx, end)
        if seat is not None:  # "la embajada rusa en Madrid": the city after it is where it sits, not who speaks
            used.add(id(seat))
            end = seat.end
        out.append(Tag(start, end, ctx.text[start:end], "mention", Entity(code, "institution")))
        if owner is not None:
            used.add(id(owner))
    # "Estado-Maior das Forças Armadas malianas", "المتحدث باسم وزارة الدفاع التونسية": a title of a
    # body whose country is named goes with that country
    for i, t in enumerate(out):
        nxt = next((o for o in out[i + 1:] if o.start >= t.end), None)
        if t.value.code is None and nxt is not None and nxt.value.code is not None and ctx.gap(t.end, nxt.start) <= 2 \
                and not _PUNCT.search(ctx.text[t.end:nxt.start]) and not ctx.between(t.end, nxt.start, "action", "speech"):
            out[i] = Tag(t.start, nxt.end, ctx.text[t.start:nxt.end], "mention", Entity(nxt.value.code, "institution"))
    # "美国国务院一名高级官员", "国防部的一位发言人": a title after a body named with its country is that body's
    if ctx.lang in HEAD_FINAL | {"zh"}:
        for i, t in enumerate(out):
            prv = next((o for o in reversed(out[:i]) if o.end <= t.start), None)
            if t.value.code is None and prv is not None and prv.value.code is not None and ctx.gap(prv.end, t.start) <= 3 \
                    and not _PUNCT.search(ctx.text[prv.end:t.start]) and not ctx.between(prv.end, t.start, "action", "speech", "mention"):
                out[i] = Tag(prv.start, t.end, ctx.text[prv.start:t.end], "mention", Entity(prv.value.code, "institution"))
    out += [m for m in mentions if id(m) not in used and not any(t.start <= m.start and m.end <= t.end for t in out)]
    # "米政府当局者": the institution inside a longer speaker (政府 in 米政府 + 当局) is part of it
    out = [t for t in out if not any(o is not t and o.start <= t.start and t.end <= o.end
                                     and (o.end - o.start) > (t.end - t.start) for o in out)]
    return sorted(out, key=lambda t: t.start)


def _troops_between(ctx: SentenceContext, a: int, b: int) -> bool:
    """A troop noun between a and b that is not also an institution word ("Sudanese military sources")."""
    insts = {(t.start, t.end) for t in ctx.of("institution")}
    return any(a <= t.start and t.end <= b and (t.start, t.end) not in insts for t in ctx.of("troops"))


def institution_seat(ctx: SentenceContext, end: int) -> Tag | None:
    """The capital or town right after an institution that already has its country, behind a place
    preposition ("the Russian embassy in Madrid", "l'ambassade américaine à Bamako"): where it sits."""
    for m in _mentions(ctx, {"capital", "town"}):
        if m.start >= end and ctx.gap(end, m.start) <= 2 and ctx.between(end, m.start, "host_before") \
                and not _PUNCT.search(ctx.text[end:m.start]) \
                and not ctx.between(end, m.start, "action", "speech", "troops", "mention"):
            return m
    return None


def _capital_seat(ctx: SentenceContext, end: int) -> Tag | None:
    """The capital (or a capital's name for its state: "Beijing") a few words after an institution of no
    named country, right behind a place preposition, with no punctuation, verb or other name between."""
    for m in _mentions(ctx, {"capital", "short"}):
        if m.start < end or ctx.gap(end, m.start) > 5:
            continue
        if m.value.kind == "short" and not m.text[:1].isupper():
            continue
        if any(p.end <= m.start and p.start >= end and ctx.gap(p.end, m.start) == 0 for p in ctx.of("host_before")) \
                and not _PUNCT.search(ctx.text[end:m.start]) \
                and not ctx.between(end, m.start, "action", "speech", "troops", "mention", "units"):
            return m
        break
    return None


def institution_seats(ctx: SentenceContext) -> set[int]:
    """ids of the cities that are the seat of an institution named with its country (see above)."""
    out = set()
    # (an army is where its troops are: "وحدات من الجيش الرواندي في العاصمة بانغي" are in Bangui)
    troops = ctx.of("troops", "units", "reinforcement", "dual")
    for inst in ctx.of("institution"):
        if any(t.start < inst.end and inst.start < t.end or (t.end <= inst.start and ctx.gap(t.end, inst.start) <= 2)
               for t in troops):
            continue
        for o in _mentions(ctx, SOURCE_KINDS):
            a, b = (o.end, inst.start) if o.end <= inst.start else (inst.end, o.start)
            if b >= a and ctx.gap(a, b) <= 1 and not _PUNCT.search(ctx.text[a:b]):
                seat = institution_seat(ctx, max(o.end, inst.end))
                if seat is not None:
                    out.add(id(seat))
    return out


_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|«[^»]*»|„[^“”]*[“”]|「[^」]*」')


def _reported_by(ctx: SentenceContext, m: Tag) -> bool:
    """", afirmó Managua", ", said Moscow": a capital right after a reporting verb set off by a comma speaks
    (an article may stand between: ", anunciou a Praia")."""
    articles = lambda a, b: sum(ctx.gap(t.start, t.end) for t in ctx.of("host_filler") if a <= t.start and t.end <= b)
    return any(s.end <= m.start and ctx.gap(s.end, m.start) == articles(s.end, m.start) <= 1
               and re.search(r"[,،]\s*$", ctx.text[max(ctx.start, s.start - 3):s.start]) for s in ctx.of("speech"))


def _quoted_phrases(ctx: SentenceContext) -> list[tuple[int, int]]:
    """Spans of quoted phrases of more than one word (a slogan, a title, quoted words: the "India Out"
    campaign): a name inside one is not who speaks (a name quoted alone, «ТАСС», may be)."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(ctx.text, ctx.start, ctx.end)
            if len(re.findall(r"\w+", m.group(0))) > 1]


def _verb_second_speaker(ctx: SentenceContext, cands: list[Tag]) -> Tag | None:
    """"Peking hat die Entsendung japanischer Soldaten ... verurteilt": where the finite auxiliary
    stands second and the speech participle closes the clause, the name before the auxiliary speaks."""
    lead = clause_opening(ctx)
    aux = [a for a in ctx.of("auxiliaries") if a.start >= lead and ctx.gap(lead, a.start) <= 6]
    if not aux:
        return None
    first = next((m for m in cands if m.end <= aux[0].start and ctx.gap(m.end, aux[0].start) == 0 and m.start >= lead
                  and ctx.gap(lead, m.start) <= 2 and not _PUNCT.search(ctx.text[lead:m.start])), None)
    # (the clause may end in a coordinated second participle: "... verurteilt und von einer
    # Provokation gesprochen", "... condamné et dénoncé ...")
    ends = lambda sp: not re.search(r"\w", ctx.text[sp.end:ctx.end]) or any(
        c.start >= sp.end and ctx.gap(sp.end, c.start) == 0 and not _PUNCT.search(ctx.text[sp.end:c.start])
        for c in ctx.of("connectives"))
    closing = any(sp.start > aux[0].end and ends(sp)
                  and not re.search(r"[,;:]", ctx.text[aux[0].end:sp.start]) for sp in ctx.of("speech"))
    return first if first is not None and closing else None


# "PEKING (dpa) – ", "KYIV — ": a dateline before the sentence's first word
_DATELINE_LEAD = re.compile(r"[^\n.!?—–]{1,40}?\s?(?:[—–]|--)\s+")


def clause_opening(ctx: SentenceContext) -> int:
    """Where the sentence's own words begin: past a dateline that opens it (no name, troops or verb in it)."""
    m = _DATELINE_LEAD.match(ctx.text, ctx.start, ctx.end)
    if m is None or len(m.group(0).split()) > 6 or ctx.between(ctx.start, m.end(), "mention", "troops", "action", "speech"):
        return ctx.start
    return m.end()


def opening_speaker(ctx: SentenceContext, m: Tag) -> bool:
    """"Téhéran a fermement condamné ...", "Bamako has strongly denied ...": a capital that opens the
    sentence speaks through a speech verb a few words on (an auxiliary, an adverb), with nothing
    between that could be the subject instead."""
    if ctx.gap(ctx.start, m.start) > 1:
        return False
    return any(sp.start >= m.end and ctx.gap(m.end, sp.start) <= 3 and not _PUNCT.search(ctx.text[m.end:sp.start])
               and not ctx.between(m.end, sp.start, "mention", "action", "troops", "units")
               for sp in ctx.of("speech"))


def topic_speaker(ctx: SentenceContext, m: Tag) -> bool:
    """"Caracas, ABD askerlerinin ... konuşlandırılmasını ... kınadı": where the language sets its topic off
    by a comma, a capital opening the sentence so is who speaks through the speech verb closing it."""
    return (ctx.lang in HEAD_FINAL and ctx.topic_marker is not None and ctx.gap(ctx.start, m.start) == 0
            and re.match(r"\s*,", ctx.text[m.end:m.end + 3]) is not None
            and any(sp.start > m.end and sp.value != "according_to" and not re.search(r"\w", ctx.text[sp.end:ctx.end])
                    for sp in ctx.of("speech")))


def _listed(ctx: SentenceContext, m: Tag, cands: list[Tag]) -> bool:
    """m opens a list of names: the next one joined to it is itself joined to a third ("A, B ve C")."""
    nxt = [x for x in cands if x.start >= m.end]
    return len(nxt) >= 2 and ctx.coordinated(m.end, nxt[0].start) and ctx.coordinated(nxt[0].end, nxt[1].start)


def source_name(ctx: SentenceContext, m: Tag) -> str:
    """The mention with the capitalised words just before it: 'Kementerian Luar Negeri AS'; a
    sentence-opening connective ("Meskipun Kyiv", "However, London") is not part of it."""
    start = m.start
    # (nor the capitalised "according to" before it: "Laut Kabinettsbeschluss", "Menurut Pentagon")
    stops = ctx.of("connectives") + [s for s in ctx.of("speech") if s.value == "according_to"]
    while True:
        prev = re.search(r"([A-ZА-ЯЁІЇЄ][\w.-]*)\s+$", ctx.text[max(ctx.start, start - 40): start])
        if not prev or start - len(prev.group(0)) < ctx.start:
            break
        if any(t.end == start - (len(prev.group(0)) - len(prev.group(1))) for t in stops):
            break
        start -= len(prev.group(0))
    while any(t.start == start for t in stops):
        t = next(t for t in stops if t.start == start)
        rest = ctx.text[t.end: m.end]
        start = t.end + len(rest) - len(rest.lstrip(" ,"))
    return ctx.text[start: m.end].strip()
