"""A deterministic generator of a stored corpus of N synthetic documents, as RDF in our vocabulary.

bench/synthetic.py writes texts, whose ingest costs the extraction; the validation benchmark needs
a large stored corpus quickly, so this writes what ingest would store, directly: one named graph
per synthetic source text, holding its source, the document it describes (kind, number, date,
issuer, labels, title), and one to three earlier documents it cites, each with a mention, a
qualified relation and evidence with offsets into the text. Dates grow with the index and every
document cites only earlier ones, so the corpus conforms to the shapes. The first documents are
the ones the seed article (data/corpus/000_...txt) cites, with their real numbers and dates, so a
validation of the seed against the corpus finds them stored.

Run: python bench/synthetic_graph.py N OUT.nq [--seed 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
from collections.abc import Iterator
from pathlib import Path

BASE = "https://w3id.org/policygraph/id/"
PG = "https://w3id.org/policygraph/ontology#"
PGS = "https://w3id.org/policygraph/scheme/"
ELI = "http://data.europa.eu/eli/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
DCT_TITLE = "http://purl.org/dc/terms/title"
ORG = "http://www.w3.org/ns/org#Organization"
XSD = "http://www.w3.org/2001/XMLSchema#"

# (kind concept, kind word vi, kind word en, code in the number, issuer, number has the year)
KINDS = [
    ("ND", "Nghị định", "Decree", "NĐ-CP", "Chính phủ", True),
    ("QD", "Quyết định", "Decision", "QĐ-TTg", "Thủ tướng Chính phủ", True),
    ("TT", "Thông tư", "Circular", "TT-BTC", "Bộ Tài chính", True),
    ("NQ", "Nghị quyết", "Resolution", "NQ-CP", "Chính phủ", False),
    ("CT", "Chỉ thị", "Directive", "CT-TTg", "Thủ tướng Chính phủ", False),
    ("KH", "Kế hoạch", "Plan", "KH-UBND", "Ủy ban nhân dân", False),
    ("Luat", "Luật", "Law", "QH15", "Quốc hội", True),
]
WEIGHTS = [0.22, 0.28, 0.14, 0.12, 0.06, 0.10, 0.08]
RELATIONS = [("implements", ELI + "implements"), ("legal_basis", ELI + "based_on"), ("amends", ELI + "amends"),
             ("cites", ELI + "cites"), ("guides", PG + "guides"), ("replaces", PG + "replaces")]
# The documents the seed article cites, as the mapping names them.
SEED_CITED = [
    ("doc/nq/2019/45-nq-tw", "NQ", "Nghị quyết", "Resolution", "45-NQ/TW", "2019-01-24", "Bộ Chính trị", 2019),
    ("doc/nq/2019/108-nq-cp", "NQ", "Nghị quyết", "Resolution", "108/NQ-CP", "2019-11-16", "Chính phủ", 2019),
    ("doc/nq/2021/35-2021-qh15", "NQ", "Nghị quyết", "Resolution", "35/2021/QH15", "2021-11-13", "Quốc hội", 2021),
    ("doc/nq/2022/30-nq-tw", "NQ", "Nghị quyết", "Resolution", "30-NQ/TW", "2022-11-23", "Bộ Chính trị", 2022),
    ("doc/kl/2024/96-kl-tw", "KL", "Kết luận", "Conclusion", "96-KL/TW", "2024-09-30", "Bộ Chính trị", 2024),
]


def _slug(text: str) -> str:
    table = str.maketrans({"Đ": "D", "đ": "d", "/": "-", " ": "-"})
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFD", text.translate(table)) if not unicodedata.combining(c))
    return plain.lower()


def _iri(path: str) -> str:
    return f"<{BASE}{path}>"


def _str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _typed(value: object, datatype: str) -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


class Document:
    def __init__(self, path: str, kind: str, word_vi: str, word_en: str, number: str, date: str,
                 issuer: str, year: int) -> None:
        self.path, self.kind, self.word_vi, self.word_en = path, kind, word_vi, word_en
        self.number, self.date, self.issuer, self.year = number, date, issuer, year

    def description(self, stated_issuer: bool) -> Iterator[tuple[str, str, str]]:
        d = _iri(self.path)
        yield d, f"<{RDF_TYPE}>", f"<{PG}PolicyDocument>"
        yield d, f"<{ELI}type_document>", f"<{PGS}document-kind/{self.kind}>"
        yield d, f"<{ELI}id_local>", _str(self.number)
        yield d, f"<{ELI}date_document>", _typed(self.date, "date")
        yield d, f"<{PG}identityYear>", _typed(self.year, "gYear")
        yield d, f"<{RDFS_LABEL}>", _str(f"{self.word_vi} {self.number}") + "@vi"
        yield d, f"<{RDFS_LABEL}>", _str(f"{self.word_en} {self.number}") + "@en"
        org = _iri(f"org/{_slug(self.issuer)}")
        yield d, f"<{ELI}passed_by>" if stated_issuer else f"<{PG}inferredIssuer>", org
        yield org, f"<{RDF_TYPE}>", f"<{ORG}>"
        yield org, f"<{SKOS_PREF}>", _str(self.issuer) + "@vi"


def documents(n: int, rng: random.Random) -> list[Document]:
    docs = [Document(*row) for row in SEED_CITED]
    start = dt.date(2000, 1, 1)
    span = (dt.date(2024, 12, 31) - start).days
    serials: dict[tuple[str, int], int] = {}
    for i in range(len(docs), n):
        kind, vi, en, code, issuer, with_year = rng.choices(KINDS, weights=WEIGHTS)[0]
        date = start + dt.timedelta(days=span * i // n)
        serial = serials[(code, date.year)] = serials.get((code, date.year), 1000) + 1  # no real number
        number = f"{serial}/{date.year}/{code}" if with_year else f"{serial}/{code}"
        path = f"doc/{_slug(kind)}/{date.year}/{_slug(number)}"
        docs.append(Document(path, kind, vi, en, number, date.isoformat(), issuer, date.year))
    docs.sort(key=lambda d: d.date)
    return docs


def _evidence(quads: list[tuple[str, str, str]], key: str, source: str, text: str, name: str, start: int,
              end: int) -> str:
    node = _iri(f"evidence/{key}/{name}")
    quads.extend([
        (node, f"<{RDF_TYPE}>", f"<{PG}Evidence>"),
        (node, f"<{PG}source>", source),
        (node, f"<{PG}startOffset>", _typed(start, "integer")),
        (node, f"<{PG}endOffset>", _typed(end, "integer")),
        (node, f"<{PG}evidenceText>", _str(text[start:end])),
        (node, f"<{PG}sentence>", _str(text)),
        (node, f"<{PG}sentenceStart>", _typed(0, "integer")),
        (node, f"<{PG}sentenceEnd>", _typed(len(text), "integer")),
    ])
    return node


def generate(n: int, seed: int = 7) -> Iterator[tuple[str, str, str, str]]:
    """The quads (N-Quads terms: subject, predicate, object, graph) of N synthetic source texts."""
    rng = random.Random(seed)
    docs = documents(n, rng)
    for i, doc in enumerate(docs):
        key = f"synthetic-{i:06d}"
        graph = _iri(f"graph/{key}")
        source = _iri(f"source/{key}")
        sentence = f"{doc.word_vi} số {doc.number} ngày {doc.date} của {doc.issuer}"
        cited = sorted(set(rng.sample(range(i), min(i, rng.randint(1, 3))))) if i else []
        parts = [sentence] + [f"{docs[j].word_vi} số {docs[j].number} ngày {docs[j].date}" for j in cited]
        text = "; ".join(parts) + "."
        quads = [
            (source, f"<{RDF_TYPE}>", f"<{PG}SourceText>"),
            (source, f"<{PG}fileName>", _str(f"synthetic/{key}.txt")),
            (source, f"<{PG}sha256>", _str(hashlib.sha256(text.encode()).hexdigest())),
            (source, f"<{PG}charLength>", _typed(len(text), "integer")),
            (source, f"<{PG}pipelineVersion>", _str("synthetic")),
            (source, f"<{PG}describes>", _iri(doc.path)),
            *doc.description(stated_issuer=True),
            (_iri(doc.path), f"<{DCT_TITLE}>", _str(f"về nội dung số {i}") + "@vi"),
        ]

        offset = 0
        for k, part in enumerate(parts):
            target = doc if k == 0 else docs[cited[k - 1]]
            mention = _iri(f"mention/{key}/{offset}-{offset + len(part)}")
            start, end = offset, offset + len(part)
            said = _evidence(quads, key, source, text, f"m{k}", start, end)
            quads += [(mention, f"<{RDF_TYPE}>", f"<{PG}DocumentMention>"),
                      (mention, f"<{PG}refersTo>", _iri(target.path)),
                      (mention, f"<{PG}surface>", _str(part)),
                      (mention, f"<{PG}evidence>", said)]
            if k:
                quads.extend(target.description(stated_issuer=False))
                kind, link = rng.choice(RELATIONS)
                relation = _iri(f"relation/{key}/{k}")
                stated = _evidence(quads, key, source, text, f"r{k}", start, end)
                quads += [(_iri(doc.path), f"<{link}>", _iri(target.path)),
                          (relation, f"<{RDF_TYPE}>", f"<{PG}DocumentRelation>"),
                          (relation, f"<{PG}relationSubject>", _iri(doc.path)),
                          (relation, f"<{PG}relationObject>", _iri(target.path)),
                          (relation, f"<{PG}relationKind>", f"<{PGS}relation/{kind}>"),
                          (relation, f"<{PG}evidence>", stated)]
            offset += len(part) + 2
        for s, p, o in quads:
            yield s, p, o, graph


def write_nquads(n: int, path: Path, seed: int = 7, triples: Path | None = None) -> int:
    """Write the corpus as N-Quads (one graph per source text) to ``path`` and, when ``triples`` is
    given, the same statements without their graphs as N-Triples (for a store's union graph)."""
    count = 0
    with path.open("w", encoding="utf-8") as out, (triples or Path("/dev/null")).open("w", encoding="utf-8") as nt:
        for s, p, o, g in generate(n, seed):
            out.write(f"{s} {p} {o} {g} .\n")
            if triples is not None:
                nt.write(f"{s} {p} {o} .\n")
            count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(write_nquads(args.n, args.out, args.seed), "quads")


if __name__ == "__main__":
    main()
