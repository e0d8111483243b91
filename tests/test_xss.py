"""Article text is untrusted. An article whose text, title, source, URL, entities, quote and
event all carry script tags, event handlers and javascript: URLs is stored, served and opened
in the dashboard in a real browser: nothing executes, the markup shows as text, and the CSP
would stop an inline script even if one slipped into the page."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient
from test_api import RAQQA, build_sample_store

from marsad.api.app import create_app
from marsad.record import Article, Entity, Event, Location, Place, Quote, Span

SCRIPT = '<script>window.__xss="script";alert(1)</script>'
IMG = "<img src=x onerror=\"window.__xss='img';alert(2)\">"
SVG = "<svg onload=\"window.__xss='svg'\"></svg>"
LINK = "<a href=\"javascript:window.__xss='a'\">اضغط هنا</a>"
TEXT = (f"هاجم مسلحون {SCRIPT} قرية {IMG} قرب {SVG} في حلب صباح الأحد.\n"
        f"وقال شاهد {LINK} إن javascript:window.__xss='bare' لن يعمل.")
EVIL_ID = "evil"


def _span(sub: str, canonical: str | None = None) -> Span:
    start = TEXT.index(sub)
    return Span(start, start + len(sub), sub, canonical)


def evil_article() -> Article:
    line = TEXT.split("\n")[0]
    art = Article(id=EVIL_ID, raw=TEXT, text=TEXT, title=f"{IMG}عنوان {SCRIPT}", published="2018-06-01",
                  source="<b onmouseover=\"window.__xss='source'\">مصدر</b>",
                  url="javascript:window.__xss='url'", metadata={"content_hash": EVIL_ID})
    s = _span(SCRIPT)
    art.entities = [Entity(s.start, s.end, SCRIPT, "PER", 0.9, canonical='"><script>window.__xss="c"</script>'),
                    Entity(_span(IMG).start, _span(IMG).end, IMG, "ORG")]
    art.places = [Place(_span("حلب").start, _span("حلب").end, "حلب", IMG, "SY", "city", 36.2, 37.16, "city")]
    art.quotes = [Quote(speaker=_span(SVG), cue=_span("وقال"), quote=_span(LINK), direct=True)]
    art.events = [Event("ASSAULT", _span("هاجم"), Span(0, len(line), line), actor=_span(IMG, IMG),
                        target=_span(SVG, SVG),
                        location=Location(_span("حلب").start, _span("حلب").end, "حلب", None, LINK, 36.2, 37.16),
                        date="2018-06-01", date_precision="day")]
    return art


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_sample_store(tmp_path_factory.mktemp("xss") / "xss.db", extra=[evil_article()])


def test_api_returns_untrusted_text_as_json_data(db: str) -> None:
    with TestClient(create_app(db)) as c:
        response = c.get(f"/api/v1/articles/{EVIL_ID}")
        assert response.headers["content-type"].startswith("application/json")
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.json()["text"] == TEXT  # stored and served verbatim: escaping is the renderer's job
        events = c.get("/api/v1/events", params={"article": EVIL_ID}).json()["items"]
        assert events[0]["actor"]["text"] == IMG
        csp = c.get("/").headers["content-security-policy"]
        assert "script-src 'self'" in csp and "object-src 'none'" in csp and "base-uri 'none'" in csp


def test_dashboard_source_has_no_inline_script_or_html_sinks() -> None:
    static = Path(__file__).resolve().parents[1] / "src" / "marsad" / "api" / "static"
    html = (static / "index.html").read_text(encoding="utf-8")
    assert "<script>" not in html and not re.search(r"\son[a-z]+\s*=", html)  # no inline code or handlers
    for js in (static / "js").glob("*.js"):
        code = js.read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
            assert sink not in code, f"{js.name} uses {sink}"


@pytest.fixture(scope="module")
def live(db: str) -> Iterator[str]:
    pytest.importorskip("uvicorn")
    from test_dashboard_browser import serve_store

    with serve_store(db) as server:
        yield server.url


@pytest.mark.browser
def test_hostile_article_executes_nothing_in_the_browser(live: str) -> None:
    from test_dashboard_browser import CHROMIUM, CHROMIUM_ARGS, playwright_api, require_browser

    require_browser()
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(live)
        page.wait_for_selector("body[data-ready='1']", timeout=20_000)

        # The hostile event is listed, its markup shown as text.
        row = page.locator(f".event-item[data-article='{EVIL_ID}']")
        assert IMG in row.inner_text()
        # Its marker alone (place filter), hovered (tooltip) and opened (popup): names shown as text.
        page.fill("#f-place", "حلب")
        page.press("#f-place", "Enter")
        page.wait_for_selector("#map[data-markers='1']")
        marker = page.locator("#map path.event-marker")
        marker.hover()
        assert LINK in page.locator(".leaflet-tooltip").last.inner_text()
        marker.click()
        page.locator(".leaflet-popup .popup-event").first.wait_for()
        page.locator(".leaflet-popup .popup-event").first.click()
        page.locator("#article-panel").wait_for(state="visible")
        page.locator("#article-text .evidence.selected").first.wait_for()
        assert page.locator("#article-title").inner_text() == f"{IMG}عنوان {SCRIPT}"
        assert page.locator("#article-text").inner_text().replace("\n", "") == TEXT.replace("\n", "")
        for node in page.locator("#article-text span").all()[:20]:
            node.hover()  # mouseover handlers, were there any, would fire now
        page.locator("#article-events button").first.click()
        page.wait_for_timeout(300)
        # The search box lists the hostile article's text, title and names as text too.
        page.fill("#q", "مسلحون")
        page.press("#q", "Enter")
        page.locator(f"#search-results .search-hit[data-article='{EVIL_ID}']").first.wait_for()
        hit_text = page.locator(f"#search-results .search-hit[data-article='{EVIL_ID}']").first.inner_text()
        assert SCRIPT in hit_text or IMG in hit_text

        found = page.evaluate("""() => ({
            xss: window.__xss ?? null,
            scripts: [...document.querySelectorAll('script')].filter(s => !s.src).length,
            handlers: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes])
                .filter(a => a.name.startsWith('on')).map(a => a.name),
            jsLinks: [...document.querySelectorAll('[href],[src]')]
                .filter(e => /^\\s*javascript:/i.test(e.getAttribute('href') || e.getAttribute('src') || '')).length,
            injected: document.querySelectorAll('#article-panel img, #article-panel svg, #events-list img, ' +
                                                '.leaflet-popup img, .leaflet-tooltip img, #search-results img, #search-results svg').length,
        })""")
        assert found == {"xss": None, "scripts": 0, "handlers": [], "jsLinks": 0, "injected": 0}, json.dumps(found)
        assert dialogs == []

        # Defence in depth: even markup that reached the DOM could not run, the CSP blocks it.
        blocked = page.evaluate("""async () => {
            const s = document.createElement('script');
            s.textContent = 'window.__csp = "inline script ran"';
            document.body.append(s);
            const holder = document.createElement('div');
            holder.setAttribute('onclick', 'window.__csp = "handler ran"');
            document.body.append(holder);
            holder.click();
            await new Promise(r => setTimeout(r, 100));
            return window.__csp ?? null;
        }""")
        assert blocked is None
        browser.close()


def test_ingest_endpoint_stores_markup_as_text(tmp_path: Path) -> None:
    """Through the key-protected ingest endpoint and the real pipeline, when it is available."""
    db = build_sample_store(tmp_path / "i.db")
    with TestClient(create_app(db, api_key="k")) as c:
        # Mostly Arabic, so the language check lets it through to extraction.
        body = {"articles": [{"id": "hostile", "text": f"{RAQQA}\n{TEXT}", "title": SCRIPT,
                              "url": "javascript:alert(1)"}]}
        response = c.post("/api/v1/articles", json=body, headers={"X-API-Key": "k"})
        if response.status_code in (501, 503):
            pytest.skip(f"pipeline not available: {response.text}")
        assert response.status_code == 201, response.text
        assert response.json()["stored"] == ["hostile"]
        record = c.get("/api/v1/articles/hostile").json()
        assert record["title"] == SCRIPT and record["url"] == "javascript:alert(1)"  # data, kept as given
