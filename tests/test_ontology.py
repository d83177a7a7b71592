"""The ontology, the SKOS schemes, the ELI subset and the SHACL shapes: that they parse, that they
keep the contract of docs/VOCABULARY.md, that every term is labelled in Vietnamese and English, and
that the shapes accept a well-formed graph and flag each kind of defect with the intended shape and
severity."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SH, SKOS

from tests.vocabulary_check import (
    CLOSED_NAMESPACES,
    closed_namespace_of,
    load_vocabulary,
    undefined_terms,
    used_terms,
)

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "policygraph.ttl"
ELI_SUBSET = ROOT / "ontology" / "vocab" / "eli-subset.ttl"
SCHEME_DIR = ROOT / "ontology" / "schemes"
SHAPES_DIR = ROOT / "ontology" / "shapes"
VOCABULARY_MD = ROOT / "docs" / "VOCABULARY.md"
PATTERNS_DIR = ROOT / "data" / "patterns"

PG = Namespace("https://w3id.org/policygraph/ontology#")
PGS = Namespace("https://w3id.org/policygraph/scheme/")
PGSH = Namespace("https://w3id.org/policygraph/shapes#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
DATA = Namespace("https://w3id.org/policygraph/id/")
# A plain namespace: pytest probes module attributes, and rdflib's closed XSD warns on unknown names.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

SCHEME_FILES = sorted(SCHEME_DIR.glob("*.ttl"))
SHAPES_FILES = sorted(SHAPES_DIR.glob("*.ttl"))
ALL_FILES = [ONTOLOGY, ELI_SUBSET, *SCHEME_FILES, *SHAPES_FILES]
OWN_SCHEMES = ["document-kind", "issuer", "relation", "role", "actor-kind", "place-kind"]

PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


def parse(*paths: Path) -> Graph:
    graph = Graph()
    for path in paths:
        graph.parse(path, format="turtle")
    return graph


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return parse(ONTOLOGY)


@pytest.fixture(scope="module")
def eli_subset() -> Graph:
    return parse(ELI_SUBSET)


@pytest.fixture(scope="module")
def schemes() -> Graph:
    return parse(*SCHEME_FILES)


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return parse(*SHAPES_FILES)


def declared_pg_terms(graph: Graph) -> set[URIRef]:
    return {
        s
        for t in (OWL.Class, *PROPERTY_TYPES)
        for s in graph.subjects(RDF.type, t)
        if isinstance(s, URIRef) and s.startswith(str(PG))
    }


def languages(graph: Graph, subject: URIRef, predicate: URIRef) -> list[str | None]:
    return sorted((o.language or "") for o in graph.objects(subject, predicate) if isinstance(o, Literal))


def concepts_of(graph: Graph, scheme: str) -> set[URIRef]:
    return set(graph.subjects(SKOS.inScheme, PGS[scheme]))


def local(term: URIRef, scheme: str) -> str:
    return str(term).removeprefix(f"{PGS}{scheme}/")


# ---- parsing ------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_ontology_scheme_and_shapes_file_parses_as_turtle(path):
    graph = parse(path)
    assert len(graph) > 0


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_literal_is_unicode_nfc(path):
    graph = parse(path)
    not_nfc = [
        str(o) for o in graph.objects() if isinstance(o, Literal) and unicodedata.normalize("NFC", str(o)) != str(o)
    ]
    assert not_nfc == []


# ---- the ontology -------------------------------------------------------------------------------


def test_ontology_header_has_version_titles_and_licence(ontology):
    header = URIRef("https://w3id.org/policygraph/ontology")
    assert (header, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(header, OWL.versionInfo) == Literal("0.1.0")
    assert languages(ontology, header, DCTERMS.title) == ["en", "vi"]
    assert ontology.value(header, DCTERMS.license) == URIRef("https://spdx.org/licenses/MIT")


def test_every_pg_class_and_property_has_one_label_and_one_comment_in_vietnamese_and_english(ontology):
    missing = {
        (str(term), str(predicate)): languages(ontology, term, predicate)
        for term in declared_pg_terms(ontology)
        for predicate in (RDFS.label, RDFS.comment)
        if languages(ontology, term, predicate) != ["en", "vi"]
    }
    assert missing == {}


def test_no_vietnamese_label_of_a_pg_term_is_plain_ascii(ontology):
    # Guards against labels typed without tone marks ("van ban" for "văn bản").
    bare = [
        str(label)
        for term in declared_pg_terms(ontology)
        for label in ontology.objects(term, RDFS.label)
        if label.language == "vi" and label.isascii()
    ]
    assert bare == []


def pg_terms_in_vocabulary_md() -> set[URIRef]:
    text = VOCABULARY_MD.read_text(encoding="utf-8")
    return {PG[name] for name in re.findall(r"\bpg:([A-Za-z][A-Za-z0-9]*)", text)}


def test_every_pg_term_named_in_vocabulary_md_is_declared_by_the_ontology(ontology):
    assert pg_terms_in_vocabulary_md() - declared_pg_terms(ontology) == set()


def test_ontology_declares_no_pg_term_that_vocabulary_md_does_not_name(ontology):
    assert declared_pg_terms(ontology) - pg_terms_in_vocabulary_md() == set()


def test_ontology_declares_ten_classes_and_fifty_three_properties(ontology):
    classes = {s for s in ontology.subjects(RDF.type, OWL.Class)}
    properties = {s for t in PROPERTY_TYPES for s in ontology.subjects(RDF.type, t)}
    assert len(classes) == 10
    assert len(properties) == 53


def test_every_eli_term_named_in_vocabulary_md_is_in_the_eli_subset(eli_subset):
    text = VOCABULARY_MD.read_text(encoding="utf-8")
    named = {ELI[name] for name in re.findall(r"\beli:([A-Za-z_]+)", text)}
    assert {term for term in named if (term, RDF.type, None) not in eli_subset} == set()


def test_ontology_does_not_redefine_eli_terms(ontology):
    assert [s for s in set(ontology.subjects()) if str(s).startswith(str(ELI))] == []


def test_eli_subset_labels_every_term_in_english_and_marks_implements_deprecated(eli_subset):
    terms = {s for s in eli_subset.subjects(RDF.type, None) if str(s).startswith(str(ELI))}
    assert {t for t in terms if languages(eli_subset, t, RDFS.label) != ["en"]} == set()
    assert (ELI.implements, OWL.deprecated, Literal(True)) in eli_subset
    assert (ELI.implemented_by, OWL.deprecated, Literal(True)) in eli_subset


PG_LINKS = {
    PG.continues: PG.continuedBy,
    PG.replaces: PG.replacedBy,
    PG.guides: PG.guidedBy,
    PG.reviews: PG.reviewedBy,
    PG.suspends: PG.suspendedBy,
}


@pytest.mark.parametrize("link, inverse", PG_LINKS.items(), ids=lambda t: t.fragment)
def test_pg_link_property_specialises_eli_cites_and_its_inverse_eli_cited_by(ontology, link, inverse):
    assert (link, RDFS.subPropertyOf, ELI.cites) in ontology
    assert (inverse, RDFS.subPropertyOf, ELI.cited_by) in ontology
    assert (link, OWL.inverseOf, inverse) in ontology
    assert (inverse, OWL.inverseOf, link) in ontology
    for term in (link, inverse):
        assert ontology.value(term, RDFS.domain) == PG.PolicyDocument
        assert ontology.value(term, RDFS.range) == PG.PolicyDocument


def test_linked_with_is_a_symmetric_sub_property_of_eli_cites(ontology):
    assert (PG.linkedWith, RDF.type, OWL.SymmetricProperty) in ontology
    assert (PG.linkedWith, RDFS.subPropertyOf, ELI.cites) in ontology


ELI_INVERSES = {
    ELI.implements: ELI.implemented_by,
    ELI.based_on: ELI.basis_for,
    ELI.amends: ELI.amended_by,
    ELI.repeals: ELI.repealed_by,
    ELI.corrects: ELI.corrected_by,
    ELI.consolidates: ELI.consolidated_by,
    ELI.cites: ELI.cited_by,
}


@pytest.mark.parametrize("link, inverse", ELI_INVERSES.items(), ids=lambda t: t.fragment)
def test_eli_link_and_its_inverse_are_declared_inverse_in_the_eli_subset(eli_subset, link, inverse):
    assert (link, OWL.inverseOf, inverse) in eli_subset
    assert (inverse, OWL.inverseOf, link) in eli_subset


def test_solution_area_inverse_pair_is_declared(ontology):
    assert (PG.areaOf, OWL.inverseOf, PG.hasSolutionArea) in ontology
    assert (PG.hasSolutionArea, OWL.inverseOf, PG.areaOf) in ontology


def test_every_pg_property_has_exactly_one_owl_property_type(ontology):
    properties = {s for t in PROPERTY_TYPES for s in ontology.subjects(RDF.type, t)}
    wrong = {str(p) for p in properties if sum((p, RDF.type, t) in ontology for t in PROPERTY_TYPES) != 1}
    assert wrong == set()


def test_datatype_properties_range_over_datatypes_and_object_properties_over_classes(ontology):
    def is_datatype(term):
        return str(term).startswith(str(XSD)) or term == RDF.langString

    datatype_wrong = {
        str(p): str(r)
        for p in ontology.subjects(RDF.type, OWL.DatatypeProperty)
        for r in ontology.objects(p, RDFS.range)
        if not is_datatype(r)
    }
    object_wrong = {
        str(p): str(r)
        for p in ontology.subjects(RDF.type, OWL.ObjectProperty)
        for r in ontology.objects(p, RDFS.range)
        if is_datatype(r)
    }
    assert datatype_wrong == {}
    assert object_wrong == {}
    assert {
        str(p) for p in ontology.subjects(RDF.type, OWL.DatatypeProperty) if ontology.value(p, RDFS.range) is None
    } == set()


@pytest.mark.parametrize(
    "term, predicate, expected",
    [
        (PG.PolicyDocument, RDFS.subClassOf, ELI.LegalResource),
        (PG.Place, RDFS.subClassOf, DCTERMS.Location),
        (PG.SourceText, RDFS.subClassOf, PROV.Entity),
        (PG.Evidence, RDFS.subClassOf, PROV.Entity),
        (PG.evidence, RDFS.subPropertyOf, PROV.wasDerivedFrom),
        (PG.source, RDFS.subPropertyOf, PROV.wasDerivedFrom),
        (PG.assignedActor, RDFS.range, ORG.Organization),
        (PG.inferredIssuer, RDFS.range, ORG.Organization),
        (PG.identityYear, RDFS.range, XSD.gYear),
        (PG.targetYear, RDFS.range, XSD.gYear),
        (PG.startOffset, RDFS.range, XSD.integer),
        (PG.text, RDFS.range, RDF.langString),
        (PG.linkProperty, RDF.type, OWL.AnnotationProperty),
    ],
    ids=lambda t: t.n3() if isinstance(t, URIRef) else str(t),
)
def test_ontology_ties_pg_terms_to_reused_vocabularies(ontology, term, predicate, expected):
    assert (term, predicate, expected) in ontology


# ---- the SKOS schemes ---------------------------------------------------------------------------


def test_each_own_scheme_has_its_file_and_bilingual_preferred_label(schemes):
    for scheme in OWN_SCHEMES:
        assert (PGS[scheme], RDF.type, SKOS.ConceptScheme) in schemes
        assert languages(schemes, PGS[scheme], SKOS.prefLabel) == ["en", "vi"]


def test_every_scheme_concept_has_one_preferred_label_in_vietnamese_and_one_in_english(schemes):
    wrong = {
        str(c): languages(schemes, c, SKOS.prefLabel)
        for c in schemes.subjects(RDF.type, SKOS.Concept)
        if languages(schemes, c, SKOS.prefLabel) != ["en", "vi"]
    }
    assert wrong == {}


def test_every_scheme_concept_is_in_exactly_one_scheme(schemes):
    counts = {str(c): len(set(schemes.objects(c, SKOS.inScheme))) for c in schemes.subjects(RDF.type, SKOS.Concept)}
    assert {c: n for c, n in counts.items() if n != 1} == {}


def test_every_concept_iri_lives_under_its_scheme_iri(schemes):
    wrong = {
        str(c)
        for c in schemes.subjects(RDF.type, SKOS.Concept)
        if not str(c).startswith(str(schemes.value(c, SKOS.inScheme)) + "/")
    }
    assert wrong == set()


def test_every_concept_is_a_top_concept_or_has_a_broader_concept_in_its_scheme(schemes):
    orphans = set()
    for concept in schemes.subjects(RDF.type, SKOS.Concept):
        scheme = schemes.value(concept, SKOS.inScheme)
        top = (concept, SKOS.topConceptOf, scheme) in schemes
        assert top == ((scheme, SKOS.hasTopConcept, concept) in schemes), str(concept)
        broader = [b for b in schemes.objects(concept, SKOS.broader) if (b, SKOS.inScheme, scheme) in schemes]
        if not top and not broader:
            orphans.add(str(concept))
    assert orphans == set()


def test_no_concept_repeats_its_preferred_label_as_an_alternative_or_hidden_label(schemes):
    clashes = set()
    for concept in schemes.subjects(RDF.type, SKOS.Concept):
        preferred = {(str(p).casefold(), p.language) for p in schemes.objects(concept, SKOS.prefLabel)}
        for predicate in (SKOS.altLabel, SKOS.hiddenLabel):
            for label in schemes.objects(concept, predicate):
                if (str(label).casefold(), label.language) in preferred:
                    clashes.add((str(concept), str(label)))
    assert clashes == set()


@pytest.mark.parametrize("scheme", OWN_SCHEMES)
def test_no_two_concepts_of_a_scheme_share_a_preferred_label(schemes, scheme):
    labels = [
        (str(label).casefold(), label.language)
        for concept in concepts_of(schemes, scheme)
        for label in schemes.objects(concept, SKOS.prefLabel)
    ]
    assert len(labels) == len(set(labels))


DOCUMENT_KIND_NOTATIONS = {
    "NQ": "NQ",
    "VBHN": "VBHN",
    "KL": "KL",
    "QD": "QĐ",
    "CT": "CT",
    "ND": "NĐ",
    "TT": "TT",
    "Luat": "Luật",
    "PL": "PL",
    "TB": "TB",
    "KH": "KH",
    "CTr": "CTr",
    "DA": "ĐA",
    "CV": "CV",
    "TTr": "TTr",
    "BC": "BC",
    "TTLT": "TTLT",
    "NQLT": "NQLT",
    "HD": "HD",
    "QDi": "QĐi",
}
DOCUMENT_KINDS_WITHOUT_NOTATION = {"BoLuat", "HP", "ChienLuoc", "ChuongTrinh"}


def test_document_kinds_have_the_official_abbreviations_as_notation(schemes):
    concepts = concepts_of(schemes, "document-kind")
    notations = {local(c, "document-kind"): str(n) for c in concepts for n in schemes.objects(c, SKOS.notation)}
    assert notations == DOCUMENT_KIND_NOTATIONS
    assert {local(c, "document-kind") for c in concepts} == set(
        DOCUMENT_KIND_NOTATIONS
    ) | DOCUMENT_KINDS_WITHOUT_NOTATION


def test_document_kinds_have_their_name_without_diacritics_as_hidden_label(schemes):
    concept = PGS["document-kind/QD"]
    assert set(schemes.objects(concept, SKOS.hiddenLabel)) == {
        Literal("Quyet dinh", lang="vi"),
        Literal("QD", lang="vi"),
    }
    assert set(schemes.objects(concept, SKOS.prefLabel)) == {
        Literal("Quyết định", lang="vi"),
        Literal("Decision", lang="en"),
    }


def test_every_document_kind_concept_in_data_patterns_exists_in_the_scheme(schemes):
    kinds = json.loads((PATTERNS_DIR / "document_kinds.json").read_text(encoding="utf-8"))["kinds"]
    named = {PGS[f"document-kind/{k['concept']}"] for k in kinds}
    assert named - concepts_of(schemes, "document-kind") == set()


def test_every_issuer_code_in_data_patterns_is_the_notation_of_an_issuer_concept(schemes):
    codes = json.loads((PATTERNS_DIR / "issuers.json").read_text(encoding="utf-8"))["codes"]
    notations = {str(n) for c in concepts_of(schemes, "issuer") for n in schemes.objects(c, SKOS.notation)}
    assert set(codes) - notations == set()


@pytest.mark.parametrize(
    "local_name, notation, label_vi",
    [
        ("TW", "TW", "Ban Chấp hành Trung ương Đảng"),
        ("BoChinhTri", None, "Bộ Chính trị"),
        ("BCT", "BCT", "Bộ Công Thương"),
        ("BKHDT", "BKHĐT", "Bộ Kế hoạch và Đầu tư"),
        ("HDND", "HĐND", "Hội đồng nhân dân"),
        ("QH", "QH", "Quốc hội"),
        ("TTg", "TTg", "Thủ tướng Chính phủ"),
    ],
)
def test_issuer_concept_has_its_official_code_and_vietnamese_name(schemes, local_name, notation, label_vi):
    concept = PGS[f"issuer/{local_name}"]
    assert schemes.value(concept, SKOS.notation) == (Literal(notation) if notation else None)
    assert Literal(label_vi, lang="vi") in set(schemes.objects(concept, SKOS.prefLabel))


RELATION_LINKS = {
    "implements": ELI.implements,
    "continues": PG.continues,
    "legal_basis": ELI.based_on,
    "amends": ELI.amends,
    "replaces": PG.replaces,
    "repeals": ELI.repeals,
    "guides": PG.guides,
    "linked_with": PG.linkedWith,
    "reviews": PG.reviews,
    "corrects": ELI.corrects,
    "consolidates": ELI.consolidates,
    "suspends": PG.suspends,
    "cites": ELI.cites,
}


def test_relation_kinds_are_the_thirteen_of_annotation_md_each_with_its_link_property(schemes):
    links = {local(c, "relation"): schemes.value(c, PG.linkProperty) for c in concepts_of(schemes, "relation")}
    assert links == RELATION_LINKS


def test_relation_link_properties_are_the_ones_the_rdf_mapping_writes():
    from policygraph.rdf.relation_kinds import link_properties

    LINK_PROPERTIES = link_properties()
    assert LINK_PROPERTIES == RELATION_LINKS


def test_every_relation_link_property_is_declared_in_the_ontology_or_the_eli_subset(ontology, eli_subset):
    declared = ontology + eli_subset
    assert {str(p) for p in RELATION_LINKS.values() if (p, RDF.type, OWL.ObjectProperty) not in declared} == set()


def test_every_relation_kind_but_cites_is_narrower_than_cites(schemes):
    broader = {local(c, "relation"): schemes.value(c, SKOS.broader) for c in concepts_of(schemes, "relation")}
    assert broader == {kind: (None if kind == "cites" else PGS["relation/cites"]) for kind in RELATION_LINKS}


def test_relation_kinds_map_to_eli_properties(schemes):
    matches = {
        (local(c, "relation"), predicate.fragment, str(eli).removeprefix(str(ELI)))
        for c in concepts_of(schemes, "relation")
        for predicate in (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.relatedMatch)
        for eli in schemes.objects(c, predicate)
    }
    assert matches == {
        ("cites", "exactMatch", "cites"),
        ("legal_basis", "exactMatch", "based_on"),
        ("amends", "exactMatch", "amends"),
        ("corrects", "exactMatch", "corrects"),
        ("consolidates", "exactMatch", "consolidates"),
        ("repeals", "closeMatch", "repeals"),
        ("implements", "closeMatch", "implements"),
        ("implements", "closeMatch", "ensures_implementation_of"),
        ("replaces", "broadMatch", "repeals"),
        ("guides", "relatedMatch", "based_on"),
    }


@pytest.mark.parametrize(
    "trigger, kind",
    [
        ("thực hiện", "implements"),
        ("triển khai thực hiện", "implements"),
        ("tiếp tục thực hiện", "continues"),
        ("căn cứ", "legal_basis"),
        ("sửa đổi", "amends"),
        ("bổ sung", "amends"),
        ("thay thế", "replaces"),
        ("bãi bỏ", "repeals"),
        ("hướng dẫn", "guides"),
        ("quy định chi tiết", "guides"),
        ("gắn với", "linked_with"),
        ("rà soát", "reviews"),
        ("đánh giá", "reviews"),
        ("tổng kết", "reviews"),
        ("đính chính", "corrects"),
        ("hợp nhất", "consolidates"),
        ("đình chỉ thi hành", "suspends"),
        ("tạm ngưng hiệu lực", "suspends"),
    ],
)
def test_vietnamese_trigger_word_is_an_alternative_label_of_exactly_its_relation_kind(schemes, trigger, kind):
    owners = {local(c, "relation") for c in schemes.subjects(SKOS.altLabel, Literal(trigger, lang="vi"))}
    assert owners == {kind}


def test_every_relation_kind_has_definition_and_site_note_in_both_languages(schemes):
    wrong = {
        (local(c, "relation"), predicate.fragment)
        for c in concepts_of(schemes, "relation")
        for predicate in (SKOS.definition, SKOS.note)
        if languages(schemes, c, predicate) != ["en", "vi"]
    }
    assert wrong == set()


def test_vbpl_category_lien_quan_cung_noi_dung_maps_to_cites(schemes):
    (note,) = [str(n) for n in schemes.objects(PGS["relation/cites"], SKOS.note) if n.language == "vi"]
    assert note.startswith('vbpl.vn: "văn bản liên quan cùng nội dung".')


@pytest.mark.parametrize(
    "scheme, expected",
    [
        ("role", {"lead", "coordinating", "participant", "assigned"}),
        (
            "actor-kind",
            {
                "party-body",
                "state-body",
                "legislature",
                "government",
                "ministry",
                "ministry-level-agency",
                "government-agency",
                "judiciary",
                "local-government",
                "people-council",
                "press",
                "collective",
                "regional-council",
                "enterprise",
                "other",
            },
        ),
        (
            "place-kind",
            {
                "country",
                "province",
                "centrally-run-city",
                "region",
                "economic-triangle",
                "district",
                "island-district",
                "island",
                "commune",
                "other",
            },
        ),
    ],
)
def test_small_scheme_has_exactly_its_concepts(schemes, scheme, expected):
    assert {local(c, scheme) for c in concepts_of(schemes, scheme)} == expected


def test_role_lead_is_chu_tri_and_also_matches_chu_dong(schemes):
    lead = PGS["role/lead"]
    assert Literal("Chủ trì", lang="vi") in set(schemes.objects(lead, SKOS.prefLabel))
    assert Literal("chủ động", lang="vi") in set(schemes.objects(lead, SKOS.altLabel))


# ---- the shapes ---------------------------------------------------------------------------------


def shape_nodes(shapes: Graph) -> set:
    return set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape))


def test_every_shape_has_a_deliberate_severity_and_a_message_in_vietnamese_and_english(shapes):
    wrong = {
        str(shape): (languages(shapes, shape, SH.message), shapes.value(shape, SH.severity))
        for shape in shape_nodes(shapes)
        if languages(shapes, shape, SH.message) != ["en", "vi"]
        or shapes.value(shape, SH.severity) not in (SH.Violation, SH.Warning, SH.Info)
    }
    assert wrong == {}


def test_every_property_shape_is_attached_to_a_node_shape(shapes):
    attached = set(shapes.objects(None, SH.property))
    assert set(shapes.subjects(RDF.type, SH.PropertyShape)) - attached == set()


# (each shape listing a scheme lists exactly its concepts: test_shapes.py)


@pytest.mark.parametrize("path", SHAPES_FILES, ids=lambda p: p.name)
def test_no_term_used_in_shapes_is_undefined(path, ontology, schemes, eli_subset):
    graph = parse(path)
    terms = used_terms(graph) | {o for o in graph.objects() if isinstance(o, URIRef)}
    undefined = set()
    for term in terms:
        if term.startswith(str(PG)):
            defined = (term, RDF.type, None) in ontology
        elif term.startswith(str(PGS)):
            defined = (term, RDF.type, None) in schemes
        elif term.startswith(str(ELI)):
            defined = (term, RDF.type, None) in eli_subset
        elif closed_namespace_of(term) is not None:
            defined = term in closed_namespace_of(term)
        else:
            defined = term.startswith(str(PGSH)) and (term, RDF.type, None) in graph
        if not defined:
            undefined.add(str(term))
    assert undefined == set()
    assert undefined_terms(graph) == set()


def test_closed_namespaces_used_for_checks_reject_unknown_terms():
    for namespace in CLOSED_NAMESPACES:
        assert URIRef(f"{namespace}noSuchTermHere") not in namespace


def test_undefined_terms_reports_misspelt_predicates_classes_and_concepts_only():
    graph = Graph()
    doc = DATA["doc/nq/tw/45-nq-tw"]
    graph.add((doc, RDF.type, PG.PolicyDokument))
    graph.add((doc, RDF.type, PG.PolicyDocument))
    graph.add((doc, ELI.type_document, PGS["document-kind/NQQ"]))
    graph.add((doc, ELI.type_document, PGS["document-kind/NQ"]))
    graph.add((doc, URIRef(f"{DCTERMS}titel"), Literal("về ...", lang="vi")))
    graph.add((doc, DCTERMS.title, Literal("về ...", lang="vi")))
    graph.add((doc, ELI.date_documnet, Literal("2019-01-24", datatype=XSD.date)))
    graph.add((doc, URIRef("http://example.org/unknown#prop"), DATA["doc/other"]))
    graph.add((doc, PG.inferredIssuer, DATA["org/ban-chap-hanh-trung-uong"]))
    assert undefined_terms(graph) == {
        PG.PolicyDokument,
        PGS["document-kind/NQQ"],
        URIRef(f"{DCTERMS}titel"),
        ELI.date_documnet,
        URIRef("http://example.org/unknown#prop"),
    }


def test_undefined_terms_accepts_a_caller_supplied_vocabulary():
    graph = Graph()
    graph.add((DATA["x"], PG.continues, DATA["y"]))
    assert undefined_terms(graph, vocabulary=Graph()) == {PG.continues}
    assert undefined_terms(graph, vocabulary=load_vocabulary([ONTOLOGY])) == set()


# ---- validating data with the shapes ------------------------------------------------------------

# A fictional source text: two documents, a relation, two mentions. Numbers and dates are made up.
TEXT = (
    "NGHỊ QUYẾT\n"
    "Nghị quyết số 12/NQ-CP ngày 15/01/2025 ban hành Chương trình hành động thực hiện "
    "Kết luận số 34-KL/TW ngày 01/12/2024 của Bộ Chính trị.\n"
)
SHA = "0" * 63 + "a"


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def example_graph() -> Graph:
    """A well-formed graph of one source text, as docs/VOCABULARY.md describes it."""
    g = Graph()
    source = DATA["source/abc"]
    g.add((source, RDF.type, PG.SourceText))
    g.add((source, PG.fileName, Literal("example.txt")))
    g.add((source, PG.sha256, Literal(SHA)))
    g.add((source, PG.charLength, Literal(len(TEXT), datatype=XSD.integer)))
    g.add((source, PG.pipelineVersion, Literal("0.1.0")))
    g.add((source, PROV.generatedAtTime, Literal("2025-06-01T10:00:00+00:00", datatype=XSD.dateTime)))

    government = DATA["org/chinh-phu"]
    politburo = DATA["org/bo-chinh-tri"]
    for org, name in ((government, "Chính phủ"), (politburo, "Bộ Chính trị")):
        g.add((org, RDF.type, ORG.Organization))
        g.add((org, SKOS.prefLabel, Literal(name, lang="vi")))

    resolution = DATA["doc/nq/2025/12-nq-cp"]
    conclusion = DATA["doc/kl/tw/34-kl-tw"]
    for doc, kind, number, date, label_vi, label_en in (
        (resolution, "NQ", "12/NQ-CP", "2025-01-15", "Nghị quyết 12/NQ-CP", "Resolution 12/NQ-CP"),
        (conclusion, "KL", "34-KL/TW", "2024-12-01", "Kết luận 34-KL/TW", "Conclusion 34-KL/TW"),
    ):
        g.add((doc, RDF.type, PG.PolicyDocument))
        g.add((doc, ELI.type_document, PGS[f"document-kind/{kind}"]))
        g.add((doc, ELI.id_local, Literal(number)))
        g.add((doc, ELI.date_document, Literal(date, datatype=XSD.date)))
        g.add((doc, RDFS.label, Literal(label_vi, lang="vi")))
        g.add((doc, RDFS.label, Literal(label_en, lang="en")))
    g.add((resolution, PG.identityYear, Literal("2025", datatype=XSD.gYear)))
    g.add((resolution, PG.inferredIssuer, government))
    g.add((conclusion, ELI.passed_by, politburo))
    g.add((conclusion, PG["term"], Literal("XIII")))
    g.add((source, PG.describes, resolution))

    sentence_start, sentence_end = span(TEXT, TEXT.splitlines()[1])

    def evidence(name: str, part: str) -> URIRef:
        node = DATA[f"evidence/{name}"]
        start, end = span(TEXT, part)
        g.add((node, RDF.type, PG.Evidence))
        g.add((node, PG.source, source))
        g.add((node, PG.startOffset, Literal(start, datatype=XSD.integer)))
        g.add((node, PG.endOffset, Literal(end, datatype=XSD.integer)))
        g.add((node, PG.evidenceText, Literal(part)))
        g.add((node, PG.sentence, Literal(TEXT[sentence_start:sentence_end])))
        g.add((node, PG.sentenceStart, Literal(sentence_start, datatype=XSD.integer)))
        g.add((node, PG.sentenceEnd, Literal(sentence_end, datatype=XSD.integer)))
        return node

    g.add((resolution, ELI.implements, conclusion))
    relation = DATA["relation/abc/1"]
    g.add((relation, RDF.type, PG.DocumentRelation))
    g.add((relation, PG.relationSubject, resolution))
    g.add((relation, PG.relationObject, conclusion))
    g.add((relation, PG.relationKind, PGS["relation/implements"]))
    g.add((relation, PG.evidence, evidence("rel", "Chương trình hành động thực hiện Kết luận số 34-KL/TW")))

    for name, surface, doc in (
        ("m1", "Nghị quyết số 12/NQ-CP ngày 15/01/2025", resolution),
        ("m2", "Kết luận số 34-KL/TW ngày 01/12/2024 của Bộ Chính trị", conclusion),
    ):
        mention = DATA[f"mention/abc/{name}"]
        g.add((mention, RDF.type, PG.DocumentMention))
        g.add((mention, PG.refersTo, doc))
        g.add((mention, PG.surface, Literal(surface)))
        g.add((mention, PG.evidence, evidence(name, surface)))
    return g


def validate(graph: Graph, shapes: Graph) -> tuple[bool, set[tuple[URIRef, URIRef, URIRef]], Graph]:
    conforms, report, _ = pyshacl.validate(graph, shacl_graph=shapes, inference="none", allow_warnings=True)
    results = {
        (report.value(r, SH.sourceShape), report.value(r, SH.resultSeverity), report.value(r, SH.focusNode))
        for r in report.subjects(RDF.type, SH.ValidationResult)
    }
    return conforms, results, report


def test_example_graph_uses_only_defined_terms():
    assert undefined_terms(example_graph()) == set()


def test_well_formed_example_graph_conforms_without_any_result(shapes):
    conforms, results, _ = validate(example_graph(), shapes)
    assert conforms is True
    assert results == set()


RESOLUTION = DATA["doc/nq/2025/12-nq-cp"]
CONCLUSION = DATA["doc/kl/tw/34-kl-tw"]
RELATION = DATA["relation/abc/1"]
EVIDENCE = DATA["evidence/rel"]
SOURCE = DATA["source/abc"]


def _set(graph: Graph, subject, predicate, value) -> None:
    graph.remove((subject, predicate, None))
    if value is not None:
        graph.add((subject, predicate, value))


DEFECTS = {
    "number with spaces": (
        lambda g: _set(g, RESOLUTION, ELI.id_local, Literal("12 / NQ-CP")),
        {(PGSH["PolicyDocument-id_local-format"], SH.Warning, RESOLUTION)},
    ),
    "two numbers": (
        lambda g: g.add((RESOLUTION, ELI.id_local, Literal("13/NQ-CP"))),
        {(PGSH["PolicyDocument-id_local"], SH.Violation, RESOLUTION)},
    ),
    "missing date": (
        lambda g: _set(g, CONCLUSION, ELI.date_document, None),
        {(PGSH["PolicyDocument-date_document-present"], SH.Warning, CONCLUSION)},
    ),
    "date as plain string": (
        lambda g: _set(g, CONCLUSION, ELI.date_document, Literal("01/12/2024")),
        {(PGSH["PolicyDocument-date_document"], SH.Violation, CONCLUSION)},
    ),
    "two kinds": (
        lambda g: g.add((RESOLUTION, ELI.type_document, PGS["document-kind/QD"])),
        {(PGSH["PolicyDocument-type_document"], SH.Violation, RESOLUTION)},
    ),
    "kind outside the scheme": (
        lambda g: _set(g, RESOLUTION, ELI.type_document, PGS["document-kind/XX"]),
        {(PGSH["PolicyDocument-type_document"], SH.Violation, RESOLUTION)},
    ),
    "no label": (
        lambda g: _set(g, CONCLUSION, RDFS.label, None),
        {(PGSH["PolicyDocument-label"], SH.Violation, CONCLUSION)},
    ),
    "term not a roman numeral": (
        lambda g: _set(g, CONCLUSION, PG["term"], Literal("13")),
        {(PGSH["PolicyDocument-term"], SH.Violation, CONCLUSION)},
    ),
    "issuer not an organisation": (
        lambda g: _set(g, CONCLUSION, ELI.passed_by, DATA["org/unknown"]),
        {(PGSH["PolicyDocument-passed_by"], SH.Violation, CONCLUSION)},
    ),
    "relation kind outside the scheme": (
        lambda g: _set(g, RELATION, PG.relationKind, PGS["relation/mentions"]),
        {(PGSH["DocumentRelation-kind"], SH.Violation, RELATION)},
    ),
    "relation without evidence": (
        lambda g: _set(g, RELATION, PG.evidence, None),
        {(PGSH["DocumentRelation-evidence"], SH.Violation, RELATION)},
    ),
    "relation object not a document": (
        lambda g: _set(g, RELATION, PG.relationObject, DATA["org/chinh-phu"]),
        {(PGSH["DocumentRelation-object"], SH.Violation, RELATION)},
    ),
    "relation of a document to itself": (
        lambda g: _set(g, RELATION, PG.relationObject, RESOLUTION),
        {(PGSH["DocumentRelation-not-reflexive"], SH.Warning, RELATION)},
    ),
    "start after end": (
        lambda g: (
            _set(g, EVIDENCE, PG.startOffset, Literal(90, datatype=XSD.integer)),
            _set(g, EVIDENCE, PG.endOffset, Literal(80, datatype=XSD.integer)),
            _set(g, EVIDENCE, PG.evidenceText, None),
        ),
        {(PGSH["Evidence-startOffset"], SH.Violation, EVIDENCE)},
    ),
    "negative start": (
        lambda g: (
            _set(g, EVIDENCE, PG.startOffset, Literal(-1, datatype=XSD.integer)),
            _set(g, EVIDENCE, PG.evidenceText, None),
        ),
        {
            (PGSH["Evidence-startOffset"], SH.Violation, EVIDENCE),
            (PGSH.EvidenceInsideSentenceShape, SH.Warning, EVIDENCE),
        },
    ),
    "end past the text": (
        lambda g: (
            _set(g, EVIDENCE, PG.endOffset, Literal(len(TEXT) + 5, datatype=XSD.integer)),
            _set(g, EVIDENCE, PG.sentenceEnd, Literal(len(TEXT) + 5, datatype=XSD.integer)),
            _set(g, EVIDENCE, PG.evidenceText, None),
        ),
        {(PGSH.EvidenceOffsetsShape, SH.Violation, EVIDENCE)},
    ),
    "evidence text not the span": (
        lambda g: _set(g, EVIDENCE, PG.evidenceText, Literal("thực hiện")),
        {(PGSH.EvidenceOffsetsShape, SH.Violation, EVIDENCE)},
    ),
    "evidence outside its sentence": (
        lambda g: _set(g, EVIDENCE, PG.sentenceEnd, Literal(20, datatype=XSD.integer)),
        {(PGSH.EvidenceInsideSentenceShape, SH.Warning, EVIDENCE)},
    ),
    "evidence without source": (
        lambda g: _set(g, EVIDENCE, PG.source, None),
        {(PGSH["Evidence-source"], SH.Violation, EVIDENCE)},
    ),
    "offset as string": (
        lambda g: _set(g, EVIDENCE, PG.endOffset, Literal("95")),
        # a string is not comparable with the integer start offset, so sh:lessThanOrEquals fails too
        {(PGSH["Evidence-endOffset"], SH.Violation, EVIDENCE), (PGSH["Evidence-startOffset"], SH.Violation, EVIDENCE)},
    ),
    "upper-case digest": (
        lambda g: _set(g, SOURCE, PG.sha256, Literal("A" * 64)),
        {(PGSH["SourceText-sha256"], SH.Violation, SOURCE)},
    ),
    "short digest": (
        lambda g: _set(g, SOURCE, PG.sha256, Literal("abc123")),
        {(PGSH["SourceText-sha256"], SH.Violation, SOURCE)},
    ),
    "no character length": (
        lambda g: _set(g, SOURCE, PG.charLength, None),
        {(PGSH["SourceText-charLength"], SH.Violation, SOURCE)},
    ),
    "mention without surface": (
        lambda g: _set(g, DATA["mention/abc/m1"], PG.surface, None),
        {(PGSH["DocumentMention-surface"], SH.Violation, DATA["mention/abc/m1"])},
    ),
}


@pytest.mark.parametrize("defect", DEFECTS, ids=list(DEFECTS))
def test_shapes_flag_each_defect_with_the_intended_shape_and_severity(shapes, defect):
    damage, expected = DEFECTS[defect]
    graph = example_graph()
    damage(graph)
    conforms, results, _ = validate(graph, shapes)
    assert results == expected
    assert conforms is not any(severity == SH.Violation for _, severity, _ in expected)


def test_validation_result_carries_the_message_in_vietnamese_and_english(shapes):
    graph = example_graph()
    _set(graph, CONCLUSION, ELI.date_document, None)
    _, _, report = validate(graph, shapes)
    messages = set(report.objects(None, SH.resultMessage))
    assert messages == {
        Literal("Chưa biết ngày ban hành của văn bản (không có eli:date_document).", lang="vi"),
        Literal("The document's date is not known (no eli:date_document).", lang="en"),
    }


@pytest.mark.parametrize(
    "number",
    [
        "45-NQ/TW",
        "7/NQ-CP",
        "35/2021/QH15",
        "1579/QĐ-TTg",
        "30/2020/NĐ-CP",
        "37/2025/NQ-HĐND",
        "1026/KH-UBND",
        "07-KL/TU",
        "64/2025/QH15",
        "16/2025/NĐ-CP",
        "44/2025/QĐ-TTg",
        "15-CTr/TU",
        "08-QĐi/TW",
        "03/2016/TTLT-BTP-BNV",
        "1034/NQ-UBTVQH15",
        "1234/UBND-VX",
        "60/CP",
        "769/TTg",
    ],
)
def test_official_number_formats_pass_the_number_pattern(shapes, number):
    graph = example_graph()
    _set(graph, RESOLUTION, ELI.id_local, Literal(number))
    _, results, _ = validate(graph, shapes)
    assert results == set()


@pytest.mark.parametrize(
    "number",
    ["32", "45-NQ", "45 - NQ/TW", "NQ/TW", "45-NQ/TW/", "45-nq/tw", "7/NQ-CP ", "7/NQ-", "30/2020/", "30/20/NĐ-CP"],
)
def test_short_or_malformed_numbers_fail_the_number_pattern_as_a_warning(shapes, number):
    graph = example_graph()
    _set(graph, RESOLUTION, ELI.id_local, Literal(number))
    conforms, results, _ = validate(graph, shapes)
    assert results == {(PGSH["PolicyDocument-id_local-format"], SH.Warning, RESOLUTION)}
    assert conforms is True


def test_pipeline_output_uses_only_defined_terms():
    """Everything the mapping writes for the real texts is defined by our ontology, our schemes or
    a reused vocabulary."""
    from pathlib import Path

    from policygraph.extract.pipeline import extract_text
    from policygraph.rdf.mapping import ExtractionMapper
    from tests.vocabulary_check import undefined_terms

    mapper = ExtractionMapper()
    corpus = Path(__file__).resolve().parents[1] / "data" / "corpus"
    for path in sorted(corpus.glob("*.txt")):
        graph = mapper.to_graph(extract_text(path.read_text(encoding="utf-8"), path.name))
        assert undefined_terms(graph) == set(), path.name
