"""Compile word lists into one fast regex per language and look matches back up.

Python's `re` tries alternatives one by one, so a plain `a|b|c...` over thousands of names is slow;
folding the words into a trie first makes the regex branch on one character at a time. No library
in our stack does this together with per-language word boundaries, so it is written here.

Term syntax in the data files: `word` matches the whole word, `stem*` matches any word beginning
with stem. Short all-capital terms (AS, US, TNI) match case-sensitively so "as"/"us" never count;
`=Name` forces a case-sensitive match.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Scripts without spaces: a term may sit anywhere inside a run of characters.
NO_SPACE_LANGS = frozenset({"ja", "zh", "ko"})
# Arabic glues conjunctions and prepositions to the next word (wa-, fa-, bi-, li-, ka-).
_AR_CLITICS = r"(?:[وف]?[بلك]?)"
# Turkish suffixes on proper names follow an apostrophe: Libya'ya, Türkiye'nin.
_TR_SUFFIX = r"(?:['’]\w+)?"
_LOOKUP_MEMO = 20_000  # surfaces whose payloads a matcher remembers


@dataclass(frozen=True)
class TermMatch:
    start: int
    end: int
    surface: str
    payloads: tuple


def _core_span(m: re.Match) -> tuple[int, int]:
    return m.span("core")


def fold(text: str) -> str:
    """Lower case without splitting Turkish dotted İ into i + combining dot (which no regex matches)."""
    return text.replace("İ", "i").lower()


def is_case_sensitive(term: str) -> bool:
    core = term.rstrip("*")
    return core.isupper() and len(core) <= 6 and any(c.isalpha() for c in core)


def _ar_li_forms(entries) -> list[tuple[str, object]]:
    """Arabic "li-" before the article drops its alif: "للأردن" (Jordan has / for Jordan) is ل + الأردن,
    "للقوات" ل + القوات; the glued form is a term of its own, with the same payload."""
    return [("لل" + term.strip()[2:], payload) for term, payload in entries
            if term.strip().startswith("ال") and len(term.strip()) > 3]


def _trie_pattern(words: dict[str, str], tail_exact: str) -> str:
    """words: literal -> 'exact'|'stem'. Longest alternatives come first so the regex prefers them."""
    trie: dict = {}
    for word, mode in words.items():
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = mode if node.get("") != "stem" else "stem"
    return _node_pattern(trie, tail_exact)


def _node_pattern(node: dict, tail_exact: str) -> str:
    # a "*" inside a term ("Южн* Коре*") lets that word take any ending
    alts = [(r"\w*" if ch == "*" else re.escape(ch)) + _node_pattern(child, tail_exact)
            for ch, child in sorted(node.items()) if ch]
    end = node.get("")
    if end == "stem":
        alts.append(r"\w*")
    elif end == "exact":
        alts.append(tail_exact)
    if len(alts) == 1:
        return alts[0] if alts[0] else ""
    return "(?:" + "|".join(alts) + ")"


class TermMatcher:
    """Finds every listed term in a text; each hit carries the payloads registered for it."""

    def __init__(self, entries: list[tuple[str, object]], lang: str, word_start: bool = False,
                 stem_shy: tuple = (), lead_cats: tuple = ()):
        """word_start: in Korean a name begins a word (particles follow it), so 평양 is not inside 태평양.
        stem_shy: payload categories (a payload's first item) whose exact word takes no stem's meaning
        beside its own: a formation named "Gefechtsverband" or "battlegroup" is no "Gefecht*" or "battle*".
        lead_cats: payload categories whose terms open a phrase ("이 보도", "this report"): in a script
        without word boundaries they still begin a word (in "방송이 보도했다" 이 is a particle)."""
        self.lang = lang
        self.stem_shy = tuple(stem_shy)
        self.word_start = word_start
        self._exact: dict[str, list] = {}
        self._stems: dict[str, list] = {}
        self._inner: list[tuple[re.Pattern, list]] = []  # terms with a "*" inside: "Южн* Коре*"
        self._looked_up: dict[str, tuple] = {}  # surface -> lookup(surface): the same words recur in every text
        cs_words: dict[str, str] = {}
        ci_words: dict[str, str] = {}
        lead_cs: dict[str, str] = {}
        lead_ci: dict[str, str] = {}
        if lang == "ar":
            entries = list(entries) + _ar_li_forms(entries)
        for term, payload in entries:
            term = term.strip()
            if not term or term == "*":
                continue
            forced = term.startswith("=")  # "=Kabul": proper name, never the Turkish word "kabul"
            term = term.lstrip("=")
            stem = term.endswith("*")
            core = term.rstrip("*")
            cs = forced or is_case_sensitive(term)
            key = core if cs else fold(core)
            if "*" in core:
                rx = "".join(r"\w*" if c == "*" else re.escape(c) for c in core) + (r"\w*" if stem else "")
                self._inner.append((re.compile(rx, 0 if cs else re.IGNORECASE), [payload]))
            else:
                (self._stems if stem else self._exact).setdefault(key, []).append(payload)
            # (only a phrase written with a space: ja/zh terms have none and may sit anywhere)
            lead = lang in NO_SPACE_LANGS and " " in core and isinstance(payload, tuple) and payload[:1] \
                and payload[0] in lead_cats
            target = (lead_cs if cs else lead_ci) if lead else (cs_words if cs else ci_words)
            mode = "stem" if stem else "exact"
            if target.get(key) != "stem":
                target[key] = mode
        self.regex = self._compile(cs_words, ci_words)
        self._patterns += [re.compile(r"(?<!\w)(?P<core>" + _trie_pattern(w, "") + ")", 0 if w is lead_cs else re.IGNORECASE)
                           for w in (lead_cs, lead_ci) if w]

    def _compile(self, cs_words, ci_words) -> re.Pattern | None:
        if self.lang in NO_SPACE_LANGS:
            before, tail = (r"(?<!\w)" if self.word_start else ""), ""
        elif self.lang == "tr":
            before, tail = r"(?<!\w)", _TR_SUFFIX + r"(?!\w)"
        elif self.lang == "ar":
            before, tail = r"(?<!\w)" + _AR_CLITICS, r"(?!\w)"
        else:
            before, tail = r"(?<!\w)", r"(?!\w)"
        # case-sensitive and -insensitive terms in two patterns, so that at one place the longer term
        # wins whichever list it is in ("Sudão do Sul" over the short form "=Sudão")
        cs = _trie_pattern(cs_words, tail) if cs_words else None
        ci = _trie_pattern(ci_words, tail) if ci_words else None
        self._patterns = ([re.compile(before + "(?P<core>" + cs + ")")] if cs else []) + (
            [re.compile(before + "(?P<core>" + ci + ")", re.IGNORECASE)] if ci else [])
        # one pattern for "is any term here" (the troop-word prefilter)
        either = "|".join(p for p in ("(?-i:" + cs + ")" if cs else None, ci) if p)
        return re.compile(before + "(?P<core>" + either + ")", re.IGNORECASE) if either else None

    def lookup(self, surface: str) -> tuple:
        """Payloads of the term that produced `surface`: the exact word's, plus the longest stem's when
        that adds other meanings ("fighting" is a war word and, by "fight*", a combat verb)."""
        exact = self._exact_payloads(surface)
        if exact:
            shy = self.stem_shy and any(isinstance(p, tuple) and p and p[0] in self.stem_shy for p in exact)
            extra = self._stem_payloads(surface) if self._stems and not shy else ()
            return tuple(exact) + tuple(p for p in extra if p not in exact)
        for rx, payloads in self._inner:  # before plain stems: "Южной Корее" is more than "Южн*"
            if rx.fullmatch(surface):
                return tuple(payloads)
        return self._stem_payloads(surface)

    def _exact_payloads(self, surface: str) -> list:
        base = re.split(r"['’]", surface, maxsplit=1)[0]
        for key in (surface, fold(surface), base, fold(base)):
            if key in self._exact:
                return self._exact[key]
        return []

    def _stem_payloads(self, surface: str) -> tuple:
        for cand in (surface, fold(surface)):
            for n in range(len(cand), 0, -1):
                if cand[:n] in self._stems:
                    return tuple(self._stems[cand[:n]])
        return ()

    def find(self, text: str) -> list[TermMatch]:
        if self.regex is None:
            return []
        out, taken_to = [], -1
        # (start, -end) of each hit: the longer of two at one place first; a hit is its span's text
        hits = sorted((a, -b) for rx in self._patterns for a, b in map(_core_span, rx.finditer(text)))
        for start, minus_end in hits:
            if start < taken_to:
                continue  # inside a longer term found at the same or an earlier place
            end = -minus_end
            surface = text[start:end]
            payloads = self._looked_up.get(surface)
            if payloads is None:
                if len(self._looked_up) >= _LOOKUP_MEMO:
                    self._looked_up.clear()  # (bounded: a stem's surfaces are any word that starts with it)
                payloads = self._looked_up[surface] = self.lookup(surface)
            if not payloads:
                # a stem matched shorter than the exact key (e.g. tail pattern); retry on the stem part
                continue
            out.append(TermMatch(start, end, surface, payloads))
            taken_to = end
        return out
