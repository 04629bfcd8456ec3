"""Numbers in news text, whatever the locale: 14.000, 14,000, 14 000, 14k, 14 ribu, 11 тысяч,
mil 115, un millier, 1만 2000, 1万2千, and Arabic-Indic digits.

Written by hand because no library in our stack reads grouped digits and number words in all
fourteen languages at once (babel parses one locale's digits only, and no words).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .terms import TermMatcher

# Arabic-Indic and Persian digits map one-to-one onto ASCII, so character offsets stay valid; so do
# the Arabic thousands separator and decimal point ("١٬٧٠٠" is 1,700, "٢٫٥" is 2.5).
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٬٫", "01234567890123456789,.")
# A separator followed by exactly three digits is grouping (14.000, 14,000, 14 000); otherwise decimal.
# A number glued to a Latin or Cyrillic letter names a thing ("M23", "F-16", "Су-25"), it counts none;
# so does one glued to an Arabic word ("إم23"), though not to a one-letter prefix ("ب300", "بـ300": with 300;
# the tatweel that draws the prefix out is no letter).
_NAMED = r"(?<![A-Za-zÀ-ɏЀ-ӿ])(?<![A-Za-zÀ-ɏЀ-ӿ]-)(?<![\u0620-\u063f\u0641-\u064a\u0671-\u06d3]{2})"
# ... and so does an ordinal ("a 17.ª Força", "o 3.º batalhão", "la 2ª brigada").
_NUMERIC = _NAMED + r"(?:(?<![\d.,])\d{1,3}(?:(?:[.,]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d{3}(?!\d))+(?:[.,]\d+)?|(?<![\d.,])\d+(?:[.,]\d+)?)(?!\d*\.?[ªº])"
_CJK_DIGIT = "〇零一二两三四五六七八九十百千万萬亿億"
_CJK_UNITS = {"十": 10, "百": 100, "백": 100, "千": 1000, "천": 1000}
_CJK_BIG = {"万": 10_000, "萬": 10_000, "만": 10_000, "亿": 10**8, "億": 10**8, "억": 10**8}
_CJK_VALUES = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
# "百餘萬" (a hundred-odd myriads, over a million): "odd" between a small unit and a myriad unit.
CJK_ODD = "余餘多여"
_CJK_NUMBER = re.compile(
    _NAMED + r"(?<!\d)(?=[\d" + _CJK_DIGIT + r"])(?:(?:\d+(?:[.,]\d+)?|[" + _CJK_DIGIT + r"]+|[" + CJK_ODD + r"](?=[万萬만亿億억]))"
    r"\s?[万萬만亿億억천千백百]?\s?){1,6}")


# zh weekdays are numbered: 周二, 星期三, 礼拜五 (Tuesday, Wednesday, Friday), no count
_WEEKDAY = re.compile(r"(?:周|週|星期|礼拜|禮拜)$")
_WEEKDAY_NUMBER = re.compile(r"[一二三四五六日天]")

# The hundreds after a thousands word: a space, then one to three digits that end the number.
_REMAINDER = re.compile(r"[ \u00a0](\d{1,3})(?![\d.,:/]?\d)")


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    value: int
    approx: bool = False   # the words themselves say "about" (un millier)
    bare_year: bool = False  # four digits 1900-2099 with no grouping: probably a year


def _numeric_value(token: str) -> float:
    token = re.sub(r"[ \u00a0\u202f]", "", token)
    groups = re.split(r"[.,]", token)
    if len(groups) == 1:
        return float(token)
    if all(len(g) == 3 for g in groups[1:]):
        return float("".join(groups))
    # last separator is a decimal point/comma; earlier ones group
    return float("".join(groups[:-1]) + "." + groups[-1])


def cjk_value(text: str) -> int | None:
    """1만 2000 -> 12000, 1만4천 -> 14000, 一万二千 -> 12000, 3천 -> 3000."""
    s = re.sub(r"[\s,]", "", text)
    total, section, num = 0, 0, None
    for tok in re.findall(r"\d+(?:\.\d+)?|.", s):
        if tok[0].isdigit():
            num = float(tok)
        elif tok in _CJK_VALUES:
            num = _CJK_VALUES[tok]
        elif tok in _CJK_UNITS:
            section += (num if num is not None else 1) * _CJK_UNITS[tok]
            num = None
        elif tok in CJK_ODD:
            continue
        elif tok in _CJK_BIG:
            total += (section + (num if num is not None else (0 if section else 1))) * _CJK_BIG[tok]
            section, num = 0, None
        else:
            return None
    value = total + section + (num or 0)
    return int(value) if value else None


_NEXT_WORD = re.compile(r"\s?(\w+)")


class NumberFinder:
    def __init__(self, lang: str, cfg: dict):
        self.lang = lang
        cfg = cfg or {}
        self.multipliers = {k.lower(): v for k, v in (cfg.get("multipliers") or {}).items()}
        mult = "|".join(re.escape(k) for k in sorted(self.multipliers, key=len, reverse=True))
        tail = r"(?:\s?(?P<mult>" + mult + r")(?!\w))?" if mult else ""
        self.numeric = re.compile(r"(?P<num>" + _NUMERIC + r")" + tail, re.IGNORECASE)
        first = cfg.get("multiplier_first") or {}
        self.mult_first = (re.compile(r"(?<!\w)(?<!\d\s)(?P<mult>" + "|".join(map(re.escape, first)) +
                                      r")\s(?P<num>\d{1,3})(?!\d)(?![.,]\d)", re.IGNORECASE), first) if first else None
        words = [(w, (v, False)) for w, v in (cfg.get("words") or {}).items()]
        words += [(w, (v, True)) for w, v in (cfg.get("approx_words") or {}).items()]
        self.words = TermMatcher(words, lang) if words else None
        # what may join two number words that add up ("two hundred and fifty", "duzentos e cinquenta")
        joiners = "|".join(re.escape(w) for w in cfg.get("word_joiners") or ())
        # ... or glued to the next word ("ثلاثمئة وخمسين", 350: Arabic writes "and" as a prefix)
        glued = "|".join(re.escape(w) for w in cfg.get("glued_joiners") or ())
        joint = [r"\s", "-"] + ([r"\s(?:" + joiners + r")\s"] if joiners else []) + ([r"\s(?:" + glued + ")"] if glued else [])
        self.joint = re.compile(r"^(?:" + "|".join(joint) + r")$", re.IGNORECASE)
        self.cjk = lang in ("ko", "ja", "zh")
        # ko native numbers ("세 명", "두 명"): words that count only right before a person counter
        # (alone, 세 and 네 are other words)
        counted = cfg.get("counted_words") or {}
        counters = cfg.get("counted_by") or ()
        self.counted = (re.compile(r"(?<!\w)(?P<w>" + "|".join(map(re.escape, sorted(counted, key=len, reverse=True)))
                                   + r")(?=\s?(?:" + "|".join(map(re.escape, counters)) + r"))"),
                        counted) if counted and counters else None
        ordinal = sorted(map(str, cfg.get("ordinal_endings") or ()), key=len, reverse=True)
        self.ordinal = re.compile(r"[-'’](?:" + "|".join(map(re.escape, ordinal)) + r")(?!\w)", re.IGNORECASE) if ordinal else None
        # "several hundred", "mehrere hundert", "birkaç yüz", 数百人, 几千名: a vague word before a number
        # word (or a bare CJK unit) makes no number at all
        vague = sorted(map(str, cfg.get("vague_before") or ()), key=len, reverse=True)
        gap, edge = ("", "") if self.cjk else (r"\s+", r"(?<!\w)")
        self.vague = re.compile(edge + r"(?:" + "|".join(map(re.escape, vague)) + r")" + gap + r"$", re.IGNORECASE) if vague else None

    def find(self, text: str) -> list[Number]:
        text = text.translate(_DIGITS)
        found: list[Number] = []
        taken: set[int] = set()  # character offsets already part of a number (numbers are short)

        def add(n: Number):
            if taken.isdisjoint(range(n.start, n.end)):
                found.append(n)
                taken.update(range(n.start, n.end))

        if self.mult_first:
            rx, table = self.mult_first
            for m in rx.finditer(text):
                if not self._scales_before(text, m.start()):
                    add(Number(m.start(), m.end(), table[m.group("mult").lower()] + int(m.group("num"))))
        if self.cjk:
            for m in _CJK_NUMBER.finditer(text):
                span = m.group(0).rstrip()
                # a space only continues the number after a myriad unit: "1만 2000", not "4천 23일"
                cut = re.search(r"(?<![万萬만亿億억])\s", span)
                span = span[: cut.start()] if cut else span
                if not re.search(r"\d|[" + _CJK_DIGIT + "]", span):
                    continue
                if _WEEKDAY_NUMBER.fullmatch(span) and _WEEKDAY.search(text, max(0, m.start() - 2), m.start()):
                    continue
                value = cjk_value(span)
                if value:
                    add(Number(m.start(), m.start() + len(span), value,
                               bare_year=re.fullmatch(r"(19|20)\d\d", span) is not None))
        for m in self.numeric.finditer(text):
            value = _numeric_value(m.group("num"))
            mult, end = m.groupdict().get("mult"), m.end()
            if mult:
                scale = self.multipliers[mult.lower()]
                value *= scale
                rest = _REMAINDER.match(text, end) if scale == 1000 else None  # "2 milyon 500 bin" is no 2000500
                if rest and int(rest.group(1)) < scale:  # "2 bin 600", "3 тысячи 500", "2 ribu 400": one number
                    value, end = value + int(rest.group(1)), rest.end()
            elif value != int(value):
                continue  # 5,6 magnitude, 13.21 o'clock: not a head count
            elif self.ordinal is not None and self.ordinal.match(text, end):
                continue  # "201-шу базу", "102-й полк": an ordinal names a unit
            bare_year = (not mult and re.fullmatch(r"(19|20)\d\d", m.group("num")) is not None)
            add(Number(m.start(), end, int(value), bare_year=bare_year))
        if self.counted is not None:
            rx, table = self.counted
            for m in rx.finditer(text):
                add(Number(m.start(), m.end(), table[m.group("w")]))
        worded: set[int] = set()  # starts of numbers written in words
        if self.words:
            for w in self.words.find(text):
                value, approx = w.payloads[0]
                end = w.end
                m = _NEXT_WORD.match(text, end)  # (at an offset: a slice from there would copy the text)
                if m and m.group(1).lower() in self.multipliers and not approx:
                    value *= self.multipliers[m.group(1).lower()]
                    end = m.end()
                add(Number(w.start, end, value, approx=approx))
                worded.add(w.start)
        out = self._summed(text, sorted(found, key=lambda n: n.start), worded)
        if self.vague is not None:
            out = [n for n in out if text[n.start].isdigit() or not self.vague.search(text, max(0, n.start - 24), n.start)]
        return out

    def _scales_before(self, text: str, at: int) -> bool:
        """A number right before a multiplier scales it ("2 bin 500", "iki bin 500"): no multiplier-first there."""
        before = re.search(r"(\w+)\s$", text[max(0, at - 24):at])
        if before is None:
            return False
        word = before.group(1)
        return word.isdigit() or (self.words is not None and any(w.end == len(word) for w in self.words.find(word)))

    def _summed(self, text: str, found: list[Number], worded: set) -> list[Number]:
        """Number words in a row add up where each is below the last's round part: "сто п'ятдесят" is
        150, "two hundred and fifty" 250, "doscientos cincuenta" 250 (not "two three")."""
        out: list[Number] = []
        for n in found:
            prev = out[-1] if out else None
            if (prev is not None and n.start in worded and prev.start in worded and not prev.approx and not n.approx
                    and 0 < n.value < prev.value and prev.value % 10 ** len(str(n.value)) == 0
                    and self.joint.match(text[prev.end:n.start])):
                out[-1] = Number(prev.start, n.end, prev.value + n.value)
                continue
            out.append(n)
        return out
