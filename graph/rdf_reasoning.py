"""Check the ontology plus an export with real OWL tools: HermiT (a DL reasoner) and the OWL API's
OWL 2 DL profile checker. Both run on the Java the local Neo4j already needs.

HermiT comes inside owlready2 (pinned in pyproject.toml's test extra); the profile checker is built from Maven
Central by ``tools/owl-profile`` (as ``tools/neo4j`` is), once, then offline. Ontology and data are
merged into one document first, so every term the data uses is read with the kind the ontology
declares (loaded apart, an OWL parser has to guess).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from rdflib import Graph

from ruralkg.settings import ONTOLOGY_PATH, PROJECT_ROOT

PROFILE_DIR = PROJECT_ROOT / "tools" / "owl-profile"
PROFILE_JAR = PROFILE_DIR / "target" / "ruralkg-owl-profile-1.0.jar"
PROFILE_CLASSPATH = PROFILE_DIR / "target" / "classpath.txt"
PROFILES = ("DL", "RL")


class ReasonerError(RuntimeError):
    """A checker could not run (no Java or Maven, a failed build); the message says what to install."""


def _merged(data: Graph | None, folder: Path) -> Path:
    g = Graph().parse(ONTOLOGY_PATH, format="turtle")
    if data is not None:
        g += data
    path = folder / "merged.nt"
    g.serialize(path, format="nt", encoding="utf-8")
    return path


def _need_java() -> None:
    if shutil.which("java") is None:
        raise ReasonerError("the OWL checks need Java 17 (apt-get install openjdk-17-jdk-headless)")


def hermit_problems(data: Graph | None = None, memory_mb: int = 1000) -> list[str]:
    """Why HermiT finds the ontology (plus ``data``) inconsistent or cannot read it; [] when consistent."""
    import owlready2
    from owlready2 import OwlReadyInconsistentOntologyError, OwlReadyJavaError, World, sync_reasoner_hermit

    _need_java()
    owlready2.reasoning.JAVA_MEMORY = memory_mb
    with tempfile.TemporaryDirectory(prefix="ruralkg-hermit-") as tmp:
        world = World()
        world.get_ontology(_merged(data, Path(tmp)).as_uri()).load()
        try:
            sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except OwlReadyInconsistentOntologyError:
            return ["HermiT: the ontology and the data are inconsistent"]
        except OwlReadyJavaError as exc:
            lines = [ln for ln in str(exc).splitlines() if ln.strip() and not ln.lstrip().startswith("at ")]
            return ["HermiT could not reason: " + " ".join(lines[1:4])]
        finally:
            world.close()
    return []


def build_profile_checker(quiet: bool = True) -> None:
    """Compile the profile checker and resolve its classpath with Maven (offline after the first time)."""
    sources = list((PROFILE_DIR / "src").rglob("*.java")) + [PROFILE_DIR / "pom.xml"]
    if PROFILE_JAR.exists() and PROFILE_CLASSPATH.exists():
        if all(p.stat().st_mtime <= PROFILE_JAR.stat().st_mtime for p in sources):
            return
    _need_java()
    if shutil.which("mvn") is None:
        raise ReasonerError("the OWL profile check needs Maven (apt-get install maven)")
    proc = subprocess.run(["mvn", "-B", "package"] + (["-q"] if quiet else []), cwd=PROFILE_DIR,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
        raise ReasonerError(f"building the OWL profile checker in {PROFILE_DIR} failed:\n{tail}")


def profile_violations(data: Graph | None = None, profile: str = "DL") -> tuple[list[str], str]:
    """The OWL API's violations of an OWL 2 profile by the ontology (plus ``data``), and its summary line."""
    if profile not in PROFILES:
        raise ValueError(f"profile must be one of {PROFILES}, got {profile!r}")
    build_profile_checker()
    classpath = f"{PROFILE_JAR}:{PROFILE_CLASSPATH.read_text().strip()}"
    with tempfile.TemporaryDirectory(prefix="ruralkg-profile-") as tmp:
        merged = _merged(data, Path(tmp))
        proc = subprocess.run(["java", "-cp", classpath, "ruralkg.ProfileCheck", profile, str(merged)],
                              capture_output=True, text=True, timeout=600)
    lines = proc.stdout.strip().splitlines()
    if proc.returncode not in (0, 1) or not lines:
        raise ReasonerError(f"the OWL profile checker failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
    return lines[:-1], lines[-1]
