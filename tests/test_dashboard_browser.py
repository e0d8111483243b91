"""The dashboard as a person uses it: Debian's Chromium (headless, via Playwright) against a
real server on a loopback port, over the hand-built sample store of ``test_api``."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Self

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.browser
uvicorn = pytest.importorskip("uvicorn")
try:
    from playwright import sync_api as playwright_api
except ImportError:
    playwright_api = None

from test_api import RAQQA, build_sample_store

from marsad.api.app import create_app


def require_browser() -> None:
    """Skip without Chromium or Playwright; in CI (MARSAD_REQUIRE_SERVICES=1, like the other
    services) fail instead, so a broken install cannot hide the browser tests."""
    why = None
    if not CHROMIUM.exists():
        why = "needs Debian's chromium (apt-get install chromium fonts-noto-core; see .ci/browser.sh)"
    elif playwright_api is None:
        why = "needs the playwright package (pip install playwright; no browser download needed)"
    if why and os.environ.get("MARSAD_REQUIRE_SERVICES") == "1":
        pytest.fail(why)
    if why:
        pytest.skip(why)


class LiveServer:
    """uvicorn in a thread on a free 127.0.0.1 port."""

    def __init__(self, app: object) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def __enter__(self) -> Self:
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def serve_store(db_url: str) -> LiveServer:
    return LiveServer(create_app(db_url))


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    url = build_sample_store(tmp_path_factory.mktemp("dash") / "sample.db")
    with serve_store(url) as live:
        yield live


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    require_browser()
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: object, server: LiveServer) -> Iterator[object]:
    """A fresh page on the dashboard, loaded; collects console errors and page errors."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="ar")
    pg = context.new_page()
    pg.problems = []
    pg.on("console", lambda m: m.type == "error" and pg.problems.append(m.text))
    pg.on("pageerror", lambda e: pg.problems.append(str(e)))
    # Everything must come from our server: any other request means the page needs the network.
    pg.outside = []
    pg.on("request", lambda r: r.url.startswith(server.url) or pg.outside.append(r.url))
    pg.goto(server.url)
    pg.wait_for_selector("body[data-ready='1']", timeout=20_000)
    yield pg
    context.close()


def markers(pg: object) -> int:
    return pg.locator("#map path.event-marker").count()


def test_sample_events_appear_as_markers_with_no_network(page: object, tmp_path: Path) -> None:
    assert markers(page) == 4
    assert page.locator("#map").get_attribute("data-events") == "4"
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("#map").get_attribute("dir") == "ltr"
    assert page.locator("#map path.leaflet-interactive, #map svg path").count() > 100  # country outlines
    assert page.locator("#events-list .event-item").count() == 4
    assert page.outside == [] and page.problems == []
    shot = Path(os.environ.get("MARSAD_SCREENSHOT_DIR", tmp_path)) / "dashboard.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 20_000


def test_timeline_and_network_render(page: object) -> None:
    assert page.locator("#timeline").get_attribute("data-periods") == "8"  # 2017-10 … 2018-05, gaps kept
    assert page.locator("#timeline canvas").count() >= 1
    assert page.locator("#network").get_attribute("data-nodes") == "8"
    assert page.locator("#network canvas").count() >= 1
    # The Arabic font is the self-hosted one.
    assert page.evaluate("document.fonts.check('16px \"Noto Naskh Arabic\"', 'مرصد')")


def test_clicking_an_event_opens_its_article_with_the_evidence_highlighted(page: object) -> None:
    page.click(".event-item[data-article='raqqa']")
    panel = page.locator("#article-panel")
    panel.wait_for(state="visible")
    assert page.locator("#article-title").inner_text().startswith("قوات سوريا الديمقراطية")
    selected = page.locator("#article-text .evidence.selected")
    selected.first.wait_for()
    evidence = "".join(selected.all_text_contents())
    assert evidence == RAQQA.split("\n")[2]
    assert page.locator("#article-text .evidence.selected.trigger").inner_text() == "الهجوم"
    assert page.locator("#article-text").inner_text().replace("\n", "") == RAQQA.replace("\n", "")
    assert page.locator("#article-text .quote").count() >= 1
    assert page.locator("#article-text .ent-PER").first.inner_text() == "جيهان شيخ أحمد"
    page.click("#article-close")
    panel.wait_for(state="hidden")


def test_filters_change_the_map(page: object) -> None:
    page.select_option("#f-type", "PROTEST")
    page.wait_for_selector("#map[data-markers='1']")
    assert markers(page) == 1
    assert page.locator("#events-list .event-item").count() == 1
    assert "type=PROTEST" in page.url
    page.click("#reset")
    page.wait_for_selector("#map[data-markers='4']")
    page.fill("#f-from", "2018-04-01")
    page.click("#filters button[type=submit]")
    page.wait_for_selector("#map[data-markers='2']")
    assert page.locator("#timeline").get_attribute("data-periods") == "2"
    page.fill("#f-from", "")
    page.fill("#f-actor", "الحريري")
    page.press("#f-actor", "Enter")
    page.wait_for_selector("#map[data-markers='1']")
    assert page.locator("#events-list .event-item").get_attribute("data-article") == "beirut"


def test_a_marker_popup_lists_its_events_and_opens_the_article(page: object) -> None:
    page.locator("#map path.event-marker.type-PROTEST").click()
    button = page.locator(".leaflet-popup .popup-event")
    button.wait_for()
    assert "مئات الطلاب" in button.inner_text()
    button.click()
    page.locator("#article-panel").wait_for(state="visible")
    assert "".join(page.locator("#article-text .evidence.selected").all_text_contents()).startswith("تظاهر")


def test_english_interface_keeps_the_map_ltr_and_the_article_rtl(page: object) -> None:
    page.click("#lang-toggle")
    page.wait_for_selector("html[lang='en']")
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.locator("#map-panel h2").inner_text() == "Event map"
    assert page.locator("#article-text").get_attribute("dir") == "rtl"
    page.wait_for_selector("#timeline[data-lang='en']")


def test_search_box_finds_a_quote_and_opens_its_article(page: object) -> None:
    page.fill("#q", "المرحلة الأخيرة")
    page.press("#q", "Enter")
    panel = page.locator("#search-panel")
    panel.wait_for(state="visible")
    hits = page.locator("#search-results .search-hit")
    hits.first.wait_for()
    assert page.locator("#search-results .search-hit[data-article='raqqa']").count() >= 1
    assert "المرحلة الأخيرة" in page.locator("#search-results .search-hit[data-article='raqqa'] .ev").first.inner_text()
    page.locator("#search-results .search-hit[data-article='raqqa']").first.click()
    page.locator("#article-panel").wait_for(state="visible")
    assert page.locator("#article-title").inner_text().startswith("قوات سوريا الديمقراطية")
    page.click("#search-close")
    panel.wait_for(state="hidden")
    assert not page.problems and not page.outside
