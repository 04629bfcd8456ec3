"""Stage (backfill): a file of article URLs, one per line -> ArticleRefs, read on the workers.

The file may hold millions of lines, so it is never read while the graph is built: its path goes in
as one element, a worker checks that it exists, and ReadAllFromText splits it into ranges that
workers read in parallel. Each line is taken as bytes, so a file with stray binary or a wrong
encoding costs dead letters for those lines, not the job. Blank lines and `#` comments are skipped;
a line that is not a URL the fetcher would fetch is a dead letter with the reason; the same article
listed twice collapses later, in DedupRefs (same canonical URL, same article id).
"""
from __future__ import annotations

import functools
from pathlib import Path

import apache_beam as beam
import yaml
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

from transforms import counters
from transforms import dead_letters
from transforms.http_client import FetchError, parse_target
from transforms.records import ArticleRef
from transforms.urls import InvalidUrl, article_id, canonical_url

_LIMITS_FILE = Path(__file__).parent / "data" / "sources.yaml"
STAGE = "read_url_list"
_EXCERPT = 200


@functools.lru_cache(maxsize=1)
def source_limits() -> dict:
    return yaml.safe_load(_LIMITS_FILE.read_text(encoding="utf-8"))


class BadUrl(ValueError):
    """Not a URL we would fetch; `line` is the offending text, shortened (None if it is not text)."""

    kind = "invalid_url"

    def __init__(self, message: str, line: str | None = None):
        super().__init__(message)
        self.line = line[:_EXCERPT] if line is not None else None


def backfill_ref(url: str, source: str, *, title: str | None = None, published_at: str | None = None,
                 name: str | None = None, language: str | None = None) -> ArticleRef:
    """An ArticleRef for a URL from a backfill source (list or sitemap); BadUrl if it is no fetchable URL."""
    limit = source_limits()["max_url_chars"]
    if len(url) > limit:
        raise BadUrl(f"{len(url)} characters, more than {limit}: {url[:_EXCERPT]!r}...", url)
    try:
        parse_target(url, url)  # what the fetcher accepts: http(s), a host, no credentials
        canonical = canonical_url(url)
    except (FetchError, InvalidUrl) as e:
        raise BadUrl(f"{url[:_EXCERPT]!r}: {getattr(e, 'message', e)}", url) from None
    return ArticleRef(url=url, canonical_url=canonical, article_id=article_id(canonical), feed_url=source,
                      feed_name=name, title=title, published_at=published_at, language_hint=language)


def parse_url_line(raw: bytes | str, source: str) -> ArticleRef | None:
    """The ArticleRef of one line of a URL list; None for blank and comment lines; BadUrl otherwise."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise BadUrl(f"line is not UTF-8: {raw[:_EXCERPT]!r}") from None
    line = raw.lstrip("\ufeff").strip()
    if not line or line.startswith("#"):
        return None
    if any(ch.isspace() for ch in line):
        raise BadUrl(f"a line holds one URL, without spaces: {line[:_EXCERPT]!r}", line)
    return backfill_ref(line, source)


def url_list_files(path: str, run_id: str | None = None, stage: str = STAGE):
    """The list's path if it exists (on the worker), else a dead letter saying so."""
    try:
        found, error = FileSystems.match([path])[0].metadata_list, None
    except OSError as e:  # BeamIOError (unreadable bucket, bad path) is an OSError
        found, error = [], e
    if not found:
        reason = f"no such file: {error or path}"
        counters.count(counters.DEAD_LETTERS)
        yield beam.pvalue.TaggedOutput(dead_letters.DEAD_LETTER_TAG, dead_letters.dead_letter(
            stage, path, "missing_file", reason, run_id=run_id))
        return
    yield path


class _ParseUrlLineFn(beam.DoFn):
    def __init__(self, source: str, run_id: str | None, part=None):
        self.source, self.run_id, self.part = source, run_id, part
        self.read = Metrics.counter("pipeline", "backfill_urls")
        self.failed = counters.counter(counters.DEAD_LETTERS)

    def process(self, raw: bytes):
        try:
            ref = parse_url_line(raw, self.source)
        except BadUrl as e:
            # The reason carries the line, so two different bad lines are two dead letters.
            letter = dead_letters.dead_letter(STAGE, e.line, e.kind, f"{self.source}: {e}", raw, self.run_id)
            if self._holds(letter["dead_letter_id"]):
                self.failed.inc()
                yield beam.pvalue.TaggedOutput(dead_letters.DEAD_LETTER_TAG, letter)
            return
        if ref is not None and self._holds(ref.article_id):
            self.read.inc()
            yield ref

    def _holds(self, key: str) -> bool:
        """Whether this run's part of the list (pipeline.chunks) holds the line; counted only then."""
        return self.part is None or self.part.holds(key)


class ReadUrlList(beam.PTransform):
    """Path of a URL list -> an ArticleRef per usable line; bad lines tagged as dead letters.

    With `part` (a pipeline.chunks.ChunkPart), only the lines of that part of the list.
    """

    def __init__(self, path: str, run_id: str | None = None, part=None):
        super().__init__()
        self.path, self.run_id, self.part = path, run_id, part

    def expand(self, pbegin):
        found = (pbegin
                 | "UrlListPath" >> beam.Create([self.path])
                 | "CheckExists" >> beam.FlatMap(url_list_files, self.run_id).with_outputs(
                     dead_letters.DEAD_LETTER_TAG, main="paths"))
        lines = found.paths | "ReadLines" >> beam.io.ReadAllFromText(coder=beam.coders.BytesCoder())
        parsed = lines | "ParseLines" >> beam.ParDo(_ParseUrlLineFn(self.path, self.run_id, self.part)).with_outputs(
            dead_letters.DEAD_LETTER_TAG, main="refs")
        failures = (found.dead_letters, parsed.dead_letters) | "UrlListDeadLetters" >> beam.Flatten()
        return {"refs": parsed.refs, "dead_letters": failures}
