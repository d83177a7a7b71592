"""Debian's Chromium, headless, driven by Selenium through the local chromedriver (no Selenium Manager,
no browser download), for the page tests. A missing browser is a failure with instructions, never a skip:
the pages must be shown to work."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    "--disable-default-apps", "--disable-extensions", "--window-size=1400,1000", "--lang=vi",
)
INSTALL_HINT = ("run `make browser` (it installs Debian's chromium and chromium-driver: "
                "apt-get install --no-install-recommends chromium chromium-driver)")


def executable(name: str, debian_path: str) -> str:
    found = shutil.which(name) or (debian_path if Path(debian_path).is_file() else None)
    if found is None:
        pytest.fail(f"{name} is not installed ({debian_path} is missing): {INSTALL_HINT}", pytrace=False)
    return found


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.fail("selenium is not installed: run `make test` (it installs the dev dependencies)", pytrace=False)
    options = webdriver.ChromeOptions()
    options.binary_location = executable("chromium", "/usr/bin/chromium")
    profile = tempfile.mkdtemp(prefix="policygraph-chromium-")
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # The Service's executable path makes Selenium skip Selenium Manager (which would download a driver).
    service = Service(executable_path=executable("chromedriver", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait_for(driver, condition, timeout: float = 30, what: str = "the page", screenshot: str = "page-failure.png"):  # type: ignore[no-untyped-def]
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        return WebDriverWait(driver, timeout).until(lambda d: condition(d))
    except Exception as exc:  # a timeout: keep what the page showed
        ARTIFACTS.mkdir(exist_ok=True)
        driver.save_screenshot(str(ARTIFACTS / screenshot))
        logs = driver.get_log("browser")
        raise AssertionError(f"timed out waiting for {what}; console: {logs}; "
                             f"screenshot: test-artifacts/{screenshot}") from exc




def console_problems(driver) -> list[dict]:  # type: ignore[no-untyped-def]
    """The browser console's errors and warnings since the last call."""
    return [entry for entry in driver.get_log("browser") if entry["level"] in {"SEVERE", "WARNING"}]


def requested_elsewhere(driver, server_url: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Resources the page loaded from anywhere but ``server_url`` (must be none: no CDN, no network)."""
    names = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    return [name for name in names if not name.startswith(server_url + "/")]
