"""policygraph: a knowledge graph of Vietnamese policy documents.

The flow runs one way: text -> extract -> rdf -> validation -> store -> api/cli.
"""

__version__ = "0.1.0"
