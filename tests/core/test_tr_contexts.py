"""Every translated text is looked up under the context lupdate files it in.

``model.tr("edit waste stream")`` is filed by lupdate under the context ``model`` (the name of
the variable) while Qt looks it up under the object's class (``WasteModel``): the text stayed
English in a Russian window ("Отменить edit waste stream"). Only ``self.tr`` (whose class is the
context both agree on) and ``QCoreApplication.translate("Context", …)`` are used.
"""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "recp_desktop" / "ui"


def test_no_tr_called_on_another_object() -> None:
    pattern = re.compile(r"(?<![\w.])(?!self\b)([A-Za-z_]\w*)\.tr\(")
    found = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(UI.glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert found == []
