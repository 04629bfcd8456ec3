"""History detection: a story whose every dated claim is about a long-past year is history, not news.

history_years() reads the years of the sentences that hold the article's claims (digits, "75 years
ago" framings, the names of long-past wars) and leaves out those that date no claim: a founding, a
treaty's name, a since-clause, a relative clause's background, a head count. When at least half the
claim sentences are dated and every date is older than HISTORY_YEARS, with nothing said to go on
since then or still today (history.yaml: since-words, present words), the article is a history piece.
"""
from __future__ import annotations

import functools
import re
from datetime import date

import yaml

from ..mentions.gazetteer import DATA
from ..mentions.terms import NO_SPACE_LANGS


# Years in running text, also glued to CJK counters (1945年): lookarounds rather than \b; not the
# thousands of a CJK number (1万2000, 1만 2000) nor a head count (2000名, 2000명).
# ... nor the first bound of a CJK range of heads (约2000至3000名, 2000~3000명)
_YEAR = re.compile(r"(?<![\d.,万萬千亿億만천])(?<![万萬만] )(1[89]\d\d|20\d\d)(?![\d.,]\d)(?!\s?[名人명])(?!\s?[至到~～]\s?\d)")
# "Long-past" (CLAIMS.md: history pieces are not deployment stories): older than this many years
# (a deployment of 2014 is still the background of today's news; the Gulf War is history).
HISTORY_YEARS = 20


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
    words = sorted(_since_words().get("present", {}).get(lang) or (), key=len, reverse=True)
    if not words:
        return None
    edge = ("", "") if lang in NO_SPACE_LANGS else (r"(?<!\w)", r"(?!\w)")
    return re.compile(edge[0] + "(?:" + "|".join(re.escape(str(w)) for w in words) + ")" + edge[1], re.IGNORECASE)


def _in_present(sentence: str, lang: str) -> bool:
    """Does a history.yaml `present` word ("still", "today", 現在も) set the sentence in the present?"""
    rx = _present_pattern(lang)
    return bool(rx and rx.search(sentence))


def history_years(text: str, claims, published, lang: str, troop_regex, year_preps=(), background=()) -> list[str]:
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
