"""A BigQuery emulator (bqemulator) for tests: one subprocess per test session, loopback only.

Test modules use it through the `bq_emulator` fixture: `from tests.bq_emulator import bq_emulator`.
The fixture sets BIGQUERY_EMULATOR_HOST for the session, the one switch BigQuerySink reads to talk
to the emulator instead of Google.

A subprocess rather than bqemulator's own in-process pytest plugin: the plugin module imports
testcontainers (not installed), and a separate process keeps the emulator's DuckDB and gRPC
threads out of the test interpreter. Run pytest with `-p no:bqemulator` so that plugin is not loaded.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

_START_TIMEOUT_SECONDS = 60.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _install_spatial_offline() -> None:
    """bqemulator runs `INSTALL spatial` at start-up, which downloads the extension unless it is
    already in DuckDB's extension folder: install it from the bundled duckdb-extension-spatial wheel."""
    import duckdb_extensions

    duckdb_extensions.import_extension("spatial")


def _die_with_parent() -> None:
    """Linux: have the kernel stop the emulator if the test process dies without cleaning up
    (killed by a timeout, say), so no orphan keeps its port. Elsewhere the finally-block is all."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _wait_until_up(url: str, proc: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + _START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"bqemulator exited with {proc.returncode}:\n{log_path.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"bqemulator did not answer on {url} within {_START_TIMEOUT_SECONDS}s")


@contextmanager
def running_emulator(log_dir: Path):
    """Start bqemulator on a free loopback port; yield its REST URL; stop it on exit."""
    _install_spatial_offline()
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    # No avro extension: loading it would try to download from extensions.duckdb.org.
    env = dict(os.environ, BQEMU_ENABLE_FORMAT_EXTENSIONS="false")
    log_path = log_dir / "bqemulator.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bqemulator", "start", "--ephemeral",
             "--rest-host", "127.0.0.1", "--rest-port", str(port),
             "--grpc-host", "127.0.0.1", "--grpc-port", "0", "--log-level", "warning"],
            env=env, stdout=log, stderr=subprocess.STDOUT, preexec_fn=_die_with_parent)
    try:
        _wait_until_up(url, proc, log_path)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# Shared by every test module that imports the fixture: pytest keeps one instance of an imported
# session fixture per module, so the emulator itself is reference-counted to start only once.
_shared = {"users": 0, "url": None, "stack": None}


def _acquire(log_dir: Path) -> str:
    if _shared["users"] == 0:
        stack = ExitStack()
        _shared["url"] = stack.enter_context(running_emulator(log_dir))
        _shared["stack"] = stack
    _shared["users"] += 1
    return _shared["url"]


def _release() -> None:
    _shared["users"] -= 1
    if _shared["users"] == 0:
        _shared["stack"].close()
        _shared["url"] = _shared["stack"] = None


@pytest.fixture(scope="session")
def bq_emulator(tmp_path_factory):
    """REST URL of a session-wide emulator, with BIGQUERY_EMULATOR_HOST pointing at it."""
    url = _acquire(tmp_path_factory.mktemp("bqemulator"))
    previous = os.environ.get("BIGQUERY_EMULATOR_HOST")
    os.environ["BIGQUERY_EMULATOR_HOST"] = url
    try:
        yield url
    finally:
        if previous is None:
            os.environ.pop("BIGQUERY_EMULATOR_HOST", None)
        else:
            os.environ["BIGQUERY_EMULATOR_HOST"] = previous
        _release()
