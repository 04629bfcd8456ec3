"""Headless Chromium for tests: open a page from a file, as a person would, with no network at all.

`chromium` (the fixture) finds Debian's chromium, installing it once with apt-get when absent, and
skips the test with the reason when it cannot. `probe(page)` loads a copy of the page with a small
script in front that records script errors and what each chart drew, and returns that record;
`screenshot(page, png)` saves what the page looks like. Name resolution is mapped to nowhere
(--host-resolver-rules), so a page that needed the network would show it here.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-extensions", "--hide-scrollbars", "--host-resolver-rules=MAP * ~NOTFOUND"]
# Virtual time, not wall-clock time: headless Chromium runs the page's timers and loading until
# this much page time has passed, however slow the machine is.
_VIRTUAL_TIME_MS = 20000
_RUN_TIMEOUT_S = 300
_PROBE_ID = "__report_probe"
_PROBE = """<script>
window.__probe = {errors: []};
window.addEventListener('error', function (e) { window.__probe.errors.push('error: ' + (e.message || e)); });
window.addEventListener('unhandledrejection', function (e) { window.__probe.errors.push('rejection: ' + e.reason); });
(function () { var original = console.error; console.error = function () {
  window.__probe.errors.push('console.error: ' + Array.prototype.join.call(arguments, ' '));
  return original.apply(console, arguments); }; })();
window.addEventListener('load', function () { setTimeout(function () {
  var charts = Array.prototype.map.call(document.querySelectorAll('section.chart'), function (section) {
    var div = section.querySelector('.plotly-graph-div');
    var data = (div && div._fullData) || [];
    return {name: section.getAttribute('data-chart'), drawn: !!(div && div.querySelector('.main-svg')),
            traces: data.map(function (t) { return {type: t.type, points: ((t.type === 'heatmap' ? t.z : t.x) || []).length}; }),
            marks: div ? div.querySelectorAll('.heatmaplayer image, .scatterlayer .point, .barlayer .point').length : 0};
  });
  var pre = document.createElement('pre'); pre.id = '%s';
  pre.textContent = JSON.stringify({errors: window.__probe.errors, charts: charts, plotly: typeof Plotly});
  document.body.appendChild(pre);
}, 1000); });
</script>""" % _PROBE_ID


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


def install_chromium() -> str:
    """Debian's chromium via apt-get; the log of what failed when it cannot."""
    log = []
    for command in (["apt-get", "install", "-y", "--no-install-recommends", "chromium"],
                    ["apt-get", "update"], ["apt-get", "install", "-y", "--no-install-recommends", "chromium"]):
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=900)
        except (OSError, subprocess.TimeoutExpired) as e:
            log.append(f"{' '.join(command)}: {e}")
            break
        log.append(f"{' '.join(command)}: exit {done.returncode} {done.stderr.strip()[-300:]}")
        if find_chromium():
            break
    return "\n".join(log)


@pytest.fixture(scope="session")
def chromium() -> str:
    path = find_chromium()
    if path is None:
        log = install_chromium()
        path = find_chromium()
        if path is None:
            pytest.skip(f"headless Chromium is not installed and apt-get could not install it:\n{log}")
    return path


def _run(browser: str, args: list[str]) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        return subprocess.run([browser, *_FLAGS, f"--user-data-dir={profile}",
                               f"--virtual-time-budget={_VIRTUAL_TIME_MS}", *args],
                              capture_output=True, text=True, timeout=_RUN_TIMEOUT_S)


def probe(browser: str, page: Path) -> dict:
    """{"errors": [...], "charts": [{name, drawn, traces, marks}], "plotly": "object"} for the page."""
    html = page.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="report-probe-") as tmp:
        probed = Path(tmp) / page.name
        probed.write_text(html.replace("<head>", "<head>\n" + _PROBE, 1), encoding="utf-8")
        done = _run(browser, ["--dump-dom", probed.as_uri()])
    found = re.search(rf'<pre id="{_PROBE_ID}">(.*?)</pre>', done.stdout, re.S)
    if not found:
        raise AssertionError(f"the page never finished loading in Chromium (exit {done.returncode}):\n"
                             f"{done.stderr[-2000:]}")
    from html import unescape

    return json.loads(unescape(found.group(1)))


def screenshot(browser: str, page: Path, png: Path, width: int = 1400, height: int = 2600) -> Path:
    done = _run(browser, [f"--screenshot={png}", f"--window-size={width},{height}", page.as_uri()])
    if not png.is_file() or png.stat().st_size == 0:
        raise AssertionError(f"Chromium wrote no screenshot (exit {done.returncode}):\n{done.stderr[-2000:]}")
    return png
