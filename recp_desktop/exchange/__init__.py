"""Offline exchange of assessments as signed ``.recp`` packages (DESIGN §4).

``keys`` (device key, signatures), ``schema`` (the record types and their checks), ``versions``
(version vectors), ``local`` (records as they are read from and written to the database),
``writer`` (export), ``reader`` (every check of a package before anything is written),
``importer`` (one transaction per package), ``conflicts`` (listing and resolving) and ``tables``
(Excel/CSV export). The format is documented in ``docs/package-format.md``.

Nothing here imports Qt; heavy modules load only where used.
"""
