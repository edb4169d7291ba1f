"""An association's station in a village, named after both: 某某协会柳塘村工作服务站. The association's
kind ends where the village's name starts (协会|柳塘村), though a village read alone would swallow it."""

from __future__ import annotations

import re

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.context import PLACES, Mention, SentenceContext
from ruralkg.ingest.extraction.words import any_of

_ASSOCIATIONS = tuple(vocab.words("organisations", "association_kinds"))
_STATION = re.compile(any_of(vocab.words("organisations", "station_kinds")))


def association_stations(ctx: SentenceContext) -> None:
    """某某协会柳塘村工作服务站: one Organization from the association's place to the station's kind, the
    village in between read without the association's kind."""
    s = ctx.s
    for assoc in [x for x in ctx.found if x.type == "Organization" and x.name.endswith(_ASSOCIATIONS)]:
        place = next((x for x in ctx.found if x.type in ("Village", "Township") and assoc.start < x.start
                      <= assoc.end < x.end), None)
        if place is None or place.end - assoc.end < 3:
            continue
        station = _STATION.match(s, place.end)
        if station is None:
            continue
        start = assoc.start
        while (before := ctx.ends_at(start, PLACES)) is not None:
            start = before.start  # 白水市|桐湾区|…协会: the whole chain
        gone = {id(place)} | {id(x) for x in ctx.found if x.type == "Organization" and x.start == place.start}
        ctx.spans.keep(lambda x, gone=gone: id(x) not in gone)
        village = ctx.add(Mention(place.type, s[assoc.end:place.end], assoc.end, place.end))
        ment = ctx.add(Mention("Organization", s[start:station.end()], start, station.end()))
        ment.info["place"] = village
