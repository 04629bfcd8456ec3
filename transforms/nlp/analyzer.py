"""Article-level analysis: is this a foreign-deployment story, and which claims does it make.

Analyzer.load() compiles every matcher once, or reads them from the cache of an earlier build (call
it in DoFn.setup, or Analyzer.shared() to share one per process); analyze() is then cheap. Flow:
language -> prefilter (one troop-word regex) -> tag the whole text once -> claims per sentence ->
fill missing sender/host from the article's main pair -> drop domestic ones -> score -> dedupe.
"""
from __future__ import annotations

import functools
import re
import threading
from bisect import bisect_left, bisect_right
from collections import Counter
from datetime import date
from dataclasses import asdict, dataclass, field, replace

import yaml

from transforms.language import is_supported, normalise_language, resolve_language

from .budget import AnalysisBudget, BudgetMeter
from .frames.clauses import appositive_of_state, relative_clauses
from .mentions.dates import DateFinder, as_date, calendar_words, load_relative
from .mentions.gazetteer import BODIES, DATA, Entity, mention_entries
from .mentions.lexicon import Lexicon, common_words, load_lexicon
from .mentions.numbers import NumberFinder
from .mentions.places import PlaceIndex
from .detection.story_score import deployment_score
from .frames.sentence_claims import Draft, SentenceContext, Tag, sentence_drafts
from .frames.sources import find_source
from .mentions.separable import split_verb_tags
from .mentions.sentences import split_sentences
from .frames.sources import find_source
from .mentions.terms import TermMatcher

CLAIM_FIELDS = ("sender", "host", "location", "count", "count_qualifier", "claim_type", "stance", "source",
                "source_country", "event_date", "evidence", "evidence_start", "evidence_end", "confidence")
DETECTION_THRESHOLD = 0.5
# the most a sentence that only says who said it may hold: words, or characters in ja and zh
ATTRIBUTION_SIZE = {"ja": 30, "zh": 24}
_TROOP_CATS = ("troops", "units", "reinforcement", "dual", "claim_ref", "partitive", "invasion", "training_mission")
# A dateline opens a paragraph: "KYIV —", "CIUDAD DE GUATEMALA —", "서울=연합뉴스 —", "【東京】",
# "新华社北京9月18日电". The city there is where the story was filed, not a host or a speaker.
# (also an agency's slashes after the place and date: "ДУШАНБЕ, 3 апреля. /ТАСС/.", "MOSCOW, April 3. /TASS/.")
_DATELINE = re.compile(r"^[ \t]*(?:【[^】\n]{1,20}】|[^\n.!?。—–]{1,40}?\s?(?:[—–]|--)\s|\S{0,12}?\d{1,2}月\d{1,2}日电"
                       r"|[^\n!?。—–/]{1,40}?\.\s?/[^/\s][^/\n]{0,23}/\.?\s)",
                       re.MULTILINE)
_MAX_DATELINE_WORDS = 6
_NAME_KINDS = frozenset({"name", "short", "adjective", "capital"})
_VERB_CATS = frozenset({"action", "speech", "war", "negation", "negation_before", "never", "negative", "domestic",
                        "pronouns", "possessives", "whole_after"})  # ... nor a pronoun: "其" in "土耳其", nor "among": "中" in "中非"
_IN_PLACE_CATS = frozenset({"negative", "domestic"})
# a preposition hyphen-joined to a number is an ordinal's prefix, no preposition: ms/id "ke-201" (201st)
_PREPOSITION_CATS = frozenset({"host_before", "from_before", "host_after"})
_ORDINAL_TAIL = re.compile(r"-\d")
_REST_OF_WORD = re.compile(r"[^\W\d_]*")
_WORD_RUN = re.compile(r"\w+")


def _name_word(text: str, a: int, b: int) -> bool:
    """The word at a..b has a capital, the word before it is in lower case and the word after it has a
    capital: a word inside a proper name ("... de Bulo Marer"), not at a sentence's or a headline's start."""
    if not text[a:a + 1].isupper() or a < 2 or text[a - 1] != " " or not text[a - 2].islower():
        return False
    end = _REST_OF_WORD.match(text, b).end()
    # (... or ends the clause: "no litoral do mar Negro.", "along the río Negro,")
    return (end + 1 < len(text) and text[end] == " " and text[end + 1].isupper()) or (
        end >= len(text) or text[end] in ".,;:!?")


@dataclass
class Analysis:
    language: str | None
    language_supported: bool
    is_deployment_story: bool = False
    deployment_score: float = 0.0
    cues: list = field(default_factory=list)
    claims: list = field(default_factory=list)
    over_budget: str | None = None    # why the analysis was given up (budget.AnalysisBudget), else None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class _LangTools:
    lexicon: Lexicon
    mentions: TermMatcher
    numbers: NumberFinder
    dates: DateFinder
    common: frozenset = frozenset()  # the language's own words: "Lima" opening a sentence is five
    forces: re.Pattern | None = None  # prefilter beside the troop words: a named force ("日本自卫队", "Bundeswehr")


class Analyzer:
    def __init__(self, tools: dict[str, _LangTools], places: PlaceIndex):
        self._tools = tools
        self._places = places

    @classmethod
    def load(cls, languages=None) -> "Analyzer":
        """The analyzer for `languages` (default: every supported one), read from the cache of a
        previous build when one matches the data files (transforms/nlp/cache.py), else built."""
        from . import cache

        langs = _language_list(languages)
        return cache.load_or_build(lambda: cls.build(langs), langs)

    @classmethod
    def shared(cls, languages=None) -> "Analyzer":
        """One analyzer per process and language list: the DoFn instances on a worker's threads share
        it (analyze() only reads it)."""
        langs = _language_list(languages)
        with _SHARED_LOCK:
            if langs not in _SHARED:
                _SHARED[langs] = cls.load(langs)
            return _SHARED[langs]

    @classmethod
    def build(cls, languages=None) -> "Analyzer":
        """Parse the data files and compile every matcher (seconds; load() avoids it when it can)."""
        numbers = yaml.safe_load((DATA / "numbers.yaml").read_text(encoding="utf-8"))
        relative = load_relative()
        tools = {}
        for lang in _language_list(languages):
            lexicon = load_lexicon(lang)
            common = frozenset(common_words(lexicon.raw, numbers.get(lang)) | calendar_words(lang))
            entries = mention_entries(lang, common)
            forces = [(t, e) for t, e in entries if e.kind == "force"]
            tools[lang] = _LangTools(lexicon, TermMatcher(entries, lang, word_start=lang == "ko"),
                                     NumberFinder(lang, numbers.get(lang)), DateFinder(lang, relative.get(lang)), common,
                                     TermMatcher(forces, lang, word_start=lang == "ko").regex if forces else None)
        return cls(tools, PlaceIndex())

    def analyze(self, text: str, *, title: str | None = None, language: str | None = None,
                published_at=None, budget: AnalysisBudget | None = None) -> Analysis:
        text = text or ""
        lang = normalise_language(language) or resolve_language(None, ((title or "") + "\n" + text)[:2000])
        if not is_supported(lang) or lang not in self._tools:
            return Analysis(lang, False)
        tools = self._tools[lang]
        troops = lambda t: bool(tools.lexicon.troop_regex.search(t) or (tools.forces and tools.forces.search(t)))
        if not troops(text) and not (title and troops(title)):
            return Analysis(lang, True, cues=[])
        meter = (budget or AnalysisBudget()).start(text)
        try:
            return _ArticleRun(self, tools, lang, text, title or "", as_date(published_at), meter).run()
        except _OverBudget as e:
            return Analysis(lang, True, over_budget=str(e))


_SHARED: dict = {}
_SHARED_LOCK = threading.Lock()


def _language_list(languages) -> tuple[str, ...]:
    from transforms.language import supported_languages

    return tuple(sorted(set(languages or supported_languages())))


class _OverBudget(Exception):
    """Raised between sentences once an article has spent its budget."""


class _ArticleRun:
    """One article through the pipeline; holds its tags so sentences can share them."""

    def __init__(self, analyzer: Analyzer, tools: _LangTools, lang: str, text: str, title: str, published,
                 meter: BudgetMeter):
        self.a, self.t, self.lang = analyzer, tools, lang
        self.text, self.title, self.published = text, title, published
        self.meter = meter
        self.background: list[tuple[int, int]] = []  # relative clauses whose years date no claim
        self._spans: dict[str, tuple[list, list]] = {}

    def spans(self, text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """The sentences and datelines of `text` (the article's or its title), found once: several
        stages ask for them."""
        if text not in self._spans:
            self._spans[text] = split_sentences(text), _datelines(text, self.t.lexicon.troop_regex)
        return self._spans[text]

    def tag(self, text: str) -> tuple[list[Tag], list]:
        datelines = self.spans(text)[1]
        mentions = [Tag(m.start, m.end, m.surface, "mention", m.payloads[0]) for m in self.t.mentions.find(text)
                    if not _inside(m.start, datelines) and not (m.payloads[0].kind in ("place", "capital", "town")
                                                                and _quoted_with_more(text, 0, len(text), m.start, m.end))]
        names = sorted((m.start, m.end) for m in mentions if m.value.kind in _NAME_KINDS)
        # a verb stem inside a country's name is no verb: "den*" in "Denmark", "battle*" in "Battleford"
        # ... and a domestic or negative word inside a place's name is none: "Morón de la Frontera"
        places = sorted((m.start, m.end) for m in mentions if m.value.kind in ("place", "region"))
        # "la base de Bulo Marer": a speech or negation word's spelling with a capital inside the sentence,
        # after a word in lower case and before another capitalised word, is a word of a proper name the
        # gazetteer does not know (not where every noun has a capital; an action word may open an
        # exercise's name: "Latihan Taming Sari")
        name_word = (lambda a, b: False) if self.lang in _NOUNS_CAPITALISED else (
            lambda a, b: _name_word(text, a, b))
        found = self.t.lexicon.matcher.find(text)
        # "cessar-fogo", "cese al fuego", "ceasefire": a fixed noun (lexicon `compounds`) holds no verb of its own
        compounds = sorted((m.start, m.end) for m in found if any(cat == "compounds" for cat, _ in m.payloads))
        tags = [Tag(m.start, m.end, m.surface, cat, value)
                for m in found for cat, value in m.payloads
                if (cat not in _VERB_CATS or not (_within(names, m.start, m.end) or _within(compounds, m.start, m.end)
                                                  or (cat != "action" and name_word(m.start, m.end))))
                and (cat not in _IN_PLACE_CATS or not _within(places, m.start, m.end))
                and (cat not in _PREPOSITION_CATS or not _ORDINAL_TAIL.match(text, m.end))]
        # "has fighters in Mali": a troop noun a combat stem also spells ("fight*") is the troops, no
        # fighting ("派兵", troops and sending in one word, stays both)
        nouns = {(t.start, t.end) for t in tags if t.cat == "troops"}
        tags = [t for t in tags if t.cat != "action" or t.value != "combat" or (t.start, t.end) not in nouns]
        tags += mentions + _tail_possessives(tags, self.t.lexicon.raw) + _inner_more(tags, self.t.lexicon.matcher)
        return sorted(tags, key=lambda t: (t.start, -t.end)), self.t.numbers.find(text)

    def sentence_runs(self, text: str, tags, numbers):
        sentences, datelines = self.spans(text)
        named = frozenset(t.value.code for t in tags if t.cat == "mention")
        tag_starts = [t.start for t in tags]  # tags and numbers come sorted by start: slice, not scan
        num_starts = [n.start for n in numbers]
        for s0, s1 in sentences:
            reason = self.meter.over()
            if reason:
                raise _OverBudget(reason)
            stags = [t for t in tags[bisect_left(tag_starts, s0):bisect_left(tag_starts, s1)] if t.end <= s1]
            troop_like = [t for t in stags if t.cat in _TROOP_CATS or (t.cat == "mention" and t.value.kind == "force")]
            said = self.attribution(text, s0, s1, stags, troop_like)
            if said is not None and not troop_like:
                yield s0, s1, [said]
            if not troop_like:
                continue
            stags += self.place_tags(text, s0, s1, stags, datelines, named)
            stags = self._own_namesakes(stags)
            ctx = SentenceContext(text, s0, s1, sorted(stags, key=lambda t: t.start), self.lang,
                                  self.t.lexicon.host_suffix, self.t.lexicon.subject_marker, self.t.lexicon.participle,
                                  self.t.lexicon.coord, self.t.lexicon.joint, self.t.lexicon.topic_marker,
                                  self.t.lexicon.speaker_topic)
            nums = [n for n in numbers[bisect_left(num_starts, s0):bisect_left(num_starts, s1)] if n.end <= s1]
            date = self.t.dates.first(text[s0:s1], self.published)
            drafts = self.clause_drafts(text, s0, s1, ctx, nums, date)
            if said is not None:  # "エストニア国防軍が明らかにした。": the speaker's own force word, no claim
                said.instead = drafts
                drafts = [said]
            yield s0, s1, drafts

    def attribution(self, text, s0, s1, stags, troop_like) -> Draft | None:
        """A short sentence that only names who said it ("エストニア国防軍が明らかにした。", "So the
        ministry said."): its speaker, for the claims of the sentence before it (a troop word in it is
        the speaker's own name: "the armed forces")."""
        # ("Das kündigte der Minister im Parlament an.": a separable speech verb, stem and particle apart)
        stags = stags + [t for t in split_verb_tags(self.sub_context(text, s0, s1, stags)) if t.cat == "speech"]
        if not any(t.cat == "speech" and t.value in ("says", "according_to") for t in stags):
            return None
        if any(t.cat not in ("troops", "mention") for t in troop_like) or any(
                t.cat in ("action", "hosting", "possession") for t in stags):
            return None  # a verb of the claim's own: a claim sentence
        size = (s1 - s0) if self.lang in ("ja", "zh") else len(re.findall(r"\w+", text[s0:s1]))
        if size > ATTRIBUTION_SIZE.get(self.lang, 12):
            return None
        ctx = self.sub_context(text, s0, s1, stags)
        source, code, tag = find_source(ctx, set())
        # (one with no country is the claim's own state's only when named by its title alone: "同国国防省",
        # not "the Kurdistan Regional Government", whose name the gazetteer does not know)
        if tag is None or (code is None and (tag.value.kind != "institution" or source != tag.text.strip())):
            return None
        # ("エストニア国防軍が", "the Kenyan armed forces said": the force named with its state speaks)
        own = lambda t: (tag.start <= t.start and t.end <= tag.end) or (t.start <= tag.start and tag.end <= t.end) or (
            t.start >= tag.end and ctx.gap(tag.end, t.start) <= ctx.cjk and not re.search(r"[,、，(（がはをに]", text[tag.end:t.start]))
        if not all(own(t) for t in troop_like):
            return None  # troops besides the speaker: a claim sentence
        return Draft(None, None, "deployment", "asserts", source, code, attribution=True,
                     source_own=code is None, evidence_start=s0, evidence_end=s1)

    def clause_drafts(self, text, s0, s1, ctx, nums, date):
        """The sentence's drafts; where a state's name is followed by a set-off relative clause
        ("Le Burundi, qui a déjà des troupes en Somalie, a envoyé ..."), the main clause without it,
        and the clause with that state as its own claim when it names where (clauses.py)."""
        clauses = relative_clauses(text, s0, s1, self.lang, self.t.lexicon.raw.get("relative"))
        tags = ctx.tags
        for a, b, set_off in clauses:
            inside = [t for t in tags if a <= t.start and t.end <= b]
            if set_off or not any(t.cat in ("troops", "units", "action", "hosting") for t in inside):
                if text is self.text:
                    self.background.append((a, b))  # its years date the clause, not the sentence's claim
        states = [t for t in tags if t.cat == "mention" and t.value.kind in ("name", "short")]
        apposed = appositive_of_state(text, clauses, states)
        if not apposed:
            return sentence_drafts(ctx, nums, date)
        out_of = lambda x: not any(a <= x.start and x.end <= b for _, a, b in apposed)
        main = self.sub_context(text, s0, s1, [t for t in tags if out_of(t)])
        drafts, clause = sentence_drafts(main, [n for n in nums if out_of(n)], date), []
        said = None  # who speaks in the main clause, found once
        for head, a, b in apposed:
            within = lambda x: x is head or (a <= x.start and x.end <= b)
            sub = self.sub_context(text, s0, s1, [t for t in tags if within(t)])
            for d in sentence_drafts(sub, [n for n in nums if within(n)], date):
                if d.sender is None and d.host not in (None, head.value.code):
                    d.sender, d.explicit = head.value.code, d.explicit + 1  # "qui a déjà des troupes en Somalie"
                elif d.host is None and d.sender not in (None, head.value.code) and any(
                        w.start == a for w in sub.of("where_glue")):
                    d.host, d.explicit = head.value.code, d.explicit + 1  # "Литва, де розгорнута група на чолі з Німеччиною": where it is
                if d.source == "the outlet":
                    # "Румунія, яка приймає 4 500 американських військових, ..., заявив президент": the
                    # main clause's speaker says it too, and a title of no named country is the head's
                    said = said or find_source(main, set())
                    if said[2] is not None:
                        d.source, d.source_own = said[0], False
                        d.source_country = said[1] or (head.value.code if said[2].value.kind in (
                            "institution", "leader") else None)
                if d.host is not None and d.sender is not None:  # (one that names no place has no claim of its own)
                    clause.append(d)
        if not any(d.host is not None for d in drafts + clause):
            return sentence_drafts(ctx, nums, date)  # "whose base in Djibouti ..., keeps 1,500 troops in the country"
        heads = {h.value.code for h, _, _ in apposed}
        for d in drafts:
            if (d.sender is None or d.sender in BODIES) and d.source_country not in heads:
                # "Le Maroc, qui participe aux opérations de l'ONU, compte des casques bleus en RDC"
                d.sender = apposed[0][0].value.code
        return drafts + clause

    def sub_context(self, text, s0, s1, tags) -> SentenceContext:
        lx = self.t.lexicon
        return SentenceContext(text, s0, s1, sorted(tags, key=lambda t: t.start), self.lang, lx.host_suffix,
                               lx.subject_marker, lx.participle, lx.coord, lx.joint, lx.topic_marker, lx.speaker_topic)

    def place_tags(self, text, s0, s1, stags, datelines, named=frozenset()) -> list[Tag]:
        """Cities in the sentence. A major city may be a host; a small town, found only inside a
        country the article names, only says where (kind "town"): it could be the sender's own."""
        taken = [(t.start, t.end) for t in stags if t.cat == "mention"]
        here = frozenset(t.value.code for t in stags if t.cat == "mention")
        out = []
        # (also "near" prepositions that mark a place but no host by themselves: "под Дохой", "під Києвом")
        preps, particles, letters = _place_words(self.t.lexicon)
        for a, b, city in self.a._places.find(text[s0:s1], self.lang, here | named, preps, particles, letters):
            a, b = a + s0, b + s0
            if _inside(a, datelines) or any(a < e and s < b for s, e in taken) or text[a:b].lower() in self.t.common:
                continue
            if _named_by_exercise(text, a, stags, b):
                continue
            if any(t.cat != "mention" and t.start <= a and b <= t.end and (t.start, t.end) != (a, b) for t in stags):
                continue  # "kata Markas Besar TNI": a word of a lexicon phrase (headquarters) is no town
            if any(o.end <= a and not text[o.end:a].strip() for o in stags if o.cat == "outlet_words"):
                continue  # "صحيفة نيويورك تايمز": a city right after a newspaper's word is part of its name
            if _quoted_with_more(text, s0, s1, a, b):
                continue  # "the «Tower 22» outpost", "l'opération « Barkhane Sud »": a site's or an operation's name
            if self._after_determiner(text, s0, a):
                continue  # "seit dem Ende des Kalten Krieges": where every noun has a capital, a common noun
            if self.lang not in _NOUNS_CAPITALISED and _inside_proper_name(text, s0, a, b, taken):
                continue  # "Defence Minister Troels Lund Poulsen": a town's name inside a person's
            kind = "place" if city.major else "town"
            # "TNI ... di Bali": a first-level region of a state the sentence or article names, spelt like
            # a city elsewhere, is that region
            own = self.a._places.regions.get(text[a:b].lower(), frozenset()) & (here | named)
            if city.country not in own and len(own) == 1:
                city = type(city)(next(iter(own)), text[a:b], city.population)
            region = self.a._places.region_after(text, b, here | named, stop=s1)
            if region is not None and region != city.country:
                # "Kota Baru, Kalimantan Selatan": the region says the town is that country's namesake
                kind, city = "town", type(city)(region, text[a:b], city.population)
            out.append(Tag(a, b, text[a:b], "mention", Entity(city.country, kind, city.name, indexed=True)))
        return self._listed_namesakes(text, out, stags, here | named) + self._one_char_states(text, s0, s1, stags) + \
            self._listed_abbreviations(text, s0, s1, stags)

    def _listed_abbreviations(self, text: str, s0: int, s1: int, stags) -> list[Tag]:
        """"美、英、法三国": one-character abbreviations of states (lexicon `list_abbreviations`) stand for
        them only as items of an enumeration closed by a word of "(N) states"; alone they are words ("法" law)."""
        table = self.t.lexicon.raw.get("list_abbreviations") or {}
        run = _abbreviation_run(self.t.lexicon.raw.get("list_abbreviations_close"), tuple(table))
        if run is None:
            return []
        taken = [(t.start, t.end) for t in stags if t.cat == "mention"]
        out = []
        for m in run.finditer(text, s0, s1):
            for i in range(m.start(), m.end()):
                if text[i] in table and not any(a <= i < b for a, b in taken):
                    out.append(Tag(i, i + 1, text[i], "mention", Entity(table[text[i]], "short", None)))
        return out

    def _own_namesakes(self, stags) -> list[Tag]:
        """"نشر الجيش اللبناني ... في مدينة طرابلس لضبط الأمن": a foreign city named in a sentence that
        names one other state only, on a domestic task, is that state's big namesake city (Tripoli in
        Lebanon) where the city index holds one: its army at home."""
        if not any(t.cat == "domestic" for t in stags):
            return stags
        mentions = [t for t in stags if t.cat == "mention"]
        twins = {}
        for t in mentions:
            if t.value.kind in ("capital", "place", "short"):
                found = self.a._places.names.get(t.text.lower()) or ()
                if len({c.country for c in found}) > 1 and any(c.country == t.value.code for c in found):
                    twins[id(t)] = found
        if not twins:
            return stags
        others = {t.value.code for t in mentions if id(t) not in twins}
        if len(others) != 1:
            return stags
        (own,) = others
        out = []
        for t in stags:
            if id(t) in twins and t.value.code != own:
                twin = next((c for c in twins[id(t)] if c.country == own and c.major and not c.alias), None)
                if twin is not None:
                    t = Tag(t.start, t.end, t.text, "mention", Entity(own, "place", twin.name, indexed=True))
            out.append(t)
        return out

    def _one_char_states(self, text: str, s0: int, s1: int, stags) -> list[Tag]:
        """"马尔代夫……撤回驻马的全部约80名军人", "索马里……向索境内派兵": in zh/ja, one character right after a
        word of being stationed (lexicon `short_after`), or right before a word of "inside its borders"
        (`short_before`), stands for the state named earlier in the sentence whose name starts with it
        (one such state only)."""
        raw = self.t.lexicon.raw
        states = [t for t in stags if t.cat == "mention" and t.value.kind in ("name", "short")]
        taken = [(t.start, t.end) for t in stags if t.cat == "mention"]
        spots = [(s0 + m.end(), s0 + m.start()) for w in raw.get("short_after") or ()
                 for m in re.finditer(re.escape(str(w)), text[s0:s1]) if self._stationed_after(text, s0 + m.end(), stags)]
        spots += [(s0 + m.start() - 1, s0 + m.start() - 1) for w in raw.get("short_before") or ()
                  for m in re.finditer(re.escape(str(w)), text[s0:s1]) if m.start() > 0]
        out = []
        for at, before in spots:
            if at >= s1 or any(a <= at < b for a, b in taken) or not re.match(r"[\u3400-\u9fff]", text[at]):
                continue
            codes = {t.value.code for t in states if t.end <= before and t.text.startswith(text[at])}
            if len(codes) == 1:
                out.append(Tag(at, at + 1, text[at], "mention", Entity(codes.pop(), "short", None)))
        return out

    @staticmethod
    def _stationed_after(text: str, at: int, stags) -> bool:
        """After 驻 + one character, only what is stationed there: 的, a number, troops or their owner
        ("驻韩大使" is an envoy)."""
        after = at + 1
        return (text[after:after + 1] in ("的", "之") or bool(re.match(r"[\d约約近逾]", text[after:after + 1]))
                or any(t.start == after and (t.cat in ("troops", "units") or t.cat == "mention") for t in stags))

    def _after_determiner(self, text: str, s0: int, a: int) -> bool:
        """A capitalised word right after an article ("dem Ende", "einer Mitte"), in a language whose
        nouns all have capitals (lexicon `noun_determiners`), is a noun, not a town: towns take none."""
        words = self.t.lexicon.raw.get("noun_determiners")
        if not words:
            return False
        before = re.search(r"(\w+)\s+$", text[max(s0, a - 20):a])
        return before is not None and before.group(1).lower() in {str(w).lower() for w in words}

    def _listed_namesakes(self, text, cities: list[Tag], stags, near) -> list[Tag]:
        """"enviadas para Palma e Mocímboa da Praia": a city the index placed in a country the article
        never names, listed next to a curated place of another country, is that country's namesake
        (the town list holds only the bigger one)."""
        coord = self.t.lexicon.coord
        known = [t for t in stags if t.cat == "mention" and t.value.kind in ("place", "region", "town")]
        out = []
        for c in cities:
            if coord is not None and c.value.code not in near:
                listed = [m for m in known if m.value.code != c.value.code and m.value.code in near and (
                          coord.match(text[c.end:m.start]) if m.start >= c.end else coord.match(text[m.end:c.start]))]
                if listed:
                    c = Tag(c.start, c.end, c.text, "mention", Entity(listed[0].value.code, "town", c.value.english,
                                                                       indexed=True))
            out.append(c)
        return out

    def dateline_agency(self) -> tuple[str, str] | None:
        """A state news agency in the opening dateline ("新华社北京9月18日电", "서울=연합뉴스 —") is the
        article's source for what no one else is said to say."""
        first = next(iter(self.spans(self.text)[1]), None)
        if first is None or first[0] > 200:
            return None
        for m in self.t.mentions.find(self.text[first[0]:first[1]]):
            if m.payloads[0].kind == "agency":
                return m.surface, m.payloads[0].code
        return None

    def focus(self, tags, title_tags) -> Counter:
        """How much the article is about each country: its names in the text, thrice in the title."""
        out = Counter()
        for weight, ts in ((1, tags), (3, title_tags)):
            for t in ts:
                if t.cat == "mention" and t.value.kind in ("name", "short"):
                    out[t.value.code] += weight
        return out

    def run(self) -> Analysis:
        tags, numbers = self.tag(self.text)
        wire = self.dateline_agency()
        per_sentence = [(s0, s1, d) for s0, s1, d in self.sentence_runs(self.text, tags, numbers)]
        title_tags, title_numbers = self.tag(self.title) if self.title else ([], [])
        title_drafts = [d for _, _, ds in self.sentence_runs(self.title, title_tags, title_numbers) for d in ds]
        focus = self.focus(tags, title_tags)
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
        book = _PairBook(pairs, focus)
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
                d = _fill(d, book)
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
                if d.source_own and d.source_country is None and d.stance != "condemns":
                    d.source_country = d.sender  # "the defence ministry said" in a story about its troops
                home = self.t.lexicon.raw.get("home_state")
                if d.source_own and d.source_country is None and d.stance == "condemns" and home not in (None, d.sender, d.host):
                    # "외교부는 ... 규탄했다": the press of a language of one state names its own government bare
                    d.source_country = home
                if wire and d.source == "the outlet":
                    d.source, d.source_country = wire  # "新华社北京9月18日电": the wire agency reports it
                if (inherited or d.explicit < 2) and _count_of_previous(d, previous):
                    counted_back.append(d)  # still a claim sentence for the story's score
                    continue  # "Ghana will send soldiers to Mali. The 450-strong unit ...": one claim, counted
                resolved.append(d)
            if resolved:
                previous = [r for r in resolved if r.stance != "denies"] or previous
            unplaced = senders if drafts and not resolved else []
            claims += resolved
        _people_of_next_sentence(self.text, self.spans(self.text)[0], claims, tags, numbers,
                                 self.t.lexicon.raw.get("head_counters") or (),
                                 lambda a, b, inside: find_source(self.sub_context(self.text, a, b, inside), set()))
        negatives = [t for t in tags if t.cat in ("domestic", "negative")]
        score = deployment_score(claims + counted_back, title_drafts, pairs, negatives, len(self.spans(self.text)[0]))
        cues = _cues(tags, negatives)
        old_years = _history_years(self.text, claims + counted_back, self.published, self.lang, self.t.lexicon.troop_regex,
                                   self.t.lexicon.raw.get("year_preps") or (), self.background)
        if old_years:  # a history piece: every dated claim sentence is about a long-past year
            cues.append({"kind": "negative", "cue": "history", "text": ", ".join(old_years), "start": None,
                         "end": None})
        is_story = bool(claims) and score >= DETECTION_THRESHOLD and not old_years
        out = [_claim_dict(d, self.text, score) for d in _dedupe(claims)] if is_story else []
        return Analysis(self.lang, True, is_story, round(score, 3), cues, out)


# Years in running text, also glued to CJK counters (1945年): lookarounds rather than \b; not the
# thousands of a CJK number (1万2000, 1만 2000) nor a head count (2000名, 2000명).
# ... nor the first bound of a CJK range of heads (约2000至3000名, 2000~3000명)
_YEAR = re.compile(r"(?<![\d.,万萬千亿億만천])(?<![万萬만] )(1[89]\d\d|20\d\d)(?![\d.,]\d)(?!\s?[名人명])(?!\s?[至到~～]\s?\d)")
# "Long-past" (CLAIMS.md: history pieces are not deployment stories): older than this many years
# (a deployment of 2014 is still the background of today's news; the Gulf War is history).
HISTORY_YEARS = 20


@functools.lru_cache(maxsize=None)
def _abbreviation_run(closing: str | None, letters: tuple) -> re.Pattern | None:
    """The enumeration of one-character abbreviations closed by "(N) states" (`_listed_abbreviations`),
    compiled once per language, not per sentence."""
    if not letters or not closing:
        return None
    item = "[" + "".join(re.escape(str(c)) for c in letters) + "]"
    return re.compile(rf"(?<![\u3400-\u9fff]){item}(?:[、和与與及]{item})+(?={closing})")


@functools.lru_cache(maxsize=1)
def _since_words() -> dict:
    return yaml.load((DATA / "history.yaml").read_text(encoding="utf-8"), Loader=yaml.SafeLoader)


@functools.lru_cache(maxsize=None)
def _month_names(lang: str) -> tuple[str, ...]:
    """Month names from CLDR, lower-cased, wide and abbreviated, in both grammatical forms."""
    from babel import Locale

    months = Locale.parse(lang).months
    names = {n.lower().rstrip(".") for ctx in ("format", "stand-alone") for width in ("wide", "abbreviated")
             for n in months.get(ctx, {}).get(width, {}).values()}
    return tuple(n for n in names if len(n) >= 3)


def _after_month(text: str, start: int, lang: str) -> bool:
    before = text[max(0, start - 14):start].lower().rstrip(" .,")
    return before.endswith(_month_names(lang))


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _strip_skip(before: str, lang: str) -> str:
    """The text before a year or war without the words that may follow a since-word ("since the end of")."""
    skip = sorted(_since_words().get("since_skip", {}).get(lang) or (), key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for w in skip:
            w = w.lower()
            if before == w or before.endswith((" " + w, "'" + w, "’" + w)) or (w.endswith(("'", "’")) and before.endswith(w)):
                before, changed = before[: len(before) - len(w)].rstrip(), True
                break
    return before


def _ongoing(text: str, start: int, end: int, lang: str) -> bool:
    """Is the year at text[start:end] the start of something still going on ("since 2003")?"""
    words = _since_words()
    before = _strip_skip(text[max(0, start - 40):start].lower().rstrip(), lang)
    after = text[end:end + 16].lower()
    if _YEAR.search(after):
        return False  # "1964년부터 1973년까지", "from 1964 to 1973": a closed span, its end year decides
    return (any(before.endswith(w) for w in words["since_before"].get(lang, ()))
            or any(after.lstrip().startswith(w.lstrip("'")) or after.startswith(w)
                   for w in words["since_after"].get(lang, ())))


# Verb-final languages put "since" after the dated event's noun phrase: "1995年のデイトン合意以降",
# "1953년 한미상호방위조약 체결 이후" (the year is not right before the since word).
_SINCE_EVENT_LANGS = frozenset({"ja", "ko"})
_SINCE_EVENT_SPAN = 24


def _since_event(text: str, end: int, s1: int, lang: str) -> bool:
    """A since word (history.yaml since_war_after) closes the phrase that the year at `end` opens,
    within a few words and before any punctuation."""
    if lang not in _SINCE_EVENT_LANGS:
        return False
    span = re.split(r"[、,。，；;:()（）「」]", text[end:min(s1, end + _SINCE_EVENT_SPAN)], maxsplit=1)[0]
    words = _since_words().get("since_war_after", {}).get(lang) or ()
    return any(w in span for w in words if len(w) >= 2)


@functools.lru_cache(maxsize=1)
def _numbers_data() -> dict:
    return yaml.safe_load((DATA / "numbers.yaml").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=None)
def _number_words(lang: str) -> dict:
    words = (_numbers_data().get(lang) or {}).get("words") or {}
    return {str(k).lower(): v for k, v in words.items()}


@functools.lru_cache(maxsize=None)
def _elapsed_patterns(lang: str) -> tuple[re.Pattern, ...]:
    """history.yaml `elapsed` framings as regexes whose group `n` is the number of years: digits, or
    the language's number words (numbers.yaml)."""
    from .mentions.terms import NO_SPACE_LANGS

    words = _number_words(lang)
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # number words may join ("seventy-five", "twenty five"): their values add up
    number = r"(?P<n>(?<!\d)\d{1,3}(?!\d)" + (rf"|(?<!\w)(?:{alts})(?:[-\s](?:{alts}))*(?!\w)" if alts else "") + ")"
    out = []
    for t in _since_words().get("elapsed", {}).get(lang) or ():
        head, _, tail = str(t).lower().partition("{n}")
        piece = lambda x: r"\s*".join(re.escape(w) for w in x.split(" "))
        lead = "" if lang in NO_SPACE_LANGS or not head or not head[0].isalpha() else r"(?<!\w)"
        glue = r"\s*" if head.endswith(" ") else ""
        out.append(re.compile(lead + piece(head.strip()) + glue + number + (r"\s*" if tail.startswith(" ") else "")
                              + piece(tail.strip()), re.IGNORECASE))
    return tuple(out)


def _elapsed_years(text: str, s0: int, s1: int, lang: str, now_year: int) -> list[tuple[int, int, int]]:
    """(year, start, end) for "75 years ago", "vor 75 Jahren", "撤退して50年" in text[s0:s1]: the year
    that many years before publication."""
    rx = _elapsed_any(lang)
    if rx is not None and not rx.search(text, s0, s1):
        return []  # (most sentences)
    words = _number_words(lang)
    out = []
    for rx in _elapsed_patterns(lang):
        for m in rx.finditer(text, s0, s1):
            n = m.group("n")
            value = int(n) if n.isdigit() else sum(words.get(w, 0) for w in re.split(r"[-\s]+", n.lower()))
            if value:
                out.append((now_year - value, m.start(), m.end()))
    return out


def _needing(literals) -> re.Pattern | None:
    """A prefilter: each pattern it stands for holds one of these words, matched as they are there
    (IGNORECASE), so a sentence where none occurs needs no scan by the patterns, which all begin with
    costly alternations. None when some pattern holds no word."""
    if not literals or not all(literals):
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(set(literals), key=len, reverse=True)), re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _elapsed_any(lang: str) -> re.Pattern | None:
    """_elapsed_patterns' prefilter: the longest word of each framing's text around {n}."""
    words = [str(t).lower().replace("{n}", " ").split(" ") for t in _since_words().get("elapsed", {}).get(lang) or ()]
    return _needing([max(ws, key=len) for ws in words])


@functools.lru_cache(maxsize=None)
def _war_any(lang: str) -> re.Pattern | None:
    """_war_patterns' prefilter: the longest word (less its stem mark) of each war's name."""
    names = [str(n).split(" ") for ns in (_since_words().get("past_wars") or {}).values() for n in ns.get(lang) or ()]
    return _needing([max((w.rstrip("*") for w in ws), key=len) for ws in names])


@functools.lru_cache(maxsize=None)
def _war_patterns(lang: str) -> tuple[tuple[int, re.Pattern], ...]:
    from .mentions.terms import NO_SPACE_LANGS

    out = []
    for year, names in (_since_words().get("past_wars") or {}).items():
        alts = []
        for name in names.get(lang) or ():
            alts.append(r"\s*".join(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "")
                                     for w in str(name).split(" ")))
        if alts:
            edge = "" if lang in NO_SPACE_LANGS and lang != "ko" else r"(?<!\w)"
            out.append((int(year), re.compile(edge + "(?:" + "|".join(alts) + ")", re.IGNORECASE)))
    return tuple(out)


def _war_years(text: str, s0: int, s1: int, lang: str) -> list[tuple[int, int, int, bool]]:
    """(year it began, start, end, ongoing) for each long-past war named in text[s0:s1]; ongoing when a
    since-word makes it the start of something still going on."""
    rx = _war_any(lang)
    if rx is not None and not rx.search(text, s0, s1):
        return []
    words = _since_words()
    befores = [w.lower() for w in (words["since_before"].get(lang) or []) + (words.get("since_war_before", {}).get(lang) or [])]
    afters = [w.lower() for w in words.get("since_war_after", {}).get(lang) or ()]
    out = []
    for year, rx in _war_patterns(lang):
        for m in rx.finditer(text, s0, s1):
            before = _strip_skip(text[max(s0, m.start() - 40):m.start()].lower().rstrip(), lang)
            before = re.sub(r"[\d\s–-]+$", "", before) if re.search(r"\d$", before) else before  # "since the 1950-53 Korean War"
            before = _strip_skip(before.rstrip(), lang)
            after = text[m.end():m.end() + 16].lower().lstrip()
            ongoing = any(before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalpha()
                                                  or lang in ("zh", "ja")) for w in befores) \
                or any(after.startswith(w) or after.startswith(w.lstrip("'")) for w in afters)
            out.append((year, m.start(), m.end(), ongoing))
    return out


@functools.lru_cache(maxsize=None)
def _present_pattern(lang: str) -> re.Pattern | None:
    from .mentions.terms import NO_SPACE_LANGS

    words = sorted(_since_words().get("present", {}).get(lang) or (), key=len, reverse=True)
    if not words:
        return None
    edge = ("", "") if lang in NO_SPACE_LANGS else (r"(?<!\w)", r"(?!\w)")
    return re.compile(edge[0] + "(?:" + "|".join(re.escape(str(w)) for w in words) + ")" + edge[1], re.IGNORECASE)


def _in_present(sentence: str, lang: str) -> bool:
    """Does a history.yaml `present` word ("still", "today", 現在も) set the sentence in the present?"""
    rx = _present_pattern(lang)
    return bool(rx and rx.search(sentence))


def _history_years(text: str, claims, published, lang: str, troop_regex, year_preps=(), background=()) -> list[str]:
    """The old years when the article's claims are about the distant past, else [].

    A history piece dates most of its claim sentences, and only with long-past years. A year that
    starts something still going on ("stationed there since 2003") or any recent year keeps the
    article current.
    """
    if not claims:
        return []
    now_year = published.year if published else date.today().year
    sentences = {(d.evidence_start, d.evidence_end) for d in claims}
    dated, old = 0, set()
    for s0, s1 in sentences:
        years = [(int(m.group(1)), m.start(1) + s0, m.end(1) + s0) for m in _YEAR.finditer(text[s0:s1])]
        # "Sri Lanka, yang mula menyertai misi PBB pada 2004, menghantar ...": a relative clause's year
        # dates its background, not the sentence's claim
        years = [(y, a, b) for y, a, b in years if not any(c0 <= a and b <= c1 for c0, c1 in background)]
        # "2000 военных", "2000 soldiers" is a head count, unless a month names it a year ("November 1945 pasukan")
        # ... and so is a number a claim of the sentence counts ("3000 في قطر و2000 في العراق"), unless a
        # year preposition says it is a year ("En 1898, tropas ...")
        counts = {d.count for d in claims if (d.evidence_start, d.evidence_end) == (s0, s1)}
        preps = {w.lower() for w in year_preps}
        after_prep = lambda a: (re.findall(r"\w+", text[max(s0, a - 20):a]) or [""])[-1].lower() in preps
        years = [(y, a, b) for y, a, b in years if _after_month(text, a, lang) or (
                 not troop_regex.match(text, _skip_space(text, b)) and (y not in counts or after_prep(a)))]
        years = [(y, a, b) for y, a, b in years if not _founding_year(text, s0, s1, a, b, lang)
                 and not _document_year(text, s0, s1, a, b, lang)
                 and not _since_clause_year(text, s0, a, lang)]
        # "vor 75 Jahren", "6·25전쟁 당시": a framing or a long-past war dates the sentence too
        framed = [(y, a, b, False) for y, a, b in _elapsed_years(text, s0, s1, lang, now_year)]
        framed += _war_years(text, s0, s1, lang)
        if framed and _in_present(text[s0:s1], lang):
            return []  # "25 years since they first deployed, where 500 remain today"
        if years and any(_in_present(c, lang) and troop_regex.search(c) for c in _CLAUSE_PUNCT.split(text[s0:s1])):
            return []  # "Cinquante ans après l'invasion de 1974, la Turquie stationne encore 30 000 militaires"
        if not years and not framed:
            continue
        if any(y > now_year - HISTORY_YEARS or _ongoing(text, a, b, lang) for y, a, b in years):
            return []
        if any(_since_event(text, b, s1, lang) for _, _, b in years) and _in_present(text[s0:s1], lang):
            return []  # "1953년 ... 조약 체결 이후 ... 현재": since a dated event, still so today
        if any(y > now_year - HISTORY_YEARS or ongoing for y, _, _, ongoing in framed):
            return []
        dated += 1
        old.update(str(y) for y, _, _ in years)
        old.update(str(y) for y, _, _, _ in framed)
    return sorted(old) if dated and dated * 2 >= len(sentences) else []


_CLAUSE_PUNCT = re.compile(r"[;:()\u060c，；：（）]|(?<!\d),|,(?!\d)")  # (not the comma of "28,500")
_TASHKEEL = re.compile(r"[\u064b-\u0652\u0670]")


def _founding_year(text: str, s0: int, s1: int, a: int, b: int, lang: str) -> bool:
    """The year of a founding ("which was set up in 1978", "التي أُنشئت عام 1978", "die 1978 gegründete",
    "1978年成立的"): a history.yaml `founded` word at most three words before the year, or right after it.
    It dates when a mission or body began, not the claim."""
    return _year_beside(text, s0, s1, a, b, lang, "founded", 1)


def _document_year(text: str, s0: int, s1: int, a: int, b: int, lang: str) -> bool:
    """The year that names an agreement or resolution ("the 1974 disengagement agreement", "l'accord
    de 1974", "соглашения 1974 года"): a history.yaml `documents` word beside it. A condemnation that
    cites an old treaty is about today's deployment, not a history piece."""
    return _year_beside(text, s0, s1, a, b, lang, "documents", 2)


def _year_beside(text: str, s0: int, s1: int, a: int, b: int, lang: str, key: str, after_n: int) -> bool:
    """A history.yaml `key` word at most four words before the year, or within `after_n` words after it
    (a few characters either side in languages without spaces)."""
    from .mentions.terms import NO_SPACE_LANGS

    words = tuple(str(w).lower() for w in (_since_words().get(key, {}).get(lang) or ()))
    if not words:
        return False
    if lang in NO_SPACE_LANGS:
        near = text[max(s0, a - 8):a] + " " + text[b:min(s1, b + 8)]
        return any(w in near for w in words)
    plain = lambda t: _TASHKEEL.sub("", t.lower())  # "أُنشئت" is "أنشئت" with a vowel mark
    words = tuple(plain(w) for w in words)
    before = re.findall(r"[\w'’-]+", plain(text[max(s0, a - 60):a]))[-4:]
    after = re.findall(r"[\w'’-]+", plain(text[b:min(s1, b + 40)]))[:after_n]
    seq = before + after
    return any(" ".join(seq[i:i + len(w.split())]).startswith(w) for w in words for i in range(len(seq)))


_SINCE_CLAUSE_WORDS = 8
_CLAUSE_STOP = re.compile(r"[,;:()\u060c]")


def _since_clause_year(text: str, s0: int, a: int, lang: str) -> bool:
    """The year of an event in a since-clause ("the most since the country joined NATO in 1999"): a
    history.yaml `since_clause` word a few words before the year, in the same clause, with words
    between (a bare "since 1999" is `since_before`'s). It marks the start of a span up to now."""
    words = _since_words().get("since_clause", {}).get(lang) or ()
    if not words:
        return False
    before = text[max(s0, a - 120):a]
    stop = list(_CLAUSE_STOP.finditer(before))
    before = before[stop[-1].end():] if stop else before
    low = before.lower()
    for w in sorted((str(w).lower() for w in words), key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(w) + (r"(?!\w)" if w[-1].isalnum() else ""), low):
            between = re.findall(r"\w+", low[m.end():])
            if 1 <= len(between) <= _SINCE_CLAUSE_WORDS:
                return True
    return False


_NAME_OPENER = re.compile("[\\s'\"‘’‚„“«»]")  # what may stand between a noun and the name it gives
_CAPITALISED_RUN = re.compile(r"(?:[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’-]*\s)+$")


_OPEN_QUOTES, _CLOSE_QUOTES = "«“„\"「『‹", "»”\"」』›"
_OPEN_QUOTE = re.compile("[" + re.escape(_OPEN_QUOTES) + "]")


def _quoted_with_more(text: str, s0: int, s1: int, a: int, b: int) -> bool:
    """The name a..b stands inside quotation marks together with other words or a number ("«البرج 22»",
    "the “Camp Lemonnier 2” site"): the quoted whole names a site or an operation, not the town."""
    if not _OPEN_QUOTE.search(text, max(s0, a - 30), a):
        return False  # (most names: no quotation mark opens before them)
    left = text[max(s0, a - 30):a]
    i = max(left.rfind(q) for q in _OPEN_QUOTES)
    if i < 0 or any(q in left[i + 1:] for q in _CLOSE_QUOTES if q != left[i]):
        return False
    right = text[b:min(s1, b + 30)]
    j = min((k for k in (right.find(q) for q in _CLOSE_QUOTES) if k >= 0), default=-1)
    if j < 0:
        return False
    rest = (left[i + 1:] + " " + right[:j]).strip()
    # (a short name only: a quoted sentence that names a town is speech, "“We flew to Gao,” he said")
    return bool(re.search(r"\w", rest)) and not re.search(r"[,.;:!?]", rest) and len(re.findall(r"\w+", rest)) <= 3


_NOUNS_CAPITALISED = frozenset({"de"})  # "in der Grenzregion Kassala Gefechte": every noun has a capital
_CAPITALISED_BEFORE = re.compile(r"(?<![\w.])([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+) $")
_CAPITALISED_AFTER = re.compile(r" [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\b")


def _inside_proper_name(text: str, s0: int, a: int, b: int, taken) -> bool:
    """A city's name between two capitalised words that are no names we know, the first not opening the
    sentence ("Troels Lund Poulsen", "Jean Nancy Dupont"), is part of a longer proper name."""
    before = _CAPITALISED_BEFORE.search(text, max(s0, a - 30), a)
    after = _CAPITALISED_AFTER.match(text, b)
    if before is None or after is None or before.start(1) == s0 or not text[s0:before.start(1)].strip():
        return False
    return not any(s < a and e > before.start(1) or s < after.end() and e > b for s, e in taken)


def _named_by_exercise(text: str, start: int, stags, end: int | None = None) -> bool:
    """"Latihan Taming Sari", "Exercise Cobra Gold", "Opération Barkhane": a capitalised run opened by a
    capitalised exercise or operation noun is that exercise's name; a city spelt like one of its words
    is no place."""
    run = _CAPITALISED_RUN.search(text, max(0, start - 60), start)
    if run is not None and any(t.cat == "action" and t.value in ("training", "combat") and t.text[:1].isupper()
                               and run.start() <= t.start < start and not text[run.start():t.start].strip()
                               for t in stags):
        return True
    # "l'exercice Orion", "no exercício Orion 25", "an der Übung ‚Pilum 25‘": the exercise noun in lower
    # case (or a German noun) right before the capitalised name, past an opening quote at most
    opened = run.start() if run is not None else start
    if any(t.cat == "action" and t.value == "training" and t.end <= opened
           and not _NAME_OPENER.sub("", text[t.end:opened]) for t in stags):
        return True
    # "the Northern Forest exercise", "Kuzey Kalkan tatbikatı": a capitalised run of two words or more
    # that a lower-case exercise noun closes names the exercise (the city's name is not its first word)
    return end is not None and run is not None and any(
        t.cat == "action" and t.value == "training" and t.text[:1].islower() and t.start > end
        and not text[end:t.start].strip() for t in stags)


# Categories a word of which the matcher would tag on its own, were it not inside a longer phrase
_TAIL_CATS = ("possessives",)  # (a pronoun there, "their", would make the sender the speaker)


def _tail_possessives(tags: list[Tag], raw: dict) -> list[Tag]:
    """"more of its forces", "de ses soldats", "из своих войск": the possessive that ends a longer
    phrase (of_whole "of its") still says whose the troops are; tag it on its own as well."""
    words = {cat: {str(w).lower() for w in raw.get(cat) or ()} for cat in _TAIL_CATS}
    out = []
    for t in tags:
        if t.cat != "of_whole" or " " not in t.text.strip():
            continue
        last = t.text.rstrip().rsplit(" ", 1)[-1]
        a = t.start + t.text.rstrip().rfind(last)
        out += [Tag(a, a + len(last), last, cat, None) for cat in _TAIL_CATS if last.lower() in words[cat]]
    return out


def _inner_more(tags: list[Tag], matcher: TermMatcher) -> list[Tag]:
    """"additional troops", "zusätzliche Soldaten", "قوات إضافية": a word of "more" (lexicon `more`) inside a
    reinforcement noun still says the troops come in addition (not "rotation", "new troops"); tag it too."""
    out = []
    for t in tags:
        if t.cat != "reinforcement":
            continue
        words = list(_WORD_RUN.finditer(t.text))
        out += [Tag(t.start + w.start(), t.start + w.end(), w.group(), "more", None) for w in words
                if len(words) > 1 and ("more", None) in matcher.lookup(w.group())]
    return out


_PLACE_WORDS: dict[int, tuple] = {}


def _place_words(lexicon: Lexicon) -> tuple[frozenset, tuple, str]:
    """place_tags' words of a language, read from its lexicon once: the place prepositions (lower
    case, one word), the place particles and the language's own letters."""
    key = id(lexicon)
    if key not in _PLACE_WORDS:
        raw = lexicon.raw
        preps = frozenset(str(w).lower() for k in ("host_before", "near_place") for w in raw.get(k) or ()
                          if " " not in str(w))
        _PLACE_WORDS[key] = (preps, tuple(str(w) for w in raw.get("place_particles") or ()),
                             str(raw.get("own_letters") or ""), lexicon)  # (the lexicon kept: its id stays its own)
    return _PLACE_WORDS[key][:3]


def _datelines(text: str, troops: re.Pattern | None = None) -> list[tuple[int, int]]:
    spans = []
    for m in _DATELINE.finditer(text):
        # (a dateline names where the story was filed, never troops: "Кения предоставила 3500 военных, Уганда — 6000")
        if len(m.group(0).split()) <= _MAX_DATELINE_WORDS and not (troops and troops.search(m.group(0))):
            spans.append((m.start(), m.end()))
    return spans


def _within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does one of the sorted, non-overlapping spans contain start..end?"""
    i = bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _inside(pos: int, spans) -> bool:
    """Is pos inside one of the sorted, non-overlapping spans (datelines)?"""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


class _PairBook:
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


def _fill(d: Draft, book: _PairBook) -> Draft | None:
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


def _people_of_next_sentence(text: str, spans, claims: list[Draft], tags, numbers, counters,
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
        if any((t.cat in _TROOP_CATS and not _beside(text, t, speech)) or (t.cat == "mention" and (t.value.kind == "force" or t.value.code not in (d.sender, d.host)))
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


def _dedupe(claims: list[Draft]) -> list[Draft]:
    best: dict = {}
    for d in claims:
        # who condemns or denies is the point of such a claim, so each speaker keeps its own
        speaker = d.source_country if d.stance in ("condemns", "denies") else None
        key = (d.sender, d.host, d.claim_type, d.stance, d.count, speaker)
        if key not in best or _specificity(d) > _specificity(best[key]):
            best[key] = d
    return sorted(best.values(), key=lambda d: d.evidence_start)


def _claim_dict(d: Draft, text: str, score: float) -> dict:
    conf = min(1.0, 0.4 + 0.15 * d.explicit + 0.1 * (d.count is not None) + 0.2 * score)
    return {"sender": d.sender, "host": d.host, "location": d.location, "count": d.count,
            "count_qualifier": d.count_qualifier, "claim_type": d.claim_type, "stance": d.stance,
            "source": d.source, "source_country": d.source_country, "event_date": d.event_date,
            "evidence": text[d.evidence_start:d.evidence_end], "evidence_start": d.evidence_start,
            "evidence_end": d.evidence_end, "confidence": round(conf, 3)}


def _cues(tags: list[Tag], negatives: list[Tag]) -> list[dict]:
    keep = [t for t in tags if t.cat in ("troops", "action", "speech")][:40] + negatives[:20]
    return [{"kind": t.cat if t.cat != "action" else f"action:{t.value}", "cue": t.text.lower(), "text": t.text,
             "start": t.start, "end": t.end} for t in sorted(keep, key=lambda t: t.start)]
