"""The trace view in a real browser (Debian's Chromium, headless) against the real server: the form, the chain
7/NQ-CP → 45-NQ/TW drawn hop by hop with each hop's sentence, and the errors (unknown number, ambiguous number
with its candidates, no chain) said in the page. Screenshots go to test-artifacts/."""

from __future__ import annotations

from urllib.parse import urlencode

import httpx
import pytest

from .browser import ARTIFACTS, console_problems, requested_elsewhere, wait_for
from .conftest import ROOT, SEED_NAME
from .test_document_page_browser import UNNAMED_CONTROLS, phone_screen, text_of

pytestmark = pytest.mark.browser

SEED_FILE = f"corpus/{SEED_NAME}.txt"
PROGRAMME_FILE = "corpus/02_nq-07-nq-cp-2025-thuc-hien-kl-96-kl-tw-phan-dau.txt"


def trace_url(server_url: str, **parameters: str) -> str:
    return server_url + "/trace?" + urlencode({"from" if k == "from_" else k: v for k, v in parameters.items()})


def wait_for_answer(driver, what: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#trace-result .panel"), what=what,
             screenshot="trace-page-failure.png")


def only_the_pages_own_status(driver, url: str, status: str) -> None:  # type: ignore[no-untyped-def]
    """An error page is answered with its HTTP status, which Chromium logs as a failed load of the page itself;
    nothing else may be logged."""
    problems = console_problems(driver)
    assert [(p["source"], p["message"]) for p in problems] == [
        ("network", f"{url} - Failed to load resource: the server responded with a status of {status}")]


def test_the_form_traces_7_nq_cp_to_45_nq_tw_in_two_hops(server_url, browser):
    from selenium.webdriver.common.by import By

    driver = browser
    console_problems(driver)
    driver.get(server_url + "/trace")
    form = wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "form#trace-form"), what="the form")[0]
    assert driver.find_elements(By.CSS_SELECTOR, "#trace-result > *") == []
    assert driver.switch_to.active_element.get_attribute("id") == "trace-from"
    assert [label.text for label in form.find_elements(By.CSS_SELECTOR, "label")] == [
        "Từ văn bản · From", "Đến văn bản · To (không bắt buộc · optional)"]
    driver.find_element(By.ID, "trace-from").send_keys("7/NQ-CP")
    driver.find_element(By.ID, "trace-to").send_keys("45-NQ/TW")
    button = form.find_element(By.CSS_SELECTOR, "button[type=submit]")
    assert button.text == "Truy vết · Trace"
    button.click()
    wait_for_answer(driver, "the chain")
    # The URL is the question: it can be shared.
    assert driver.current_url == trace_url(server_url, from_="7/NQ-CP", to="45-NQ/TW")
    assert driver.find_element(By.ID, "trace-from").get_attribute("value") == "7/NQ-CP"
    assert driver.find_element(By.ID, "answer-title").text == "7/NQ-CP → 45-NQ/TW: 2 bước · hops"

    # The chain drawn: three documents, two labelled arrows.
    chain = driver.find_element(By.CSS_SELECTOR, "ol.chain")
    assert [li.get_attribute("data-number") for li in chain.find_elements(By.CSS_SELECTOR, "li.chain-document")] == [
        "7/NQ-CP", "96-KL/TW", "45-NQ/TW"]
    arrows = chain.find_elements(By.CSS_SELECTOR, "li.chain-arrow")
    assert [(li.get_attribute("data-step"), text_of(li)) for li in arrows] == [("1", "implements"), ("2", "continues")]
    assert [a.get_attribute("href") for a in chain.find_elements(By.CSS_SELECTOR, "li.chain-document a")] == [
        server_url + "/documents/doc/nq/2025/7-nq-cp", server_url + "/documents/doc/kl/2024/96-kl-tw",
        server_url + "/documents/doc/nq/2019/45-nq-tw"]

    # Each hop with its sentence, the stating span marked, the file and the offsets.
    expected = httpx.get(server_url + "/trace", params={"from": "7/NQ-CP", "to": "45-NQ/TW"}, timeout=30).json()
    hops = driver.find_elements(By.CSS_SELECTOR, "ol.hops > li.hop")
    assert [(h.get_attribute("data-step"), h.get_attribute("data-relation")) for h in hops] == [
        ("1", "implements"), ("2", "continues")]
    for hop, answer in zip(hops, expected["hops"], strict=True):
        evidence = answer["evidence"]
        original = (ROOT / "data" / evidence["source"]).read_bytes().decode("utf-8")
        assert text_of(hop.find_element(By.CSS_SELECTOR, "blockquote.evidence mark")) == " ".join(
            original[evidence["start"]:evidence["end"]].split())
        sentence = hop.find_element(By.CSS_SELECTOR, "blockquote.evidence")
        assert text_of(sentence) == " ".join(evidence["sentence"].split())
        assert hop.find_element(By.CSS_SELECTOR, ".source").text == (
            f"{evidence['source']} [{evidence['start']}:{evidence['end']}]")
    second = hops[1]
    assert "tiếp tục thực hiện" in text_of(second.find_element(By.CSS_SELECTOR, "blockquote.evidence mark"))
    assert second.find_element(By.CSS_SELECTOR, ".source").text == f"{SEED_FILE} [367:505]"
    assert text_of(second.find_element(By.CSS_SELECTOR, ".also")) == (
        f"Cũng được nêu trong · Also stated in: {PROGRAMME_FILE}")

    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / "trace-7-NQ-CP-to-45-NQ-TW-desktop.png"))
    assert driver.execute_script(UNNAMED_CONTROLS) == []
    assert driver.execute_script("return getComputedStyle(document.body).fontFamily") == (
        '"Noto Sans", system-ui, sans-serif')
    assert requested_elsewhere(driver, server_url) == []
    assert console_problems(driver) == []


def test_the_chain_fits_a_phone(server_url, browser):
    from selenium.webdriver.common.by import By

    driver = browser
    console_problems(driver)
    with phone_screen(driver):
        driver.get(trace_url(server_url, from_="7/NQ-CP", to="45-NQ/TW"))
        wait_for_answer(driver, "the chain on a phone")
        assert driver.execute_script("return document.documentElement.scrollWidth") <= 390
        boxes = driver.find_elements(By.CSS_SELECTOR, "ol.chain li.chain-document")
        # One above the other on a narrow screen.
        assert [b.location["y"] for b in boxes] == sorted(b.location["y"] for b in boxes)
        assert len({b.location["x"] for b in boxes}) == 1
        ARTIFACTS.mkdir(exist_ok=True)
        driver.execute_script("document.querySelector('ol.chain').scrollIntoView()")
        driver.save_screenshot(str(ARTIFACTS / "trace-7-NQ-CP-to-45-NQ-TW-phone.png"))
    assert console_problems(driver) == []


def test_an_unknown_number_is_said_in_the_page(server_url, browser):
    from selenium.webdriver.common.by import By

    driver = browser
    console_problems(driver)
    url = trace_url(server_url, from_="1/XX-YY", to="45-NQ/TW")
    driver.get(url)
    wait_for_answer(driver, "the error")
    problem = driver.find_element(By.CSS_SELECTOR, "#trace-result .problem")
    assert (problem.get_attribute("role"), problem.get_attribute("data-status")) == ("alert", "404")
    assert problem.find_element(By.CSS_SELECTOR, "h2").text == "unknown document"
    assert problem.find_element(By.CSS_SELECTOR, ".detail").text == (
        "from='1/XX-YY': no document with that number or id in the store; list documents at /documents")
    assert driver.find_element(By.ID, "trace-from").get_attribute("value") == "1/XX-YY"
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / "trace-unknown-number.png"))
    only_the_pages_own_status(driver, url, "404 (Not Found)")


def test_no_chain_is_said_with_the_way_back(server_url, browser):
    from selenium.webdriver.common.by import By

    driver = browser
    console_problems(driver)
    driver.get(trace_url(server_url, from_="45-NQ/TW", to="7/NQ-CP"))
    wait_for_answer(driver, "the answer")
    panel = driver.find_element(By.CSS_SELECTOR, "#trace-result .no-chain")
    assert panel.find_element(By.CSS_SELECTOR, "h2").text == "Không có chuỗi · No chain from 45-NQ/TW to 7/NQ-CP"
    back = panel.find_element(By.CSS_SELECTOR, "a")
    assert back.text == "Thử chiều ngược lại · Try from 7/NQ-CP to 45-NQ/TW"
    back.click()
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "ol.hops > li.hop"), what="the way back")
    assert driver.current_url == trace_url(server_url, from_="doc/nq/2025/7-nq-cp", to="doc/nq/2019/45-nq-tw")
    assert len(driver.find_elements(By.CSS_SELECTOR, "ol.hops > li.hop")) == 2
    assert console_problems(driver) == []


# ---- a number that names two documents ----------------------------------------------------------
# (the two_resolutions_url fixture: conftest.py)


def test_an_ambiguous_number_lists_its_candidates_to_choose_from(two_resolutions_url, browser):
    from selenium.webdriver.common.by import By

    driver = browser
    console_problems(driver)
    url = trace_url(two_resolutions_url, from_="45-NQ/TW", to="7/NQ-CP")
    driver.get(url)
    wait_for_answer(driver, "the candidates")
    problem = driver.find_element(By.CSS_SELECTOR, "#trace-result .problem")
    assert problem.find_element(By.CSS_SELECTOR, "h2").text == "ambiguous number"
    assert problem.find_element(By.CSS_SELECTOR, ".detail").text.startswith("from='45-NQ/TW' names 2 documents")
    candidates = problem.find_elements(By.CSS_SELECTOR, "ul.candidates > li")
    assert [c.get_attribute("data-id") for c in candidates] == ["doc/nq/2019/45-nq-tw", "doc/nq/2023/45-nq-tw"]
    links = [c.find_element(By.CSS_SELECTOR, "a.trace-candidate") for c in candidates]
    assert [a.text for a in links] == ["Truy vết với · Trace with doc/nq/2019/45-nq-tw",
                                       "Truy vết với · Trace with doc/nq/2023/45-nq-tw"]
    # The ambiguous side is replaced, the other kept.
    assert [a.get_attribute("href") for a in links] == [
        trace_url(two_resolutions_url, from_=f"doc/nq/{year}/45-nq-tw", to="7/NQ-CP") for year in (2019, 2023)]
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / "trace-ambiguous-number.png"))
    assert driver.execute_script(UNNAMED_CONTROLS) == []
    only_the_pages_own_status(driver, url, "409 (Conflict)")

    url = trace_url(two_resolutions_url, from_="45-NQ/TW")
    driver.get(url)
    wait_for_answer(driver, "the candidates without a goal")
    only_the_pages_own_status(driver, url, "409 (Conflict)")
    second = driver.find_elements(By.CSS_SELECTOR, "ul.candidates a.trace-candidate")[1]
    second.click()
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".trace-answer #answer-title"),
             what="the chosen document")
    assert driver.current_url == trace_url(two_resolutions_url, from_="doc/nq/2023/45-nq-tw")
    assert driver.find_element(By.ID, "answer-title").text == (
        "Liên kết đi từ 45-NQ/TW · Links reachable from 45-NQ/TW (0)")
    assert console_problems(driver) == []
