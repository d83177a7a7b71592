"""The on-disk store and ingest: one named graph per text, atomic replacement, checksum skip."""

from __future__ import annotations

import shutil

import pytest

from policygraph.errors import StoreError
from policygraph.ingest import ingest_paths
from policygraph.rdf.mapping import ExtractionMapper
from policygraph.store.base import open_store
from policygraph.trace import trace

from .conftest import CORPUS, SEED_NAME


def test_ingesting_unchanged_texts_changes_nothing(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / f"{SEED_NAME}.txt", corpus)
    with open_store(str(tmp_path / "store")) as store:
        first = ingest_paths([corpus], store)
        quads = store.quad_count()
        second = ingest_paths([corpus], store)
        assert [o.status for o in first.outcomes] == ["ingested"]
        assert [o.status for o in second.outcomes] == ["unchanged"]
        assert store.quad_count() == quads


def test_changed_text_replaces_exactly_its_own_graph(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seed = (CORPUS / f"{SEED_NAME}.txt").read_text(encoding="utf-8")
    (corpus / "a.txt").write_text(seed, encoding="utf-8")
    (corpus / "b.txt").write_text("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n", encoding="utf-8")
    with open_store(str(tmp_path / "store")) as store:
        ingest_paths([corpus], store)
        before_b = store.export("nquads").decode().count("/graph/b-txt")
        (corpus / "a.txt").write_text(seed.replace("gắn với", "cùng với"), encoding="utf-8")
        summary = ingest_paths([corpus], store)
        assert sorted((o.source.rsplit("/", 1)[-1], o.status) for o in summary.outcomes) == [
            ("a.txt", "ingested"), ("b.txt", "unchanged")
        ]
        assert store.export("nquads").decode().count("/graph/b-txt") == before_b
        kinds = store.select(
            "SELECT ?k WHERE { ?r <https://w3id.org/policygraph/ontology#relationKind> ?k }"
        ).rows
        assert "linked_with" not in {str(k[0]).rsplit("/", 1)[-1] for k in kinds}


def test_failed_replace_leaves_the_previous_graph(tmp_path):
    text = (CORPUS / f"{SEED_NAME}.txt").read_text(encoding="utf-8")
    mapper = ExtractionMapper()
    from policygraph.extract.pipeline import extract_text

    good = mapper.to_graph(extract_text(text, "seed.txt"))
    with open_store(str(tmp_path / "store")) as store:
        store.replace_graph("https://example.org/g", good)
        before = store.quad_count()
        broken = mapper.to_graph(extract_text(text, "seed.txt"))
        # A relative IRI, last in the data, makes the store refuse the whole update.
        from rdflib import URIRef
        broken.add((URIRef("zzz-relative"), URIRef("https://example.org/p"), URIRef("https://x")))
        with pytest.raises(StoreError):
            store.replace_graph("https://example.org/g", broken)
        assert store.quad_count() == before


def test_second_process_cannot_open_a_store_in_use(tmp_path):
    with open_store(str(tmp_path / "store")), pytest.raises(StoreError, match="Another policygraph process"):
        open_store(str(tmp_path / "store"))


def test_trace_from_7_nq_cp_reaches_45_nq_tw_in_two_hops(ingested_store_path):
    with open_store(str(ingested_store_path)) as store:
        hops = trace(store, "7/NQ-CP", "45-NQ/TW")
    assert [(h.source_label, h.relation, h.target_label) for h in hops] == [
        ("7/NQ-CP", "implements", "96-KL/TW"),
        ("96-KL/TW", "continues", "45-NQ/TW"),
    ]
    assert "tiếp tục thực hiện" in hops[1].evidence


KILL_WRITER = """
import sys
from rdflib import Graph, Literal, URIRef
from policygraph.store.base import open_store
store = open_store(sys.argv[1])
for round_ in range(1000):
    g = Graph()
    marker = Literal(f"round-{round_}")
    for i in range(20000):
        g.add((URIRef(f"https://example.org/s{i}"), URIRef("https://example.org/round"), marker))
    store.replace_graph("https://example.org/g", g)
    print(round_, flush=True)
"""


def test_kill_9_during_replace_leaves_one_whole_graph(tmp_path):
    """A writer killed with SIGKILL in the middle of replacing a graph leaves the old or the new
    graph, whole: never a mix, never a partial one."""
    import signal
    import subprocess
    import sys
    import time

    script = tmp_path / "writer.py"
    script.write_text(KILL_WRITER, encoding="utf-8")
    store_path = tmp_path / "store"
    proc = subprocess.Popen([sys.executable, str(script), str(store_path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for _ in range(3):  # let it finish a few rounds, then kill it while it writes the next
        proc.stdout.readline()
    time.sleep(0.15)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with open_store(str(store_path)) as store:
        rows = store.select(
            "SELECT ?m (COUNT(*) AS ?n) WHERE { GRAPH <https://example.org/g> { ?s ?p ?m } } GROUP BY ?m"
        ).rows
    assert len(rows) == 1
    assert int(rows[0][1]) == 20000
