"""The query page in a real browser: Debian's Chromium, headless, driven by Selenium through the local
chromedriver (no Selenium Manager, no browser download), against the real server over data/corpus.

A missing browser is a failure with instructions, never a skip: the page must be shown to work."""

from __future__ import annotations

import httpx
import pytest

from .browser import ARTIFACTS, wait_for
from .conftest import ROOT

pytestmark = pytest.mark.browser


def filter_results(driver, text: str) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """Type into YASGUI's results filter and return the visible rows' cells (row number dropped)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    box = driver.find_element(By.CSS_SELECTOR, ".yasr input[placeholder='Filter query results']")
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys(Keys.BACKSPACE)
    if text:
        box.send_keys(text)

    def filtered(d) -> bool:  # type: ignore[no-untyped-def]
        """The table shows the filter's answer: every row holds the text, or, with no text, no filter."""
        info = d.find_element(By.CSS_SELECTOR, ".yasr .dataTables_info, .yasr .dt-info").text
        if not text:
            return "filtered" not in info
        rows = d.find_elements(By.CSS_SELECTOR, ".yasr table.dataTable tbody tr")
        return "filtered" in info and bool(rows) and all(
            text.casefold() in (row.get_attribute("textContent") or "").casefold() for row in rows)

    wait_for(driver, filtered, what=f"the results filtered by {text!r}")
    rows = driver.find_elements(By.CSS_SELECTOR, ".yasr table.dataTable tbody tr")
    # textContent, not .text: the rendered text depends on layout (a narrow cell hides the datatype).
    return [[" ".join((cell.get_attribute("textContent") or "").split())
             for cell in row.find_elements(By.CSS_SELECTOR, "td")][1:] for row in rows]


def test_saved_documents_query_runs_in_the_page_and_links_documents(server_url, browser):
    from selenium.webdriver.common.by import By

    driver = browser
    driver.get(server_url + "/")
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "button.saved-query[data-query='documents']"),
             what="the saved queries")
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".yasqe .CodeMirror"), what="the editor")

    # Offline by construction: only this server's files, and no network-bound completers.
    completers = driver.execute_script(
        "return window.policygraphQueryPage.yasgui.getTab().getYasqe().config.autocompleters")
    assert completers == ["prefixes", "variables"]
    assert driver.execute_script("return window.policygraphQueryPage.yasgui.getTab().getEndpoint()") == (
        server_url + "/sparql")
    # Syntax highlighting: CodeMirror marks SPARQL keywords.
    assert driver.find_elements(By.CSS_SELECTOR, ".yasqe .CodeMirror .cm-keyword")

    driver.find_element(By.CSS_SELECTOR, "button.saved-query[data-query='documents']").click()
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".yasr table.dataTable tbody tr td a.iri"),
             what="the results table")
    saved = (ROOT / "queries" / "documents.rq").read_text(encoding="utf-8")
    assert driver.execute_script("return window.policygraphQueryPage.yasgui.getTab().getQuery()") == saved
    assert driver.execute_script("return window.policygraphQueryPage.yasgui.getTab().getName()") == "documents"

    # The table holds every row the endpoint gives for the same query.
    expected = httpx.post(server_url + "/sparql", data={"query": saved},
                          headers={"Accept": "application/sparql-results+json"}, timeout=60).json()
    total = len(expected["results"]["bindings"])
    info = driver.find_element(By.CSS_SELECTOR, ".yasr .dataTables_info, .yasr .dt-info").text
    assert info.endswith(f"of {total} entries"), info

    rows = filter_results(driver, "7/NQ-CP")
    assert [row[1:4] for row in rows] == [["7/NQ-CP", '"Nghị quyết"@vi', '"2025-01-10"^^xsd:date']]
    link = driver.find_element(By.CSS_SELECTOR, ".yasr table.dataTable tbody tr a.iri")
    assert link.get_attribute("href") == server_url + "/documents/doc/nq/2025/7-nq-cp"
    assert link.text == "data:doc/nq/2025/7-nq-cp"
    rows = filter_results(driver, "45-NQ/TW")
    assert [row[1] for row in rows] == ["45-NQ/TW"]
    document = httpx.get(driver.find_element(By.CSS_SELECTOR, ".yasr tbody a.iri").get_attribute("href"), timeout=30)
    assert document.status_code == 200 and document.json()["number"] == "45-NQ/TW"

    assert len(filter_results(driver, "")) == min(total, 50)
    driver.execute_script("window.scrollTo(0, 0)")
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / "query-page.png"))

    resources = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert resources and all(name.startswith(server_url + "/") for name in resources), resources
    problems = [entry for entry in driver.get_log("browser") if entry["level"] in {"SEVERE", "WARNING"}]
    assert problems == []


def test_a_document_link_opens_the_documents_page_with_its_evidence(server_url, browser):
    from selenium.webdriver.common.by import By

    driver = browser
    driver.get(server_url + "/documents/doc/nq/2025/7-nq-cp")
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#outgoing li.link"), what="the document's links")
    assert driver.find_element(By.CSS_SELECTOR, "#document h2").text == "Nghị quyết 7/NQ-CP"
    implements = driver.find_element(By.CSS_SELECTOR, "#outgoing li.link[data-relation='implements']")
    assert implements.find_element(By.CSS_SELECTOR, ".link-head a").get_attribute("href") == (
        server_url + "/documents/doc/kl/2024/96-kl-tw")
    assert implements.find_element(By.CSS_SELECTOR, "mark").text.startswith("Nghị quyết 7/NQ-CP ngày 10/1/2025")
    assert implements.find_element(By.CSS_SELECTOR, ".source").text == "corpus/000_849468c7549e9275.txt [297:419]"
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / "document-page.png"))
    resources = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert all(name.startswith(server_url + "/") for name in resources), resources
    assert [entry for entry in driver.get_log("browser") if entry["level"] in {"SEVERE", "WARNING"}] == []


def test_api_page_lists_the_endpoints_without_reaching_other_hosts(server_url, browser):
    from selenium.webdriver.common.by import By

    driver = browser
    driver.get(server_url + "/api")
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".opblock-summary-path"), what="the API page")
    paths = {e.get_attribute("data-path") for e in driver.find_elements(By.CSS_SELECTOR, ".opblock-summary-path")}
    assert {"/documents", "/documents/by-number", "/documents/{document_id}", "/trace", "/extract",
            "/validate", "/queries", "/sparql"} <= paths
    resources = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert all(name.startswith(server_url + "/") for name in resources), resources
    assert [entry for entry in driver.get_log("browser") if entry["level"] in {"SEVERE", "WARNING"}] == []


# ---- the home page: every page one click away, a nav that fits a phone, the pages' font ------------------
HOME_NAV_LINKS = """
return [...document.querySelectorAll("header nav a")].map((a) => new URL(a.href).pathname);
"""


def test_the_home_page_links_the_graph_trace_documents_and_api_pages(server_url, browser):
    from selenium.webdriver.common.by import By

    driver = browser
    driver.get(server_url + "/")
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "header nav a"), what="the home page's nav")
    assert set(driver.execute_script(HOME_NAV_LINKS)) >= {"/graph", "/trace", "/documents", "/api"}
    # /documents, followed from the page, is a page for people (not the JSON the API answers).
    driver.find_element(By.CSS_SELECTOR, "header nav a[href^='/documents']").click()
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#documents tbody tr a[href^='/documents/doc/']"),
             what="the documents page", screenshot="documents-page-failure.png")
    listed = httpx.get(server_url + "/documents", params={"limit": 1000}, timeout=60).json()
    rows = driver.find_elements(By.CSS_SELECTOR, "#documents tbody tr")
    assert len(rows) == listed["total"]
    link = driver.find_element(By.CSS_SELECTOR, "#documents tbody a[href='/documents/doc/nq/2025/7-nq-cp']")
    assert link.text == "7/NQ-CP"
    assert [entry for entry in driver.get_log("browser") if entry["level"] in {"SEVERE", "WARNING"}] == []


def test_the_home_page_nav_fits_a_phone(server_url, browser):
    from selenium.webdriver.common.by import By

    driver = browser
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True})
    try:
        driver.get(server_url + "/")
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".yasqe .CodeMirror"), what="the editor")
        assert driver.execute_script("return window.innerWidth") == 390
        nav = driver.execute_script("return document.querySelector('header nav').getBoundingClientRect().toJSON()")
        assert nav["left"] >= 0 and nav["right"] <= 390, nav
        assert driver.execute_script("return document.documentElement.scrollWidth") <= 390
        ARTIFACTS.mkdir(exist_ok=True)
        driver.save_screenshot(str(ARTIFACTS / "query-page-phone.png"))
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_the_home_page_uses_the_font_of_the_other_pages(server_url, browser):
    from selenium.webdriver.common.by import By

    driver = browser
    family = "return getComputedStyle(document.body).fontFamily"
    driver.get(server_url + "/documents/doc/nq/2025/7-nq-cp")
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#document h2"), what="the document page")
    document_font = driver.execute_script(family)
    driver.get(server_url + "/")
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".yasqe .CodeMirror"), what="the editor")
    assert driver.execute_script(family) == document_font == '"Noto Sans", system-ui, sans-serif'
    saved = driver.find_element(By.CSS_SELECTOR, ".saved-queries h2")
    assert saved.value_of_css_property("font-family") == document_font


# The row number's text and the first column's text, each as drawn (a Range's box, not the cell's).
ROW_NUMBER_AND_FIRST_CELL = """
const row = document.querySelector(".yasr table.dataTable tbody tr");
const drawn = (node) => { const range = document.createRange(); range.selectNodeContents(node);
                          return range.getBoundingClientRect().toJSON(); };
return {number: drawn(row.querySelector(".rowNumber")), first: drawn(row.children[1]),
        font: parseFloat(getComputedStyle(row.children[1]).fontSize)};
"""


def test_the_row_numbers_stand_apart_from_the_first_column(server_url, browser):
    from selenium.webdriver.common.by import By

    driver = browser
    driver.get(server_url + "/")
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "button.saved-query[data-query='documents']"),
             what="the saved queries")
    driver.find_element(By.CSS_SELECTOR, "button.saved-query[data-query='documents']").click()
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".yasr table.dataTable tbody tr td a.iri"),
             what="the results table")
    boxes = driver.execute_script(ROW_NUMBER_AND_FIRST_CELL)
    # At least half a character between the number and the value: they read as two columns.
    assert boxes["first"]["left"] - boxes["number"]["right"] >= boxes["font"] / 2, boxes
