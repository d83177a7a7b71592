"""The answer of GET /queries: the saved SPARQL queries."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class SavedQuery(BaseModel):
    """A saved SPARQL query from queries/*.rq."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "documents",
                    "description": "Every document in the graph: its number, kind, issue date and how many texts "
                    "mention it.",
                    "text": "# Every document in the graph ...\nPREFIX pg: <https://w3id.org/policygraph/ontology#>\n"
                    "SELECT ?document ?number ...",
                }
            ]
        }
    )

    name: str = Field(description="The file name without .rq.", examples=["documents"])
    description: str = Field(description="The query's header comment, without the '#' marks.")
    text: str = Field(description="The whole query, as saved.")
