"""The SPARQL endpoint's engine, without HTTP: what answers a query or an update over a store.

``engine`` declares what every engine does (``QueryEngine``) and what it answers (``QueryAnswer``);
a store gives its own (``GraphStore.query_engine``): ``pool`` (worker processes over an embedded store,
``python -m policygraph.sparql.worker``) or ``remote`` (a SPARQL server behind a remote store).
``query_text`` reads a query's keywords and nesting before any engine sees it. The HTTP face is
``policygraph.api.sparql``; nothing here imports FastAPI.
"""
