"""Errors of the exchange, importable without loading anything heavy."""

from __future__ import annotations


class PackageError(ValueError):
    """A package that cannot be imported; the message says what is wrong with it."""


class NewerFormatError(PackageError):
    """A package written by a newer version of the app, in a format this one cannot read."""


class ExportError(RuntimeError):
    """An assessment that cannot be exported as it is (a photo file missing, say)."""


class CancelledError(Exception):
    """The person cancelled the export or import."""


class ConflictError(ValueError):
    """A conflict that cannot be resolved as asked (unknown, already resolved, bad fields)."""
