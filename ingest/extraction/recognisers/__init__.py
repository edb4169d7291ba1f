"""Recognisers: one concern each, each a function over the sentence context (see ../pipeline.py)."""
