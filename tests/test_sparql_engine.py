"""The SPARQL engine (policygraph.sparql) without HTTP: it answers over a real store with no FastAPI
loaded, and its modules import each other in one direction."""

import ast
import os
import subprocess
import sys
from pathlib import Path

import policygraph

SRC = Path(policygraph.__file__).resolve().parents[1]

SCRIPT = """
import asyncio
import sys

from policygraph.config import Settings
from policygraph.sparql.engine import running_query_engine
from policygraph.store.opening import open_store


async def main(store):
    async with running_query_engine(store, Settings(query_workers=1)) as engine:
        await engine.apply_update("INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> "
                                  "<https://example.org/p> 'x' } }")
        answer = await engine.query("SELECT ?o WHERE { ?s ?p ?o }", base_iri="https://example.org/",
                                    dataset="union", accept="text/csv", format=None)
        print(type(engine).__module__, answer.form, answer.media_type, answer.body.decode().split())


with open_store(sys.argv[1]) as store:
    store.replace_graph_ntriples("https://example.org/h", '<https://example.org/s> <https://example.org/p> "x" .')
    asyncio.run(main(store))
print(sorted({name.split(".")[0] for name in sys.modules} & {"fastapi", "starlette"}))
"""


def test_the_worker_pool_answers_a_query_and_applies_an_update_without_loading_fastapi(tmp_path):
    answer = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "store")], capture_output=True,
                            text=True, env={**os.environ, "PYTHONPATH": str(SRC)}, check=True)
    assert answer.stdout.splitlines() == [
        "policygraph.sparql.pool select text/csv ['o', 'x']",  # stated by two graphs, merged once
        "[]",
    ]


def _imports(path: Path, modules: set[str], *, in_functions: bool) -> set[str]:
    """The project modules ``path`` imports (at its top level, or anywhere), leaving out the imports
    under ``if TYPE_CHECKING:``, which never run."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) and not in_functions:
                continue
            if isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                found.add(child.module)
                found.update(f"{child.module}.{alias.name}" for alias in child.names)
            elif isinstance(child, ast.Import):
                found.update(alias.name for alias in child.names)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found & modules


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def strong(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for imported in graph[module]:
            if imported not in index:
                strong(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = []
            while (top := stack.pop()) != module:
                component.append(top)
            if component:
                cycles.append(sorted([*component, module]))

    for module in graph:
        if module not in index:
            strong(module)
    return cycles


def _import_graph(*, in_functions: bool) -> dict[str, set[str]]:
    paths = {}
    for path in (SRC / "policygraph").rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        paths[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return {module: _imports(path, set(paths), in_functions=in_functions) for module, path in paths.items()}


def test_no_module_imports_one_that_imports_it_back():
    assert _cycles(_import_graph(in_functions=False)) == []


def test_the_sparql_engine_is_in_no_import_cycle_even_through_imports_inside_functions():
    cycles = _cycles(_import_graph(in_functions=True))
    assert [cycle for cycle in cycles if any(module.startswith("policygraph.sparql") for module in cycle)] == []
