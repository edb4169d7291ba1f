"""Reading, normalising and extracting articles into the extraction format of SCHEMA.md."""
