"""Importing packages: each one checked whole, then written whole in a transaction, or not at all.

The entry points are :func:`import_package` and :func:`import_packages`. The work is split:

- :mod:`recp_desktop.exchange.reader` checks a package completely without writing anything;
- :mod:`recp_desktop.exchange.batches` reads packages ahead in a thread and writes them in
  batches: one transaction per batch and a savepoint (a transaction nested in it) per package;
- :mod:`recp_desktop.exchange.apply` checks the signing device, asks the merge engine
  (:mod:`recp_desktop.domain.merge`) for a plan and writes it through the adapter
  (:mod:`recp_desktop.storage.merge_store`);
- :mod:`recp_desktop.exchange.photo_batch` puts the photo files in the blob store, durable
  before the batch commits;
- :mod:`recp_desktop.exchange.results` says what happened to each package.

For every record the incoming version vector is compared with the local one: new, updated,
unchanged (the same content, or an older edit), or a conflict kept in ``sync_conflict`` until a
person resolves it (:mod:`recp_desktop.exchange.conflicts`). Answers and baseline lines are also
matched by question or key, keeping the smaller id.
"""

from __future__ import annotations

from recp_desktop.exchange.batches import (
    BATCH_PACKAGES,
    BATCH_SECONDS,
    MAKE_WAY_SECONDS,
    READ_AHEAD,
    import_package,
    import_packages,
)
from recp_desktop.exchange.results import STATUSES, ImportResult

__all__ = [
    "BATCH_PACKAGES",
    "BATCH_SECONDS",
    "MAKE_WAY_SECONDS",
    "READ_AHEAD",
    "STATUSES",
    "ImportResult",
    "import_package",
    "import_packages",
]
