"""The budgets: what each one measures, its limit and its check, and the table of
verdicts. Every measurement returns its figure or raises NotMeasured with a reason in
Dutch; the table then says "niet gemeten: <reden>" instead of stopping the benchmark
(npm offline, no Java, no Chromium, a redesigned page...)."""

from __future__ import annotations

from typing import Callable


class NotMeasured(Exception):
    """A measurement that could not run; the message is the reason, in Dutch."""


# key: (label, limit as printed, check, format of the measured value)
SPECS: dict[str, tuple[str, str, Callable[[float], bool], str]] = {
    # Both build ratios are judged on CPU time: on a shared machine the wall time of the
    # same build varied by 30 % between runs, its CPU time by a few percent. The wall-time
    # ratio is printed beside it.
    "macrokost": ("Macrokost: build met macro's / platte Markdown (1.000), CPU", "≤ 1.10",
                  lambda v: v <= 1.10, "{:.2f}x"),
    "groei": ("Groei: build 5.000 / 1.000, CPU", "≤ 5.5", lambda v: v <= 5.5, "{:.2f}x"),
    "live_reload": ("Live reload na wijziging praktijk, mediaan (echte site)", "≤ 2 s",
                    lambda v: v <= 2, "{:.2f} s"),
    "catalogus_html": ("Catalogus-HTML praktijken/index.html (1.000)", "< 300 KB",
                       lambda v: v < 300, "{:.1f} KB"),
    "lighthouse": ("Lighthouse mobiel, prestaties (1.000)", "≥ 0.95",
                   lambda v: v >= 0.95, "{:.2f}"),
    "filteren": ("Filteren op opdracht, traagste keuze (1.000)", "≤ 50 ms",
                 lambda v: v <= 50, "{:.1f} ms"),
    # Search on a phone: Chromium with the CPU slowed 4x, a query typed at a reader's pace
    # (benchmark/search_timing.py); the slowest and the heaviest of its queries.
    "zoeken_tijd_1000": ("Zoeken: laatste toets tot eerste resultaat, traagste (1.000)", "≤ 0.5 s",
                         lambda v: v <= 0.5, "{:.2f} s"),
    "zoeken_kb_1000": ("Zoeken: gedownload tot eerste resultaat, meeste (1.000)", "≤ 300 KB",
                       lambda v: v <= 300, "{:.0f} KB"),
    "zoeken_tijd_5000": ("Zoeken: laatste toets tot eerste resultaat, traagste (5.000)", "≤ 0.5 s",
                         lambda v: v <= 0.5, "{:.2f} s"),
    "zoeken_kb_5000": ("Zoeken: gedownload tot eerste resultaat, meeste (5.000)", "≤ 300 KB",
                       lambda v: v <= 300, "{:.0f} KB"),
    # The catalogue's text search, measured the same way (benchmark/catalogue_timing.py).
    "catalogus_tijd_1000": ("Catalogus zoeken: laatste toets tot eerste resultaat, traagste (1.000)",
                            "≤ 0.5 s", lambda v: v <= 0.5, "{:.2f} s"),
    "catalogus_kb_1000": ("Catalogus zoeken: gedownload tot eerste resultaat, meeste (1.000)",
                          "≤ 300 KB", lambda v: v <= 300, "{:.0f} KB"),
    "catalogus_tijd_5000": ("Catalogus zoeken: laatste toets tot eerste resultaat, traagste (5.000)",
                            "≤ 0.5 s", lambda v: v <= 0.5, "{:.2f} s"),
    "catalogus_kb_5000": ("Catalogus zoeken: gedownload tot eerste resultaat, meeste (5.000)",
                          "≤ 300 KB", lambda v: v <= 300, "{:.0f} KB"),
    "strikt": ("Strikte build groen (5.000)", "groen", lambda v: v == 1,
               "groen|faalde"),
    "vnu": ("Nu HTML checker, fouten (5.000)", "0", lambda v: v == 0, "{:.0f}"),
}


def judged(key: str, value: float | None = None, reason: str | None = None,
           note: str = "", **detail) -> dict:
    """A budget's verdict; `note` is printed after the measured value."""
    label, limit, check, fmt = SPECS[key]
    if value is None:
        shown, ok = f"niet gemeten: {reason}", None
    else:
        shown = (fmt.split("|")[0 if value else 1] if "|" in fmt else fmt.format(value))
        shown += f" ({note})" if note else ""
        ok = bool(check(value))
    return {"sleutel": key, "budget": label, "gemeten": value, "getoond": shown,
            "grens": limit, "ok": ok, "niet_gemeten": reason if value is None else None,
            "details": detail}


def attempt(key: str, measure: Callable[[], tuple[float, dict]]) -> dict:
    """Run one measurement; a failing tool becomes a reason, never a crash."""
    try:
        value, detail = measure()  # the detail may hold a "note" for the table
    except NotMeasured as error:
        return judged(key, reason=str(error))
    except Exception as error:  # an unexpected failure still leaves the other budgets
        return judged(key, reason=f"{type(error).__name__}: {error}"[:300])
    return judged(key, value, **detail)


def budget_table(results: dict[str, dict]) -> str:
    rows = [("budget", "gemeten", "grens", "oordeel")]
    for key in SPECS:
        result = results.get(key) or judged(key, reason="niet in deze meting")
        verdict = "-" if result["ok"] is None else ("ok" if result["ok"] else "NOT OK")
        rows.append((result["budget"], result["getoond"], result["grens"], verdict))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    return "\n".join(f"{a:<{widths[0]}}  {b:>{widths[1]}}  {c:>{widths[2]}}  {d}"
                     for a, b, c, d in rows)
