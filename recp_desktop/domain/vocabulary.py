"""The words records are made of, defined once: areas, CP techniques, kinds, statuses, limits.

Everything that checks or stores a record takes these from here: the record schema
(:mod:`recp_desktop.domain.records`), the checklist templates, the database columns
(:mod:`recp_desktop.storage.models`) and the hub's API.

Sources: the four audit areas and the eight cleaner-production techniques are those of the
UNIDO–UNEP RECP methodology (UNIDO/UNEP, *Enterprise-level indicators for resource
productivity and pollution intensity*, 2010; *RECP toolkit*, 2015); currency codes are ISO 4217,
country codes ISO 3166-1 alpha-2.
"""

from __future__ import annotations

import re

AREAS = ("energy", "water", "materials", "waste")
"""The areas of a walkthrough, each with its checklist."""

PARK_CATEGORIES = ("management", "environmental", "social", "economic")
"""The four performance categories of the International Framework for Eco-Industrial Parks
(UNIDO, World Bank Group and GIZ, *An International Framework for Eco-Industrial Parks*,
version 2.0, 2021): park management, environmental, social and economic. They are the areas of a
park checklist's questions (``area: park`` templates); options and savings keep :data:`AREAS`."""

CP_TECHNIQUES = (
    "good_housekeeping",
    "input_material_change",
    "better_process_control",
    "equipment_modification",
    "technology_change",
    "onsite_recovery_reuse",
    "useful_by_products",
    "product_modification",
)
"""The eight cleaner-production techniques an option is classified by."""

ASSESSMENT_KINDS = ("full", "club")
"""A full RECP assessment or a RECP Club self-audit."""

MONTHS = 12
"""Months of a baseline year, each with its bill (``baseline_bills``)."""

ASSESSMENT_STATUSES = ("planned", "in_progress", "completed")

REVIEW_STATES = ("draft", "submitted", "approved", "returned")
"""An assessment's review state (issue 14): ``draft`` while the expert works, ``submitted`` when
the expert hands it in, then ``approved`` or ``returned`` (with a comment) by a supervisor. Only
approved assessments count in programme totals. The rules are in
:mod:`recp_desktop.domain.review`."""
REVIEW_DRAFT, REVIEW_SUBMITTED, REVIEW_APPROVED, REVIEW_RETURNED = REVIEW_STATES
OPTION_STATUSES = ("identified", "recommended", "implemented", "rejected")

WASTE_FREQUENCIES = ("yearly", "quarterly", "monthly", "weekly", "one_off")
"""How often a waste stream's quantity arises (the quantity is per that period; a one-off
quantity counts once in the year)."""

WASTE_DESTINATIONS = (
    "on_site",
    "licensed_contractor",
    "municipal_landfill",
    "municipal_collection",
    "other_company",
    "export",
    "other",
)
"""Where a waste stream goes."""

TREATMENT_CODES = (*(f"R{n}" for n in range(1, 14)), *(f"D{n}" for n in range(1, 16)))
"""Recovery (R1–R13, Annex II) and disposal (D1–D15, Annex I) operations of the Waste
Framework Directive 2008/98/EC."""

MEDIA_TYPES = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "GIF": "image/gif",
    "BMP": "image/bmp",
    "TIFF": "image/tiff",
}
"""Image formats a photo may have (Pillow's format name → media type)."""

MAX_PHOTO_BYTES = 40 * 1024 * 1024

# -- ids and limits ------------------------------------------------------------------------------
ID_MAX = 36
ID_PATTERN = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,35}")
"""A record or device id: 1–36 characters of ``[0-9A-Za-z._-]``, starting with a letter or digit
(the app writes lower-case UUIDs). Safe in file names and SQL literals."""
SHA256_PATTERN = re.compile(r"[0-9a-f]{64}")
"""A SHA-256 in lower-case hex: how files (photos, blobs) are named."""
MAX_TEXT = 200_000
"""Characters in a free-text field (notes, products, team…)."""
MAX_JSON_DEPTH = 32
"""Nesting of the JSON values kept by options (inputs, results, assumptions)."""
MAX_COUNTER = 2**53
"""Revisions and version counters stay exact in every JSON reader."""
MAX_VECTOR_ENTRIES = 1000
MAX_REVIEW_HEADS = 100
"""Review events one review event may follow (the latest ones where it was made)."""
"""Devices one version vector may name."""
TIMESTAMP_MAX = 40

# Lengths of the text fields that have one (database columns take the same numbers).
NAME_MAX = 300  # company name, assessment and option titles
PLACE_MAX = 200  # region, city, eco-industrial park, labels, device names
DECISION_COMMENT_MAX = 2000  # a supervisor's comment on a symbiosis decision
NACE_MAX = 10
COUNTRY_LEN = 2
CURRENCY_LEN = 3
KIND_MAX = 10
STATUS_MAX = 20
REGISTRATION_MAX = 60  # a company's registration number (tax id, VÖEN, ИНН…)
BASELINE_KEY_MAX = 60
UNIT_MAX = 40
TEMPLATE_ID_MAX = 40
QUESTION_ID_MAX = 120
TECHNIQUE_MAX = 40
AREA_MAX = 20
CALCULATOR_MAX = 40
FILENAME_MAX = 255
TREATMENT_MAX = 3
DESTINATION_MAX = 30
MEDIA_TYPE_MAX = 40
MAX_EMPLOYEES = 10**9
MAX_TEMPLATE_VERSION = 10**9
MAX_PIXELS = 10**6  # a photo's width or height
