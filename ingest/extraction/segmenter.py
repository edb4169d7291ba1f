"""jieba's words, computed by jieba-next's compiled code: the rules cut thousands of short stretches
of each article, and jieba's pure-Python segmentation was a fifth of the extractor's time.

jieba-next (a maintained fork of jieba_fast, same dictionary and API) gives jieba 0.42.1's words
except where its compiled HMM step meets a character missing from the HMM's tables (犇, 説): there
it breaks ties the other way (a rare character glued to the next where jieba cuts them apart). Blocks
with such a character go to jieba's own Python step, and the text is cut into blocks by jieba's own
pattern (jieba-next's leaves '-' out), so the words are jieba's (``tests/extraction/test_segmenter.py``;
measured in ``benchmarks/README.md``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import jieba
import jieba.finalseg
import jieba_next
import jieba_next.finalseg
import jieba_next.tokenizer

# the compiled step, kept apart from the module attribute the patch below replaces
_compiled: Callable[..., Any] = getattr(jieba_next.finalseg, "_compiled_viterbi", jieba_next.finalseg.viterbi_hmm)
jieba_next.finalseg._compiled_viterbi = _compiled


@cache
def _known_chars() -> frozenset[str]:
    """Characters every HMM state has an emission probability for."""
    tables = [set(jieba_next.finalseg.emit_P[state]) for state in "BMES"]
    return frozenset(set.intersection(*tables))


def _viterbi(obs: str, states: str, start_p: dict, trans_p: dict, emit_p: dict) -> Any:
    """The compiled HMM step, or jieba's own where a character lacks an emission probability."""
    known = _known_chars()
    if all(c in known for c in obs):
        return _compiled(obs, states, start_p, trans_p, emit_p)
    return jieba.finalseg.viterbi(obs, states, start_p, trans_p, emit_p)


def new_tokenizer() -> jieba_next.Tokenizer:
    """A jieba-next tokenizer whose words are jieba 0.42.1's (initialised, with no words added)."""
    jieba_next.finalseg.viterbi_hmm = _viterbi  # read by jieba_next.finalseg at each call
    # jieba's blocks: its pattern keeps '-' inside a block (2019--2020), jieba-next's splits there
    jieba_next.tokenizer.re_han_default = jieba.re_han_default
    tok = jieba_next.Tokenizer()
    tok.initialize()
    return tok
