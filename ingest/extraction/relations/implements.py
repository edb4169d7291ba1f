"""IMPLEMENTS: a programme carried out (开展, 推行, 实施 … before it in its clause), by the clause's subject:
named before the cue, a reference (该镇, 驻村工作队), the subject carried over when the clause leaves it
out, or what the item is about. A person is no implementer, and a programme with no cue before it
in its clause (利用…政策, 申请…贷款, 响应…) is named, not carried out."""

from __future__ import annotations

from ruralkg.ingest.extraction import arguments as ar
from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.relations.base import RelationContext, subject
from ruralkg.ingest.extraction.words import alternation

IMPLEMENTERS = ("Province", "City", "County", "Township", "Village", "Branch", "Organization", "Cooperative",
                "Enterprise")
_CUES = alternation(vocab.IMPLEMENT_CUES)


def implements(c: RelationContext) -> None:
    """Each programme with an implement cue before it in its clause is implemented by the clause's subject."""
    s = c.s
    for m in c.ordered:
        if m.type != "Programme":
            continue
        cue = next((x for x in _CUES.finditer(s) if not _inside_name(c, x.start())), None)
        if cue is None:
            continue
        actor = _actor(c, m.start, m.start)
        if actor is not None and actor.type in IMPLEMENTERS:
            c.graph.relate("IMPLEMENTS", actor, c.nodes[id(m)], c.sent)


def _inside_name(c: RelationContext, pos: int) -> bool:
    """发展 inside 农业发展有限公司 is no cue."""
    return any(x.start <= pos < x.end for x in c.ordered)


def _actor(c: RelationContext, cue: int, programme: int):
    """The clause's subject (persons included, so that 村民张某申请… gives no place), else the old reading:
    the first actor named before the programme, a reference, or what the item is about."""
    names = [x for x in c.ordered if x.type == "Programme"]
    args = [a for a in c.arguments if not any(x.start <= a.start < x.end for x in names)]  # 村党支部 in 村党支部领办合作社
    found = ar.giver(c.s, args, cue, c.focus.subject)
    if found is not None:
        return found
    return subject(c.sent, c.mentions, c.nodes, c.focus, programme, c.graph, later=True)
