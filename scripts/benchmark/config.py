"""mkdocs.yml read and written as data, its tags (!ENV ...) kept as they are: the
benchmark changes a copy's plugins and hooks without editing YAML text by hand."""

from __future__ import annotations

from pathlib import Path

import yaml


class Tagged:
    """A tagged node (`!ENV [NAME, default]`), carried through untouched."""

    def __init__(self, tag: str, value):
        self.tag, self.value = tag, value


class _Loader(yaml.SafeLoader):
    pass


class _Dumper(yaml.SafeDumper):
    pass


def _construct(loader, suffix, node):
    tag = node.tag
    if isinstance(node, yaml.SequenceNode):
        return Tagged(tag, loader.construct_sequence(node, deep=True))
    if isinstance(node, yaml.MappingNode):
        return Tagged(tag, loader.construct_mapping(node, deep=True))
    return Tagged(tag, loader.construct_scalar(node))


def _represent(dumper, tagged: Tagged):
    if isinstance(tagged.value, list):
        return dumper.represent_sequence(tagged.tag, tagged.value, flow_style=True)
    if isinstance(tagged.value, dict):
        return dumper.represent_mapping(tagged.tag, tagged.value)
    return dumper.represent_scalar(tagged.tag, tagged.value)


_Loader.add_multi_constructor("!", _construct)
_Dumper.add_representer(Tagged, _represent)


def read(path: Path) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}


def write(path: Path, config: dict) -> None:
    path.write_text(yaml.dump(config, Dumper=_Dumper, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")


def plugin_name(entry) -> str:
    return next(iter(entry)) if isinstance(entry, dict) else entry


def without_plugin(config: dict, name: str) -> dict:
    return {**config, "plugins": [p for p in config.get("plugins") or []
                                  if plugin_name(p) != name]}
