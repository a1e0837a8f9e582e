"""What happened to each package of an import: imported (with counts), rejected, failed…"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from recp_desktop.domain.merge import STATUSES


@dataclass
class ImportResult:
    """What happened to one package."""

    path: Path
    status: str  # imported | rejected | failed | cancelled
    reason: str = ""
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    by_type: dict[str, dict[str, int]] = field(default_factory=dict)
    assessment_id: str | None = None
    company: str = ""
    device_id: str = ""
    device_name: str = ""
    author: str = ""
    created_at: str = ""
    signed: bool = False
    templates: list[str] = field(default_factory=list)  # "id@version" installed by it

    @property
    def ok(self) -> bool:
        return self.status == "imported"

    def line(self) -> str:
        """One line for a terminal or a log."""
        if not self.ok:
            return f"{self.status}: {self.path}: {self.reason}"
        c = self.counts
        source = f"from {self.device_name or self.device_id}"
        if self.author:
            source += f" ({self.author})"
        unsigned = ", UNSIGNED" if not self.signed else ""
        installed = (
            f"; checklist templates installed: {', '.join(self.templates)}"
            if self.templates
            else ""
        )
        return (
            f"imported: {self.path}: {c['new']} new, {c['updated']} updated, "
            f"{c['unchanged']} unchanged, {c['conflict']} in conflict "
            f"- {self.company}, {source}{unsigned}{installed}"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "status": self.status,
            "reason": self.reason,
            "counts": self.counts,
            "by_type": self.by_type,
            "assessment_id": self.assessment_id,
            "company": self.company,
            "device_id": self.device_id,
            "device_name": self.device_name,
            "author": self.author,
            "created_at": self.created_at,
            "signed": self.signed,
            "templates": self.templates,
        }


__all__ = ["STATUSES", "ImportResult"]
