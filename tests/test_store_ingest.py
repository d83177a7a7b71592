"""The on-disk store and ingest: one named graph per text, atomic replacement, checksum skip."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from spacy.language import Language

from policygraph.errors import StoreError, StoreLockedError
from policygraph.extract.pipeline import build_pipeline
from policygraph.ingest import ingest_paths
from policygraph.rdf.mapping import ExtractionMapper
from policygraph.store.opening import open_store

from .conftest import CORPUS, SEED_NAME, open_test_store

# Ingest on both backends (unchanged texts, a changed text, a refused replace, the trace) is tested once,
# parametrised by backend, in test_store_backends.py; what is here is the embedded store's own.


def test_a_relative_iri_makes_the_embedded_store_refuse_the_whole_replace(tmp_path):
    """The embedded store refuses a relative IRI (`oxigraph serve` resolves it, so this is not in the
    backend suite, whose refused replace uses a control character) and keeps the previous graph."""
    from rdflib import URIRef

    from policygraph.extract.pipeline import extract_text

    text = (CORPUS / f"{SEED_NAME}.txt").read_text(encoding="utf-8")
    mapper = ExtractionMapper()
    good = mapper.to_graph(extract_text(text, "seed.txt"))
    with open_store(str(tmp_path / "store")) as store:
        store.replace_graph("https://example.org/g", good)
        before = store.export("nquads")
        broken = mapper.to_graph(extract_text(text, "seed.txt"))
        broken.add((URIRef("zzz-relative"), URIRef("https://example.org/p"), URIRef("https://x")))
        with pytest.raises(StoreError):
            store.replace_graph("https://example.org/g", broken)
        assert store.export("nquads") == before


def test_a_store_in_use_cannot_be_opened_again(tmp_path):
    """The embedded store's lock: a second opening (here in the same process, as another process would)
    is refused while the first holds it."""
    with open_store(str(tmp_path / "store")), pytest.raises(StoreLockedError, match="is held by another process"):
        open_store(str(tmp_path / "store"))


KILL_WRITER = """
import sys
from rdflib import Graph, Literal, URIRef
from policygraph.store.opening import open_store
store = open_store(sys.argv[1])
for round_ in range(1000):
    g = Graph()
    marker = Literal(f"round-{round_}")
    for i in range(20000):
        g.add((URIRef(f"https://example.org/s{i}"), URIRef("https://example.org/round"), marker))
    print("writing", round_, flush=True)
    store.replace_graph("https://example.org/g", g)
    print("done", round_, flush=True)
"""


def _kill_9_a_writer_mid_write(writer_script: str, tmp_path: Path) -> Path:
    """Run ``writer_script`` on a fresh store, let it finish three rounds, SIGKILL it as soon as it says
    it is writing the next, check the kill landed before that write was done (the writer says "writing
    N" before a write and "done N" after it), and return the store's path."""
    import signal
    import subprocess
    import sys

    script = tmp_path / "writer.py"
    script.write_text(writer_script, encoding="utf-8")
    store_path = tmp_path / "store"
    proc = subprocess.Popen([sys.executable, str(script), str(store_path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    said = [proc.stdout.readline().strip() for _ in range(7)]
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    said += proc.stdout.read().split("\n")
    assert said[:7] == ["writing 0", "done 0", "writing 1", "done 1", "writing 2", "done 2", "writing 3"]
    assert [line for line in said[7:] if line] == []  # killed with round 3 under way, not after it
    return store_path


def test_kill_9_during_replace_leaves_one_whole_graph(tmp_path):
    """A writer killed with SIGKILL in the middle of replacing a graph leaves the old or the new
    graph, whole: never a mix, never a partial one."""
    store_path = _kill_9_a_writer_mid_write(KILL_WRITER, tmp_path)
    with open_store(str(store_path)) as store:
        rows = store.select(
            "SELECT ?m (COUNT(*) AS ?n) WHERE { GRAPH <https://example.org/g> { ?s ?p ?m } } GROUP BY ?m"
        ).rows
    assert len(rows) == 1
    assert int(rows[0][1]) == 20000


EX = "https://example.org/"
UNION = "https://w3id.org/policygraph/id/graph/union"


def _quads(store, graph: str) -> set[tuple[str, str, str]]:
    rows = store.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}").rows
    return {(str(s), str(p), str(o)) for s, p, o in rows}


def test_new_and_existing_graphs_are_replaced_alike_and_the_union_stays_the_merge(tmp_path):
    """A new graph is written with one transactional load, an existing one with the update request;
    either way the graph holds exactly its triples and the union graph the merge of all graphs."""
    shared = f"<{EX}doc> <{EX}label> \"shared\" ."
    with open_store(str(tmp_path / "store")) as store:
        store.replace_graph_ntriples(EX + "a", f"{shared}\n<{EX}a1> <{EX}p> \"a \\\"1\\\"\\nx\" .")  # new
        store.replace_graph_ntriples(EX + "b", f"{shared}\n<{EX}b1> <{EX}p> <{EX}o> .\n")  # new
        assert _quads(store, EX + "a") == {(EX + "doc", EX + "label", "shared"), (EX + "a1", EX + "p", 'a "1"\nx')}
        assert _quads(store, UNION) == {
            (EX + "doc", EX + "label", "shared"), (EX + "a1", EX + "p", 'a "1"\nx'), (EX + "b1", EX + "p", EX + "o")}
        store.replace_graph_ntriples(EX + "a", f"<{EX}a2> <{EX}p> \"2\" .")  # existing: a1 and shared leave a
        assert _quads(store, EX + "a") == {(EX + "a2", EX + "p", "2")}
        assert _quads(store, UNION) == {  # "shared" stays: b still states it
            (EX + "doc", EX + "label", "shared"), (EX + "a2", EX + "p", "2"), (EX + "b1", EX + "p", EX + "o")}
        assert store.quad_count() == 3


def test_failed_write_of_a_new_graph_leaves_nothing(tmp_path):
    with open_store(str(tmp_path / "store")) as store:
        store.replace_graph_ntriples(EX + "a", f"<{EX}a1> <{EX}p> <{EX}o> .")
        with pytest.raises(StoreError, match=f"could not replace graph <{EX}b>"):
            store.replace_graph_ntriples(EX + "b", f"<{EX}b1> <{EX}p> <{EX}o> .\n<zzz-relative> <{EX}p> <{EX}o> .")
        assert store.graph_names() == [EX + "a"]
        assert _quads(store, UNION) == {(EX + "a1", EX + "p", EX + "o")}


def test_nquads_keep_line_separators_inside_literals():
    from policygraph.store.embedded import nquads_in_graphs

    ntriples = f"<{EX}s> <{EX}p> \"một\u2028hai\x0cba\" .\n<{EX}s> <{EX}p> <{EX}o>.\n"
    assert nquads_in_graphs(ntriples, (EX + "g", EX + "u")).decode() == (
        f"<{EX}s> <{EX}p> \"một\u2028hai\x0cba\" <{EX}g> .\n<{EX}s> <{EX}p> <{EX}o> <{EX}g> .\n"
        f"<{EX}s> <{EX}p> \"một\u2028hai\x0cba\" <{EX}u> .\n<{EX}s> <{EX}p> <{EX}o> <{EX}u> .\n"
    )


class CountingStore:
    """A store that counts its SELECT queries and can refuse to write one graph."""

    def __init__(self, store, refuse: str | None = None) -> None:
        self.store, self.refuse, self.selects, self.written = store, refuse, 0, []

    def __getattr__(self, name):
        return getattr(self.store, name)

    def select(self, query):
        self.selects += 1
        return self.store.select(query)

    def replace_graph_ntriples(self, graph_iri, ntriples):
        if graph_iri == self.refuse:
            raise StoreError(f"could not replace graph <{graph_iri}>: refused by the test")
        self.written.append(graph_iri)
        self.store.replace_graph_ntriples(graph_iri, ntriples)


def _three_texts(folder):
    folder.mkdir()
    seed = (CORPUS / f"{SEED_NAME}.txt").read_text(encoding="utf-8")
    for i, name in enumerate(["a.txt", "b.txt", "c.txt"]):
        (folder / name).write_text(seed.replace("gắn với", "gắn với" + " " * i), encoding="utf-8")
    return folder


def test_checksums_of_all_files_are_read_in_one_query_and_the_ontology_once(tmp_path):
    corpus = _three_texts(tmp_path / "corpus")
    with open_store(str(tmp_path / "store")) as opened:
        store = CountingStore(opened)
        first = ingest_paths([corpus], store, validate=False)
        assert [o.status for o in first.outcomes] == ["ingested"] * 3
        assert store.selects == 2  # the stored ontology, the three checksums
        store.selects = 0
        (corpus / "b.txt").write_text("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n", encoding="utf-8")
        second = ingest_paths([corpus], store, validate=False)
        assert [(o.source, o.status) for o in second.outcomes] == [
            ("a.txt", "unchanged"), ("c.txt", "unchanged"), ("b.txt", "ingested")]
        assert store.selects == 2
        assert store.written == [mapper_graph(n) for n in ("a.txt", "b.txt", "c.txt", "b.txt")]


def mapper_graph(name: str) -> str:
    return str(ExtractionMapper().minter.graph(name))


def test_ontology_is_rewritten_only_when_the_store_s_copy_differs(tmp_path):
    from policygraph.ingest import ONTOLOGY_GRAPH, load_ontology
    from policygraph.rdf.ontology import ontology_graph

    with open_store(str(tmp_path / "store")) as store:
        assert load_ontology(store) is True
        quads = store.quad_count()
        assert quads == len(ontology_graph()) == 1946
        assert load_ontology(store) is False
        store.raw.update(f"DELETE WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s a ?c }} }}")
        assert store.quad_count() < quads
        assert load_ontology(store) is True
        assert store.quad_count() == quads
        assert load_ontology(store) is False


def test_a_failed_write_stops_the_ingest_after_the_texts_before_it(tmp_path):
    corpus = _three_texts(tmp_path / "corpus")
    with open_store(str(tmp_path / "store")) as opened:
        store = CountingStore(opened, refuse=mapper_graph("b.txt"))
        with pytest.raises(StoreError, match="refused by the test"):
            ingest_paths([corpus], store, validate=False)
        assert store.written == [mapper_graph("a.txt")]
        texts = [g for g in opened.graph_names() if "/graph/" in g]
        assert texts == [mapper_graph("a.txt")]
        again = ingest_paths([corpus], opened, validate=False)  # the next run finishes the job
        assert [o.status for o in again.outcomes] == ["unchanged", "ingested", "ingested"]


def test_two_extraction_processes_store_the_same_quads_as_one(tmp_path):
    import re

    corpus = _three_texts(tmp_path / "corpus")
    exports = []
    for jobs in (1, 2):
        with open_store(str(tmp_path / f"store-{jobs}")) as store:
            summary = ingest_paths([corpus], store, validate=False, jobs=jobs)
            assert [o.status for o in summary.outcomes] == ["ingested"] * 3
            exports.append(sorted(re.sub(r'generatedAtTime> "[^"]*"', "", line)
                                  for line in store.export("nquads").decode().splitlines()))
    assert len(exports[0]) == 1946 + 3 * 2029
    assert exports[0] == exports[1]


KILL_NEW_GRAPHS_WRITER = """
import sys
from policygraph.store.opening import open_store
store = open_store(sys.argv[1])
for round_ in range(1000):
    ntriples = "\\n".join(f'<https://example.org/s{round_}-{i}> <https://example.org/p> "{i}" .' for i in range(20000))
    print("writing", round_, flush=True)
    store.replace_graph_ntriples(f"https://example.org/g{round_}", ntriples)
    print("done", round_, flush=True)
"""


def test_kill_9_while_writing_new_graphs_leaves_each_whole_in_its_graph_and_the_union(tmp_path):
    """New graphs go in with a load instead of the update request: killed in the middle of one, the
    store has it whole (in its graph and in the union graph) or not at all."""
    store_path = _kill_9_a_writer_mid_write(KILL_NEW_GRAPHS_WRITER, tmp_path)
    with open_store(str(store_path)) as store:
        rows = store.select(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").rows
    counts = {str(g): int(n) for g, n in rows}
    graphs = [g for g in counts if g != UNION]
    assert len(graphs) >= 3
    assert all(counts[g] == 20000 for g in graphs)
    assert counts[UNION] == 20000 * len(graphs)


def test_the_writer_flushes_the_store_every_so_many_texts_and_after_a_large_ingest():
    """The embedded store's write-ahead log is only let go after a flush (see EmbeddedStore.flush)."""
    from policygraph.ingest import GraphWriter

    class Recording:
        def __init__(self) -> None:
            self.calls: list[str] = []

        def replace_graph_ntriples(self, graph_iri, ntriples):
            self.calls.append(graph_iri)

        def flush(self):
            self.calls.append("flush")

    store = Recording()
    writer = GraphWriter(store, flush_every=20)  # type: ignore[arg-type]
    written = []
    for i in range(43):
        written += writer.write(f"t{i}", f"g{i}", "")
    written += writer.finish()
    assert written == [f"t{i}" for i in range(43)]
    assert store.calls == [*(f"g{i}" for i in range(20)), "flush", *(f"g{i}" for i in range(20, 40)), "flush",
                           "g40", "g41", "g42", "flush"]  # 3 left >= 20 // 10: flushed at the end too
    store.calls.clear()
    writer = GraphWriter(store, flush_every=20)  # type: ignore[arg-type]
    writer.write("t0", "g0", "")
    assert writer.finish() == ["t0"]
    assert store.calls == ["g0"]  # a single text: no flush


@Language.component("test_fails_on_a_marker")
def _fails_on_a_marker(doc):
    """A component that fails on one text, as a real bug on a real text would (the 8 wild texts
    that crashed the actors and outline readers did until they were fixed)."""
    if "MARKER-THAT-FAILS" in doc.text:
        raise AttributeError("'NoneType' object has no attribute 'end'")
    return doc


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_text_that_fails_in_a_component_is_reported_and_the_others_are_ingested(store_backend, tmp_path, jobs):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / f"{SEED_NAME}.txt", corpus / "a.txt")
    (corpus / "b.txt").write_text("Căn cứ Nghị quyết số 45-NQ/TW. MARKER-THAT-FAILS\n", encoding="utf-8")
    (corpus / "c.txt").write_text("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n", encoding="utf-8")
    nlp = build_pipeline()
    nlp.add_pipe("test_fails_on_a_marker", after="policygraph_relations")
    with open_test_store(store_backend.new_store()) as store:
        summary = ingest_paths([corpus], store, jobs=jobs, nlp=nlp, validate=False)
        outcomes = sorted((o.source.rsplit("/", 1)[-1], o.status) for o in summary.outcomes)
        assert outcomes == [("a.txt", "ingested"), ("b.txt", "failed"), ("c.txt", "ingested")]
        (failed,) = [o for o in summary.outcomes if o.status == "failed"]
        assert (failed.failure.stage, failed.failure.cause) == (
            "test_fails_on_a_marker", "AttributeError: 'NoneType' object has no attribute 'end'")
        mapper = ExtractionMapper()
        graphs = {str(g[0]) for g in store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows}
        stored = {name for name in ("a.txt", "b.txt", "c.txt") if str(mapper.minter.graph(name)) in graphs}
        assert stored == {"a.txt", "c.txt"}
