"""The one rule for a bare number typed where a percentage is asked.

A bare ``0.85`` on a percent question is 85 % to someone who thinks in fractions (spreadsheets)
and 0.85 % to someone who thinks in percent; the two differ a hundredfold. Every place that
reads a percentage — the calculators' percent inputs and the checklists' percent questions —
asks :func:`fraction_or_percent`: a bare number strictly between −1 and 1 (zero excepted) is
ambiguous and is asked about instead of stored; ``85``, ``0.85 %`` and ``85 %`` are not.
"""

from __future__ import annotations

from recp_desktop.domain.messages import Message, msg

__all__ = ["fraction_or_percent", "is_ambiguous"]


def is_ambiguous(number: float) -> bool:
    """Whether a bare ``number`` typed for a percentage could be a fraction or a percentage."""
    return 0 < abs(number) < 1


def fraction_or_percent(typed: str, number: float) -> Message | None:
    """The question to ask about bare ``typed`` (read as ``number``), or None if it is clear.

    The message (``error.percent_or_fraction``) offers both readings: ``number × 100`` typed
    plainly for the percentage, or ``typed %`` for a fraction of a percent.
    """
    if not is_ambiguous(number):
        return None
    as_percent = float(f"{number * 100:.12g}")
    return msg("error.percent_or_fraction", typed=typed.strip(), percent=as_percent)
