"""Every YAML data file parses without a repeated key: PyYAML keeps the last of two equal keys
silently, so a second `ZA:` line would drop the first one's names."""
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted(p for d in ("transforms", "schemas", "pipeline", "deploy") for p in (ROOT / d).rglob("*.yaml"))


class _StrictLoader(yaml.SafeLoader):
    pass


def _mapping(loader, node, deep=False):
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    repeated = sorted({str(k) for k in keys if keys.count(k) > 1})
    if repeated:
        raise yaml.constructor.ConstructorError(None, None, f"repeated keys {repeated}", node.start_mark)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def test_there_are_data_files():
    assert len(FILES) > 20


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_repeated_keys(path):
    yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)
