"""The rendering core of the knowledge base: plain modules, no MkDocs.

Data in (`yamlfile`, `schema_check`, `reference`, `knowledge`, typed as `models`), HTML
as a type (`markup`), Markdown or HTML out (`render`, `practices_html`, `fiches`,
`worksheet`, `pages`, `export`, `whats_new`, `preview`, `pdf`), addresses in `paths`,
contributions (`forms`, `contribution`, `new_practice`, `contribute`, `check`).
Importing any of them loads neither MkDocs nor the adapter: `macros/main.py` is the thin
mkdocs-macros adapter that `module_name` in mkdocs.yml points at.
"""
