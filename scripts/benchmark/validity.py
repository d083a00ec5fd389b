"""HTML validity: the errors the Nu HTML checker (npm vnu-jar, Java) finds in a site."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from collections import Counter
from pathlib import Path

from .budgets import NotMeasured
from .sites import ROOT

VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def html_errors(site: Path, shown: int = 5) -> tuple[float, dict]:
    if not VNU_JAR.exists():
        raise NotMeasured("vnu-jar niet geïnstalleerd (make bench-tools)")
    if not shutil.which("java"):
        raise NotMeasured("java ontbreekt")
    started = time.perf_counter()
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--skip-non-html",
         str(site)], capture_output=True, text=True, timeout=3600)
    try:
        messages = json.loads(result.stderr or result.stdout)["messages"]
    except (ValueError, KeyError):
        raise NotMeasured(f"vnu gaf geen JSON: {(result.stderr or result.stdout)[-200:]}") from None
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")]
    distinct = Counter(m.get("message", "") for m in errors)
    where: dict[str, str] = {}
    for m in errors:
        where.setdefault(m.get("message", ""), m.get("url", "").split(str(site))[-1])
    return len(errors), {
        "seconden": round(time.perf_counter() - started, 1),
        "paginas": sum(1 for _ in site.rglob("*.html")),
        "meldingen": [{"aantal": n, "melding": text, "bv": where[text]}
                      for text, n in distinct.most_common(shown)]}
