"""The relation kinds come from the SKOS scheme ontology/schemes/relation-kind.ttl and nowhere else:
the exact kinds and link properties read from it, the lineage order derived from it, and an edited
scheme changing what the mapping writes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rdflib import Namespace

from policygraph.rdf.mapping import ExtractionMapper
from policygraph.rdf.relation_kinds import (
    RelationSchemeError,
    lineage_order,
    link_properties,
    relation_kinds,
)

ROOT = Path(__file__).resolve().parents[1]
PG = Namespace("https://w3id.org/policygraph/ontology#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
PGS = Namespace("https://w3id.org/policygraph/scheme/")


def test_the_kinds_and_their_link_properties_are_read_from_the_scheme_in_lineage_order():
    assert list(link_properties().items()) == [
        ("implements", ELI.implements),
        ("continues", PG.continues),
        ("legal_basis", ELI.based_on),
        ("amends", ELI.amends),
        ("replaces", PG.replaces),
        ("repeals", ELI.repeals),
        ("guides", PG.guides),
        ("consolidates", ELI.consolidates),
        ("corrects", ELI.corrects),
        ("suspends", PG.suspends),
        ("linked_with", PG.linkedWith),
        ("reviews", PG.reviews),
        ("cites", ELI.cites),
    ]
    assert [kind.concept for kind in relation_kinds()][:2] == [PGS["relation/implements"], PGS["relation/continues"]]


def test_trace_and_catalogue_order_links_by_the_schemes_kinds():
    from policygraph.catalogue import graph
    from policygraph.trace import LINEAGE_ORDER

    assert LINEAGE_ORDER == lineage_order() == {kind.name: i for i, kind in enumerate(relation_kinds())}
    assert link_properties() == graph.LINK_PROPERTIES


@pytest.fixture
def edited_ontology(tmp_path) -> Path:
    """A copy of ontology/ whose scheme gives continues another property and adds a kind."""
    folder = tmp_path / "ontology"
    shutil.copytree(ROOT / "ontology", folder)
    scheme = folder / "schemes" / "relation-kind.ttl"
    text = scheme.read_text(encoding="utf-8")
    assert text.count("pg:linkProperty pg:continues ;") == 1
    text = text.replace("pg:linkProperty pg:continues ;", "pg:linkProperty pg:carriesOn ;")
    text += """
rel:supersedes a skos:Concept ;
    skos:prefLabel "Thay thế toàn bộ"@vi , "Supersedes"@en ;
    pg:linkProperty pg:supersedes ;
    skos:broader rel:cites ;
    skos:inScheme <https://w3id.org/policygraph/scheme/relation> .
"""
    scheme.write_text(text, encoding="utf-8")
    return folder


def test_an_edited_scheme_changes_the_kinds_and_what_the_mapping_writes(edited_ontology, seed_extraction):
    properties = link_properties(edited_ontology)
    assert properties["continues"] == PG.carriesOn
    assert list(properties)[-3:] == ["reviews", "supersedes", "cites"]  # a kind not ranked: before cites
    graph = ExtractionMapper(ontology_dir=edited_ontology).to_graph(seed_extraction)
    continues = [(str(s), str(o)) for s, _, o in graph.triples((None, PG.carriesOn, None))]
    assert continues == [("https://w3id.org/policygraph/id/doc/kl/2024/96-kl-tw",
                          "https://w3id.org/policygraph/id/doc/nq/2019/45-nq-tw")]
    assert list(graph.triples((None, PG.continues, None))) == []
    assert link_properties()["continues"] == PG.continues  # the checkout's own scheme is untouched


def test_a_kind_without_its_link_property_is_an_error_naming_it(tmp_path):
    folder = tmp_path / "ontology"
    (folder / "schemes").mkdir(parents=True)
    (folder / "schemes" / "relation-kind.ttl").write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "<https://w3id.org/policygraph/scheme/relation/cites> a skos:Concept ;\n"
        "    skos:inScheme <https://w3id.org/policygraph/scheme/relation> .\n", encoding="utf-8")
    with pytest.raises(RelationSchemeError, match="the relation kind 'cites' has no pg:linkProperty"):
        relation_kinds(folder)


def test_a_missing_scheme_says_which_setting_to_check(tmp_path):
    with pytest.raises(RelationSchemeError, match="check POLICYGRAPH_ONTOLOGY_DIR"):
        relation_kinds(tmp_path)



def test_every_kind_the_trigger_words_find_is_a_kind_of_the_scheme():
    triggers = json.loads((ROOT / "data" / "patterns" / "relation_triggers.json").read_text(encoding="utf-8"))
    found = {entry[0] for value in triggers.values() if isinstance(value, list)
             for entry in value if isinstance(entry, list)}
    assert found == set(link_properties()) - {"cites"}  # no trigger word gives cites
