"""The driver of article-level analysis: is this a foreign-deployment story, and which claims does it make.

Analyzer.load() compiles every matcher once, or reads them from the cache of an earlier build (call
it in DoFn.setup, or Analyzer.shared() to share one per process); analyze() is then cheap. Flow
(_ArticleRun.run): language -> prefilter (one troop-word regex) -> tag the whole text once (mentions/)
-> drafts per sentence, per clause (frames/) -> the article's pair book and resolution of what each
sentence leaves out, counts from the sentence after (document/resolution.py) -> score
(detection/story_score.py) -> history check (document/history.py) -> dedupe -> claims. What stays
here is the driver and the tagging of one text: datelines, names inside longer names, place tags.
"""
from __future__ import annotations

import functools
import re
import threading
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import asdict, dataclass, field

import yaml

from transforms.language import is_supported, normalise_language, resolve_language

from .budget import AnalysisBudget, BudgetMeter
from .detection.story_score import deployment_score
from .document.history import history_years
from .document.resolution import Resolution, dedupe, pair_book, people_of_next_sentence
from .frames.clauses import appositive_of_state, relative_clauses
from .frames.context import TROOP_CATS
from .frames.sentence_claims import Draft, SentenceContext, Tag, sentence_drafts
from .frames.sources import find_source
from .mentions.dates import DateFinder, as_date, calendar_words, load_relative
from .mentions.gazetteer import BODIES, DATA, Entity, capital_names, mention_entries, use_capital_names
from .mentions.lexicon import Lexicon, common_words, load_lexicon
from .mentions.numbers import NumberFinder
from .mentions.places import PlaceIndex
from .mentions.sentences import split_sentences
from .mentions.separable import split_verb_tags
from .mentions.terms import TermMatcher

CLAIM_FIELDS = ("sender", "host", "location", "count", "count_qualifier", "claim_type", "stance", "source",
                "source_country", "event_date", "evidence", "evidence_start", "evidence_end", "confidence")
DETECTION_THRESHOLD = 0.5
# the most a sentence that only says who said it may hold: words, or characters in ja and zh
ATTRIBUTION_SIZE = {"ja": 30, "zh": 24}
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
    def __init__(self, tools: dict[str, _LangTools], places: PlaceIndex, capitals: dict[str, str]):
        self._tools = tools
        self._places = places
        self._capitals = capitals  # (cached with the rest: see gazetteer.use_capital_names)

    @classmethod
    def load(cls, languages=None) -> "Analyzer":
        """The analyzer for `languages` (default: every supported one), read from the cache of a
        previous build when one matches the data files (transforms/nlp/cache.py), else built."""
        from . import cache

        langs = _language_list(languages)
        analyzer = cache.load_or_build(lambda: cls.build(langs), langs)
        use_capital_names(analyzer._capitals)
        return analyzer

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
        return cls(tools, PlaceIndex(), capital_names())

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
            troop_like = [t for t in stags if t.cat in TROOP_CATS or (t.cat == "mention" and t.value.kind == "force")]
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
        if any(t.cat not in ("troops", "mention") for t in troop_like) or any(
                t.cat in ("action", "hosting", "possession") for t in stags):
            return None  # a verb of the claim's own: a claim sentence
        size = (s1 - s0) if self.lang in ("ja", "zh") else len(re.findall(r"\w+", text[s0:s1]))
        if size > ATTRIBUTION_SIZE.get(self.lang, 12):
            return None
        # ("Das kündigte der Minister im Parlament an.": a separable speech verb, stem and particle apart;
        # looked for last, in the few short sentences left)
        stags = stags + [t for t in split_verb_tags(self.sub_context(text, s0, s1, stags)) if t.cat == "speech"]
        if not any(t.cat == "speech" and t.value in ("says", "according_to") for t in stags):
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
        preps, particles, letters = self.t.lexicon.place_words
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
        """The stages, in order: tag the text -> each sentence's drafts (mentions, frames) -> the
        article's pair book -> resolve the drafts into claims (document) -> counts from the sentence
        after -> score (detection) -> history check -> dedupe -> the claims."""
        tags, numbers = self.tag(self.text)
        wire = self.dateline_agency()
        per_sentence = [(s0, s1, d) for s0, s1, d in self.sentence_runs(self.text, tags, numbers)]
        title_tags, title_numbers = self.tag(self.title) if self.title else ([], [])
        title_drafts = [d for _, _, ds in self.sentence_runs(self.title, title_tags, title_numbers) for d in ds]
        book = pair_book(per_sentence, title_drafts, title_tags, self.focus(tags, title_tags))
        claims, counted_back = Resolution(self.text, self.t.lexicon.raw, wire, book).resolve(per_sentence)
        people_of_next_sentence(self.text, self.spans(self.text)[0], claims, tags, numbers,
                                self.t.lexicon.raw.get("head_counters") or (),
                                lambda a, b, inside: find_source(self.sub_context(self.text, a, b, inside), set()))
        negatives = [t for t in tags if t.cat in ("domestic", "negative")]
        score = deployment_score(claims + counted_back, title_drafts, book.pairs, negatives, len(self.spans(self.text)[0]))
        cues = _cues(tags, negatives)
        old_years = history_years(self.text, claims + counted_back, self.published, self.lang, self.t.lexicon.troop_regex,
                                  self.t.lexicon.raw.get("year_preps") or (), self.background)
        if old_years:  # a history piece: every dated claim sentence is about a long-past year
            cues.append({"kind": "negative", "cue": "history", "text": ", ".join(old_years), "start": None,
                         "end": None})
        is_story = bool(claims) and score >= DETECTION_THRESHOLD and not old_years
        out = [_claim_dict(d, self.text, score) for d in dedupe(claims)] if is_story else []
        return Analysis(self.lang, True, is_story, round(score, 3), cues, out)


@functools.lru_cache(maxsize=None)
def _abbreviation_run(closing: str | None, letters: tuple) -> re.Pattern | None:
    """The enumeration of one-character abbreviations closed by "(N) states" (`_listed_abbreviations`),
    compiled once per language, not per sentence."""
    if not letters or not closing:
        return None
    item = "[" + "".join(re.escape(str(c)) for c in letters) + "]"
    return re.compile(rf"(?<![\u3400-\u9fff]){item}(?:[、和与與及]{item})+(?={closing})")



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
