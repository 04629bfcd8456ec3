"""Document resolution: what one sentence leaves out, filled from the article.

A sentence's drafts (frames/sentence_claims.py) may lack a sender or a host, refer back to troops
named before ("The contingent ...", "Of these, 600 ..."), or only say who said the claim before.
Resolution reads the drafts sentence by sentence: it inherits sender and host from the claim
before, fills the rest from the article's (sender, host) pairs (PairBook, pair_book), gives a count
that refers back to the claim it counts, and sets the speaker's country and the dateline's wire
agency as source. people_of_next_sentence() then takes a count for an uncounted claim from the
sentence after it; dedupe() keeps the most specific of claims that say the same.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..frames.context import TROOP_CATS
from ..frames.sentence_claims import Draft, Tag
from ..mentions.gazetteer import BODIES


class PairBook:
    """The article's (sender, host) pairs, ties broken by how much the article is about the host."""

    def __init__(self, pairs: Counter, focus: Counter):
        self.pairs, self.focus = pairs, focus

    def host_for(self, sender: str) -> str | None:
        hosts = [h for (s, h) in self.pairs if s == sender]
        return max(hosts, key=lambda h: (self.pairs[(sender, h)], self.focus[h])) if hosts else None

    def sender_for(self, host: str) -> str | None:
        senders = [s for (s, h) in self.pairs if h == host]
        return max(senders, key=lambda s: self.pairs[(s, host)]) if senders else None

    def main(self) -> tuple[str, str] | None:
        return max(self.pairs, key=lambda p: (self.pairs[p], self.focus[p[1]])) if self.pairs else None

    def focus_country(self, not_this: str | None) -> str | None:
        return next((c for c, _ in self.focus.most_common() if c != not_this), None)


def _fill(d: Draft, book: PairBook) -> Draft | None:
    """Complete a claim from the article's pairs when the sentence left the sender or host out."""
    if not d.sender and d.pronoun_sender and d.source_country and d.source_country != d.host:
        if d.host or book.host_for(d.source_country):
            d.sender = d.source_country  # "Kyiv said its troops ...": their = the speaker's
            d.explicit += 1
    if d.sender and d.host and d.theatre:
        d.host = book.host_for(d.sender) or d.host
    if d.sender and d.host:
        return d
    if d.sender:
        by_ref = book.focus_country(d.sender) if d.host_ref else None
        d.host = by_ref or book.host_for(d.sender)
        # "МИД Ирака осудил ... на севере страны": the country the sentence itself names
        d.explicit += by_ref is not None and by_ref in d.named
        if d.host is None and (d.demands_out or d.host_ref or d.speaker_soil) and d.source_country not in (None, d.sender):
            # "Mali demanded the departure of the UN peacekeepers": from Mali (named, as the one who
            # demands it); "The Somali government condemned ... in the south of the country": a
            # state's own body speaks of its own soil; "Thailand denied US troops were at the base": its own
            d.host = d.source_country
            d.explicit += 1 if d.demands_out else d.host in d.named
    elif d.host:
        main = book.main()
        # "Irak (2003-presente): 5.200 soldados" in a piece about one state's forces abroad: that state's
        # (a country named as such: a town alone is too weak a host to give the sender)
        by_name = d.host not in {c for c, _ in d.places}
        d.sender = book.sender_for(d.host) or (main[0] if main and d.count is not None and by_name else None)
    else:
        main = book.main()
        if main is None:
            return None
        d.sender, d.host = main
    return d if d.sender and d.host else None


def _count_of_previous(d: Draft, previous: list[Draft]) -> bool:
    """A count given in the sentence after a claim, for troops named only by a noun that refers back
    ("The 450-strong unit ...", "Контингент налічуватиме 24 ..."), is that claim's count: the earlier
    claim takes it (and the speaker, when it had none), and no second claim is made."""
    # (each killed or wounded is its own event: a count of casualties is never another sentence's)
    # ... and the earlier claim may be a confirmation ("Egypt confirmed its troops will join the mission.
    # The contingent, of 1,091 soldiers, ..."); troops that refer back "operate" or "are engaged" there
    # in the deployment's own story: no second, combat claim of the same troops
    if d.count is None or d.stance != "asserts" or d.claim_type == "casualties":
        return False
    # (one that took this very count already, from the sentence's twin draft, takes it again: "... 30
    # instructors" gives a deployment and a training draft of the same troops)
    prev = next((p for p in reversed(previous) if (p.sender, p.host) == (d.sender, d.host)
                 and p.count in (None, d.count) and p.stance in ("asserts", "confirms")
                 and (p.claim_type == d.claim_type or (d.claim_type == "combat" and p.claim_type == "deployment")
                      or (d.claim_type == "deployment" and p.claim_type == "training"))
                 and (p.location is None or d.location in (None, p.location))), None)
    if prev is None:
        return False
    prev.count, prev.count_qualifier = d.count, d.count_qualifier
    for twin in previous:  # trainers sent give a deployment and a training claim: the same troops
        if twin is not prev and (twin.sender, twin.host, twin.evidence_start) == (prev.sender, prev.host, prev.evidence_start) \
                and twin.count is None and {twin.claim_type, prev.claim_type} == {"deployment", "training"}:
            twin.count, twin.count_qualifier = d.count, d.count_qualifier
    if prev.source == "the outlet" and d.source != "the outlet":
        prev.source, prev.source_country = d.source, d.source_country
    elif prev.source_country is None and d.source_country is not None and d.source_own:
        prev.source_country = d.source_country
    return True


def pair_book(per_sentence, title_drafts: list[Draft], title_tags: list[Tag], focus: Counter) -> PairBook:
    """The article's pairs: each (sender, host) of a sentence's drafts, twice those of the title (a
    headline's sender without a host gets the country the article and its title are most about)."""
    pairs = Counter()
    in_title = [t.value.code for t in title_tags if t.cat == "mention" and t.value.kind in ("name", "short")]
    for d in title_drafts:
        if d.sender and not d.host:  # headlines drop prepositions: "Le Sénégal ..., l'armée française part"
            d.host = next((c for c, _ in focus.most_common() if c != d.sender and c in in_title), None)
        if d.sender and d.host and d.sender != d.host:
            pairs[(d.sender, d.host)] += 2
    for _, _, ds in per_sentence:
        for d in ds + [x for d in ds for x in d.instead]:
            if d.sender and d.host and d.sender != d.host and not d.theatre:
                pairs[(d.sender, d.host)] += 1
    return PairBook(pairs, focus)


class Resolution:
    """The article's claims from its sentences' drafts, in order: each draft completed from the claims
    of the sentence before and from the pair book, or dropped (domestic, no foreign pair), or counted
    back into the claim before it when it only gives that claim's count."""

    def __init__(self, text: str, raw: dict, wire: tuple[str, str] | None, book: PairBook):
        self.text, self.raw, self.wire, self.book = text, raw, wire, book  # raw: the lexicon's raw dict

    def resolve(self, per_sentence) -> tuple[list[Draft], list[Draft]]:
        """(claims, counted_back) from [(s0, s1, drafts)] of the article's sentences; counted_back: the
        drafts that gave the claim before them its count (still claim sentences for the story's score)."""
        claims, previous, counted_back = [], [], []
        unplaced: list[Draft] = []  # the last sentence's troops, when it named their sender but no host
        for s0, s1, drafts in per_sentence:
            resolved = []
            senders = [replace(d) for d in drafts if d.sender and not d.refers_back]
            for d in drafts:
                if d.refers_back:
                    resolved += [_denial(p, d) for p in previous]
                    continue
                if d.attribution:
                    if previous and not self.text[previous[-1].evidence_end:s0].strip():
                        for p in previous:  # "... ハイチに到着した。同国国防省が発表した。"
                            if p.source == "the outlet":
                                p.source = d.source
                                p.source_country = d.source_country or (p.sender if d.source_own else None)
                        continue
                    drafts.extend(d.instead)  # no claim before it: the sentence is read as any other
                    continue
                inherited = self._inherit(d, previous, unplaced)
                d = _fill(d, self.book)
                # "condemned the deployment at its borders": the border is the speaker's, not domestic
                foreign_critic = d is not None and d.stance == "condemns" and d.source_country not in (None, d.sender)
                if d is not None and d.domestic and inherited and d.sender != d.host and _count_of_previous(d, previous):
                    # "Fiji will send troops to PNG. The 75-strong unit will help secure the Highlands": a
                    # domestic-sounding task of troops that refer back still counts the claim before
                    counted_back.append(d)
                    continue
                if d is None or d.sender == d.host or (d.domestic and d.explicit < 2 and not foreign_critic):
                    continue
                if d.location is None or not any(c == d.host and n == d.location for c, n in d.places):
                    d.location = next((n for c, n in d.places if c == d.host), d.location)
                self._speaker(d)
                if (inherited or d.explicit < 2) and _count_of_previous(d, previous):
                    counted_back.append(d)  # still a claim sentence for the story's score
                    continue  # "Ghana will send soldiers to Mali. The 450-strong unit ...": one claim, counted
                resolved.append(d)
            if resolved:
                previous = [r for r in resolved if r.stance != "denies"] or previous
            unplaced = senders if drafts and not resolved else []
            claims += resolved
        return claims, counted_back

    @staticmethod
    def _inherit(d: Draft, previous: list[Draft], unplaced: list[Draft]) -> bool:
        """Sender and host (and the rest) taken from the claims of the sentence before, in place; True
        when they are the same troops again."""
        inherited = False  # sender and host taken from the claim before: the same troops again
        whole = previous or unplaced  # ("Poland will send 1,000 soldiers abroad. Of these, 600 ...")
        if d.partitive and whole:  # "Etwa 4.000 von ihnen ...": of the troops just named
            named_before = d.sender is None and whole[0].sender is not None  # (as if named here)
            d.sender = d.sender or whole[0].sender
            d.host = d.host or whole[0].host
            d.explicit = min(2, max(d.explicit + named_before, whole[0].explicit))
        if (d.sender is None and previous and d.host in (None, previous[-1].host) and not d.partitive
                and not (d.pronoun_sender and d.source_country)):
            # "The contingent ...", "Die Soldaten ...", "该部队 ...": the troops of the last claim
            # (also unowned troops in the last claim's host: "The 120 soldiers will secure <its capital>")
            d.sender, d.host = previous[-1].sender, previous[-1].host
            inherited = True
            if previous[-1].claim_type == "reinforcement" and d.claim_type == "deployment":
                d.claim_type = "reinforcement"  # "... sent more troops. The 400 sent are ..."
        elif (d.sender in (None, d.host) and previous and d.host is not None and d.host == previous[-1].sender
              and previous[-1].host not in (None, d.host) and (d.claim_type != "withdrawal" or d.leaves_city)
              and not d.partitive and (d.host, d.location) in d.places):
            # "Ireland will send troops to Lebanon. 340 soldiers fly out from Dublin": unowned
            # troops (or the sender's own, "400 anggota TNI ... dari Jakarta") in a city of the last
            # sender are its troops leaving for the last host ("The unit will leave Colombo")
            d.sender, d.host, d.location = previous[-1].sender, previous[-1].host, None
            inherited = True
            if d.claim_type == "withdrawal":
                d.claim_type = previous[-1].claim_type
        if (d.by_mission and previous and previous[-1].host == d.host
                and previous[-1].sender not in (None, *BODIES)):
            # "Vietnam will send engineers to South Sudan. The 184-strong unit will join UNMISS":
            # the last sender's troops serve in the mission; the mission is no co-sender
            d.sender = previous[-1].sender
            inherited = True
        if d.host is None and d.host_ref and previous and previous[-1].host not in (None, d.sender):
            d.host = previous[-1].host  # "en el país" right after a claim on Afghanistan: there
            d.explicit += 1
        if d.sender is None and d.possessive and previous:
            d.sender = previous[-1].sender  # "Ses hommes sont présents en Libye": the last claim's sender's
        return inherited

    def _speaker(self, d: Draft) -> None:
        """Who says it: the sender's own body, the press's own government, the dateline's wire agency."""
        if d.source_own and d.source_country is None and d.stance != "condemns":
            d.source_country = d.sender  # "the defence ministry said" in a story about its troops
        home = self.raw.get("home_state")
        if d.source_own and d.source_country is None and d.stance == "condemns" and home not in (None, d.sender, d.host):
            # "외교부는 ... 규탄했다": the press of a language of one state names its own government bare
            d.source_country = home
        if self.wire and d.source == "the outlet":
            d.source, d.source_country = self.wire  # "新华社北京9月18日电": the wire agency reports it


def people_of_next_sentence(text: str, spans, claims: list[Draft], tags, numbers, counters,
                            speaker=None) -> None:
    """"Armenia will send sappers to Syria. A group of 30 people flies out next week", "1진 80명은 다음
    달 출발한다": a sentence right after an uncounted claim that names no troops, no other state and no
    casualties, but counts people (a person word or counter right after one number), gives its count
    (and its speaker, where the claim had none: "..., wie das Ministerium in Wellington mitteilte")."""
    open_claims = [d for d in claims if d.count is None and d.stance in ("asserts", "confirms")
                   and d.claim_type in ("deployment", "reinforcement", "training")]
    if not open_claims:
        return
    for d in open_claims:
        nxt = next(((a, b) for a, b in spans if a >= d.evidence_end), None)
        if nxt is None or text[d.evidence_end:nxt[0]].strip():
            continue
        a, b = nxt
        inside = [t for t in tags if a <= t.start and t.end <= b]
        speech = [t for t in inside if t.cat == "speech"]
        # a troop word right next to a speech word is who says it ("..., сообщили в армии", "the army said")
        if any((t.cat in TROOP_CATS and not _beside(text, t, speech)) or (t.cat == "mention" and (t.value.kind == "force" or t.value.code not in (d.sender, d.host)))
               or (t.cat == "action" and t.value in ("casualties", "withdrawal", "combat")) for t in inside):
            continue
        # ... or a tally word right before it, maybe past a qualifier ("Ils seront environ 180", "Their
        # number will be 300")
        persons = [n for n in numbers if a <= n.start and n.end <= b and not n.bare_year and (
            any(t.cat == "persons" and t.start >= n.end and not text[n.end:t.start].strip() for t in inside)
            or any(text.startswith(c, n.end) for c in counters)
            # ... or a tally word hyphen-joined to it ("The 180-strong company ...")
            or any(t.cat == "tally" and t.start == n.end + 1 and text[n.end] == "-" for t in inside)
            or any(t.cat == "tally" and t.end <= n.start and (not text[t.end:n.start].strip() or any(
                q.cat == "qualifier" and q.start >= t.end and q.end <= n.start and not text[t.end:q.start].strip()
                and not text[q.end:n.start].strip() for q in inside)) for t in inside))]
        if len(persons) == 1:
            n = persons[0]
            approx = n.approx or any(t.cat == "qualifier" and t.value == "approx" and t.end <= n.start
                                     and len(text[t.end:n.start].split()) == 0 for t in inside)
            d.count, d.count_qualifier = n.value, "approx" if approx else "exact"
            said = speaker(a, b, inside) if speaker is not None and d.source == "the outlet" else None
            if said is not None and said[2] is not None and (said[1] or said[2].value.kind == "institution"):
                d.source, d.source_country = said[0], said[1] or d.sender  # (a body of no country: the sender's)


def _beside(text: str, t: Tag, others: list[Tag]) -> bool:
    """One of `others` is right before or right after t, with nothing but space (or an article) between."""
    return any((o.end <= t.start and len(text[o.end:t.start].split()) <= 1)
               or (t.end <= o.start and not text[t.end:o.start].strip()) for o in others)


def _denial(prev: Draft, d: Draft) -> Draft:
    return Draft(prev.sender, prev.host, prev.claim_type, "denies", d.source, d.source_country, prev.count,
                 prev.count_qualifier, prev.location, prev.event_date, d.evidence_start, d.evidence_end,
                 explicit=prev.explicit)


def _specificity(d: Draft) -> int:
    return sum(x is not None for x in (d.location, d.event_date, d.source_country, d.count)) + d.explicit


def dedupe(claims: list[Draft]) -> list[Draft]:
    best: dict = {}
    for d in claims:
        # who condemns or denies is the point of such a claim, so each speaker keeps its own
        speaker = d.source_country if d.stance in ("condemns", "denies") else None
        key = (d.sender, d.host, d.claim_type, d.stance, d.count, speaker)
        if key not in best or _specificity(d) > _specificity(best[key]):
            best[key] = d
    return sorted(best.values(), key=lambda d: d.evidence_start)
