"""Versioned checklist templates (data files in ``templates/``) with their loader and validator,
the registry keyed by ``(id, version)`` and XLSForm import and export (``xlsform``)."""

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
    PARK,
    PARK_CATEGORIES,
    QUESTION_AREAS,
    Question,
    Template,
    localized,
)
from recp_desktop.checklists.registry import (
    TemplateConflictError,
    TemplateNotFoundError,
    TemplateRegistry,
    builtin_registry,
)
from recp_desktop.checklists.serialize import content_hash, template_to_data

__all__ = [
    "AREAS",
    "CP_TECHNIQUES",
    "PARK",
    "PARK_CATEGORIES",
    "QUESTION_AREAS",
    "TEMPLATES_DIR",
    "Question",
    "Template",
    "TemplateConflictError",
    "TemplateError",
    "TemplateNotFoundError",
    "TemplateRegistry",
    "builtin_registry",
    "builtin_templates",
    "content_hash",
    "load_template",
    "localized",
    "parse_template",
    "template_to_data",
]
