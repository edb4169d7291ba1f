"""The FastAPI service: saved queries and graph exploration over HTTP."""
