"""The HTTP edge keeps its shape (README, "How the code is laid out"): no router imports another, no
helper returns an error response as a value, and settings are read only where the app is built."""

from __future__ import annotations

import ast
from pathlib import Path

import policygraph.api

API = Path(policygraph.api.__file__).parent
# Where get_settings() may be called: the app and its dependencies (and, until it reads them from a
# dependency, the SPARQL endpoint).
READS_SETTINGS = {"app.py", "deps.py", "sparql.py"}


def modules() -> dict[str, ast.Module]:
    return {str(path.relative_to(API)): ast.parse(path.read_text(encoding="utf-8")) for path in API.rglob("*.py")}


def imported_modules(tree: ast.Module) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names |= {node.module, *(f"{node.module}.{alias.name}" for alias in node.names)}
        elif isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
    return names


def test_no_router_imports_another_router():
    imports = {name: sorted(n for n in imported_modules(tree) if n.startswith("policygraph.api.routers."))
               for name, tree in modules().items() if name.startswith("routers/")}
    assert len(imports) == 9  # __init__ and the eight resources
    assert {name: found for name, found in imports.items() if found} == {}


def test_no_function_returns_a_json_response_as_one_of_two_things():
    unions = [
        f"{name}:{node.name} -> {ast.unparse(node.returns)}"
        for name, tree in modules().items() for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.returns is not None
        and "JSONResponse" in ast.unparse(node.returns) and "|" in ast.unparse(node.returns)
    ]
    assert unions == []


def test_settings_are_read_only_where_the_app_is_built():
    calling = {name for name, tree in modules().items() for node in ast.walk(tree)
               if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "get_settings"}
    assert calling <= READS_SETTINGS
    assert {"app.py", "deps.py"} <= calling
