"""Extraction -> RDF in the ontology's terms (see docs/VOCABULARY.md)."""
