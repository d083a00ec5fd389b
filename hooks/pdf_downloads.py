"""MkDocs hook: with KENNISBANK_PDF=1 (make pdf, and the publish workflow), the whole
handbook and every fiche become PDFs in site/pdf/, and the pages that offer them get a
"Download als PDF" link with page count and size. Without it nothing changes, so make
serve stays fast; and no page promises a PDF that was not made.

The work is in macros/pdf.py; this hook hands it the built site after every other step
(the handbook page is complete once the plugins and hooks/valid_html.py are done).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

_PROJECT_ROOT = str(Path(__file__).resolve().parent.parent)
if _PROJECT_ROOT not in sys.path:
    sys.path.insert(0, _PROJECT_ROOT)

from macros import pdf  # noqa: E402
from macros.main import knowledge_base_for  # noqa: E402

SWITCH = "KENNISBANK_PDF"


def on_post_build(config) -> None:
    if os.environ.get(SWITCH) != "1":
        return
    kb = knowledge_base_for(config, "hooks/pdf_downloads.py", "kunnen de PDF's niet gemaakt worden")
    site_dir = Path(config["site_dir"])
    try:
        made = pdf.write_pdfs(site_dir, site_name=config["site_name"],
                              site_url=config.get("site_url") or "", reference=kb.reference)
    except ImportError:
        raise PluginError("WeasyPrint ontbreekt: installeer requirements.txt om PDF's te maken "
                          f"(of bouw zonder {SWITCH}=1).") from None
    pdf.add_links(site_dir, pdf.pages_with_links(made, kb.reference))
