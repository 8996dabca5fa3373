"""The desk in Debian's Chromium, driven by Playwright: map markers, filters, a contested thread, the
article highlights and the XSS test. Saves the README's screenshots to ``docs/img/``."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.model]
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

CHROMIUM = Path("/usr/bin/chromium")
IMG = Path(__file__).resolve().parent.parent / "docs" / "img"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]
HOSTILE_TITLE = "<script>alert(1)</script>"
HOSTILE_TEXT = 'Breaking: <img src=x onerror="alert(2)"> and <svg onload="alert(3)"> in Hama. The end.'


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict]]:
    """A running desk on 127.0.0.1 over the demo data (``examples/`` through the real pipeline, as
    ``make demo`` stores it) plus one hostile article."""
    import uvicorn

    from sayso.ingestion import ingest
    from sayso.store import open_store
    from sayso.web import create_app
    from sayso.web.sample import article, fill

    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('browser') / 'store.db'}")
    report = ingest([EXAMPLES], store)
    assert report.added and not report.bad
    hostile = article(HOSTILE_TITLE, HOSTILE_TEXT)
    fill(store, [hostile])
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(store, token=None, tile_url=None), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}", {"hostile": hostile.article.id}
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found (apt-get install chromium chromium-driver; CI installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1360, "height": 860})
    pg = context.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))  # type: ignore[attr-defined]
    pg.on("console", lambda msg: msg.type == "error" and pg.errors.append(msg.text))  # type: ignore[attr-defined]
    yield pg
    context.close()


def test_map_shows_markers_for_the_demo_data(desk, page) -> None:
    base, _ = desk
    page.goto(base + "/")
    page.wait_for_selector("path.event-marker")
    markers = page.locator("path.event-marker")
    total = int(page.locator("#event-count").inner_text())
    assert markers.count() == total > 0
    assert page.locator("path.event-marker.denied").count() >= 1  # hollow markers for denied events
    assert page.locator("path.leaflet-interactive, svg path").count() > total  # the country outlines drew
    IMG.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(IMG / "map.png"))
    assert not page.errors, page.errors


def test_a_filter_narrows_the_markers_and_a_marker_opens_its_claims(desk, page) -> None:
    base, _ = desk
    page.goto(base + "/")
    page.wait_for_selector("path.event-marker")
    before = page.locator("path.event-marker").count()
    page.select_option("select[name=type]", "Battles")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**type=Battles**")
    page.wait_for_selector("path.event-marker")
    after = page.locator("path.event-marker")
    assert 0 < after.count() < before
    assert page.locator("path.event-marker.type-1").count() == after.count()  # all Battles-coloured
    after.first.dispatch_event("click")  # a DOM click: the marker may sit under the map edge mid-animation
    claim = page.wait_for_selector("#claims .claim")
    text = claim.inner_text()
    assert "Claimed by" in text and "Battles" in text
    assert claim.query_selector("a[href^='/articles/']") is not None
    assert not page.errors, page.errors


def test_a_contested_thread_shows_both_stances_with_reasons(desk, page) -> None:
    base, _ = desk
    page.goto(base + "/threads")
    page.locator("tr.contested a").first.click()
    page.wait_for_selector(".members")
    against = page.locator("li.member.stance-contradicts")
    support = page.locator("li.member.stance-corroborates")
    assert against.count() >= 1 and support.count() >= 1
    for member in (against.first, support.first):
        assert member.locator(".reason").inner_text().startswith("Why:")
        assert member.locator("blockquote.evidence mark").count() == 1
    members = page.locator("li.member")
    for i in range(members.count()):  # each member names its outlet and who speaks (the chain's links)
        assert members.nth(i).locator(".speaker").inner_text().strip()
    page.screenshot(path=str(IMG / "thread.png"), full_page=True)
    assert not page.errors, page.errors


def test_an_article_shows_its_highlights_and_hover_cards(desk, page) -> None:
    base, _ = desk
    page.goto(base + "/search?q=terrorists")
    page.locator("ol.results a").first.click()
    page.wait_for_selector(".article-text")
    for css in ("hl-stmt", "hl-speaker", "hl-cue", "hl-place", "hl-time", "hl-qty", "hl-event"):
        assert page.locator(f".article-text .{css}").count() >= 1, css
    page.wait_for_function("() => performance.getEntriesByType('resource').some(e => e.name.endsWith('.json'))")
    page.locator(".article-text .hl-place", has_text="Hama").first.hover()
    card = page.locator("#hovercard")
    card.wait_for(state="visible")
    assert "place" in card.inner_text() and "Hama" in card.inner_text()
    page.screenshot(path=str(IMG / "article.png"), full_page=True)
    assert not page.errors, page.errors


def test_hostile_article_content_never_runs(desk, page) -> None:
    base, ids = desk
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.add_init_script("window.__xss = []; window.alert = (m) => window.__xss.push(String(m));")
    page.goto(f"{base}/articles/{ids['hostile']}")
    page.wait_for_selector(".article-text")
    assert page.locator("h1").inner_text() == HOSTILE_TITLE  # shown as text
    assert page.locator(".article-text").inner_text().startswith("Breaking: <img src=x")
    assert page.locator(".article-text img, .article-text svg, main script").count() == 0
    page.goto(f"{base}/search?q=breaking")
    page.wait_for_selector("ol.results")
    page.goto(f"{base}/")
    page.wait_for_selector("path.event-marker")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__xss") == [] and dialogs == []
