"""Per-host pacing and feed back-off, with a fake clock so nothing really waits."""
import threading

import pytest

from transforms.politeness import FeedBackoff, HostLimiter, shared_host_limiter


class FakeTime:
    def __init__(self):
        self.now = 1000.0
        self.slept = []

    def clock(self):
        return self.now

    def sleep(self, seconds):
        self.slept.append(seconds)
        self.now += seconds


def test_requests_to_one_host_are_spaced():
    t = FakeTime()
    limiter = HostLimiter(2, 1.0, clock=t.clock, sleep=t.sleep)
    starts = []
    for _ in range(3):
        with limiter.slot("Example.com"):
            starts.append(t.now)
    assert starts == [1000.0, 1001.0, 1002.0]


def test_other_hosts_are_not_delayed():
    t = FakeTime()
    limiter = HostLimiter(2, 5.0, clock=t.clock, sleep=t.sleep)
    with limiter.slot("a.example"):
        pass
    with limiter.slot("b.example"):
        pass
    assert t.slept == []


class _WaitCountingCondition(threading.Condition):
    """A Condition that tells when some thread has started waiting on it (the limiter's queue)."""

    def __init__(self):
        super().__init__()
        self.someone_waits = threading.Event()

    def wait(self, timeout=None):
        self.someone_waits.set()
        return super().wait(timeout)


def test_concurrency_is_capped_per_host():
    # No sleeps: two holders keep their slots until a third request is seen queueing for one.
    limiter = HostLimiter(2, 0.0)
    limiter._cond = _WaitCountingCondition()
    lock, inside, peak = threading.Lock(), [0], [0]
    two_inside, release = threading.Event(), threading.Event()

    def work():
        with limiter.slot("busy.example"):
            with lock:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
                if inside[0] == 2:
                    two_inside.set()
            assert release.wait(60), "test hung"
            with lock:
                inside[0] -= 1

    threads = [threading.Thread(target=work) for _ in range(8)]
    for th in threads[:2]:
        th.start()
    assert two_inside.wait(60), "two requests never got their slots"
    for th in threads[2:]:
        th.start()
    assert limiter._cond.someone_waits.wait(60), "a third request never queued"
    assert limiter.in_flight("busy.example") == 2 and peak[0] == 2
    release.set()
    for th in threads:
        th.join()
    assert peak[0] == 2 and limiter.in_flight("busy.example") == 0


def test_slot_is_released_on_error():
    limiter = HostLimiter(1, 0.0)
    with pytest.raises(RuntimeError):
        with limiter.slot("x.example"):
            raise RuntimeError
    assert limiter.in_flight("x.example") == 0


def test_shared_limiter_is_one_per_setting():
    assert shared_host_limiter(2, 1.0) is shared_host_limiter(2, 1.0)
    assert shared_host_limiter(2, 1.0) is not shared_host_limiter(3, 1.0)


def test_feed_backoff_doubles_and_caps():
    backoff = FeedBackoff(poll_interval=60, max_interval=3600, spread=0)
    assert [backoff.delay(n) for n in range(8)] == [60, 120, 240, 480, 960, 1920, 3600, 3600]
    assert backoff.delay(10_000) == 3600  # no overflow


def test_feed_is_due_only_after_its_backoff():
    backoff = FeedBackoff(poll_interval=60, max_interval=3600, spread=0)
    assert backoff.is_due(now=0, last_poll=None, consecutive_failures=0)
    assert not backoff.is_due(now=100, last_poll=0, consecutive_failures=1)
    assert backoff.is_due(now=120, last_poll=0, consecutive_failures=1)
    assert not backoff.is_due(now=120, last_poll=0, consecutive_failures=0, retry_after=600)


def test_spread_is_deterministic_per_feed_and_bounded():
    backoff = FeedBackoff(poll_interval=100, max_interval=10_000, spread=0.1)
    a, b = backoff.delay(2, key="http://a.example/rss"), backoff.delay(2, key="http://b.example/rss")
    assert a == backoff.delay(2, key="http://a.example/rss")
    assert 400 <= a <= 440 and 400 <= b <= 440 and a != b


def test_defaults_from_data_file():
    backoff = FeedBackoff.from_defaults()
    assert backoff.poll_interval > 0 and backoff.max_interval >= backoff.poll_interval
