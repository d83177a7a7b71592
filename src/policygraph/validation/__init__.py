"""SHACL validation with pySHACL against ontology/shapes, and reports people can act on."""
