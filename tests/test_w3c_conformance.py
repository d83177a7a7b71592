"""W3C SPARQL 1.1 conformance, through the HTTP endpoint of a real server (tests/w3c/harness.py).

Pins the set of tests that pass, by name (tests/w3c/baseline.json "passed"): a test that stops
passing fails the run even when another starts passing beside it, and a test that starts passing
fails it too until the baseline records it (so the list of failures can only shrink by a recorded
fix). A failure is never excused when it is the endpoint's: every failure is run again in pyoxigraph
in-process, and only the same wrong answer there is Oxigraph's. About 40 s on two cores.
"""

from __future__ import annotations

import pytest

from .w3c import harness

pytestmark = pytest.mark.slow


def test_w3c_suites_pass_exactly_the_recorded_tests(tmp_path, capsys):
    with harness.running_server(tmp_path / "store", tmp_path / "server.log") as url:
        outcomes = harness.run_suites(url)
    baseline = harness.read_baseline()
    with capsys.disabled():
        print("\n" + harness.table(harness.summarize(outcomes), baseline["folders"]))
    departures = harness.departures(outcomes, baseline)
    assert departures == {kind: [] for kind in departures}
    assert len(baseline["passed"]) == 476


def test_a_new_failure_fails_the_run_even_beside_a_new_pass():
    """The ratchet itself, on a two-test baseline: trading one pass for another is a departure, and so is
    a failure of the endpoint's even when the baseline lists the test as failing."""
    baseline = {"passed": ["bind/bind01"], "failures": {"bind": {"bind02": {}}}}

    def outcome(test: str, passed: bool, cause: str = "") -> harness.Outcome:
        return harness.Outcome("bind", test, "query", passed, "" if passed else "wrong rows", cause)

    as_recorded = harness.departures([outcome("bind01", True), outcome("bind02", False, "oxigraph: fails")], baseline)
    assert list(as_recorded.values()) == [[], [], [], []]
    traded = harness.departures([outcome("bind01", False, "oxigraph: fails"), outcome("bind02", True)], baseline)
    assert traded["recorded as passing, failing now"] == ["bind/bind01: oxigraph: fails: wrong rows"]
    assert traded["passing now, not recorded (python -m tests.w3c.harness --write-baseline)"] == ["bind/bind02"]
    ours = harness.departures([outcome("bind01", True), outcome("bind02", False, harness.ENDPOINT_RAISED)], baseline)
    assert ours["the endpoint's failures"] == ["bind/bind02: wrong rows"]
    assert harness.departures([outcome("bind01", True)], baseline)["not run, or not in the baseline"] == ["bind/bind02"]


def test_the_baseline_names_each_test_once_and_explains_each_failure():
    baseline = harness.read_baseline()
    failures = [f"{folder}/{test}" for folder, tests in baseline["failures"].items() for test in tests]
    assert len(set(baseline["passed"])) == len(baseline["passed"])
    assert set(baseline["passed"]) & set(failures) == set()
    assert sorted(baseline["why"]) == sorted(failures)
    assert sorted({cause["cause"] for tests in baseline["failures"].values() for cause in tests.values()}) == [
        "oxigraph: fails in pyoxigraph in-process too",
        "policy: the endpoint refuses LOAD and SERVICE (POLICYGRAPH_ALLOW_SERVICE)"]


def test_the_harness_tells_right_answers_from_wrong_ones():
    """Not slow: the comparisons that the counts rest on reject what they must."""
    b = ("bnode", "b1"), ("bnode", "b2")
    one = ("iri", "http://x/1")
    assert harness.rows_match([(b[0], b[0])], [(("bnode", "z"), ("bnode", "z"))], ordered=False)
    assert not harness.rows_match([(b[0], b[0])], [(b[0], b[1])], ordered=False)
    assert not harness.rows_match([(b[0], one), (b[1], one)], [(b[0], one), (b[0], one)], ordered=False)
    assert harness.rows_match([(one,), (None,)], [(None,), (one,)], ordered=False)
    assert not harness.rows_match([(one,), (None,)], [(None,), (one,)], ordered=True)
    assert harness.term_key(harness.Literal("1.0", datatype=harness.URIRef(harness._XSD + "decimal"))) == \
        harness.term_key(harness.Literal("1", datatype=harness.URIRef(harness._XSD + "decimal")))
    assert harness.term_key(harness.Literal("01")) != harness.term_key(harness.Literal("1"))
    assert harness.term_key(harness.Literal("a")) == harness.term_key(
        harness.Literal("a", datatype=harness.URIRef(harness.XSD_STRING)))

    test = next(t for t in harness.load_manifest("bind") if t.id == "bind01")
    plan = harness.plan_query(test)
    assert harness.run_in_process(test) == (True, "")
    empty = b'<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head></head><results></results></sparql>'
    passed, detail = harness.judge_query(test, plan, empty)
    assert not passed and "rows expected" in detail
