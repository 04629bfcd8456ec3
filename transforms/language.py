"""Language identification for cleaned article text.

py3langid ships its model inside the package, so it loads offline; the page's own declaration (the
feed's hint or <html lang>) wins when present and detection only fills the gap.
"""
from __future__ import annotations

import functools
from pathlib import Path

import yaml

_DATA = Path(__file__).parent / "data" / "languages.yaml"
# Below this normalised probability langid is guessing; we say "unknown" rather than guess.
MIN_CONFIDENCE = 0.5


@functools.lru_cache(maxsize=1)
def language_table() -> dict:
    return yaml.safe_load(_DATA.read_text(encoding="utf-8"))


def supported_languages() -> frozenset[str]:
    return frozenset(language_table()["supported"])


@functools.lru_cache(maxsize=1)
def _identifier():
    """The model, unpacked once per machine: py3langid decompresses it from xz at every start (0.8-0.9 s
    of CPU); the unpacked arrays read back from the analyzer's cache folder in about 0.1 s."""
    import hashlib
    from importlib import metadata

    from py3langid import langid

    from transforms.nlp import cache

    path = langid.MODEL_DIR / langid.MODEL_FILE
    key = "py3langid {} numpy {} {}".format(metadata.version("py3langid"), metadata.version("numpy"),
                                            hashlib.sha256(path.read_bytes()).hexdigest())
    return cache.load_or_build_named(
        "langid", key, lambda: langid.LanguageIdentifier.from_modelpath(path, norm_probs=True))


def normalise_language(code: str | None) -> str | None:
    """'id-ID', 'zh_TW', 'EN' -> 'id', 'zh', 'en'; None stays None."""
    if not code:
        return None
    base = code.strip().lower().replace("_", "-")
    aliases = language_table()["aliases"]
    if base in aliases:
        return aliases[base]
    base = base.split("-")[0]
    return aliases.get(base, base) or None


def detect_language(text: str) -> tuple[str | None, float]:
    """Best guess and its probability; (None, p) when the guess is too weak to trust."""
    sample = (text or "")[:4000]
    if not sample.strip():
        return None, 0.0
    lang, prob = _identifier().classify(sample)
    lang = normalise_language(lang)
    return (lang if prob >= MIN_CONFIDENCE else None), float(prob)


def resolve_language(declared: str | None, text: str) -> str | None:
    """The declared language when there is one, else the detected one."""
    return normalise_language(declared) or detect_language(text)[0]


def is_supported(language: str | None) -> bool:
    return language in supported_languages()
