"""Storage errors, importable without loading SQLAlchemy (the app shows its window first)."""


class StorageError(RuntimeError):
    """The database could not be read or written (disk full, read-only, locked, corrupt)."""


class NewerDatabaseError(RuntimeError):
    """The database was written by a newer version of the app; it is left untouched."""
