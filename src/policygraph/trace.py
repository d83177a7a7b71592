"""Typed chains between documents, each hop with the sentence that states it."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from policygraph.errors import EmptyStoreError, InputError
from policygraph.model import DocumentIdentity
from policygraph.rdf.namespaces import sparql_prologue
from policygraph.rdf.preferred import preference, shouts
from policygraph.rdf.relation_kinds import lineage_order
from policygraph.store.base import GraphStore


@dataclass(frozen=True)
class Hop:
    source_document: str
    source_label: str
    target_document: str
    target_label: str
    relation: str
    evidence: str
    sentence: str
    source_text: str
    start: int
    end: int
    also_stated_in: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["also_stated_in"] = list(self.also_stated_in)
        return data


LINEAGE_ORDER = lineage_order()  # kind name -> its place when a document's links are listed

_EDGES = sparql_prologue() + """
SELECT ?s ?sNumber ?o ?oNumber ?kind ?text ?sentence ?file ?start ?end WHERE {
  VALUES ?s { %s }
  ?rel a pg:DocumentRelation ; pg:relationSubject ?s ; pg:relationObject ?o ; pg:relationKind ?kindConcept ;
       pg:evidence ?ev .
  ?ev pg:evidenceText ?text ; pg:sentence ?sentence ; pg:startOffset ?start ; pg:endOffset ?end ;
      pg:source/pg:fileName ?file .
  OPTIONAL { ?s eli:id_local ?sNumber }
  OPTIONAL { ?o eli:id_local ?oNumber }
  BIND(STRAFTER(STR(?kindConcept), "relation/") AS ?kind)
}
"""



def _evidence_rank(hop: Hop) -> tuple[bool, str, int]:
    """Which of several texts stating one link to show: prose before shouting headings, then by source
    (the preferred-form rule's second criterion; each text states the link once, and a longer span is
    not a better sentence)."""
    return (shouts(hop.evidence), hop.source_text, hop.start)


def edges_from(store: GraphStore, nodes: list[str]) -> dict[str, list[Hop]]:
    """The typed links out of ``nodes``, each once, with the best of the sentences that state it (the
    others are listed), by source document, lineage links first.

    One query for all of ``nodes``: a trace calls it once per breadth-first level, so it reads only
    what it walks; the graph view (GET /graph/data) calls it for the documents it draws, so an edge
    there carries the same sentence as the hop of a trace."""
    stated: dict[tuple[str, str, str], list[Hop]] = {}
    values = " ".join(f"<{n}>" for n in nodes)
    rows = list(store.select(_EDGES % values).dicts())
    numbered = {str(row[d]): str(row[n]) for row in rows for d, n in (("s", "sNumber"), ("o", "oNumber"))
                if row[n] is not None}
    labels = numbered | _document_names(store, {str(row[d]) for row in rows for d in ("s", "o")} - set(numbered))
    for row in rows:
        s, o = str(row["s"]), str(row["o"])
        hop = Hop(
            s, labels.get(s, s.rsplit("/", 1)[-1]), o, labels.get(o, o.rsplit("/", 1)[-1]),
            str(row["kind"]), str(row["text"]), str(row["sentence"]), str(row["file"]),
            int(row["start"]), int(row["end"]),
        )
        stated.setdefault((s, o, hop.relation), []).append(hop)
    edges: dict[str, list[Hop]] = {}
    for hops in stated.values():
        hops.sort(key=_evidence_rank)
        best = hops[0]
        others = tuple(sorted({h.source_text for h in hops[1:]} - {best.source_text}))
        edges.setdefault(best.source_document, []).append(
            Hop(**{**asdict(best), "also_stated_in": others})
        )
    # Breadth-first search takes the first hop it meets: the links that carry a document's lineage
    # (implements, continues, legal basis, amends ...) go before looser ones (reviews, cites).
    for hops in edges.values():
        hops.sort(key=lambda h: (LINEAGE_ORDER.get(h.relation, len(LINEAGE_ORDER)), h.target_label))
    return edges


def _document_names(store: GraphStore, documents: set[str]) -> dict[str, str]:
    """The Vietnamese name of each of ``documents`` that has no official number ("Luật Đất đai"), so a
    hop shows the name its texts wrote rather than an IRI's slug. Where texts wrote it differently: a
    form that is not all upper case (headings shout), then the longest, then the first in order."""
    if not documents:
        return {}
    values = " ".join(f"<{d}>" for d in sorted(documents))
    names: dict[str, list[str]] = {}
    for doc, name in store.select(sparql_prologue() + f"""
        SELECT DISTINCT ?doc ?name WHERE {{
          VALUES ?doc {{ {values} }} ?doc rdfs:label ?name FILTER(langMatches(lang(?name), "vi"))
        }}""").rows:
        names.setdefault(str(doc), []).append(str(name))
    return {doc: min(forms, key=lambda f: (*preference(f), f)) for doc, forms in names.items()}


def find_documents(store: GraphStore, label: str) -> list[str]:
    """Documents whose official number (or name) is ``label``, or whose IRI it is."""
    wanted = " ".join(label.split())
    if wanted[:1].isdigit():  # "07/NQ-CP" is stored as "7/NQ-CP"
        wanted = DocumentIdentity("", wanted).canonical_number or wanted
    literal = '"' + wanted.replace("\\", "\\\\").replace('"', '\\"') + '"'
    iri = f"<{wanted}>" if wanted.startswith(("http://", "https://")) and ">" not in wanted else None
    # BIND, not VALUES: Virtuoso 7.2 answers nothing for a VALUES branch of a UNION joined with the pattern
    # before it (tests/test_virtuoso_deviations.py); the two mean the same in SPARQL 1.1.
    query = sparql_prologue() + f"""
        SELECT DISTINCT ?doc WHERE {{
          ?doc a pg:PolicyDocument .
          {{ ?doc eli:id_local {literal} }} UNION {{ ?doc rdfs:label ?l FILTER(STR(?l) = {literal}) }}
          {f"UNION {{ BIND({iri} AS ?doc) }}" if iri else ""}
        }}"""
    return sorted(str(row[0]) for row in store.select(query).rows)


def trace(store: GraphStore, start: str, goal: str | None = None) -> list[Hop]:
    """The shortest chain of typed links from ``start`` to ``goal`` (following link direction),
    or, without a goal, every link reachable from ``start`` in breadth-first order."""
    if not store.ask(sparql_prologue() + "ASK { ?source a pg:SourceText }"):
        raise EmptyStoreError("the store is empty; run `policygraph ingest data/` first")
    starts = find_documents(store, start)
    if not starts:
        raise InputError(f"no document numbered {start!r} in the store")
    goals = set(find_documents(store, goal)) if goal else set()
    if goal and not goals:
        raise InputError(f"no document numbered {goal!r} in the store")
    came_from: dict[str, Hop | None] = {s: None for s in starts}
    reached: list[Hop] = []
    frontier = list(starts)
    while frontier:
        for node in frontier:
            if node in goals:
                chain = []
                hop = came_from[node]
                while hop is not None:
                    chain.append(hop)
                    hop = came_from[hop.source_document]
                return list(reversed(chain))
        edges = edges_from(store, frontier)
        next_frontier: list[str] = []
        for node in frontier:
            for hop in edges.get(node, []):
                if hop.target_document not in came_from:
                    came_from[hop.target_document] = hop
                    reached.append(hop)
                    next_frontier.append(hop.target_document)
        frontier = next_frontier
    return [] if goal else reached
