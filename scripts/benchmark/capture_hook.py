"""MkDocs hook, added only in the benchmark's temporary copy: records every page's
Markdown as the macros and hooks deliver it, so the same pages can be built as a plain
site (macro_cost.py). Hooks are registered after the plugins and the priority puts
these handlers after every other one, so they see what the macros plugin (with its
on_post_page_macros footer) and the generated-pages hook produced."""

import os
from pathlib import Path

import yaml
from mkdocs.plugins import event_priority

OUT = Path(os.environ["BENCH_CAPTURE_DIR"])


@event_priority(-100)
def on_config(config):
    # The macros module sets edit_uri from extra.repository; the plain site needs it as is.
    (OUT / "edit_uri.txt").write_text(config.get("edit_uri") or "", encoding="utf-8")
    return config


@event_priority(-100)
def on_files(files, config):
    # Generated files other than pages (pages are written below, rendered).
    for file in files:
        if file.generated_by and not file.is_documentation_page():
            target = OUT / "docs" / file.src_uri
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(file.content_bytes)
    return files


@event_priority(-100)
def on_page_content(html, page, config, files):
    # page.markdown is the Markdown after every on_page_markdown handler ran.
    front = yaml.safe_dump(dict(page.meta), allow_unicode=True, sort_keys=False)
    text = (f"---\n{front}---\n\n" if page.meta else "") + page.markdown
    target = OUT / "docs" / page.file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return html
