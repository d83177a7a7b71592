"""The HTTP face (FastAPI): the SPARQL 1.1 endpoint, the document API and the pages.

``app.py`` builds the app; ``routers/`` holds one module per resource, ``schemas/`` their JSON,
``deps.py`` what they are given, ``problems.py`` the one error path, ``bodies.py`` request bodies
and Accept, ``page_or_json.py`` pages at their JSON's URL, ``web_files.py`` the pages' files. The
SPARQL endpoint's HTTP side is ``sparql.py`` (the protocol, over the store's ``QueryEngine`` from
:mod:`policygraph.sparql`, which has no HTTP in it) and ``negotiation.py`` (RFC 9110 Accept)."""
