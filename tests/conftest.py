"""Shared fixtures: the ../shared folder (real articles, hostile feeds), the sample site server, and the
claim extractor loaded once for the session."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLES = REPO / "samples"


def local_test_pipeline():
    """A TestPipeline on the local FnApiRunner: the default switching DirectRunner would first try
    Prism, which downloads a binary from the internet (see pipeline.options.LOCAL_RUNNER)."""
    from apache_beam.testing.test_pipeline import TestPipeline

    from pipeline.options import LOCAL_RUNNER

    return TestPipeline(runner=LOCAL_RUNNER)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: real articles and hostile feeds live there, outside the repo")
    return SHARED


@pytest.fixture(scope="session")
def sample_site():
    """The bundled sample site served on 127.0.0.1 for the whole session; yields its base URL."""
    from pipeline.sample_site import serve_folder

    with serve_folder(SAMPLES / "site") as base_url:
        yield base_url


@pytest.fixture(scope="session")
def analyzer():
    """The detector and claim extractor, loaded once (tests of transforms/nlp share it)."""
    from transforms.nlp import Analyzer

    return Analyzer.load()
