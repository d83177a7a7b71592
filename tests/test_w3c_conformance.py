"""W3C SPARQL 1.1 conformance, through the HTTP endpoint of a real server (tests/w3c/harness.py).

Fails when a suite folder passes fewer tests than tests/w3c/baseline.json records, and when a test
fails because of the endpoint rather than Oxigraph or the endpoint's policy (every failure is run
again in pyoxigraph in-process to tell). About 40 s on two cores.
"""

from __future__ import annotations

import pytest

from .w3c import harness

pytestmark = pytest.mark.slow


def test_w3c_suites_pass_at_least_the_recorded_counts(tmp_path, capsys):
    with harness.running_server(tmp_path / "store", tmp_path / "server.log") as url:
        outcomes = harness.run_suites(url)
    summary = harness.summarize(outcomes)
    baseline = harness.read_baseline()
    with capsys.disabled():
        print("\n" + harness.table(summary, baseline["folders"]))
    known = {(folder, test) for folder, tests in baseline["failures"].items() for test in tests}
    new_failures = [f"{o.folder}/{o.id}: {o.cause}: {o.detail}" for o in outcomes
                    if not o.passed and (o.folder, o.id) not in known]
    drops = {folder: (summary.get(folder, {}).get("passed", 0), counts["passed"])
             for folder, counts in baseline["folders"].items()
             if summary.get(folder, {}).get("passed", 0) < counts["passed"]}
    assert not drops, f"pass counts dropped (now, recorded): {drops}; failing now: {new_failures}"
    endpoint_failures = [f"{o.folder}/{o.id}: {o.detail}" for o in outcomes
                         if not o.passed and o.cause.startswith("endpoint")]
    assert not endpoint_failures, endpoint_failures


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
