"""The API's routes, one module per resource, named after its path (/documents: ``documents``,
/trace: ``trace`` ...). No router imports another: what they share is in ``api/deps.py`` (what a
route is given), ``api/bodies.py`` (request bodies, Accept), ``api/problems.py`` (errors),
``api/page_or_json.py`` (a page for browsers at a JSON URL) and ``api/web_files.py`` (the pages'
files). The SPARQL endpoint is ``api/sparql.py``."""
