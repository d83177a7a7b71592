"""Extraction: the spaCy pipeline (spacy.blank("vi") + our registered components) and its output model."""
