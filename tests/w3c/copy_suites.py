"""Copy the W3C SPARQL 1.1 test suites the conformance test runs into tests/w3c/data/.

    python -m tests.w3c.copy_suites [/path/to/w3c-sparql11]    (default: ../shared/w3c-sparql11)

The project must work without ../shared, so the suites it runs live in the repository (about 650 kB).
Copied: the query evaluation folders, the results-format folders (json-res, csv-tsv-res), the syntax
folders (syntax-query, syntax-update-1, syntax-update-2) and the update evaluation folders.

Left out, and why:

- entailment: tests of the RDF/RDFS/OWL/D entailment regimes; Oxigraph implements simple entailment
  only, and the folder is the largest (764 kB).
- service, syntax-fed: federated queries. The endpoint refuses SERVICE unless
  POLICYGRAPH_ALLOW_SERVICE is set, and the evaluation tests need remote endpoints.
- protocol, service-description, graph-store-protocol, http-rdf-update: HTTP conversations written
  as prose (and the Graph Store Protocol, which the endpoint does not implement), not machine-run
  manifests. tests/test_sparql_protocol.py covers the protocol instead.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
DEFAULT_SOURCE = HERE.parents[2] / "shared" / "w3c-sparql11"

QUERY_EVALUATION = [
    "aggregates", "bind", "bindings", "cast", "construct", "exists", "functions", "grouping", "negation",
    "project-expression", "property-path", "subquery",
]
RESULT_FORMATS = ["json-res", "csv-tsv-res"]
SYNTAX = ["syntax-query", "syntax-update-1", "syntax-update-2"]
UPDATE_EVALUATION = [
    "add", "basic-update", "clear", "copy", "delete", "delete-data", "delete-insert", "delete-where", "drop",
    "move", "update-silent",
]
FOLDERS = QUERY_EVALUATION + RESULT_FORMATS + SYNTAX + UPDATE_EVALUATION


def copy_suites(source: Path) -> int:
    if not (source / "manifest-all.ttl").is_file():
        raise SystemExit(f"{source} does not hold the W3C SPARQL 1.1 suites (no manifest-all.ttl)")
    if DATA.exists():
        shutil.rmtree(DATA)
    DATA.mkdir(parents=True)
    for name in ("LICENSE.md", "README.md"):
        shutil.copy2(source / name, DATA / name)
    for folder in FOLDERS:
        shutil.copytree(source / folder, DATA / folder)
    return sum(f.stat().st_size for f in DATA.rglob("*") if f.is_file())


if __name__ == "__main__":
    size = copy_suites(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE)
    print(f"copied {len(FOLDERS)} folders into {DATA} ({size / 1000:.0f} kB)")
