"""The rendering core of the knowledge base: plain modules, no MkDocs.

Data in (`knowledge`, `reference`, `yamlfile`, `schema_check`), Markdown or HTML out
(`render`, `practices_html`, `fiches`, `worksheet`, `pages`, `export`, `whats_new`),
addresses in `paths`. Importing any of them loads neither MkDocs nor the adapter:
`macros/main.py` is the thin mkdocs-macros adapter that `module_name` in mkdocs.yml
points at.
"""
