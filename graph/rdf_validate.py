"""Validate an export against shapes.ttl with pyshacl, and the ontology under the OWL 2 RL reasoner.

The ontology is the SHACL ontology graph, so ``sh:class rk:Place`` accepts a ``rk:Village``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import RDF, Graph, Namespace

from ruralkg.settings import ONTOLOGY_PATH, PROJECT_ROOT

SHAPES_PATH = PROJECT_ROOT / "shapes.ttl"
SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass
class Validation:
    conforms: bool
    failures: list[str] = field(default_factory=list)  # one line per failed constraint: node, path, message

    def describe(self, limit: int = 20) -> str:
        if self.conforms:
            return "the export conforms to shapes.ttl"
        lines = [f"the export does not conform to shapes.ttl: {len(self.failures)} failure(s)"]
        lines += [f"  {f}" for f in self.failures[:limit]]
        if len(self.failures) > limit:
            lines.append(f"  … and {len(self.failures) - limit} more")
        return "\n".join(lines)


def validate(data: Graph) -> Validation:
    from pyshacl import validate as shacl_validate

    shapes = Graph().parse(SHAPES_PATH, format="turtle")
    ontology = Graph().parse(ONTOLOGY_PATH, format="turtle")
    conforms, report, _ = shacl_validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                         abort_on_first=False, allow_warnings=False)
    failures = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        node = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        failures.append(f"{node} {path or ''}: {message}".replace("  ", " "))
    return Validation(bool(conforms), sorted(failures))


def owl_rl_problems(data: Graph | None = None) -> list[str]:
    """Inconsistencies the OWL 2 RL closure of the ontology (and data, if given) reveals."""
    import owlrl

    g = Graph().parse(ONTOLOGY_PATH, format="turtle")
    if data is not None:
        g += data
    closure = owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, rdfs_closure=False, axiomatic_triples=False,
                                     datatype_axioms=False)
    closure.expand(g)
    err = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")  # where owlrl writes inconsistencies
    problems = [str(g.value(m, err.error)) for m in g.subjects(RDF.type, err.ErrorMessage)]
    nothing = Namespace("http://www.w3.org/2002/07/owl#").Nothing
    problems += [f"{s} is an instance of owl:Nothing" for s in g.subjects(RDF.type, nothing)]
    return sorted(problems)
