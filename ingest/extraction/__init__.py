"""Extraction: recognisers find mentions in a sentence, relation rules relate them (see pipeline.py).

Kept free of imports so that ``vocab`` can be read by earlier stages (segment.py) without a cycle.
"""
