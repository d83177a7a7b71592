"""The HTTP face (FastAPI): the SPARQL 1.1 endpoint, the document API and the pages.

``app.py`` builds the app; ``routers/`` holds one module per resource, ``schemas/`` their JSON,
``deps.py`` what they are given, ``problems.py`` the one error path, ``bodies.py`` request bodies
and Accept, ``page_or_json.py`` pages at their JSON's URL, ``web_files.py`` the pages' files. The
SPARQL endpoint is ``sparql.py`` with its worker pool (``query_workers.py``, ``query_worker.py``,
``remote_queries.py``), ``query_text.py`` and ``negotiation.py``."""
