"""The graph page (GET /graph) in Debian's headless Chromium, against the real server over data/corpus:
every document drawn, a click on a link shows its sentence, filters and search, a click on a document
opens its page, Noto Sans for Vietnamese, phone width, nothing loaded from other hosts."""

from __future__ import annotations

import httpx
import pytest

from .browser import ARTIFACTS, console_problems, requested_elsewhere, wait_for
from .corpus_gold import expected_documents, expected_links
from .server_queries import documents_in_store

pytestmark = pytest.mark.browser

CONTINUES_96_45 = "doc/kl/2024/96-kl-tw continues doc/nq/2019/45-nq-tw"
EVIDENCE_96_45 = ("Kết luận số 96-KL/TW ngày 30/9/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 45-NQ/TW "
                  "ngày 24/1/2019 của Bộ Chính trị khóa XII")


def open_graph(driver, url: str, screenshot: str = "graph-page-failure.png") -> None:  # type: ignore[no-untyped-def]
    driver.get(url)
    wait_for(driver, lambda d: d.execute_script("return !!(window.policygraphGraph && window.policygraphGraph.ready)"),
             what="the graph's first drawing", screenshot=screenshot)


def drawn(driver) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    return tuple(driver.execute_script(
        "const cy = window.policygraphGraph.cy; return [cy.nodes().length, cy.edges().length]"))


def wait_redrawn(driver, before: int, what: str) -> None:  # type: ignore[no-untyped-def]
    wait_for(driver, lambda d: d.execute_script("return window.policygraphGraph.renders") > before, what=what)


def click_canvas_at(driver, x: float, y: float) -> None:  # type: ignore[no-untyped-def]
    """A real mouse click at (x, y) in the graph's container (pixels from its top left corner)."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    container = driver.find_element(By.ID, "cy")
    # An instant scroll is done when the call returns (a smooth one would need waiting out).
    driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", container)
    width, height = container.size["width"], container.size["height"]
    offset = round(x - width / 2), round(y - height / 2)
    ActionChains(driver).move_to_element_with_offset(container, *offset).click().perform()


def test_every_document_is_drawn_and_a_click_on_a_link_shows_its_sentence(server_url, browser):
    from selenium.webdriver.common.by import By

    driver = browser
    console_problems(driver)  # what earlier pages logged
    open_graph(driver, server_url + "/graph")
    documents = documents_in_store(server_url)
    # The documents and links the gold of data/corpus names, less the known misses, with the known extras.
    links = len(expected_links())
    assert documents == len(expected_documents())
    assert drawn(driver) == (documents, links)
    status = driver.find_element(By.ID, "graph-status")
    assert status.text == f"Showing {documents} documents, {links} links."
    assert driver.execute_script(
        "return performance.getEntriesByName('policygraph:graph-first-render').length") == 1

    # Bring the link into view, then click the middle of the arrow on the canvas.
    x, y = driver.execute_script("""
        const cy = window.policygraphGraph.cy, edge = cy.getElementById(arguments[0]);
        cy.fit(edge.connectedNodes(), 150);
        const p = edge.renderedMidpoint(); return [p.x, p.y];""", CONTINUES_96_45)
    click_canvas_at(driver, x, y)
    panel = driver.find_element(By.ID, "panel-body")
    wait_for(driver, lambda d: panel.get_attribute("data-edge") == CONTINUES_96_45, what="the link's evidence")
    assert panel.find_element(By.CSS_SELECTOR, "blockquote.evidence mark").text == EVIDENCE_96_45
    assert "tiếp tục thực hiện" in panel.find_element(By.CSS_SELECTOR, "blockquote.evidence").text
    assert panel.find_element(By.CSS_SELECTOR, ".source .file").text == "corpus/000_849468c7549e9275.txt"
    assert panel.find_element(By.CSS_SELECTOR, ".source .offsets").text == "[367:505]"
    assert [(a.text, a.get_attribute("href")) for a in panel.find_elements(By.CSS_SELECTOR, ".edge-head a")] == [
        ("96-KL/TW", server_url + "/documents/doc/kl/2024/96-kl-tw"),
        ("45-NQ/TW", server_url + "/documents/doc/nq/2019/45-nq-tw"),
    ]
    assert panel.find_element(By.CSS_SELECTOR, ".relation").text.splitlines() == [
        "continues", "Tiếp tục thực hiện văn bản"]
    assert "corpus/02_nq-07-nq-cp-2025-thuc-hien-kl-96-kl-tw-phan-dau.txt" in panel.find_element(
        By.CSS_SELECTOR, ".also").text

    # Vietnamese is drawn in Noto Sans, the page's own font: both its subsets loaded from this server.
    fonts = driver.execute_script("""
        return document.fonts.ready.then(() => ({
          check: document.fonts.check('16px "Noto Sans"', 'Tiếp tục thực hiện Nghị quyết'),
          loaded: [...document.fonts].filter(f => f.family.replace(/"/g, '') === 'Noto Sans' && f.status === 'loaded')
                                     .map(f => f.unicodeRange.includes('U+1EA0-1EF9') ? 'vietnamese' : 'latin'),
          evidence: getComputedStyle(document.querySelector('blockquote.evidence')).fontFamily,
        }));""")
    assert fonts["check"] is True
    assert {"vietnamese", "latin"} <= set(fonts["loaded"])
    assert fonts["evidence"].startswith('"Noto Sans"')
    assert driver.execute_script("return window.policygraphGraph.cy.nodes()[0].style('font-family')").startswith(
        '"Noto Sans"')

    driver.execute_script("""window.scrollTo(0, 0); const cy = window.policygraphGraph.cy;
        cy.fit(cy.getElementById(arguments[0]).connectedNodes().closedNeighborhood().closedNeighborhood(), 30);""",
                          CONTINUES_96_45)
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / "graph-page-desktop.png"))
    assert requested_elsewhere(driver, server_url) == []
    assert console_problems(driver) == []


def test_filters_ask_for_fewer_documents_and_show_all_brings_them_back(server_url, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver = browser
    console_problems(driver)
    open_graph(driver, server_url + "/graph")
    wait_for(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#filter-relation option")) > 1,
             what="the filters' choices")
    status = driver.find_element(By.ID, "graph-status")

    def choose(select_id: str, value: str) -> None:
        before = driver.execute_script("return window.policygraphGraph.renders")
        Select(driver.find_element(By.ID, select_id)).select_by_value(value)
        wait_redrawn(driver, before, f"the graph after choosing {select_id}={value}")

    choose("filter-relation", "continues")
    assert drawn(driver) == (2, 1)
    assert status.text == "Showing 2 documents, 1 link."
    assert driver.execute_script("return window.location.search") == "?relation=continues"
    assert driver.execute_script("return window.policygraphGraph.layout") == "dagre"

    choose("filter-relation", "")
    choose("filter-issuer", "bo-chinh-tri")
    assert drawn(driver) == (4, 2)
    assert sorted(driver.execute_script("return window.policygraphGraph.cy.nodes().map(n => n.data('number'))")) == [
        "30-NQ/TW", "32-NQ/TW", "45-NQ/TW", "96-KL/TW"]

    choose("filter-issuer", "")
    choose("filter-year", "2019")
    expected = httpx.get(server_url + "/graph/data", params={"year": 2019}, timeout=60).json()["total"]
    assert drawn(driver)[0] == expected == 7

    before = driver.execute_script("return window.policygraphGraph.renders")
    driver.find_element(By.ID, "reset-button").click()
    wait_redrawn(driver, before, "the whole graph again")
    assert drawn(driver) == (118, 117)
    assert driver.execute_script("return window.location.search") == ""
    assert console_problems(driver) == []


def test_number_search_finds_and_centres_a_drawn_document_or_asks_the_server(server_url, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver = browser
    console_problems(driver)
    open_graph(driver, server_url + "/graph")
    box = driver.find_element(By.ID, "search-number")
    box.send_keys("45-nq/tw", Keys.ENTER)
    wait_for(driver, lambda d: d.find_element(By.ID, "panel-body").get_attribute("data-node") == "doc/nq/2019/45-nq-tw",
             what="the document found")
    # The centring animation started before the panel showed the document: wait until it has ended.
    wait_for(driver, lambda d: not d.execute_script("return window.policygraphGraph.cy.animated()"),
             what="the end of the centring animation")
    found = driver.execute_script("""
        const cy = window.policygraphGraph.cy, node = cy.nodes('.found');
        const p = node.renderedPosition();
        return {ids: node.map(n => n.id()), x: p.x, y: p.y, w: cy.width(), h: cy.height()};""")
    assert found["ids"] == ["doc/nq/2019/45-nq-tw"]
    assert abs(found["x"] - found["w"] / 2) < 3 and abs(found["y"] - found["h"] / 2) < 3
    link = driver.find_element(By.CSS_SELECTOR, "#panel-body .node-head a")
    assert (link.text, link.get_attribute("href")) == ("45-NQ/TW", server_url + "/documents/doc/nq/2019/45-nq-tw")
    # found among the drawn documents: no new request
    assert drawn(driver) == (len(expected_documents()), len(expected_links()))

    # A number that is not drawn is asked of the server: that document and its neighbours.
    box.clear()
    before = driver.execute_script("return window.policygraphGraph.renders")
    box.send_keys("99/XX-YY", Keys.ENTER)
    wait_redrawn(driver, before, "the graph for a number the store does not have")
    assert drawn(driver) == (0, 0)
    assert driver.find_element(By.ID, "graph-status").text.startswith("No document numbered 99/XX-YY")

    # The same view from a link: /graph?number=... draws the neighbourhood and highlights the document.
    open_graph(driver, server_url + "/graph?number=45-NQ/TW")
    assert drawn(driver) == (4, 3)
    assert driver.execute_script("return window.policygraphGraph.cy.nodes('.found').map(n => n.id())") == [
        "doc/nq/2019/45-nq-tw"]
    assert console_problems(driver) == []


def test_links_are_reachable_by_keyboard_and_every_control_has_a_name(server_url, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver = browser
    console_problems(driver)
    open_graph(driver, server_url + "/graph")
    driver.find_element(By.CSS_SELECTOR, "#link-list summary").click()
    button = driver.find_element(By.CSS_SELECTOR, f"#link-list button[data-edge='{CONTINUES_96_45}']")
    assert button.text == "96-KL/TW → continues → 45-NQ/TW"
    button.send_keys(Keys.ENTER)
    panel = driver.find_element(By.ID, "panel-body")
    wait_for(driver, lambda d: panel.get_attribute("data-edge") == CONTINUES_96_45, what="the link's evidence")
    assert panel.find_element(By.CSS_SELECTOR, "mark").text == EVIDENCE_96_45
    assert len(driver.find_elements(By.CSS_SELECTOR, "#link-list button")) == len(expected_links())
    assert len(driver.find_elements(By.CSS_SELECTOR, "#document-list a")) == len(expected_documents())
    unnamed = driver.execute_script("""
        const name = (el) => (el.getAttribute('aria-label') || el.textContent || '').trim()
          || (el.labels && el.labels[0] ? el.labels[0].textContent.trim() : '');
        return [...document.querySelectorAll('a, button, select, input, [role=img]')]
          .filter(el => !name(el)).map(el => el.outerHTML.slice(0, 80));""")
    assert unnamed == []
    assert console_problems(driver) == []


def test_a_click_on_a_document_opens_its_page(server_url, browser):
    driver = browser
    console_problems(driver)
    open_graph(driver, server_url + "/graph")
    x, y = driver.execute_script("""
        const cy = window.policygraphGraph.cy, node = cy.getElementById('doc/nq/2019/45-nq-tw');
        cy.fit(node.closedNeighborhood(), 150);
        const p = node.renderedPosition(); return [p.x, p.y];""")
    click_canvas_at(driver, x, y)
    wait_for(driver, lambda d: d.current_url == server_url + "/documents/doc/nq/2019/45-nq-tw",
             what="the document's page")
    assert console_problems(driver) == []


def test_the_page_fits_a_phone(server_url, browser):
    from selenium.webdriver.common.by import By

    driver = browser
    console_problems(driver)
    driver.set_window_size(390, 844)
    try:
        open_graph(driver, server_url + "/graph", screenshot="graph-page-phone-failure.png")
        assert driver.execute_script("return window.innerWidth") == 390
        assert driver.execute_script("return document.documentElement.scrollWidth") <= 390
        canvas = driver.find_element(By.ID, "cy").rect
        panel = driver.find_element(By.ID, "graph-panel").rect
        assert canvas["width"] <= 390 and canvas["height"] >= 280
        assert panel["y"] >= canvas["y"] + canvas["height"]  # the panel goes below the graph
        assert drawn(driver) == (118, 117)
        x, y = driver.execute_script("""
            const cy = window.policygraphGraph.cy, edge = cy.getElementById(arguments[0]);
            cy.fit(edge.connectedNodes(), 60);
            const p = edge.renderedMidpoint(); return [p.x, p.y];""", CONTINUES_96_45)
        click_canvas_at(driver, x, y)
        wait_for(driver, lambda d: d.find_element(By.ID, "panel-body").get_attribute("data-edge") == CONTINUES_96_45,
                 what="the link's evidence at phone width")
        driver.execute_script("document.querySelector('#panel-body .edge-head').scrollIntoView({block: 'center'})")
        ARTIFACTS.mkdir(exist_ok=True)
        driver.save_screenshot(str(ARTIFACTS / "graph-page-phone.png"))
        assert console_problems(driver) == []
    finally:
        driver.set_window_size(1400, 1000)



# Each node's label as drawn at the page's first zoom, in screen pixels (Cytoscape draws a label at font-size ×
# zoom, and not at all under min-zoomed-font-size).
LABELS_AT_FIRST_ZOOM = """
const cy = window.policygraphGraph.cy, zoom = cy.zoom();
return cy.nodes().map((n) => {
  const px = parseFloat(n.style("font-size")) * zoom;
  return {id: n.id(), label: n.style("label"),
          px: px >= parseFloat(n.style("min-zoomed-font-size")) ? Math.round(px * 10) / 10 : 0};
});
"""
READABLE_PX = 11  # the smallest label size read without zooming in (the page's own small text is 13 px)


@pytest.mark.parametrize("width", [1400, 390])
def test_the_most_cited_documents_are_labelled_readably_at_the_first_zoom(server_url, browser, width):
    driver = browser
    console_problems(driver)
    driver.set_window_size(width, 1000 if width > 390 else 844)
    try:
        open_graph(driver, server_url + "/graph")
        nodes = httpx.get(server_url + "/graph/data", timeout=60).json()["nodes"]
        most_cited = sorted(nodes, key=lambda n: (-n["cited_by"], n["id"]))[:10]
        assert all(n["cited_by"] > 1 for n in most_cited)
        shown = {n["id"]: n for n in driver.execute_script(LABELS_AT_FIRST_ZOOM)}
        assert [(n["id"], shown[n["id"]]["px"] >= READABLE_PX) for n in most_cited] == [
            (n["id"], True) for n in most_cited], [shown[n["id"]] for n in most_cited]
        assert [shown[n["id"]]["label"] for n in most_cited if n["number"]] == [
            n["number"] for n in most_cited if n["number"]]
        ARTIFACTS.mkdir(exist_ok=True)
        driver.save_screenshot(str(ARTIFACTS / f"graph-page-first-zoom-{width}.png"))
        assert console_problems(driver) == []
    finally:
        driver.set_window_size(1400, 1000)
