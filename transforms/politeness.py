"""Being a polite client: per-host request pacing and backing off feeds that keep failing.

HostLimiter is shared by every HttpClient in a worker process (see `shared_host_limiter`): Beam runs
several DoFn instances per process, and limits kept per instance would multiply with them.
FeedBackoff is pure arithmetic so the feed scheduler can keep its state wherever it likes.
"""
from __future__ import annotations

import functools
import hashlib
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import yaml

_LIMITS_FILE = Path(__file__).parent / "data" / "http_limits.yaml"
# Forget idle hosts once this many are tracked, so polling thousands of feeds stays bounded.
_PRUNE_ABOVE = 10_000


@dataclass
class _HostState:
    active: int = 0
    next_start: float = 0.0


class HostLimiter:
    """At most `max_concurrent` requests in flight per host, starts at least `min_interval` apart."""

    def __init__(
        self,
        max_concurrent: int,
        min_interval: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        if max_concurrent < 1:
            raise ValueError("max_concurrent must be at least 1")
        self.max_concurrent, self.min_interval = max_concurrent, max(0.0, min_interval)
        self._clock, self._sleep = clock, sleep
        self._hosts: dict[str, _HostState] = {}
        self._cond = threading.Condition()

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        """Hold one of the host's request slots for the duration of the block."""
        key = host.lower()
        wait = self._acquire(key)
        try:
            if wait > 0:
                self._sleep(wait)
            yield
        finally:
            self._release(key)

    def in_flight(self, host: str) -> int:
        with self._cond:
            state = self._hosts.get(host.lower())
            return state.active if state else 0

    def _acquire(self, key: str) -> float:
        """Take a concurrency slot, then reserve the next start time; returns how long to wait."""
        with self._cond:
            state = self._hosts.setdefault(key, _HostState())
            while state.active >= self.max_concurrent:
                self._cond.wait()
            state.active += 1
            now = self._clock()
            start = max(now, state.next_start)
            state.next_start = start + self.min_interval
            return start - now

    def _release(self, key: str) -> None:
        with self._cond:
            self._hosts[key].active -= 1
            if len(self._hosts) > _PRUNE_ABOVE:
                self._prune(self._clock())
            self._cond.notify_all()

    def _prune(self, now: float) -> None:
        idle = [k for k, s in self._hosts.items() if s.active == 0 and s.next_start <= now]
        for key in idle:
            del self._hosts[key]


_shared_lock = threading.Lock()
_shared: dict[tuple[int, float], HostLimiter] = {}


def shared_host_limiter(max_concurrent: int, min_interval: float) -> HostLimiter:
    """One limiter per process for each setting, so DoFn instances on a worker share host budgets."""
    with _shared_lock:
        key = (max_concurrent, float(min_interval))
        if key not in _shared:
            _shared[key] = HostLimiter(max_concurrent, min_interval)
        return _shared[key]


@functools.lru_cache(maxsize=1)
def _backoff_defaults() -> dict:
    return yaml.safe_load(_LIMITS_FILE.read_text(encoding="utf-8"))["feed_backoff"]


@dataclass(frozen=True)
class FeedBackoff:
    """When a feed is next due: the normal interval, doubled per consecutive failure, capped.

    `spread` shifts each feed's delay by up to that fraction, by a hash of its key, so thousands of
    feeds that failed together (an outage on our side) do not all come back in the same second.
    """

    poll_interval: float = 900.0
    max_interval: float = 86_400.0
    factor: float = 2.0
    spread: float = 0.1

    @classmethod
    def from_defaults(cls, **overrides) -> "FeedBackoff":
        return cls(**{**_backoff_defaults(), **overrides})

    def delay(self, consecutive_failures: int, retry_after: float | None = None, key: str = "") -> float:
        exponent = min(max(consecutive_failures, 0), 64)  # 2.0**1100 overflows a float
        delay = min(self.max_interval, self.poll_interval * self.factor**exponent)
        if key and self.spread:
            fraction = int.from_bytes(hashlib.sha1(key.encode("utf-8")).digest()[:4], "big") / 2**32
            delay *= 1.0 + self.spread * fraction
        if retry_after:
            delay = max(delay, min(retry_after, self.max_interval))
        return delay

    def next_poll_at(
        self, last_poll: float | None, consecutive_failures: int, retry_after: float | None = None, key: str = ""
    ) -> float:
        if last_poll is None:
            return float("-inf")
        return last_poll + self.delay(consecutive_failures, retry_after, key)

    def is_due(
        self,
        now: float,
        last_poll: float | None,
        consecutive_failures: int,
        retry_after: float | None = None,
        key: str = "",
    ) -> bool:
        return now >= self.next_poll_at(last_poll, consecutive_failures, retry_after, key)
