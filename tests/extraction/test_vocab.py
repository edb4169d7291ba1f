"""vocab.py: the vocabulary files load once, and every group says what it is for and where it comes from."""

from __future__ import annotations

import pytest

from ruralkg.ingest.extraction import vocab


def test_every_group_has_a_note_and_a_source():
    groups = vocab.files_and_groups()
    assert {"cues", "places", "programmes", "titles", "trades", "references"} <= set(groups)
    for name, tables in groups.items():
        for group in tables:
            table = vocab._file(name)[group]
            assert table["note"].strip() and table["source"].strip(), (name, group)


def test_lists_keep_their_written_order_and_sets_their_members():
    assert vocab.TOWNSHIP_SUFFIXES[0] == "街道办事处"  # longest first where the first match wins
    assert isinstance(vocab.STOP_CHARS, set) and "的" in vocab.STOP_CHARS
    assert vocab.PROGRAMME_SYNONYMS["防止返贫动态监测"] == "防返贫动态监测"
    assert vocab.TITLE_BODY_SUFFIXES["局长"] == ("局",)


@pytest.mark.parametrize("text,problem", [
    ('[cues]\nnote = "x"\nwords = ["帮扶"]\n', "needs a note, a source"),
    ('[cues]\nnote = "x"\nsource = "y"\n', "exactly one of"),
    ('[cues]\nnote = "x"\nsource = "y"\nwords = ["a"]\nset = ["b"]\n', "exactly one of"),
    ('[cues\nnote = "x"\n', "not valid TOML"),
    ('words = ["a"]\n', r"is not a \[group\] table"),
])
def test_a_bad_vocabulary_file_is_named_with_its_problem(text, problem):
    with pytest.raises(vocab.VocabularyError, match=problem) as err:
        vocab.parse(text, "vocab/cues.toml")
    assert "vocab/cues.toml" in str(err.value)


def test_an_unknown_group_or_file_is_named():
    with pytest.raises(vocab.VocabularyError, match=r"vocab/cues.toml: no group \[nothing\]"):
        vocab.words("cues", "nothing")
    with pytest.raises(vocab.VocabularyError, match="vocab/nothing.toml: no such vocabulary file"):
        vocab.words("nothing", "x")
