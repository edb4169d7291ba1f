"""Relation rules: one family each, each a function over a sentence's mentions and the item's focus."""
