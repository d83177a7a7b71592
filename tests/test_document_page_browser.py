"""The document page in a real browser (Debian's Chromium, headless) against the real server over data/corpus:
the solution areas with their tasks, actors and roles, the links with their evidence, and the source text with
every extracted span highlighted at its offsets. Screenshots go to test-artifacts/."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from .browser import ARTIFACTS, console_problems, requested_elsewhere, wait_for
from .conftest import ROOT, SEED_NAME
from .structure_gold import seed_area_task_counts

pytestmark = pytest.mark.browser

SEED_FILE = f"corpus/{SEED_NAME}.txt"
PAGE_7_NQ_CP = "/documents/doc/nq/2025/7-nq-cp"

# For every highlighted span of a text on the page: "start-end" -> the text of its <mark>s joined (a span that
# crosses another is cut into several marks with the same offsets).
MARKED_TEXTS = """
const panel = document.querySelector(`.source-panel[data-file="${arguments[0]}"]`);
const out = {};
for (const mark of panel.querySelectorAll(".source-text mark.span")) {
  const key = `${mark.dataset.start}-${mark.dataset.end}`;
  out[key] = (out[key] || "") + mark.textContent;
}
// As JSON: a lone UTF-16 surrogate (a character cut in half) then reaches the test as "\\udXXX" to compare.
return JSON.stringify({marks: out, whole: panel.querySelector(".source-text").textContent});
"""
# Links and buttons without an accessible name (text, aria-label or title).
UNNAMED_CONTROLS = """
return [...document.querySelectorAll("a, button, input, summary")].filter((el) => {
  if (el.tagName === "INPUT") return !(el.labels && el.labels.length && el.labels[0].textContent.trim());
  return !((el.getAttribute("aria-label") || "").trim() || el.textContent.trim() || (el.title || "").trim());
}).map((el) => el.outerHTML.slice(0, 120));
"""


def open_page(driver, url: str, what: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    driver.get(url)
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".source-panel .source-text mark.span"),
             what=what, screenshot="document-page-failure.png")


@contextmanager
def phone_screen(driver) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """A 390×844 phone screen for the time of the block (the browser is shared by the session)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True})
    try:
        yield
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def text_of(element) -> str:  # type: ignore[no-untyped-def]
    # textContent, not .text: .text is what the layout shows (nothing inside a closed <details>).
    return " ".join((element.get_attribute("textContent") or "").split())


def test_the_page_of_7_nq_cp_lists_its_seven_solution_areas_with_their_tasks(server_url, browser, seed_gold):
    from selenium.webdriver.common.by import By

    driver = browser
    console_problems(driver)  # forget what earlier pages logged
    open_page(driver, server_url + PAGE_7_NQ_CP, "the document page of 7/NQ-CP")
    assert driver.find_element(By.CSS_SELECTOR, "#document h2").text == "Nghị quyết 7/NQ-CP"
    assert text_of(driver.find_element(By.CSS_SELECTOR, "#areas-title")) == (
        "Lĩnh vực nhiệm vụ, giải pháp · Solution areas (7)")
    areas = driver.find_elements(By.CSS_SELECTOR, "#areas ol.areas > li.area")
    shown = [(a.get_attribute("data-path"),
              text_of(a.find_element(By.CSS_SELECTOR, ".area-heading .ordinal")),
              text_of(a.find_element(By.CSS_SELECTOR, ".area-heading .area-title")),
              text_of(a.find_element(By.CSS_SELECTOR, ".task-count")),
              len(a.find_elements(By.CSS_SELECTOR, "ol.tasks > li.task"))) for a in areas]
    gold_areas = zip(seed_gold["solution_areas"], seed_area_task_counts(), strict=True)
    assert shown == [(str(n), f"{n}.", " ".join(gold["title"].split()), f"{count} nhiệm vụ · tasks", count)
                     for n, (gold, count) in enumerate(gold_areas, 1)]
    assert driver.find_elements(By.CSS_SELECTOR, "#areas .loose-tasks") == []

    area_3 = driver.find_element(By.CSS_SELECTOR, "li.area[data-path='3']")
    first_task = area_3.find_element(By.CSS_SELECTOR, "li.task")
    assert text_of(first_task.find_element(By.CSS_SELECTOR, ".task-text")).startswith(
        "Thành phố Hải Phòng phối hợp với các bộ, cơ quan liên quan")
    assert [(a.get_attribute("data-role"), text_of(a.find_element(By.CSS_SELECTOR, ".role")),
             text_of(a.find_element(By.CSS_SELECTOR, ".actor")))
            for a in first_task.find_elements(By.CSS_SELECTOR, "li.assignment")] == [
        ("lead", "Chủ trì", "Ủy ban nhân dân thành phố Hải Phòng"),
        ("coordinating", "Phối hợp", "các bộ, các cơ quan ngang bộ, cơ quan thuộc Chính phủ"),
    ]
    # The task's offsets lead to its span in the source text below.
    jump = first_task.find_element(By.CSS_SELECTOR, ".task-meta a.offsets")
    assert jump.text == f"{SEED_FILE} [2968:3103]"
    driver.execute_script("arguments[0].click()", jump)
    assert driver.execute_script("return location.hash") == "#text0-2968-3103"
    target = driver.find_element(By.CSS_SELECTOR, ":target")
    assert (target.tag_name, target.get_attribute("data-start"), target.get_attribute("data-end")) == (
        "mark", "2968", "3103")
    assert "k-Task" in target.get_attribute("class").split()

    # Links, each with the sentence that states it.
    implements = driver.find_element(By.CSS_SELECTOR, "#outgoing li.link[data-relation='implements']")
    assert implements.find_element(By.CSS_SELECTOR, ".link-head a").text == "96-KL/TW"
    document = httpx.get(server_url + PAGE_7_NQ_CP, timeout=30).json()
    evidence = next(link["evidence"] for link in document["outgoing"] if link["relation"] == "implements")
    assert text_of(implements.find_element(By.CSS_SELECTOR, "blockquote.evidence mark")) == evidence["text"]
    assert implements.find_element(By.CSS_SELECTOR, ".source").text == f"{SEED_FILE} [297:419]"
    shown_links = [(li.get_attribute("data-relation"), text_of(li.find_element(By.CSS_SELECTOR, ".link-head a")))
                   for li in driver.find_elements(By.CSS_SELECTOR, "#outgoing li.link")]
    assert shown_links == [(link["relation"], link["document"]["number"]) for link in document["outgoing"]]

    driver.execute_script("window.scrollTo(0, 0)")
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / "document-page-7-NQ-CP-desktop.png"))
    assert driver.execute_script(UNNAMED_CONTROLS) == []
    assert requested_elsewhere(driver, server_url) == []
    assert console_problems(driver) == []


def test_every_span_of_the_source_text_is_highlighted_at_its_offsets(server_url, browser):
    from selenium.webdriver.common.by import By

    driver = browser
    console_problems(driver)
    open_page(driver, server_url + PAGE_7_NQ_CP, "the highlighted source text")
    source = httpx.get(server_url + "/sources/" + SEED_FILE, timeout=30).json()
    original = (ROOT / "data" / SEED_FILE).read_bytes().decode("utf-8")
    assert source["text"] == original
    shown = json.loads(driver.execute_script(MARKED_TEXTS, SEED_FILE))
    assert shown["whole"] == original  # cutting the text into marks loses and repeats nothing
    assert shown["marks"] == {f"{s['start']}-{s['end']}": original[s["start"]:s["end"]] for s in source["spans"]}
    assert shown["marks"]["2742-2967"].startswith("Cơ cấu lại nền kinh tế")
    assert shown["marks"]["367-505"].endswith("tiếp tục thực hiện Nghị quyết số 45-NQ/TW ngày 24/1/2019 của Bộ "
                                              "Chính trị khóa XII")

    # Each kind of span can be switched off; the others keep their look.
    legend = {box.get_attribute("data-kind"): box
              for box in driver.find_elements(By.CSS_SELECTOR, ".source-panel .span-legend input[type=checkbox]")}
    assert list(legend) == ["SolutionArea", "Task", "Assignment", "Organization", "Place", "Target",
                            "DocumentRelation", "DocumentMention"]
    task = driver.find_element(By.CSS_SELECTOR, ".source-text mark.k-Task[data-start='2968']")
    background = "return getComputedStyle(arguments[0]).backgroundColor"
    assert driver.execute_script(background, task) == "rgba(46, 160, 67, 0.14)"
    driver.execute_script("arguments[0].click()", legend["Task"])
    assert driver.execute_script(background, task) == "rgba(0, 0, 0, 0)"
    driver.execute_script("arguments[0].click()", legend["Task"])
    assert driver.execute_script(background, task) == "rgba(46, 160, 67, 0.14)"
    assert console_problems(driver) == []


def test_the_page_fits_a_phone_and_draws_vietnamese_in_noto_sans(server_url, browser):
    from selenium.webdriver.common.by import By

    driver = browser
    console_problems(driver)
    with phone_screen(driver):
        open_page(driver, server_url + PAGE_7_NQ_CP, "the document page on a phone")
        assert driver.execute_script("return window.innerWidth") == 390
        # Nothing wider than the screen: no sideways scrolling.
        assert driver.execute_script("return document.documentElement.scrollWidth") <= 390
        heading = driver.find_element(By.CSS_SELECTOR, "li.area[data-path='3'] .area-title")
        assert heading.size["width"] <= 390
        ARTIFACTS.mkdir(exist_ok=True)
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(str(ARTIFACTS / "document-page-7-NQ-CP-phone.png"))
        driver.execute_script("arguments[0].scrollIntoView()", heading)
        driver.save_screenshot(str(ARTIFACTS / "document-page-7-NQ-CP-phone-area-3.png"))
    fonts = driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        document.fonts.ready.then(() => done({
          family: getComputedStyle(document.body).fontFamily,
          heading: getComputedStyle(document.querySelector('.area-title')).fontFamily,
          loaded: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family} ${f.weight}`),
          covers: document.fonts.check('16px "Noto Sans"', 'Cơ cấu lại nền kinh tế gắn với đổi mới ằễự'),
        }));""")
    assert fonts["family"] == fonts["heading"] == '"Noto Sans", system-ui, sans-serif'
    assert '"Noto Sans" 400' in fonts["loaded"] or "Noto Sans 400" in fonts["loaded"], fonts
    assert fonts["covers"] is True
    fetched = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert server_url + "/vendor/noto-sans/noto-sans-vietnamese-400-normal.woff2" in fetched
    assert requested_elsewhere(driver, server_url) == []
    assert console_problems(driver) == []


# ---- offsets past a character outside the BMP ------------------------------------------------------
# An emoji is one code point (one Python index, the unit of the stored offsets) but two UTF-16 code units
# in JavaScript: a page that indexed the string directly would mark every later span one character early.
ASTRAL_TEXTS = {
    "bmp/astral.txt": "📌 Nghị quyết số 45-NQ/TW ngày 24/01/2019 của Bộ Chính trị về xây dựng và phát triển thành "
                      "phố Hải Phòng đến năm 2030, tầm nhìn đến năm 2045.\n𝐊 Kết luận số 96-KL/TW ngày 30/9/2024 "
                      "của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 45-NQ/TW.\n",
}


@pytest.fixture(scope="module")
def astral_url(tmp_path_factory) -> Iterator[str]:
    from policygraph.ingest import ingest_paths
    from policygraph.store.opening import open_store
    from tests.live_server import live_server

    # A data folder of its own (the texts are served from the data folder), with the real one's files.
    data = tmp_path_factory.mktemp("data")
    for part in (ROOT / "data").iterdir():
        (data / part.name).symlink_to(part, target_is_directory=part.is_dir())
    for name, text in ASTRAL_TEXTS.items():
        (data / name).parent.mkdir(parents=True, exist_ok=True)
        (data / name).write_text(text, encoding="utf-8")
    store = tmp_path_factory.mktemp("astral") / "store"
    with pytest.MonkeyPatch.context() as patch:
        from policygraph.config import get_settings

        patch.setenv("POLICYGRAPH_DATA_DIR", str(data))
        get_settings.cache_clear()
        try:
            with open_store(str(store)) as opened:
                summary = ingest_paths([data], opened, validate=False, data_dir=get_settings().data_dir)
        finally:
            get_settings.cache_clear()
    assert [o.source for o in summary.outcomes if o.status == "ingested"] == list(ASTRAL_TEXTS)
    with live_server(store, tmp_path_factory.mktemp("logs") / "server.log", POLICYGRAPH_DATA_DIR=str(data)) as url:
        yield url


def test_spans_after_characters_outside_the_bmp_are_marked_at_their_code_point_offsets(astral_url, browser):
    from selenium.webdriver.common.by import By

    driver = browser
    console_problems(driver)
    name, text = next(iter(ASTRAL_TEXTS.items()))
    source = httpx.get(astral_url + "/sources/" + name, timeout=30).json()
    assert source["text"] == text
    mentions = [s for s in source["spans"] if any(st["kind"] == "DocumentMention" for st in s["statements"])]
    assert [text[s["start"]:s["end"]] for s in mentions][:1] == ["Nghị quyết số 45-NQ/TW ngày 24/01/2019 của Bộ "
                                                                 "Chính trị"]
    assert mentions[0]["start"] == 2  # "📌 " is two code points (three UTF-16 code units)
    driver.get(astral_url + "/documents/doc/nq/2019/45-nq-tw")
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".source-text mark.span"),
             what="the highlighted text", screenshot="document-page-astral-failure.png")
    shown = json.loads(driver.execute_script(MARKED_TEXTS, name))
    assert shown["whole"] == text
    assert shown["marks"] == {f"{s['start']}-{s['end']}": s["text"] for s in source["spans"]}
    assert console_problems(driver) == []


def test_the_marked_texts_are_the_json_spans(server_url):
    """The page's two sources agree: the document's evidence and the source text's spans."""
    document = httpx.get(server_url + PAGE_7_NQ_CP, timeout=30).json()
    source = httpx.get(server_url + "/sources/" + SEED_FILE, timeout=30).json()
    spans = {(s["start"], s["end"]): s["text"] for s in source["spans"]}
    evidences = [a["evidence"] for a in document["solution_areas"]] + [t["evidence"] for t in document["tasks"]]
    evidences += [a["evidence"] for t in document["tasks"] for a in t["assignments"]]
    evidences += [link["evidence"] for link in document["outgoing"] + document["incoming"]
                  if link["evidence"]["source"] == SEED_FILE]
    assert evidences and all(spans[(e["start"], e["end"])] == e["text"] for e in evidences), json.dumps(
        [e for e in evidences if spans.get((e["start"], e["end"])) != e["text"]], ensure_ascii=False)[:500]


def theme_scheme_labels() -> dict[str, tuple[str, str]]:
    """Every theme's slug -> (prefLabel@vi, prefLabel@en), read from ontology/schemes/themes.ttl."""
    from rdflib import Graph, Literal, Namespace
    from rdflib.namespace import SKOS

    theme = Namespace("https://w3id.org/policygraph/scheme/theme/")
    scheme = Graph().parse(ROOT / "ontology" / "schemes" / "themes.ttl")
    labels: dict[str, tuple[str, str]] = {}
    for concept in set(scheme.subjects(SKOS.inScheme, None)) | set(scheme.objects(None, SKOS.hasTopConcept)):
        if not str(concept).startswith(str(theme)):
            continue
        names = {label.language: str(label) for label in scheme.objects(concept, SKOS.prefLabel)
                 if isinstance(label, Literal)}
        labels[str(concept)[len(str(theme)):]] = (names["vi"], names["en"])
    return labels


def test_theme_tags_show_the_schemes_vietnamese_and_english_labels(server_url, browser):
    from selenium.webdriver.common.by import By

    driver = browser
    console_problems(driver)
    labels = theme_scheme_labels()
    document = httpx.get(server_url + PAGE_7_NQ_CP, timeout=30).json()
    area_3 = next(area for area in document["solution_areas"] if area["path"] == "3")
    first_task = next(task for task in document["tasks"] if task["area"] == area_3["iri"])
    assert first_task["themes"] == ["circular-economy", "green-economy"]
    open_page(driver, server_url + PAGE_7_NQ_CP, "the document page of 7/NQ-CP")
    shown_area = driver.find_element(By.CSS_SELECTOR, "li.area[data-path='3'] .area-meta")
    assert [text_of(tag) for tag in shown_area.find_elements(By.CSS_SELECTOR, ".theme")] == [
        f"{labels[code][0]} · {labels[code][1]}" for code in area_3["themes"]]
    shown_task = driver.find_element(By.CSS_SELECTOR, "li.area[data-path='3'] li.task .task-meta")
    assert [text_of(tag) for tag in shown_task.find_elements(By.CSS_SELECTOR, ".theme")] == [
        "Kinh tế tuần hoàn · Circular economy", "Kinh tế xanh · Green economy"]
    assert [f"{labels[code][0]} · {labels[code][1]}" for code in first_task["themes"]] == [
        "Kinh tế tuần hoàn · Circular economy", "Kinh tế xanh · Green economy"]
    # Every tag on the page, not only area 3's: a label from the scheme, the slug kept as its title.
    tags = driver.execute_script(
        "return [...document.querySelectorAll('.theme')].map((t) => [t.title, t.textContent])")
    assert tags and all(text == f"{labels[code][0]} · {labels[code][1]}" for code, text in tags), tags
    assert console_problems(driver) == []
