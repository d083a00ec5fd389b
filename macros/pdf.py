"""PDFs to download and attach: the whole handbook and every fiche, made from the built
HTML by WeasyPrint, tagged for screen readers (PDF/UA-1), with title and language.

- The handbook is the whole-handbook page (handboek/) without the site around it, with
  a cover (title, sources, build date), a table of contents with page numbers (the
  plugin builds its own with JavaScript, which a PDF does not run), bookmarks for the
  same structure, the chapter in the running header and "pagina X van Y" (pdf.css).
- A fiche is its page printed as the browser prints it (print.css and fiches.css): one
  A4.

The pages that promise a PDF get their link only once it exists, with page count and
size. Contributed text reaches the PDFs as it is in the built HTML: escaped and
sanitised. Plain Python; hooks/pdf_downloads.py runs it when KENNISBANK_PDF=1.
"""

from __future__ import annotations

import datetime
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from .markup import Html, join
from .paths import href, url_of
from .reference import Reference
from .render import dutch_date

PDF_DIR = "pdf"
HANDBOOK_PAGE = "handboek/index.md"
HANDBOOK_PDF = "handboek.pdf"
STYLESHEET = Path(__file__).with_name("pdf.css")
VARIANT = "pdf/ua-1"  # tagged, with title and language, fonts embedded


@dataclass(frozen=True)
class Pdf:
    name: str  # file name in site/pdf/
    pages: int
    size: int  # bytes

    def label(self) -> str:
        pages = "1 pagina" if self.pages == 1 else f"{self.pages} pagina's"
        return f"{pages}, {max(1, round(self.size / 1000))} kB"


# --- the handbook as one document ----------------------------------------------------------

_SECTION = re.compile(r"<section class=['\"]print-page[^'\"]*['\"] id=['\"]([^'\"]+)['\"] "
                      r"data-heading-number=['\"]([\d.]+)['\"]>\s*<h1([^>]*)>(.*?)</h1>", re.S)
_TAGS = re.compile(r"<[^>]+>")


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", _TAGS.sub("", html.replace("&para;", ""))).strip()


def handbook_body(page_html: str) -> tuple[str, list[tuple[int, str, str]]]:
    """The handbook's content and its contents list: (depth, section id, title text).

    Every page and chapter heading gets the class of its depth, for bookmarks and the
    running header."""
    start = page_html.index('<div id="print-site-page"')
    end = page_html.index("</article>", start)
    body = page_html[start:end]
    # The plugin's own contents list is filled by JavaScript: empty here.
    body = re.sub(r'<section class="print-page">\s*<div id="print-page-toc".*?</section>', "",
                  body, count=1, flags=re.S)
    entries: list[tuple[int, str, str]] = []

    def mark(match: re.Match) -> str:
        section_id, number, attributes, title = match.groups()
        depth = min(number.count(".") + 1, 3)
        entries.append((depth, section_id, _text(title)))
        return match.group(0).replace(f"<h1{attributes}>", f'<h1{attributes} class="pdf-niveau-{depth}">', 1)

    body = _SECTION.sub(mark, body)
    # Links to pages the handbook leaves out (a practice's own page) point nowhere in a
    # PDF: keep their text, drop the link; a button to such a page (a fiche) goes whole.
    ids = set(re.findall(r"""\sid=["']([^"']+)["']""", body))
    body = _INTERNAL_LINK.sub(
        lambda m: m.group(0) if m.group(1) in ids else "" if "md-button" in m.group(0) else m.group(2),
        body)
    return body, entries


_INTERNAL_LINK = re.compile(r'<a\b[^>]*\shref="#([^"]*)"[^>]*>(.*?)</a>', re.S)


def handbook_document(page_html: str, *, site_name: str, site_url: str,
                      reference: Reference, built: datetime.date) -> str:
    body, entries = handbook_body(page_html)
    sources = join(Html("<li>{} ({}{})</li>").format(
        s.title if s.described else Html("<em>{}</em>").format(s.title), s.publisher,
        f", {dutch_date(s.date)}" if s.date else "")
        for s in reference.sources.values())
    cover = Html(
        '<section class="pdf-omslag">'
        '<p class="pdf-omslag__titel">{}</p>'
        '<p class="pdf-omslag__ondertitel">Volledig handboek</p>'
        "<p>Gemaakt op {} uit de website {}. De website is altijd de nieuwste versie.</p>"
        '<p class="pdf-omslag__kop">Bronnen</p><ul>{}</ul>'
        "<p>De tekst is in eigen woorden geschreven, trouw aan deze bronnen; elke pagina noemt "
        "de hare.</p></section>").format(site_name, dutch_date(built), site_url, sources)
    contents = Html('<nav class="pdf-inhoud" aria-label="Inhoud"><p class="pdf-inhoud__kop">'
                    "Inhoud</p><ol>{}</ol></nav>").format(
        join(Html('<li class="niveau-{}"><a href="#{}">{}</a></li>').format(depth, anchor, title)
             for depth, anchor, title in entries))
    title = Html("{}: volledig handboek").format(site_name)
    return (f'<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta name="author" content="{Html.escape(site_name)}">'
            f'<meta name="description" content="De leidraad samenwerkingsafspraken school-CLB, '
            f'artikel 16 en de goede praktijken, als één document.">'
            f"</head><body>{cover}{contents}{body}</body></html>")


# --- writing the files ------------------------------------------------------------------------

def _render(html: str | None, base: Path, stylesheets: list | None = None,
            filename: Path | None = None) -> tuple[bytes, int]:
    import weasyprint  # only when PDFs are made: make serve never loads it

    document = (weasyprint.HTML(filename=str(filename), media_type="print") if filename
                else weasyprint.HTML(string=html, base_url=str(base), media_type="print"))
    rendered = document.render(stylesheets=stylesheets or [])
    return rendered.write_pdf(pdf_variant=VARIANT), len(rendered.pages)


def fiche_pages(site_dir: Path) -> list[Path]:
    return sorted(path.parent for path in (site_dir / "fiches").glob("*/index.html"))


def write_pdfs(site_dir: Path, *, site_name: str, site_url: str, reference: Reference,
               built: datetime.date | None = None) -> dict[str, Pdf]:
    """Every PDF, in site/pdf/; returns the page each belongs to (its docs/ path) -> Pdf."""
    import weasyprint

    # WeasyPrint warns about every CSS property of the theme it does not know.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    target = site_dir / PDF_DIR
    target.mkdir(exist_ok=True)
    made: dict[str, Pdf] = {}
    handbook = site_dir / "handboek" / "index.html"
    document = handbook_document(handbook.read_text(encoding="utf-8"), site_name=site_name,
                                 site_url=site_url, reference=reference,
                                 built=built or datetime.date.today())
    data, pages = _render(document, handbook, [weasyprint.CSS(filename=str(STYLESHEET))])
    (target / HANDBOOK_PDF).write_bytes(data)
    made[HANDBOOK_PAGE] = Pdf(HANDBOOK_PDF, pages, len(data))
    for folder in fiche_pages(site_dir):
        name = f"fiche-{folder.name}.pdf"
        data, pages = _render(None, folder, filename=folder / "index.html")
        (target / name).write_bytes(data)
        made[f"fiches/{folder.name}.md"] = Pdf(name, pages, len(data))
    return made


# --- links to them ----------------------------------------------------------------------------

def download_link(page: str, pdf: Pdf, what: str = "Download als PDF") -> Html:
    url = href(page, "index.md") + f"{PDF_DIR}/{pdf.name}"
    return Html('<p class="pdf-download"><a href="{}" download>{}</a> ({})</p>').format(
        url, what, pdf.label())


def pages_with_links(made: dict[str, Pdf], reference: Reference) -> dict[str, list[tuple[Pdf, str]]]:
    """Each page (docs/ path) -> the PDFs it offers: the handbook and every fiche offer
    their own, a rubric or task page its fiche, a region page its fiche."""
    offers: dict[str, list[tuple[Pdf, str]]] = {page: [(pdf, "Download als PDF")]
                                                for page, pdf in made.items()}
    for rubric in reference.rubrics.values():
        if f"fiches/rubriek-{rubric.number}.md" in made:
            offers.setdefault(rubric.page, []).append(
                (made[f"fiches/rubriek-{rubric.number}.md"], "Fiche als PDF"))
    for task in reference.tasks.values():
        if f"fiches/opdracht-{task.letter}.md" in made:
            offers.setdefault(task.page, []).append(
                (made[f"fiches/opdracht-{task.letter}.md"], "Fiche als PDF"))
    for page, pdf in made.items():
        if page.startswith("fiches/regio-"):
            offers.setdefault("regios/" + page[len("fiches/regio-"):], []).append((pdf, "Fiche als PDF"))
    return offers


_FIRST_HEADING_END = re.compile(r'(<article class="md-content__inner[^"]*"[^>]*>.*?</h1>)', re.S)
# On the handbook page, the first heading belongs to its contents list: go before it.
_HANDBOOK_START = re.compile(r'()(?=<div id="print-site-page")')


def add_links(site_dir: Path, offers: dict[str, list[tuple[Pdf, str]]]) -> None:
    """Put each page's links right under its title."""
    for page, pdfs in offers.items():
        path = site_dir / url_of(page) / "index.html"
        if not path.exists():
            continue
        html = path.read_text(encoding="utf-8")
        links = join(download_link(page, pdf, what) for pdf, what in pdfs)
        where = _HANDBOOK_START if page == HANDBOOK_PAGE else _FIRST_HEADING_END
        html, count = where.subn(lambda m: m.group(1) + str(links), html, count=1)
        if count:
            path.write_text(html, encoding="utf-8")
