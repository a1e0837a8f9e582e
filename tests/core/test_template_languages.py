"""Every text of the shipped checklist templates is in English, Russian and Azerbaijani."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

TEMPLATES = Path(__file__).resolve().parents[2] / "recp_desktop" / "checklists" / "templates"
LANGUAGES = ("en", "ru", "az")


def _texts(node: object, where: str = ""):
    """Every translated text (a mapping with an ``en`` key) in a template, with its place."""
    if isinstance(node, dict):
        if "en" in node and all(isinstance(v, str) for v in node.values()):
            yield where, node
            return
        for key, value in node.items():
            label = node.get("id", key) if isinstance(node.get("id"), str) else key
            yield from _texts(value, f"{where}/{label}:{key}" if label != key else f"{where}/{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _texts(item, f"{where}[{index}]")


@pytest.mark.parametrize("path", sorted(TEMPLATES.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_template_text_has_all_languages(path: Path) -> None:
    texts = list(_texts(yaml.safe_load(path.read_text(encoding="utf-8"))))
    assert len(texts) > 50
    missing = [
        (where, language)
        for where, text in texts
        for language in LANGUAGES
        if not (text.get(language) or "").strip()
    ]
    assert missing == []
    # Azerbaijani in Latin script: no Cyrillic copied over from the Russian.
    cyrillic = [w for w, t in texts if any("а" <= c.lower() <= "я" for c in t["az"])]
    assert cyrillic == []
