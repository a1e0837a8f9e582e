"""The PDF report of an assessment, for the company's management and the centre's files.

:func:`write_report` reads the assessment (:mod:`.gather` into a plain :class:`ReportData`)
and lays it out with reportlab (:mod:`.document`, :mod:`.sections`, :mod:`.charts`) in the
report's own language (:mod:`.texts`, :mod:`.fmt`), with embedded fonts (:mod:`.fonts`) that
print Latin, Cyrillic, Georgian and Armenian. No Qt here; reportlab loads on first use.
"""

from recp_desktop.report.build import DEFAULT_CENTRE_NAME, Progress, ReportError, write_report
from recp_desktop.report.data import ReportData
from recp_desktop.report.texts import LANGUAGES

__all__ = [
    "DEFAULT_CENTRE_NAME",
    "LANGUAGES",
    "Progress",
    "ReportData",
    "ReportError",
    "write_report",
]
