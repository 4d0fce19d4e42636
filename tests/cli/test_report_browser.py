"""The HTML report in a real browser (Debian's Chromium, headless): it draws its charts, runs nothing, fetches nothing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PIL import Image

from newsmark import cli

from reportproject import make_project

CLAIM_ORANGE = (0xE6, 0x9F, 0x00)  # the default claim tag's color


def chromium() -> str:
    """The browser to test with; missing, the test fails saying how to get it (CI installs it)."""
    found = os.environ.get("NEWSMARK_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.fail("Chromium is needed to test the HTML report in a browser: apt-get install -y chromium")
    return found


class Canary(BaseHTTPRequestHandler):
    """A local web server that only counts who asked it for anything."""

    hits: list[str] = []

    def do_GET(self):  # noqa: N802 - http.server's name
        Canary.hits.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, *_args):
        pass


@pytest.fixture
def canary():
    Canary.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Canary)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def browse(page: Path, folder: Path) -> tuple[Path, str, list[str]]:
    """Open ``page`` headless: its screenshot, its DOM after loading, and the URLs the page itself requested."""
    png, net = folder / "shot.png", folder / "net.json"
    command = [
        chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={folder / 'profile'}", f"--screenshot={png}", "--window-size=1200,2000",
        # Chromium's own update checks stay off the internet; the canary on 127.0.0.1 stays reachable.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        f"--log-net-log={net}", "--net-log-capture-mode=Everything", "--dump-dom", page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    log = json.loads(net.read_text(encoding="utf-8"))
    names = {number: name for name, number in log["constants"]["logEventTypes"].items()}
    requested = [
        e["params"]["url"] for e in log["events"]
        if names[e["type"]] == "URL_REQUEST_START_JOB" and "url" in e.get("params", {})
        # The browser's own requests (update checks) have no initiator; the page's name the page's origin.
        and e["params"].get("initiator") != "not an origin"
    ]
    return png, done.stdout, requested


def test_the_report_draws_its_charts_and_runs_and_fetches_nothing(tmp_path, canary):
    title = f'<script>document.title="pwned"</script><img src="{canary}/leak.png"><link rel="stylesheet" href="{canary}/x.css">'
    project = make_project(tmp_path / "team.newsmark", title=title)
    report = tmp_path / "report.html"
    assert cli.main(["report", str(project), "-o", str(report)]) == 0
    png, dom, requested = browse(report, tmp_path)
    assert requested == [] and Canary.hits == []
    assert dom.count("<svg") == 9 and "<script" not in dom and "<img" not in dom
    assert "<title>Newsmark report: team.newsmark</title>" in dom  # no script changed it
    assert "&lt;script&gt;document.title" in dom  # the title is shown as text
    image = Image.open(png).convert("RGB")
    assert image.size == (1200, 2000)
    colors = image.getcolors(maxcolors=1 << 20)
    assert len(colors) > 50  # text, lines and bars, not a blank page
    assert sum(n for n, rgb in colors if rgb == CLAIM_ORANGE) > 300  # the claim bars, in the claim tag's color


def test_the_browser_check_sees_a_page_that_fetches(tmp_path, canary):
    page = tmp_path / "fetching.html"
    page.write_text(f'<!DOCTYPE html><p>control</p><img src="{canary}/control.png">', encoding="utf-8")
    _png, dom, requested = browse(page, tmp_path)
    assert requested == [f"{canary}/control.png"] and Canary.hits == ["/control.png"]
    assert "control" in dom
