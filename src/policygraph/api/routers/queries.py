"""GET /queries (the saved queries in queries/*.rq, with what each answers) and GET /queries/{name}
(one of them as application/sparql-query, for curl and other tools)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter
from fastapi import Path as PathParameter
from fastapi.responses import Response

from policygraph.api.deps import SettingsDep
from policygraph.api.problems import Problem, problem_responses
from policygraph.api.schemas.queries import SavedQuery

router = APIRouter(tags=["saved queries"])

_NAME = re.compile(r"^[A-Za-z0-9_.-]+$")


def header_comment(text: str) -> str:
    """The comment lines at the top of a query, without their '#': what the query answers."""
    lines = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            break
        lines.append(stripped.lstrip("#").strip())
    return "\n".join(lines).strip()


def saved_queries(folder: Path) -> list[SavedQuery]:
    queries = []
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        queries.append(SavedQuery(name=path.stem, description=header_comment(text), text=text))
    return queries


@router.get("/queries", summary="The saved SPARQL queries", response_model=list[SavedQuery],
            description="Every query in queries/*.rq: its name, its header comment (what it answers) and its text. "
                        "Run one by sending its text to /sparql.")
def list_saved_queries(settings: SettingsDep) -> list[SavedQuery]:
    return saved_queries(settings.queries_dir)


@router.get(
    "/queries/{name}",
    summary="One saved query, as SPARQL",
    response_class=Response,
    responses={200: {"content": {"application/sparql-query": {}}}, **problem_responses({404: None})},
)
def get_saved_query(
    settings: SettingsDep,
    name: Annotated[str, PathParameter(description="The query's name (file name without .rq).",
                                       examples=["documents"])],
) -> Response:
    folder = settings.queries_dir
    stem = name.removesuffix(".rq")
    path = folder / f"{stem}.rq"
    if not _NAME.match(stem) or not path.is_file():
        names = ", ".join(q.stem for q in sorted(folder.glob("*.rq")))
        raise Problem(404, "unknown query", f"no saved query {name!r}; the saved queries are: {names}")
    return Response(path.read_text(encoding="utf-8"), media_type="application/sparql-query; charset=utf-8")

