"""The HTML report as a reader sees it, in headless Chromium (Debian's chromium + chromedriver).

Skipped when Chromium or its driver is missing, unless STORYDIFF_REQUIRE_BROWSER=1
(set by .ci/run, whose set-up installs them).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import storydiff
from storydiff.diff import diff_story
from storydiff.render.html import render_html

from .conftest import DEMO

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")


@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM and DRIVER):
        if os.environ.get("STORYDIFF_REQUIRE_BROWSER") == "1":
            pytest.fail("chromium/chromedriver missing and STORYDIFF_REQUIRE_BROWSER=1")
        pytest.skip("chromium and chromedriver are not installed")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def ferry_page(tmp_path_factory) -> Path:
    arts = {a.id: a for a in storydiff.read([DEMO]).articles}
    ids = ["ferry-mp-wire", "ferry-courier", "ferry-northgate", "ferry-valdora-times"]
    page = tmp_path_factory.mktemp("report") / "ferry.html"
    page.write_text(render_html(diff_story([arts[i] for i in ids], story="ferry")), "utf-8")
    return page


def _open(driver, page: Path):
    from selenium.webdriver.common.by import By

    driver.get(page.as_uri())
    return By


def test_conflicts_are_the_first_boxed_section_and_red(browser, ferry_page):
    by = _open(browser, ferry_page)
    box = browser.find_element(by.CSS_SELECTOR, ".conflicts")
    assert box.is_displayed()
    assert "Five passengers" in box.text
    assert "37 passengers" in box.text
    assert box.value_of_css_property("border-top-color") == "rgba(220, 38, 38, 1)"
    headings = [h.text for h in browser.find_elements(by.TAG_NAME, "h2")]
    assert headings[:2] == ["Versions", "Conflicting facts"]


def test_summary_table_lists_every_version(browser, ferry_page):
    by = _open(browser, ferry_page)
    rows = browser.find_elements(by.CSS_SELECTOR, "table.summary tr")
    assert len(rows) == 5
    assert "ferry-valdora-times" in rows[-1].text


def test_additions_are_green_and_shared_text_is_muted(browser, ferry_page):
    by = _open(browser, ferry_page)
    added = browser.find_element(by.CSS_SELECTOR, "#adds .add, li .add")
    assert added.value_of_css_property("background-color") == "rgba(220, 252, 231, 1)"
    shared = browser.find_element(by.CSS_SELECTOR, ".row .shared")
    assert shared.value_of_css_property("color") == "rgba(107, 114, 128, 1)"


def test_altered_quote_shows_both_wordings_and_the_speaker(browser, ferry_page):
    by = _open(browser, ferry_page)
    rows = [r for r in browser.find_elements(by.CSS_SELECTOR, "tr") if "trained to do" in r.text]
    assert rows
    text = rows[0].text
    assert "altered" in text
    assert "Lena Haxby" in text
    assert "did exactly what" in text
    assert "did what they" in text


def test_source_link_jumps_to_the_sentence_in_the_version_text(browser, ferry_page):
    by = _open(browser, ferry_page)
    link = browser.find_element(by.CSS_SELECTOR, ".conflicts a.src")
    target = link.get_attribute("href").split("#", 1)[1]
    browser.execute_script("arguments[0].click();", link)
    assert browser.current_url.endswith("#" + target)
    element = browser.find_element(by.ID, target)
    top = browser.execute_script("return arguments[0].getBoundingClientRect().top;", element)
    # scrolled into view, give or take the sub-pixel a scroll position rounds to
    assert -1 < top < browser.execute_script("return window.innerHeight;")


def test_page_fits_the_window_without_sideways_scrolling(browser, ferry_page):
    _open(browser, ferry_page)
    width = browser.execute_script("return document.documentElement.scrollWidth;")
    assert width <= browser.execute_script("return window.innerWidth;")
