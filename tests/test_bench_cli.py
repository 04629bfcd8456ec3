"""benchmarks.bench_cli's plain parts: the trafilatura config it writes and the URL list it builds."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from benchmarks.bench_cli import (CLI_SETTINGS, cli_command, count_cli_outputs, html_pages, page_urls,
                                  write_cli_config, write_url_list)

TRAFILATURA = Path(sys.executable).parent / "trafilatura"


def test_config_overrides_only_its_keys_over_trafilaturas_defaults(tmp_path):
    settings = pytest.importorskip("trafilatura.settings")
    config = settings.use_config(str(write_cli_config(tmp_path / "t.cfg")))
    assert config.getboolean("DEFAULT", "SSRF_PROTECTION") is False
    assert config.getfloat("DEFAULT", "SLEEP_TIME") == 0.0
    # everything else keeps trafilatura's default
    assert config.getint("DEFAULT", "MIN_EXTRACTED_SIZE") == settings.DEFAULT_CONFIG.getint(
        "DEFAULT", "MIN_EXTRACTED_SIZE")


def test_the_keys_we_set_exist_in_trafilaturas_own_settings():
    settings = pytest.importorskip("trafilatura.settings")
    for key in CLI_SETTINGS:
        assert settings.DEFAULT_CONFIG.has_option("DEFAULT", key), key


def test_page_urls_are_relative_to_the_served_folder_and_encoded(tmp_path):
    (tmp_path / "news").mkdir()
    for name in ("news/b.html", "a.html", "mandelplätzchen.html", "notes.txt"):
        (tmp_path / name).write_text("<html></html>", encoding="utf-8")
    pages = html_pages(tmp_path)
    assert [p.name for p in pages] == ["a.html", "mandelplätzchen.html", "b.html"]
    urls = page_urls(tmp_path, pages, "http://127.0.0.1:8000")
    assert urls == ["http://127.0.0.1:8000/a.html", "http://127.0.0.1:8000/mandelpl%C3%A4tzchen.html",
                    "http://127.0.0.1:8000/news/b.html"]
    listed = write_url_list(tmp_path / "urls.txt", urls).read_text(encoding="utf-8").splitlines()
    assert listed == urls


def test_cli_command_reads_the_list_with_parallel_downloads_and_our_config(tmp_path):
    cmd = cli_command("trafilatura", tmp_path / "urls.txt", tmp_path / "out", tmp_path / "t.cfg")
    assert cmd[cmd.index("--input-file") + 1] == str(tmp_path / "urls.txt")
    assert cmd[cmd.index("--parallel") + 1] == "2"
    assert cmd[cmd.index("--config-file") + 1] == str(tmp_path / "t.cfg")
    assert cmd[cmd.index("--output-dir") + 1] == str(tmp_path / "out")


@pytest.mark.skipif(not TRAFILATURA.exists() and not shutil.which("trafilatura"),
                    reason="the trafilatura command line is not installed")
def test_the_cli_accepts_the_options_we_pass():
    import subprocess

    exe = str(TRAFILATURA) if TRAFILATURA.exists() else shutil.which("trafilatura")
    usage = subprocess.run([exe, "--help"], capture_output=True, text=True, check=True).stdout
    for option in ("--input-file", "--parallel", "--output-dir", "--config-file"):
        assert option in usage


def test_cli_outputs_are_counted_in_subfolders_too(tmp_path):
    (tmp_path / "1").mkdir()
    (tmp_path / "x.txt").write_text("a")
    (tmp_path / "1" / "y.txt").write_text("b")
    assert count_cli_outputs(tmp_path) == 2
