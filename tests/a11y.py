"""axe-core as every browser test runs it: the rules of WCAG 2.0, 2.1 and 2.2 at levels A
and AA (nothing less, and nothing axe files elsewhere), at a phone's width and a desktop's."""

from __future__ import annotations

import functools

WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")

# A phone held upright, and a desktop: wide enough for both sidebars (Material shows them
# from 76.25em, 1220 px) and as high as a laptop's screen, so that the navigation scrolls.
WIDTHS = {
    "phone": {"width": 375, "height": 812},
    "desktop": {"width": 1280, "height": 720},
}


@functools.cache
def _axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()  # reads axe.min.js once for the whole run


def axe_violations(page, within: str | None = None) -> list[str]:
    """What axe finds on the page as it is now, or only in the elements the CSS selector
    `within` names: one line per rule, with its first targets."""
    options = {"runOnly": {"type": "tag", "values": list(WCAG_TAGS)},
               "resultTypes": ["violations"]}
    response = _axe().run(page, context=within, options=options).response
    return [f"{v['id']}: {v['help']} ({', '.join(str(n['target'][0]) for n in v['nodes'][:3])})"
            for v in response["violations"]]


def scroll_sidebars(page, fraction: float) -> bool:
    """Scroll every visible sidebar that has more than fits (the navigation, a table of
    contents) to `fraction` of the way down, as a reader does; False if none scrolls."""
    return page.evaluate("""fraction => {
        let scrolled = false;
        for (const wrap of document.querySelectorAll(".md-sidebar__scrollwrap")) {
            const room = wrap.scrollHeight - wrap.clientHeight;
            if (room > 0 && wrap.offsetParent) {
                wrap.scrollTop = Math.round(room * fraction);
                scrolled = true;
            }
        }
        return scrolled;
    }""", fraction)
