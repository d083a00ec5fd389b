"""What a printed page looks like on paper: a PDF page rendered to pixels (pypdfium2),
and the ruled lines of a fiche's notes box found in them, for the print tests."""

from __future__ import annotations

DPI = 150


def page_pixels(pdf: bytes | str, page: int = 0):
    """One page of a PDF as a greyscale Pillow image at DPI."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return document[page].render(scale=DPI / 72).to_pil().convert("L")
    finally:
        document.close()


def full_width_lines(image, left: float = 0.15, right: float = 0.85,
                     darker_than: int = 235, coverage: float = 0.95) -> list[float]:
    """The vertical centres (pixels) of the rows drawn across nearly the whole width:
    the notes box's borders and its ruled lines. A line of text never covers 95 %."""
    width, height = image.size
    x0, x1 = int(width * left), int(width * right)
    pixels = image.load()
    rows = [y for y in range(height)
            if sum(pixels[x, y] < darker_than for x in range(x0, x1, 2)) >= coverage * (x1 - x0) / 2]
    lines: list[list[int]] = []
    for y in rows:
        if lines and y - lines[-1][-1] <= 1:
            lines[-1].append(y)
        else:
            lines.append([y])
    return [sum(line) / len(line) for line in lines]


def rule_gaps(image) -> list[float]:
    """The distances between consecutive ruled lines inside the notes box (box borders
    and their gaps left out)."""
    centres = full_width_lines(image)
    gaps = [b - a for a, b in zip(centres, centres[1:])]
    return gaps[1:-1]
