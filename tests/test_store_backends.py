"""The same store, ingest, re-ingest, query, trace and export behaviour on both backends (the embedded
store and a real `oxigraph serve` reached as a remote SPARQL 1.1 store), and what only a remote store
can go through: its server killed mid-write, answering 500, hanging, or refusing credentials."""

from __future__ import annotations

import contextlib
import http.server
import json
import re
import shutil
import socket
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Iterator
from typing import ClassVar

import httpx
import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from policygraph.errors import QueryError, StoreError
from policygraph.ingest import ingest_paths
from policygraph.rdf.mapping import ExtractionMapper
from policygraph.rdf.namespaces import sparql_prologue
from policygraph.store.http import SparqlConnection, endpoint_urls
from policygraph.store.opening import open_store
from policygraph.store.remote import RemoteStore
from policygraph.trace import trace

from .cli_process import PG, clean_env, run_cli
from .conftest import CORPUS, REMOTE_BACKENDS, ROOT, SEED_NAME, open_test_store, remote_store, start_server
from .corpus_gold import (
    document_key,
    expected_documents,
    expected_links,
    gold_subjects,
)
from .live_server import free_port, live_server

TIMESTAMPS = re.compile(r'^.*(generatedAtTime|ingestedAt).*\n', re.MULTILINE)


def without_timestamps(nquads: bytes) -> list[str]:
    return sorted(TIMESTAMPS.sub("", nquads.decode("utf-8")).splitlines())


# ---- both backends -----------------------------------------------------------------------------


def test_ingesting_unchanged_texts_changes_nothing(store_backend, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / f"{SEED_NAME}.txt", corpus)
    with open_test_store(store_backend.new_store()) as store:
        first = ingest_paths([corpus], store)
        quads = store.quad_count()
        exported = store.export("nquads")
        second = ingest_paths([corpus], store)
        assert [o.status for o in first.outcomes] == ["ingested"]
        assert [o.status for o in second.outcomes] == ["unchanged"]
        assert store.quad_count() == quads
        assert store.export("nquads") == exported
        names = store.graph_names()
        assert [n.rsplit("-", 1)[0] for n in names] == [
            "https://w3id.org/policygraph/id/graph/000-849468c7549e9275-txt",  # + a hash of the text's path
            "https://w3id.org/policygraph/ontology",
        ]


def test_changed_text_replaces_exactly_its_own_graph_and_the_merge_follows(store_backend, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seed = (CORPUS / f"{SEED_NAME}.txt").read_text(encoding="utf-8")
    (corpus / "a.txt").write_text(seed, encoding="utf-8")
    (corpus / "b.txt").write_text("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n", encoding="utf-8")
    linked = ("SELECT (COUNT(*) AS ?n) WHERE { ?r <https://w3id.org/policygraph/ontology#relationKind> "
              "<https://w3id.org/policygraph/scheme/relation/linked_with> }")
    with open_test_store(store_backend.new_store()) as store:
        ingest_paths([corpus], store)
        before_b = store.export("nquads").decode().count("/graph/b-txt")
        assert int(store.select(linked).rows[0][0]) == 1  # "gắn với" links the seed to another plan
        (corpus / "a.txt").write_text(seed.replace("gắn với", "cùng với"), encoding="utf-8")
        summary = ingest_paths([corpus], store)
        assert sorted((o.source.rsplit("/", 1)[-1], o.status) for o in summary.outcomes) == [
            ("a.txt", "ingested"), ("b.txt", "unchanged")
        ]
        assert store.export("nquads").decode().count("/graph/b-txt") == before_b
        assert int(store.select(linked).rows[0][0]) == 0  # gone from the merge the queries see


def test_failed_replace_leaves_the_previous_graph(store_backend):
    from policygraph.extract.pipeline import extract_text

    text = (CORPUS / f"{SEED_NAME}.txt").read_text(encoding="utf-8")
    mapper = ExtractionMapper()
    good = mapper.to_graph(extract_text(text, "seed.txt"))
    with open_test_store(store_backend.new_store()) as store:
        store.replace_graph("https://example.org/g", good)
        before = store.export("nquads")
        broken = mapper.to_graph(extract_text(text.replace("gắn với", "cùng với"), "seed.txt"))
        # An IRI with a control character (rdflib lets it through), last in the data, makes the store
        # refuse the whole update.
        broken.add((URIRef("https://example.org/\x01"), URIRef("https://example.org/p"), URIRef("https://x")))
        with pytest.raises(StoreError, match=re.escape("<https://example.org/g>")):
            store.replace_graph("https://example.org/g", broken)
        assert store.export("nquads") == before


def test_a_syntax_error_in_a_query_names_its_line_and_column(store_backend):
    with open_test_store(store_backend.new_store()) as store, pytest.raises(QueryError) as caught:
        store.select("SELECT ?s WHERE {\n  ?s ?p \n}")
    assert (caught.value.line, caught.value.column) == (3, 2)  # type: ignore[attr-defined]


def _merge_count(store, subject: str) -> int:
    """How many times the default graph (the merge the queries see) states something of ``subject``."""
    return int(store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ <{subject}> ?p ?o }}").rows[0][0])


def test_an_update_keeps_the_merge_the_set_union_of_the_graphs(store_backend):
    stated = "<https://example.org/s> <https://example.org/p> \"both\" ."
    with open_test_store(store_backend.new_store()) as store:
        store.replace_graph_ntriples("https://example.org/g1", stated)
        store.replace_graph_ntriples("https://example.org/g2", stated)
        assert _merge_count(store, "https://example.org/s") == 1  # stated twice, merged once
        store.update(f"DELETE DATA {{ GRAPH <https://example.org/g1> {{ {stated} }} }}")
        assert _merge_count(store, "https://example.org/s") == 1  # g2 still states it
        store.update("DROP GRAPH <https://example.org/g2>")
        assert _merge_count(store, "https://example.org/s") == 0  # no graph states it any more
        both = "<https://example.org/t> <https://example.org/p> 1"
        store.update(f"INSERT DATA {{ GRAPH <https://example.org/g3> {{ {both} }} }} ;\n"
                     f"INSERT DATA {{ GRAPH <https://example.org/g4> {{ {both} }} }}")
        assert _merge_count(store, "https://example.org/t") == 1
        names = store.graph_names()
        assert "https://example.org/g2" not in names  # (an emptied g1 is listed by one backend only)
        assert {"https://example.org/g3", "https://example.org/g4"} <= set(names)


def test_dropping_a_graph_takes_from_the_merge_only_what_no_other_graph_states(store_backend):
    shared = '<https://example.org/s> <https://example.org/p> "both" .'
    own = '<https://example.org/mine> <https://example.org/p> "g1 only" .'
    with open_test_store(store_backend.new_store()) as store:
        store.replace_graph_ntriples("https://example.org/g1", f"{shared}\n{own}")
        store.replace_graph_ntriples("https://example.org/g2", shared)
        store.drop_graph("https://example.org/g1")
        assert (_merge_count(store, "https://example.org/s"), _merge_count(store, "https://example.org/mine")) == (1, 0)
        assert store.graph_names() == ["https://example.org/g2"]


def test_an_update_resolves_relative_iris_against_the_base_iri(store_backend):
    with open_test_store(store_backend.new_store()) as store:
        store.replace_graph_ntriples("https://example.org/g", "<https://example.org/s> <https://example.org/p> \"1\" .")
        store.update("INSERT DATA { GRAPH <graph/g> { <doc/a> <https://example.org/p> 1 } }")
        assert store.graph_names() == ["https://example.org/g", f"{store.base_iri}graph/g"]
        assert _merge_count(store, f"{store.base_iri}doc/a") == 1


@pytest.mark.parametrize("media_type", ["application/sparql-results+json", "application/sparql-results+xml",
                                        "text/csv", "text/tab-separated-values"])
def test_an_ask_is_a_boolean_in_every_results_format(store_backend, media_type):
    """Virtuoso's ASK answer (a SELECT of __ASK_RETVAL) is read as the boolean, and written as the
    embedded store writes one."""
    import pyoxigraph as ox

    stated = "<https://example.org/s> <https://example.org/p> \"1\" ."
    answers = {value: ox.Store().query(f"ASK {{ FILTER({value}) }}").serialize(
        format=ox.QueryResultsFormat.from_media_type(media_type)) for value in ("true", "false")}
    with open_test_store(store_backend.new_store()) as store:
        store.replace_graph_ntriples("https://example.org/g", stated)
        assert store.ask(f"ASK {{ {stated} }}") is True
        assert store.ask("ASK { ?s <https://example.org/none> ?o }") is False
        assert store.query_serialized(f"ASK {{ {stated} }}", media_type)[1] == answers["true"]
        assert store.query_serialized("ASK { ?s <https://example.org/none> ?o }", media_type)[1] == answers["false"]


def test_trace_from_7_nq_cp_reaches_45_nq_tw_with_the_sentence_of_each_hop(ingested_store):
    with open_test_store(ingested_store) as store:
        hops = trace(store, "7/NQ-CP", "45-NQ/TW")
    assert [(h.source_label, h.relation, h.target_label, h.source_text, h.start, h.end) for h in hops] == [
        ("7/NQ-CP", "implements", "96-KL/TW", "corpus/000_849468c7549e9275.txt", 297, 419),
        ("96-KL/TW", "continues", "45-NQ/TW", "corpus/000_849468c7549e9275.txt", 367, 505),
    ]
    assert "tiếp tục thực hiện" in hops[1].evidence


def test_statistics_of_data_corpus(ingested_store):
    from policygraph.stats import store_statistics

    with open_test_store(ingested_store) as store:
        figures = store_statistics(store)
        rows = store.select(sparql_prologue() + """SELECT DISTINCT ?d ?number ?label WHERE { ?d a pg:PolicyDocument
            OPTIONAL { ?d eli:id_local ?number } OPTIONAL { ?d rdfs:label ?label } }""").rows
    texts = sorted(CORPUS.glob("*.txt"))
    # The figures follow from the corpus and its gold (tests/corpus_gold.py), not from a day's output:
    # a graph per text and the ontology's, a source per text, one document per distinct subject, every
    # document the gold names (less the known misses, with the known extras).
    documents = {document_key(str(number or label)) for _, number, label in rows}
    assert documents == expected_documents()
    assert {k: figures[k] for k in ("named_graphs", "source_texts", "documents", "documents_ingested")} == {
        "named_graphs": len(texts) + 1, "source_texts": len(texts), "documents": len(expected_documents()),
        "documents_ingested": len(gold_subjects())}
    assert figures["documents"] == figures["documents_ingested"] + figures["documents_only_referenced"]
    # A relation is counted once per text that states it: at least once for each link the graph draws
    # (the gold's less the known misses, with the known extras), kind by kind.
    links = Counter(kind for _, _, kind in expected_links())
    assert figures["relations"] == sum(figures["relations_by_kind"].values())
    assert set(figures["relations_by_kind"]) == set(links)
    assert all(figures["relations_by_kind"][kind] >= count for kind, count in links.items())


def test_cli_ingest_query_trace_and_export_on_the_backend(store_backend, boolean_lexical_forms, tmp_path):
    true, false = boolean_lexical_forms
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / f"{SEED_NAME}.txt", corpus)
    location = store_backend.new_store()
    ingested = run_cli("ingest", str(corpus), "--store", location)
    assert ingested.returncode == 0, ingested.stderr
    assert "1 texts: 1 ingested" in ingested.stdout
    again = run_cli("ingest", str(corpus), "--store", location)
    assert "1 texts: 0 ingested, 1 unchanged" in again.stdout
    queried = run_cli("query", "implementers-of-45-nq-tw.rq", "--format", "csv", "--store", location)
    assert queried.returncode == 0, queried.stderr
    assert queried.stdout.splitlines()[1:] == [
        f"108/NQ-CP,Nghị quyết 108/NQ-CP,{true}", f"96-KL/TW,Kết luận 96-KL/TW,{true}",
        f"7/NQ-CP,Nghị quyết 7/NQ-CP,{false}"]
    traced = run_cli("trace", "7/NQ-CP", "45-NQ/TW", "--format", "json", "--store", location)
    assert [(h["source_label"], h["relation"], h["target_label"]) for h in json.loads(traced.stdout)] == [
        ("7/NQ-CP", "implements", "96-KL/TW"), ("96-KL/TW", "continues", "45-NQ/TW")]
    exported = run_cli("export", "--format", "nquads", "--store", location)
    graphs = {line.rsplit(" ", 2)[-2].rsplit("-", 1)[0] for line in exported.stdout.splitlines()}
    assert graphs == {"<https://w3id.org/policygraph/id/graph/000-849468c7549e9275-txt",
                      "<https://w3id.org/policygraph/ontology>"}


def test_both_backends_store_the_same_statements_for_data_corpus(ingested_store_path, any_remote_ingested_store):
    with open_store(str(ingested_store_path)) as embedded:
        local = embedded.export("nquads")
    with open_test_store(any_remote_ingested_store) as remote:
        served = remote.export("nquads")
        assert remote.quad_count() == len(served.splitlines())
    assert without_timestamps(served) == without_timestamps(local)


@pytest.mark.parametrize("fmt,rdflib_format", [("turtle", "turtle"), ("ntriples", "nt"), ("rdfxml", "xml"),
                                                ("jsonld", "json-ld")])
def test_every_union_export_format_writes_exactly_the_merge_of_the_graphs(ingested_store, fmt, rdflib_format):
    import io

    from rdflib.compare import to_isomorphic

    with open_test_store(ingested_store, read_only=True) as store:
        merge = store.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        streamed = io.BytesIO()
        store.export_to(fmt, streamed)
    exported = Graph().parse(data=streamed.getvalue().decode("utf-8"), format=rdflib_format)
    assert len(exported) == len(merge) > 0
    assert to_isomorphic(exported) == to_isomorphic(merge)


def test_the_dataset_export_streamed_equals_the_store_s_quads(ingested_store):
    import io

    with open_test_store(ingested_store, read_only=True) as store:
        streamed = io.BytesIO()
        store.export_to("trig", streamed)
        quads = store.quad_count()
    dataset = Dataset()
    dataset.parse(data=streamed.getvalue().decode("utf-8"), format="trig")
    assert sum(1 for _ in dataset.quads((None, None, None, None))) == quads


# ---- a remote store only -----------------------------------------------------------------------


def test_update_and_graph_store_urls_follow_the_servers_layouts():
    assert endpoint_urls("http://h:7878/query") == ("http://h:7878/query", "http://h:7878/update")  # Oxigraph
    assert endpoint_urls("http://h:3030/pg/sparql") == ("http://h:3030/pg/sparql", "http://h:3030/pg/update")
    assert endpoint_urls("http://h:3030/pg/query/") == ("http://h:3030/pg/query/", "http://h:3030/pg/update")
    assert endpoint_urls("http://h:8890/sparql-auth") == ("http://h:8890/sparql-auth", "http://h:8890/sparql-auth")
    assert endpoint_urls("http://h:7200/repositories/pg", "http://h:7200/repositories/pg/statements") == (
        "http://h:7200/repositories/pg", "http://h:7200/repositories/pg/statements")


@pytest.mark.parametrize("backend", REMOTE_BACKENDS)
def test_replacing_a_text_is_one_update_request(backend, tmp_path):
    from policygraph.extract.pipeline import extract_text

    server = start_server(backend, tmp_path)
    try:
        store = remote_store(server)
        sent: list[tuple[str, str]] = []
        store.connection.client.event_hooks["request"].append(lambda r: sent.append((r.method, str(r.url))))
        graph = ExtractionMapper().to_graph(extract_text("Căn cứ Nghị quyết số 45-NQ/TW ngày 24/1/2019.", "a.txt"))
        store.replace_graph("https://example.org/g", graph)
        store.replace_graph("https://example.org/g", graph)
        assert sent == [("POST", server.update_url)] * 2
        store.close()
    finally:
        server.stop()


def test_graph_store_protocol_reads_the_same_graphs_as_construct(any_remote_ingested_store):
    with open_test_store(any_remote_ingested_store) as by_query:
        expected = by_query.export("nquads")
        merge_graph = by_query.union_graph
    # Oxigraph's Graph Store Protocol is at /store, Virtuoso's at /sparql-graph-crud
    gsp_url = any_remote_ingested_store.rsplit("/", 1)[0] + ("/sparql-graph-crud" if merge_graph else "/store")
    with RemoteStore(SparqlConnection(any_remote_ingested_store, graph_store_url=gsp_url),
                     merge_graph=merge_graph) as by_gsp:
        sent: list[str] = []
        by_gsp.connection.client.event_hooks["request"].append(lambda r: sent.append(str(r.url).split("?")[0]))
        assert sorted(by_gsp.export("nquads").splitlines()) == sorted(expected.splitlines())
    assert sent.count(gsp_url) == 9  # one GET per named graph


KILLED_WRITER_ROUNDS = 20000


@pytest.mark.parametrize("backend", REMOTE_BACKENDS)
def test_server_killed_mid_ingest_leaves_the_previous_graph_whole(backend, tmp_path):
    """SIGKILL to the server while it applies a replace: the client gets a clear error, and the
    restarted server holds the old graph or the new one, whole, with the merge matching it."""
    server = start_server(backend, tmp_path)
    errors: list[BaseException] = []
    rounds: list[int] = []
    started: list[int] = []  # the round whose request is on its way (appended before, ``rounds`` after)

    def write() -> None:
        store = remote_store(server, retries=2)
        try:
            for round_ in range(1000):
                g = Graph()
                marker = Literal(f"round-{round_}")
                for i in range(KILLED_WRITER_ROUNDS):
                    g.add((URIRef(f"https://example.org/s{i}"), URIRef("https://example.org/round"), marker))
                started.append(round_)
                store.replace_graph("https://example.org/g", g)
                rounds.append(round_)
        except StoreError as exc:
            errors.append(exc)
        finally:
            store.close()

    writer = threading.Thread(target=write)
    writer.start()
    deadline = time.monotonic() + 120
    while len(started) < 4 and time.monotonic() < deadline:  # three rounds done, the fourth's request sent
        time.sleep(0.001)
    server.kill()
    under_way = (list(started), list(rounds))
    writer.join(timeout=60)
    assert not writer.is_alive()
    assert under_way == ([0, 1, 2, 3], [0, 1, 2])  # the kill landed while round 3's replace was under way
    assert rounds == [0, 1, 2]  # and round 3 never completed
    assert len(errors) == 1
    assert "cannot reach the SPARQL server" in str(errors[0]) or "answered HTTP" in str(errors[0])
    server.start()
    try:
        with open_test_store(server.query_url) as store:
            # GRAPH ?g and a FILTER, not GRAPH <iri>: Virtuoso's GRAPH <iri> matches nothing beside a
            # default-graph-uri (test_virtuoso_deviations.py)
            stored = store.select("SELECT ?m (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?m } "
                                  "FILTER(?g = <https://example.org/g>) } GROUP BY ?m").rows
            merged = store.select("SELECT ?m (COUNT(*) AS ?n) WHERE { ?s <https://example.org/round> ?m } "
                                  "GROUP BY ?m").rows
        assert len(stored) == 1 and int(stored[0][1]) == KILLED_WRITER_ROUNDS
        assert str(stored[0][0]) in {f"round-{rounds[-1]}", f"round-{rounds[-1] + 1}"}
        assert merged == stored
    finally:
        server.stop()


class _Answer(http.server.BaseHTTPRequestHandler):
    status = 500
    seen: ClassVar[list[tuple[str, str | None]]] = []

    def do_POST(self) -> None:
        type(self).seen.append((self.path, self.headers.get("Authorization")))
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = b"Internal error: the disk is full"
        self.send_response(type(self).status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def failing_server() -> Iterator[tuple[str, type[_Answer]]]:
    handler = type("Answer", (_Answer,), {"seen": [], "status": 500})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/ds/query", handler
    server.shutdown()
    server.server_close()


def test_a_server_answering_500_gives_an_error_with_its_status_and_message(failing_server):
    url, handler = failing_server
    with RemoteStore(SparqlConnection(url, retries=3)) as store, pytest.raises(StoreError) as caught:
        store.select("SELECT * WHERE { ?s ?p ?o }")
    assert str(caught.value) == (f"query: the SPARQL server answered HTTP 500 (Internal Server Error) at {url}: "
                                 "Internal error: the disk is full")
    assert len(handler.seen) == 1  # a 500 is an answer, not a reason to retry


def test_a_server_answering_503_is_retried_then_reported(failing_server):
    url, handler = failing_server
    handler.status = 503
    with RemoteStore(SparqlConnection(url, retries=2)) as store, pytest.raises(StoreError, match="answered HTTP 503"):
        store.replace_graph("https://example.org/g", Graph())
    assert [path for path, _ in handler.seen] == ["/ds/update"] * 3


def test_credentials_from_the_configuration_are_sent(failing_server, monkeypatch):
    from policygraph.config import get_settings

    url, handler = failing_server
    handler.status = 401
    monkeypatch.setenv("POLICYGRAPH_STORE_USERNAME", "analyst")
    monkeypatch.setenv("POLICYGRAPH_STORE_PASSWORD", "sông Hồng")
    get_settings.cache_clear()
    try:
        # The edge reads the configuration (get_settings) and hands it to the store.
        settings = get_settings()
        with open_store(url, settings=settings) as store, pytest.raises(StoreError, match="refused the credentials"):
            store.ask("ASK {}")
        monkeypatch.delenv("POLICYGRAPH_STORE_USERNAME")
        monkeypatch.setenv("POLICYGRAPH_STORE_TOKEN", "t0ken")
        get_settings.cache_clear()
        with open_store(url, settings=get_settings()) as store, pytest.raises(StoreError):
            store.ask("ASK {}")
    finally:
        get_settings.cache_clear()
    assert [auth for _, auth in handler.seen] == ["Basic YW5hbHlzdDpzw7RuZyBI4buTbmc=", "Bearer t0ken"]


def test_a_hanging_server_gives_a_clear_error_within_the_timeout():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.05)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/query"
    connections: list[socket.socket] = []  # each one accepted, and never answered
    done = threading.Event()

    def accept() -> None:
        while not done.is_set():
            with contextlib.suppress(TimeoutError):
                connections.append(listener.accept()[0])

    acceptor = threading.Thread(target=accept)
    acceptor.start()
    try:
        with RemoteStore(SparqlConnection(url, timeout_s=1.0, retries=3)) as store, pytest.raises(StoreError) as caught:
            store.select("SELECT * WHERE { ?s ?p ?o }")
    finally:
        done.set()
        acceptor.join()
        for connection in connections:
            connection.close()
        listener.close()
    assert str(caught.value).startswith("query: no answer from the SPARQL server within 1 s (ReadTimeout)")
    assert len(connections) == 1  # not retried: a hang costs one request, not four


def test_a_server_that_is_down_is_reported_after_the_retries():
    url = f"http://127.0.0.1:{free_port()}/query"
    with RemoteStore(SparqlConnection(url, retries=2)) as store, pytest.raises(StoreError) as caught:
        store.quad_count()
    assert "cannot reach the SPARQL server" in str(caught.value)
    assert "after 3 attempts; is it running, and is POLICYGRAPH_STORE right?" in str(caught.value)


def test_the_api_serves_a_remote_store(any_remote_ingested_store, tmp_path):
    """`policygraph serve` on POLICYGRAPH_STORE=http://...: the SPARQL endpoint (a real SPARQL client),
    the document routes, the trace, and updates that keep the merge in step."""
    from SPARQLWrapper import JSON, SPARQLWrapper

    with live_server(any_remote_ingested_store, tmp_path / "server.log", POLICYGRAPH_UPDATE_TOKEN="secret") as url:
        client = SPARQLWrapper(url + "/sparql")
        client.setQuery((ROOT / "queries" / "implementers-of-45-nq-tw.rq").read_text(encoding="utf-8"))
        client.setReturnFormat(JSON)
        rows = client.query().convert()["results"]["bindings"]
        assert [row["number"]["value"] for row in rows] == ["108/NQ-CP", "96-KL/TW", "7/NQ-CP"]
        document = httpx.get(url + "/documents/doc/nq/2025/7-nq-cp", timeout=30).json()
        assert [link["relation"] for link in document["outgoing"]][:1] == ["implements"]
        chain = httpx.get(url + "/trace", params={"from": "7/NQ-CP", "to": "45-NQ/TW"}, timeout=30).json()
        assert [hop["relation"] for hop in chain["hops"]] == ["implements", "continues"]
        bad = httpx.post(url + "/sparql", data={"query": "SELECT * WHERE {\n ?s ?p"}, timeout=30)
        assert (bad.status_code, bad.json()["line"], bad.json()["column"]) == (400, 2, 7)
        written = httpx.post(url + "/sparql", content="INSERT DATA { GRAPH <urn:pg:test> { <urn:a> <urn:b> 1 } }",
                             headers={"Content-Type": "application/sparql-update",
                                      "Authorization": "Bearer secret"}, timeout=30)
        assert written.status_code == 204
        merged = httpx.get(url + "/sparql", params={"query": "ASK { <urn:a> <urn:b> 1 }"},
                           headers={"Accept": "application/sparql-results+json"}, timeout=30).json()
        assert merged["boolean"] is True
        httpx.post(url + "/sparql", content="DROP GRAPH <urn:pg:test>",
                   headers={"Content-Type": "application/sparql-update", "Authorization": "Bearer secret"},
                   timeout=30)
        gone = httpx.get(url + "/sparql", params={"query": "ASK { <urn:a> <urn:b> 1 }"},
                         headers={"Accept": "application/sparql-results+json"}, timeout=30).json()
        assert gone["boolean"] is False


@pytest.mark.parametrize("backend", REMOTE_BACKENDS)
def test_server_killed_during_policygraph_ingest_fails_clearly_and_keeps_every_stored_text_whole(backend, tmp_path,
                                                                                              monkeypatch):
    """`policygraph ingest` into `oxigraph serve`, and the server SIGKILLed a few seconds in: the command
    says the server cannot be reached and exits 1; after a restart, every text that is stored is whole
    (exactly its extraction, + its ingest time) and the merge holds exactly what the texts state."""
    monkeypatch.syspath_prepend(str(ROOT / "bench"))  # bench/synthetic.py, for this test only
    from synthetic import write_corpus

    from policygraph.extract.pipeline import extract_text

    corpus = tmp_path / "corpus"
    write_corpus(300, corpus)
    server = start_server(backend, tmp_path)
    env = clean_env(POLICYGRAPH_STORE=server.query_url, POLICYGRAPH_STORE_RETRIES="1")
    proc = subprocess.Popen([*PG, "ingest", str(corpus), "--no-validate"], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with remote_store(server) as probe:
                if len(probe.graph_names()) > 5:  # the ontology and a few texts are in
                    break
            time.sleep(0.2)
        server.kill()
        _, err = proc.communicate(timeout=120)
    finally:
        proc.kill()
    assert proc.returncode == 1, err
    assert "cannot reach the SPARQL server" in err and "after 2 attempts" in err
    server.start()
    mapper = ExtractionMapper()
    try:
        with open_test_store(server.query_url) as store:
            # The store's graphs only: on Virtuoso, GRAPH ?g also ranges over the merge graph and its own
            own = store.own_graphs_filter()  # type: ignore[attr-defined]
            stored = {str(g).rsplit("/", 1)[-1]: int(n) for g, n in store.select(
                f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }}{own} }} GROUP BY ?g").rows}
            unmerged = store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }}{own} "
                                    "FILTER NOT EXISTS { ?s ?p ?o } }").rows[0][0]
            stray = store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o "
                                 f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }}{own} }} }}").rows[0][0]
    finally:
        server.stop()
    assert (int(unmerged), int(stray)) == (0, 0)
    texts = {mapper.minter.graph(p.name).rsplit("/", 1)[-1]: p for p in sorted(corpus.glob("*.txt"))}
    whole = [key for key in stored if key in texts]
    assert 0 < len(whole) < 300
    for key in whole:
        path = texts[key]
        assert stored[key] == len(mapper.to_graph(extract_text(path.read_text(encoding="utf-8"), path.name))) + 1
