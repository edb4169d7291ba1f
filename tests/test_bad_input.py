"""Every kind of bad or odd input, ingested into the real store: each file gets an outcome and a
reason in the report, the good ones are loaded, and a misspelt path does not stop the others."""

from __future__ import annotations

import json

from tests.bad_inputs import make
from tests.conftest import cli


def test_bad_input_folder_report(falkor_ingested, store_env, tmp_path):
    folder = tmp_path / "bad"
    expected = make(folder)
    report_file = tmp_path / "report.json"
    env = {**store_env, "RURALKG_MAX_ARTICLE_BYTES": "100000", "RURALKG_GRAPH": "bad_input"}
    proc = cli(env, "ingest", str(folder), str(tmp_path / "misspelt_folder"), "--report", str(report_file),
               check=False)
    assert proc.returncode == 0, proc.stderr  # good files were loaded
    report = json.loads(report_file.read_text(encoding="utf-8"))
    outcomes = {entry["path"].rsplit("/", 1)[-1]: entry for entry in report["files"]}
    for name, outcome in expected.items():
        # the same text in several encodings is one story: the first is loaded, the others are its reprints
        got = "loaded" if outcomes[name]["outcome"] == "reprint" else outcomes[name]["outcome"]
        assert got == outcome, (name, outcomes[name])
        if outcome == "refused":
            assert name in outcomes[name]["reason"]
    assert "NOTES.md" not in outcomes
    assert outcomes["misspelt_folder"]["outcome"] == "refused"
    assert "no such file or folder" in outcomes["misspelt_folder"]["reason"]
    assert "over the limit" in outcomes["too_large.txt"]["reason"]
    assert "not an article" in outcomes["no_chinese.txt"]["reason"]
    assert "replaced" in (outcomes["bad_bytes.txt"]["reason"] or "")
    summary = report["summary"]
    assert summary["loaded"] + summary["reprint"] == sum(1 for o in expected.values() if o == "loaded")
    # the page was read without its script and menu: no official out of the script's text
    names = cli(env, "query", "entity_search", "-p", "q=李某某", "--format", "json").stdout
    assert json.loads(names) == []
    strict = cli(env, "ingest", str(folder), "--strict", check=False)
    assert strict.returncode == 2  # unchanged files skipped, the bad ones still named
