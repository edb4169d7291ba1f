"""The store: one interface, two adapters (FalkorDB embedded, Neo4j 5), and the loader.

Only this package speaks to a database.
"""
