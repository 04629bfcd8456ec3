"""When it happened: date expressions in a sentence, resolved against the publication date.

Month and weekday names come from CLDR through babel; the patterns here only arrange them. We do not
call dateparser on every sentence because it costs milliseconds per call; our patterns are few.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from pathlib import Path

import yaml
from babel import Locale

_DATA = Path(__file__).parents[1] / "data" / "dates.yaml"
_SLAVIC_OR_AR = ("ru", "uk", "ar")


def as_date(value) -> dt.date | None:
    """date | datetime | ISO string | None -> date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.datetime.fromisoformat(str(value).strip().replace("Z", "+00:00")).date()
    except ValueError:
        return None


def calendar_words(lang: str) -> set[str]:
    """The language's month and weekday names (CLDR wide forms), lower-case: a town spelt like one
    ("الخميس", Thursday) is the day."""
    loc = Locale.parse(lang)
    return {name.lower() for table in (loc.months, loc.days) for ctx in ("format", "stand-alone")
            for name in table[ctx]["wide"].values()}


@functools.lru_cache(maxsize=None)
def month_names(lang: str) -> frozenset:
    """The language's month names (CLDR wide forms, both grammatical cases), lower-case."""
    loc = Locale.parse(lang)
    return frozenset(name.lower() for ctx in ("format", "stand-alone") for name in loc.months[ctx]["wide"].values())


def _alts(names) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True) if n)


class DateFinder:
    def __init__(self, lang: str, relative: dict):
        loc = Locale.parse(lang)
        self.months: dict[str, int] = {}
        for ctx in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for num, name in loc.months[ctx][width].items():
                    self.months[name.lower().rstrip(".")] = num
        self.weekdays: dict[str, int] = {}
        for ctx in ("format", "stand-alone"):
            for num, name in loc.days[ctx]["wide"].items():
                key = name.lower()
                # Russian/Ukrainian weekdays decline (в субботу); Arabic adds clitics: match the stem.
                self.weekdays[key[:-1] if lang in _SLAVIC_OR_AR and len(key) > 4 else key] = num
        self.relative = {k.lower(): v for k, v in (relative or {}).items()}
        month = _alts(self.months)
        b = r"(?<!\w)" if lang not in ("ja", "zh", "ko") else ""
        patterns = [
            r"(?P<iso>\d{4}-\d{2}-\d{2})",
            r"(?P<d1>\d{1,2})\.?\s?(?:de\s|of\s)?(?P<m1>" + month + r")\.?(?:\s(?:de\s)?(?P<y1>\d{4}))?(?!\w)",
            r"(?P<m2>" + month + r")\.?\s(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:,?\s(?P<y2>\d{4}))?(?!\d)",
            r"\((?P<d3>\d{1,2})/(?P<m3>\d{1,2})\)",
            r"(?<![\d/.])(?P<d4>\d{1,2})[./](?P<m4>\d{1,2})[./](?P<y4>\d{4})(?!\d)",
            r"(?:(?P<y5>\d{4})\s?[년年]\s?)?(?P<m5>\d{1,2})\s?[월月]\s?(?P<d5>\d{1,2})\s?[일日号]",
            r"(?P<wd>" + _alts(self.weekdays) + r")\w*",
            r"(?P<rel>" + _alts(self.relative) + r")(?!\w)" if self.relative else r"(?!x)x",
        ]
        if lang == "ko":
            patterns.append(r"(?<![\d월])(?P<d6>\d{1,2})일")
        self.regex = re.compile(b + "(?:" + "|".join(patterns) + ")", re.IGNORECASE)

    def first(self, text: str, published: dt.date | None) -> str | None:
        """ISO date of the first resolvable date expression in `text`, or None."""
        for m in self.regex.finditer(text):
            day = self._resolve(m, published)
            if day:
                return day.isoformat()
        return None

    def _resolve(self, m: re.Match, pub: dt.date | None) -> dt.date | None:
        g = m.groupdict()
        try:
            if g["iso"]:
                return dt.date.fromisoformat(g["iso"])
            for d, mo, y, named in (("d1", "m1", "y1", True), ("d2", "m2", "y2", True), ("d3", "m3", None, False),
                                    ("d4", "m4", "y4", False), ("d5", "m5", "y5", False)):
                if g.get(d):
                    month = self.months[g[mo].lower().rstrip(".")] if named else int(g[mo])
                    year = int(g[y]) if y and g.get(y) else None
                    return _with_year(int(g[d]), month, year, pub)
            if g.get("d6") and pub:
                return _with_year(int(g["d6"]), pub.month, None, pub, roll_month=True)
            if g.get("wd") and pub:
                key = max((k for k in self.weekdays if g["wd"].lower().startswith(k)), key=len)
                return pub - dt.timedelta(days=(pub.weekday() - self.weekdays[key]) % 7)
            if g.get("rel") is not None and pub:
                return pub + dt.timedelta(days=self.relative[g["rel"].lower()])
        except (ValueError, KeyError):
            return None
        return None


def _with_year(day: int, month: int, year: int | None, pub: dt.date | None, roll_month=False) -> dt.date | None:
    if year:
        return dt.date(year, month, day)
    if not pub:
        return None
    when = dt.date(pub.year, month, day)
    if when > pub + dt.timedelta(days=1):  # news reports the past: "24 April" read in January is last year
        if roll_month:
            prev = (pub.replace(day=1) - dt.timedelta(days=1))
            return dt.date(prev.year, prev.month, day)
        return dt.date(pub.year - 1, month, day)
    return when


def load_relative() -> dict:
    return yaml.safe_load(_DATA.read_text(encoding="utf-8"))
