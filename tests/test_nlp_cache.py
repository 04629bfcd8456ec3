"""The Analyzer's disk cache (transforms/nlp/cache.py): same matchers back, rebuilt when stale or broken."""
import re

import pytest

from transforms.nlp import Analyzer, cache
from transforms.nlp.mentions.terms import TermMatcher


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("TROOP_NEWS_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "PACKAGED_DIR", tmp_path / "prebuilt")
    return tmp_path / "cache"


def _round_trip(pattern: re.Pattern) -> re.Pattern:
    return cache.compiled_pattern(*cache.compiled_parts(pattern))


@pytest.mark.parametrize("source,flags", [
    (r"(?<!\w)(?P<core>troop\w*|soldiers?)(?!\w)", re.IGNORECASE),
    (r"^[ \t]*(?:【[^】\n]{1,20}】|\S{0,12}?\d{1,2}月\d{1,2}日电)", re.MULTILINE),
    (r"(?i:İstanbul)|ß|\bKyiv\b", 0),
    (r"(?P<a>\d+)(?P=a)", re.ASCII),
])
def test_a_stored_pattern_is_the_same_program(source, flags):
    original = re.compile(source, flags)
    back = _round_trip(original)
    assert back == original  # Pattern equality compares flags, source and the compiled program
    assert back.groupindex == original.groupindex and back.groups == original.groups


@pytest.mark.parametrize("lang", ["en", "tr", "ar", "ko", "ru"])
def test_a_term_matchers_trie_regexes_survive_the_cache(lang):
    entries = [("=Kabul", 1), ("troop*", 2), ("Южн* Коре*", 3), ("US", 4), ("Sudão do Sul", 5), ("평양", 6)]
    matcher = TermMatcher(entries, lang, word_start=lang == "ko")
    for p in [matcher.regex, *matcher._patterns]:
        assert _round_trip(p) == p


class _Built:
    def __init__(self):
        self.regex = re.compile(r"(?<!\w)(?:troops?|soldat\w*)(?!\w)", re.IGNORECASE)
        self.table = {"x": [1, 2]}


def _counting_build(calls):
    def build():
        calls.append(1)
        return _Built()
    return build


def test_the_second_load_reads_the_file_instead_of_building(cache_dir):
    calls = []
    first = cache.load_or_build(_counting_build(calls), ("xx",))
    second = cache.load_or_build(_counting_build(calls), ("xx",))
    assert len(calls) == 1
    assert second.regex == first.regex and second.table == first.table
    assert len(list(cache_dir.glob("analyzer-*.pickle"))) == 1
    assert not list(cache_dir.glob("*.tmp"))


def test_a_changed_input_is_a_new_key_and_a_rebuild(cache_dir, tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    (data / "names.yaml").write_text("a: [b]\n", encoding="utf-8")
    monkeypatch.setattr(cache, "_INPUTS", (data,))
    before = cache.fingerprint(("xx",))
    calls = []
    cache.load_or_build(_counting_build(calls), ("xx",))
    (data / "names.yaml").write_text("a: [b, c]\n", encoding="utf-8")
    assert cache.fingerprint(("xx",)) != before
    cache.load_or_build(_counting_build(calls), ("xx",))
    assert len(calls) == 2
    assert cache.fingerprint(("xx",)) != cache.fingerprint(("yy",))


def test_a_broken_file_is_rebuilt_and_replaced(cache_dir):
    calls = []
    cache.load_or_build(_counting_build(calls), ("xx",))
    [path] = cache_dir.glob("analyzer-*.pickle")
    path.write_bytes(path.read_bytes()[:200])  # truncated, as by a full disk
    again = cache.load_or_build(_counting_build(calls), ("xx",))
    assert len(calls) == 2 and again.table == {"x": [1, 2]}
    assert cache.load_or_build(_counting_build(calls), ("xx",)).table == {"x": [1, 2]}
    assert len(calls) == 2


def test_a_file_under_another_key_is_not_read(cache_dir):
    calls = []
    cache.load_or_build(_counting_build(calls), ("xx",))
    [path] = cache_dir.glob("analyzer-*.pickle")
    assert cache.read(path, "0" * 64) is None


def test_off_builds_every_time_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("TROOP_NEWS_CACHE", "off")
    monkeypatch.setattr(cache, "PACKAGED_DIR", tmp_path / "prebuilt")
    calls = []
    cache.load_or_build(_counting_build(calls), ("xx",))
    cache.load_or_build(_counting_build(calls), ("xx",))
    assert len(calls) == 2 and not (tmp_path / "prebuilt").exists()


def test_an_unwritable_cache_folder_falls_back_next_to_the_package(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("TROOP_NEWS_CACHE", str(blocker / "cache"))
    monkeypatch.setattr(cache, "PACKAGED_DIR", tmp_path / "prebuilt")
    calls = []
    cache.load_or_build(_counting_build(calls), ("xx",))
    cache.load_or_build(_counting_build(calls), ("xx",))
    assert len(calls) == 1 and list((tmp_path / "prebuilt").glob("analyzer-*.pickle"))


def test_a_cached_analyzer_analyzes_as_the_built_one(cache_dir):
    built = Analyzer.load(["en"])  # builds and stores
    loaded = Analyzer.load(["en"])  # reads
    assert loaded is not built
    text = ("Canada will send 400 soldiers to Latvia, the defence minister said on Tuesday. "
            "About 1,200 US troops remain in Syria, the Pentagon said.")
    assert loaded.analyze(text, language="en").to_dict() == built.analyze(text, language="en").to_dict()
    assert loaded.analyze(text, language="en").claims


def test_one_shared_analyzer_per_process_and_language_list(monkeypatch):
    loads = []
    monkeypatch.setattr(Analyzer, "load", classmethod(lambda cls, langs=None: loads.append(langs) or object()))
    monkeypatch.setattr("transforms.nlp.analyzer._SHARED", {})
    assert Analyzer.shared(["en", "fr"]) is Analyzer.shared(["fr", "en"])
    assert Analyzer.shared(["en"]) is not Analyzer.shared(["fr", "en"])
    assert loads == [("en", "fr"), ("en",)]


def test_a_named_build_is_kept_under_its_own_key(cache_dir):
    calls = []
    first = cache.load_or_build_named("langid", "model v1", _counting_build(calls))
    again = cache.load_or_build_named("langid", "model v1", _counting_build(calls))
    assert len(calls) == 1 and again.regex == first.regex
    cache.load_or_build_named("langid", "model v2", _counting_build(calls))
    assert len(calls) == 2 and len(list(cache_dir.glob("langid-*.pickle"))) == 2
