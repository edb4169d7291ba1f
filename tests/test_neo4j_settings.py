"""graph/neo4j_local.py: other Neo4j settings for the local server, passed as RURALKG_NEO4J_SETTINGS."""

from __future__ import annotations

import pytest


def test_settings_become_launcher_properties(monkeypatch):
    from ruralkg.graph.neo4j_local import _extra_settings

    monkeypatch.setenv("RURALKG_NEO4J_SETTINGS", "dbms.cypher.min_replan_interval=30s; db.logs.query.threshold = 2s;")
    assert _extra_settings() == ["-Dneo4j.setting.dbms.cypher.min_replan_interval=30s",
                                 "-Dneo4j.setting.db.logs.query.threshold=2s"]
    monkeypatch.delenv("RURALKG_NEO4J_SETTINGS")
    assert _extra_settings() == []


def test_a_setting_without_a_value_is_named(monkeypatch):
    from ruralkg.graph.embedded import StoreError
    from ruralkg.graph.neo4j_local import _extra_settings

    monkeypatch.setenv("RURALKG_NEO4J_SETTINGS", "dbms.cypher.min_replan_interval")
    with pytest.raises(StoreError, match="RURALKG_NEO4J_SETTINGS: 'dbms.cypher.min_replan_interval' is not name=value"):
        _extra_settings()
