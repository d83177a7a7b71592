"""The SHACL shapes: that they cover every class of the ontology with deliberate severities, that
their scheme lists, number pattern and issuer table equal the schemes, that the seed and every text
of data/corpus conform, and that each deliberately broken document in tests/shapes/ gives exactly
its expected results (focus node, path, severity, shape, message) with either engine."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, SH, SKOS

from policygraph.rdf.ontology import shapes_graph
from policygraph.validation.inputs import load_for_validation
from policygraph.validation.validate import validate_graph

from .conftest import CORPUS, SEED_NAME

ROOT = Path(__file__).resolve().parents[1]
SUITE = ROOT / "tests" / "shapes"
SCHEMES = ROOT / "ontology" / "schemes"
PG = Namespace("https://w3id.org/policygraph/ontology#")
PGS = Namespace("https://w3id.org/policygraph/scheme/")
PGSH = Namespace("https://w3id.org/policygraph/shapes#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
DATA = "https://w3id.org/policygraph/id/"

# Both engines, always: pyshacl-turbo is a dev dependency (pyproject.toml) that `make test` installs, so
# its absence fails the import here rather than silently halve the matrix of broken documents.
import pyshacl_turbo  # noqa: E402, F401

ENGINES = ["pyshacl", "turbo"]


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return shapes_graph()


@pytest.fixture(scope="module")
def schemes() -> Graph:
    graph = Graph()
    for path in sorted(SCHEMES.glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


def concepts(schemes: Graph, scheme: str) -> set[URIRef]:
    return set(schemes.subjects(SKOS.inScheme, PGS[scheme]))


def node_shapes(shapes: Graph) -> set:
    return set(shapes.subjects(RDF.type, SH.NodeShape))


# ---- coverage and severities --------------------------------------------------------------------


def test_every_class_of_the_ontology_is_the_target_of_a_node_shape(shapes):
    ontology = Graph().parse(ROOT / "ontology" / "policygraph.ttl", format="turtle")
    classes = set(ontology.subjects(RDF.type, OWL.Class)) | {URIRef("http://www.w3.org/ns/org#Organization")}
    targeted = set(shapes.objects(None, SH.targetClass))
    assert classes - targeted == set()


def test_shapes_count_by_severity_is_pinned(shapes):
    shape_nodes = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape))
    counts = Counter(str(shapes.value(s, SH.severity)).rsplit("#", 1)[-1] for s in shape_nodes)
    assert counts == {"Violation": 98, "Warning": 12, "Info": 1}


def test_every_sparql_constraint_has_a_message_in_vietnamese_and_english_and_declared_prefixes(shapes):
    for constraint in shapes.objects(None, SH.sparql):
        languages = sorted(m.language for m in shapes.objects(constraint, SH.message))
        assert languages == ["en", "vi"], constraint
        assert shapes.value(constraint, SH.prefixes) == PGSH.prefixes


def test_no_sparql_constraint_uses_values_which_shacl_sparql_forbids(shapes):
    for select in shapes.objects(None, SH.select):
        assert "VALUES" not in str(select)


def test_sparql_constraints_target_the_property_they_start_from_not_every_node(shapes):
    """pySHACL runs a SPARQL constraint once per focus node: the cross-document rules are targeted
    with sh:targetSubjectsOf, so a corpus of documents that do not link costs nothing."""
    cross = [PGSH.DocumentLinkDateOrderShape, PGSH.DocumentSelfLinkShape, PGSH.DocumentIssuerAgreementShape,
             PGSH.DocumentIdentityDatesShape]
    for shape in cross:
        assert shapes.value(shape, SH.targetClass) is None
        assert list(shapes.objects(shape, SH.targetSubjectsOf)), shape


# ---- scheme lists -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "shape, scheme",
    [
        (PGSH["PolicyDocument-type_document"], "document-kind"),
        (PGSH["DocumentRelation-kind"], "relation"),
        (PGSH["Task-subject"], "theme"),
        (PGSH["SolutionArea-subject"], "theme"),
        (PGSH["Assignment-role"], "role"),
        (PGSH["Organization-actorKind"], "actor-kind"),
        (PGSH["Place-placeKind"], "place-kind"),
    ],
    ids=lambda v: v.rsplit("#", 1)[-1] if isinstance(v, URIRef) else v,
)
def test_shape_lists_exactly_the_concepts_of_its_scheme(shapes, schemes, shape, scheme):
    listed = list(Collection(shapes, shapes.value(shape, SH["in"])))
    assert len(listed) == len(set(listed))
    assert set(listed) == concepts(schemes, scheme)


def test_issuer_code_shape_lists_exactly_the_issuer_concepts_that_have_a_notation(shapes, schemes):
    listed = set(Collection(shapes, shapes.value(PGSH["PolicyDocument-issuerCode"], SH["in"])))
    assert listed == {c for c in concepts(schemes, "issuer") if schemes.value(c, SKOS.notation) is not None}


def kind_codes(schemes: Graph) -> list[str]:
    """The document kinds' notations that numbers write, in the scheme's file order (Luật aside)."""
    text = (SCHEMES / "document-kind.ttl").read_text(encoding="utf-8")
    order = re.findall(r"^dk:(\w+) a skos:Concept", text, re.M)
    notations = [schemes.value(PGS[f"document-kind/{local}"], SKOS.notation) for local in order]
    return [str(n) for n in notations if n is not None and str(n) != "Luật"]


def issuer_table(schemes: Graph) -> dict[str, list[str]]:
    """Code -> names, as cross-document.ttl's header says the table is written from the scheme."""
    text = (SCHEMES / "issuer.ttl").read_text(encoding="utf-8")
    table: dict[str, list[str]] = {}
    for local in re.findall(r"^iss:(\w+) a skos:Concept", text, re.M):
        concept = PGS[f"issuer/{local}"]
        notation = schemes.value(concept, SKOS.notation)
        code = str(notation) if notation is not None else {"BoChinhTri": "TW", "BanBiThu": "TW"}[local]
        names = [str(v) for v in schemes.objects(concept, SKOS.prefLabel) if v.language == "vi"]
        names += sorted(str(v) for v in schemes.objects(concept, SKOS.altLabel) if v.language == "vi")
        table.setdefault(code, []).extend(names)
    for code, extra in {"TW": ["Đảng"], "TTg": ["Thủ tướng"], "UBND": ["UBND"], "HĐND": ["HĐND"]}.items():
        table[code].extend(extra)
    return table


def test_number_pattern_is_written_from_the_kind_and_issuer_schemes(shapes, schemes):
    kinds = "|".join(kind_codes(schemes))
    issuers = "|".join(issuer_table(schemes))
    code = "[A-ZĐ][A-Za-zĐđ0-9]*"
    expected = (
        f"^([0-9]+[a-z]?-({kinds})(/{code})+"
        f"|[0-9]+/(19|20)[0-9][0-9]/({kinds})(-{code})+"
        f"|[0-9]+/(19|20)[0-9][0-9]/(QH|UBTVQH)[0-9][0-9]?"
        f"|[0-9]+/({kinds})(-{code})+"
        f"|[0-9]+/({issuers})[0-9]*(-{code})*)$"
    )
    assert str(shapes.value(PGSH["PolicyDocument-id_local-format"], SH.pattern)) == expected


def test_issuer_table_of_the_agreement_rule_is_written_from_the_issuer_scheme(shapes, schemes):
    table = issuer_table(schemes)
    codes = "|".join(table)

    def names(code: str) -> str:
        return "|".join(n.lower() for n in table[code])

    number_fits = "^[^#]*[-/](" + "|".join(f"{c}[0-9]*([-/][^#]*)?#.*({names(c)})" for c in table) + ")"
    both_fit = "^(" + "|".join(f"[^#]*({names(c)})[^#]*#.*({names(c)})" for c in table) + ")"
    first, second = sorted((str(shapes.value(c, SH.select)) for c in
                            shapes.objects(PGSH.DocumentIssuerAgreementShape, SH.sparql)), key=len)
    by_number = first if "?number), \"#\"" in first else second
    by_inferred = second if by_number is first else first
    assert f'"{number_fits}"' in by_number
    assert f'"[-/]({codes})[0-9]*([-/]|$)"' in by_number
    assert f'"{both_fit}"' in by_inferred


# ---- real texts conform -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_graphs() -> dict[str, Graph]:
    return {path.name: load_for_validation([path]) for path in sorted(CORPUS.glob("*.txt"))}


def test_seed_conforms_without_violation_or_warning_about_its_own_document(corpus_graphs):
    report = validate_graph(corpus_graphs[f"{SEED_NAME}.txt"])
    assert report.conforms is True
    assert report.violations == []
    assert {(r.shape.rsplit("#", 1)[-1], r.focus.removeprefix(DATA)) for r in report.results} == {
        ("PolicyDocument-date_document-present",
         "doc/ctr/name/chuong-trinh-hanh-dong-cua-chinh-phu-thuc-hien-ket-luan-so-96-kl-tw"),
        ("PolicyDocument-date_document-present",
         "doc/da/name/de-an-mo-hinh-to-chuc-chinh-quyen-do-thi-tai-thanh-pho-hai-phong"),
    }


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.txt")))
def test_every_corpus_text_conforms(corpus_graphs, name):
    report = validate_graph(corpus_graphs[name])
    assert [(r.focus, r.shape, r.message) for r in report.violations] == []


def test_the_corpus_as_one_graph_conforms(corpus_graphs):
    """`make run` validates data/corpus as a whole: the texts must not contradict each other."""
    merged = Graph()
    for graph in corpus_graphs.values():
        merged += graph
    report = validate_graph(merged)
    assert [(r.focus, r.shape, r.message) for r in report.violations] == []


# ---- the broken-document suite ------------------------------------------------------------------

RES = DATA + "doc/nq/2025/12-nq-cp"
CON = DATA + "doc/kl/term-xiii/34-kl-tw"
REL = DATA + "relation/example-12-nq-cp/implements-34-kl-tw"
EV_REL = DATA + "evidence/example-12-nq-cp/relation"
AREA_1 = DATA + "area/example-12-nq-cp/1"
AREA_2 = DATA + "area/example-12-nq-cp/2"
TASK = DATA + "task/example-12-nq-cp/1"
ASSIGNMENT = DATA + "assignment/example-12-nq-cp/1/chinh-phu"
OTHER = "http://example.org/documents/kl-34-tw"
POLITBURO = DATA + "org/bo-chinh-tri"

# file -> the exact results: (focus, path, value, severity, shape, English message, Vietnamese message)
EXPECTED: dict[str, set[tuple[str, str | None, str | None, str, str, str, str]]] = {
    "valid": set(),
    "wrong-number-format": {(
        RES, str(ELI.id_local), "12/NQ/CP", "warning", "PolicyDocument-id_local-format",
        "The official number is not in the official format of a Party document (\"45-NQ/TW\"), a State document "
        "(\"7/NQ-CP\", \"30/2020/NĐ-CP\"), the National Assembly (\"35/2021/QH15\") or a letter (\"1234/UBND-VX\"), "
        "or its kind code is not in the pgs:document-kind scheme; it may be a short form or an extraction error.",
        "Số hiệu không theo thể thức chính thức của văn bản Đảng (\"45-NQ/TW\"), văn bản Nhà nước (\"7/NQ-CP\", "
        "\"30/2020/NĐ-CP\"), của Quốc hội (\"35/2021/QH15\") hay công văn (\"1234/UBND-VX\"), hoặc ký hiệu loại văn "
        "bản không thuộc lược đồ pgs:document-kind; có thể là số hiệu viết tắt hoặc trích xuất sai.",
    )},
    "date-order-reversed": {(
        RES, str(ELI.implements), CON, "violation", "DocumentLinkDateOrderShape",
        "The document is dated 2025-01-15 but implements document 34-KL/TW, issued later, on 2025-12-01.",
        "Văn bản ban hành ngày 2025-01-15 nhưng thực hiện văn bản 34-KL/TW ban hành sau nó, ngày 2025-12-01.",
    )},
    "missing-issuer": {(
        RES, None, RES, "violation", "DescribedDocument-issuer",
        "The numbered document a source text is about must have an issuer: stated (eli:passed_by) or inferred "
        "from the code in its number (pg:inferredIssuer).",
        "Văn bản có số hiệu mà văn bản nguồn nói về phải có cơ quan ban hành: nêu rõ (eli:passed_by) hoặc suy ra "
        "từ ký hiệu trong số hiệu (pg:inferredIssuer).",
    )},
    "relation-to-non-document": {
        (RES, str(ELI.implements), POLITBURO, "violation", "PolicyDocument-implements",
         "The document implemented (eli:implements) must be a pg:PolicyDocument.",
         "Văn bản được thực hiện (eli:implements) phải là một pg:PolicyDocument."),
        (REL, str(PG.relationObject), POLITBURO, "violation", "DocumentRelation-object",
         "A relation must have exactly one object (pg:relationObject), a pg:PolicyDocument.",
         "Quan hệ phải có đúng một văn bản đối tượng (pg:relationObject) là pg:PolicyDocument."),
    },
    "offsets-beyond-text": {
        (EV_REL, str(PG.endOffset), "1112", "violation", "EvidenceOffsetsShape",
         "Evidence offsets: the end offset 1112 is past the length of the source text (309 characters).",
         "Vị trí bằng chứng: vị trí kết thúc 1112 vượt quá số ký tự của văn bản nguồn (309)."),
        (EV_REL, str(PG.sentenceEnd), "1146", "violation", "EvidenceOffsetsShape",
         "Evidence offsets: the sentence end 1146 is past the length of the source text (309 characters).",
         "Vị trí bằng chứng: vị trí cuối câu 1146 vượt quá số ký tự của văn bản nguồn (309)."),
    },
    "unknown-relation-kind": {(
        REL, str(PG.relationKind), str(PGS["relation/mentions"]), "violation", "DocumentRelation-kind",
        "A relation must have exactly one kind (pg:relationKind) from the pgs:relation scheme.",
        "Quan hệ phải có đúng một kiểu (pg:relationKind) thuộc lược đồ pgs:relation.",
    )},
    "self-implementation": {
        (RES, str(ELI.implements), RES, "violation", "DocumentSelfLinkShape",
         "The document implements itself.", "Văn bản thực hiện chính nó."),
        (REL, str(PG.relationSubject), RES, "warning", "DocumentRelation-not-reflexive",
         "The relation's subject and object are the same document: a document may have been resolved wrongly.",
         "Văn bản chủ thể và văn bản đối tượng của quan hệ là một: có thể đã xác định sai văn bản."),
    },
    "issuer-mismatch": {(
        RES, str(ELI.passed_by), POLITBURO, "violation", "DocumentIssuerAgreementShape",
        "The stated issuer \"Bộ Chính trị\" is not a body that the code in number 12/NQ-CP stands for.",
        "Cơ quan ban hành được nêu \"Bộ Chính trị\" không phải cơ quan mà ký hiệu trong số hiệu 12/NQ-CP chỉ ra.",
    )},
    "two-dates-one-identity": {
        (CON, str(ELI.date_document), "2024-12-01", "violation", "DocumentIdentityDatesShape",
         f"Document {OTHER} has the same kind, number 34-KL/TW and year (or term) but is dated 2024-12-02, "
         "not 2024-12-01.",
         f"Văn bản {OTHER} có cùng loại, số hiệu 34-KL/TW và năm (hoặc khóa) nhưng ban hành ngày 2024-12-02, "
         "không phải 2024-12-01."),
        (OTHER, str(ELI.date_document), "2024-12-02", "violation", "DocumentIdentityDatesShape",
         f"Document {CON} has the same kind, number 34-KL/TW and year (or term) but is dated 2024-12-01, "
         "not 2024-12-02.",
         f"Văn bản {CON} có cùng loại, số hiệu 34-KL/TW và năm (hoặc khóa) nhưng ban hành ngày 2024-12-01, "
         "không phải 2024-12-02."),
    },
    "area-ordinals-gap": {(
        AREA_2, str(PG.ordinal), "3", "warning", "SolutionAreaOrdinalsGaplessShape",
        "There is a solution area 3 but no area 2 at the same level of the document.",
        "Có nhóm nhiệm vụ, giải pháp số 3 nhưng không có số 2 cùng cấp trong văn bản.",
    )},
    "area-ordinals-duplicate": {
        (area, str(PG.ordinal), "1", "violation", "SolutionAreaOrdinalsUniqueShape",
         "Another solution area at the same level of the document also has ordinal 1.",
         "Một nhóm nhiệm vụ, giải pháp khác cùng cấp của văn bản cũng có số thứ tự 1.")
        for area in (AREA_1, AREA_2)
    },
    "task-without-area": {(
        TASK, str(PG.inArea), None, "violation", "Task-inArea",
        "A task must belong to exactly one solution area (pg:inArea), a pg:SolutionArea.",
        "Nhiệm vụ phải thuộc đúng một nhóm nhiệm vụ, giải pháp (pg:inArea) là pg:SolutionArea.",
    )},
    "role-outside-scheme": {(
        ASSIGNMENT, str(PG.role), str(PGS["role/owner"]), "violation", "Assignment-role",
        "An assignment must have exactly one role (pg:role) from the pgs:role scheme; when the text does not say, "
        "the role is pgs:role/assigned.",
        "Phân công phải có đúng một vai trò (pg:role) thuộc lược đồ pgs:role; khi văn bản không nói rõ, vai trò là "
        "pgs:role/assigned.",
    )},
    "actor-not-organisation": {(
        ASSIGNMENT, str(PG.assignedActor), DATA + "place/hai-phong", "violation", "Assignment-assignedActor",
        "An assignment must name exactly one actor (pg:assignedActor), an org:Organization.",
        "Phân công phải giao cho đúng một chủ thể (pg:assignedActor) là org:Organization.",
    )},
}


def test_the_suite_has_one_file_per_expected_case_and_nothing_else():
    broken = {p.stem for p in SUITE.glob("*.ttl")} - {"malformed"}
    assert broken == set(EXPECTED)


def results_of(name: str, engine: str) -> tuple[bool, set]:
    report = validate_graph(load_for_validation([SUITE / f"{name}.ttl"]), engine=engine)
    found = {
        (r.focus, r.path, r.value, r.severity, r.shape.removeprefix(str(PGSH)), r.messages.get("en"),
         r.messages.get("vi"))
        for r in report.results
    }
    return report.conforms, found


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_document_gives_exactly_its_expected_results(name, engine):
    conforms, found = results_of(name, engine)
    assert found == EXPECTED[name]
    assert conforms is not any(expected[3] == "violation" for expected in EXPECTED[name])


@pytest.mark.parametrize("name", ["date-order-reversed", "offsets-beyond-text", "self-implementation"])
def test_results_about_extracted_statements_carry_the_source_sentence_and_offsets(name):
    report = validate_graph(load_for_validation([SUITE / f"{name}.ttl"]))
    text = (SUITE / "example-12-nq-cp.txt").read_text(encoding="utf-8")
    evidence = next(r.evidence for r in report.results if r.severity == "violation")
    assert evidence is not None
    assert evidence["source"] == "example/12-nq-cp.txt"
    assert evidence["text"] == "Chương trình hành động thực hiện Kết luận số 34-KL/TW"
    if name != "offsets-beyond-text":
        assert text[evidence["start"]:evidence["end"]] == evidence["text"]  # type: ignore[misc]
        assert text[evidence["sentence_start"]:evidence["sentence_end"]] == evidence["sentence"]  # type: ignore[misc]


def test_report_graph_messages_keep_their_language_tags():
    report = validate_graph(load_for_validation([SUITE / "date-order-reversed.ttl"]))
    assert report.report_graph is not None
    messages = set(report.report_graph.objects(None, SH.resultMessage))
    assert {m.language for m in messages} == {"en", "vi"}
    assert Literal("Văn bản ban hành ngày 2025-01-15 nhưng thực hiện văn bản 34-KL/TW ban hành sau nó, "
                   "ngày 2025-12-01.", lang="vi") in messages
