"""The pages in a real browser: Debian's Chromium driven by Playwright for Python, clicking
through search -> article -> actor -> events -> map -> stories, with a screenshot of each step
saved to $RASD_ARTIFACTS (default test-artifacts/web/). No browser is downloaded: the test
skips when /usr/bin/chromium or the playwright package is missing.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")
uvicorn = pytest.importorskip("uvicorn")

from fastapi import FastAPI  # noqa: E402

from .conftest import HOSTILE_ID, STORY  # noqa: E402

ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage"]  # a small /dev/shm in containers would crash the renderer
ARTIFACTS = Path(os.environ.get("RASD_ARTIFACTS") or Path(__file__).resolve().parents[2] / "test-artifacts") / "web"
TIMEOUT_MS = 10_000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(app: FastAPI) -> Iterator[str]:
    """The app served by uvicorn in a thread, on a free loopback port, for this module only."""
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not instance.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    """A page that records every dialog (an alert would mean injected script ran) and script error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ar")
    tab = context.new_page()
    tab.set_default_timeout(TIMEOUT_MS)
    tab.dialogs, tab.errors = [], []
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    tab.on("pageerror", lambda error: tab.errors.append(str(error)))
    yield tab
    context.close()


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_click_through_search_article_actor_events_map_stories(server: str, page: Any) -> None:
    expect = sync_api.expect
    page.goto(server + "/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    page.fill("#q", "أردوغان")
    page.press("#q", "Enter")
    page.wait_for_url("**/search?q=*")
    hit = page.locator("ol.hits a.doc-title", has_text="أردوغان ينتقد الدعم")
    expect(hit).to_be_visible()
    expect(page.locator(".actors-found a", has_text="رجب طيب أردوغان")).to_be_visible()
    shot(page, "01-search")

    hit.click()
    page.wait_for_url("**/documents/*")
    expect(page.locator("h1.doc-heading")).to_have_text("أردوغان ينتقد الدعم الأمريكي للأكراد")
    mention = page.locator(".article .body a.hl-ent[data-ent='erdogan']").first
    expect(mention).to_be_visible()
    event_item = page.locator(".panel .item[data-kind='ev']").first
    event_item.click()
    expect(event_item).to_have_class("item selected")
    assert page.locator(".article .body .active").count() > 0  # its evidence lit up in the text
    shot(page, "02-article")

    mention.click()
    page.wait_for_url("**/actors/erdogan")
    expect(page.locator(".card h1")).to_have_text("رجب طيب أردوغان")
    expect(page.locator(".card .name-en")).to_contain_text("Recep Tayyip")
    expect(page.locator("svg.timeline rect.bar").first).to_be_visible()
    expect(page.locator("svg.network circle.node").first).to_be_visible()
    shot(page, "03-actor")

    page.locator(".card a.button", has_text="أحداثه في الجدول").click()
    page.wait_for_url("**/events?actor=erdogan")
    expect(page.locator("table.events tbody tr").first).to_be_visible()
    page.select_option("select[name=plover]", "ACCUSE")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_url("**plover=ACCUSE**")
    expect(page.locator("table.events tbody tr")).to_have_count(1)
    expect(page.locator("table.events")).to_contain_text("111")
    shot(page, "04-events")

    page.locator("header nav a", has_text="الخريطة").click()
    page.wait_for_url("**/map")
    circle = page.locator("svg.map a[data-place='syr'] circle")
    expect(circle).to_be_visible()
    before = page.locator("#map").get_attribute("viewBox")
    page.locator("[data-zoom=in]").click()
    page.locator("#map").hover()
    page.mouse.wheel(0, -300)
    after = page.locator("#map").get_attribute("viewBox")
    assert before != after and float(after.split()[2]) < float(before.split()[2]) / 2  # zoomed in
    shot(page, "05-map")
    page.locator("[data-zoom=reset]").click()
    page.locator("svg.map a[data-place='syr']").click()
    page.wait_for_url("**/events?place=syr")
    expect(page.locator("table.events tbody tr").first).to_be_visible()

    page.locator("header nav a", has_text="القصص").click()
    page.wait_for_url("**/stories")
    page.locator(f"a[href='/stories/{STORY}']").click()
    page.wait_for_url(f"**/stories/{STORY}")
    expect(page.locator("ul.docs li")).to_have_count(2)
    shot(page, "06-story")
    assert page.dialogs == [] and page.errors == []


def test_hostile_article_runs_no_script_and_english_toggle(server: str, page: Any) -> None:
    expect = sync_api.expect
    page.goto(f"{server}/documents/{HOSTILE_ID}")
    expect(page.locator("h1.doc-heading")).to_contain_text("<script>alert(1)</script>")  # shown as text
    expect(page.locator(".article .body")).to_contain_text("<img src=x onerror=alert(1)>")
    assert page.locator(".article img, .article script, .panel img, .panel script").count() == 0
    page.locator(".panel .item[data-kind='q']").first.click()
    page.mouse.move(640, 300)  # over the text: an onmouseover would fire here
    page.locator("details.removed summary").click()
    shot(page, "07-hostile")
    for url in ("/", "/events", "/map", "/actors/hostile-actor", "/search?q=عنوان"):
        page.goto(server + url)
        page.wait_for_load_state("load")
    assert page.dialogs == [], page.dialogs

    page.goto(f"{server}/actors/erdogan")
    page.locator("#lang-toggle").click()
    page.wait_for_url("**lang=en")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    expect(page.locator("h2#timeline-h")).to_have_text("Events over time")
    page.locator("header nav a", has_text="Events").click()  # the cookie keeps English
    expect(page.locator("h1")).to_have_text("Events")
    shot(page, "08-english-events")
    assert page.errors == []
