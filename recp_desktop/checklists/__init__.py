"""Versioned checklist templates (data files in ``templates/``) with their loader and validator."""

from recp_desktop.checklists.loader import (
    TEMPLATES_DIR,
    TemplateError,
    builtin_templates,
    load_template,
    parse_template,
)
from recp_desktop.checklists.model import (
    AREAS,
    CP_TECHNIQUES,
    Question,
    Template,
    localized,
)

__all__ = [
    "AREAS",
    "CP_TECHNIQUES",
    "TEMPLATES_DIR",
    "Question",
    "Template",
    "TemplateError",
    "builtin_templates",
    "load_template",
    "localized",
    "parse_template",
]
