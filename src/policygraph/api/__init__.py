"""The HTTP face: the SPARQL 1.1 endpoint, the document API and the web page (FastAPI)."""
