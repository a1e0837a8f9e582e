"""A new device id for a data folder whose database was restored from a backup.

Version vectors count each device's edits by the record's revision at the time (see
:mod:`recp_desktop.domain.versions`). A restored backup takes revisions back: edits made after
the restore would reuse counters that packages sent before it already carry, and other devices
would take the new edits for old ones and silently keep what they have. So the restored data
continues under a new device id. First every record's vector as of now, computed with the old
id, is written down as its kept vector (in its row, or in ``sync_version``), so nothing already
exchanged changes meaning; from then on edits count under the new id, and the first edit of a
record that was exchanged before is seen elsewhere as made apart from the later edits of the old
line: a conflict a person settles, never a silent loss.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from recp_desktop.domain import versions
from recp_desktop.storage import rows
from recp_desktop.storage.models import LocalSetting, new_id


def renew_identity(connection: Connection, old: str) -> str:
    """Write every record's vector under device ``old``, then store and return a new device id.

    Runs in the caller's transaction (``connection``): all of it or nothing.
    """
    new = new_id()
    for record_type in rows.MODELS:
        table = rows.table(record_type)
        found = connection.execute(select(table.c.id, table.c.revision)).all()
        stored = rows.load_versions(connection, record_type, [r[0] for r in found])
        changed = []
        for record_id, revision in found:
            vector = versions.local_vector(revision, stored.get(record_id), old)
            if stored.get(record_id) != (revision, vector):
                changed.append(
                    {
                        "record_type": record_type,
                        "record_id": record_id,
                        "revision": revision,
                        "vector": versions.encode(vector),
                    }
                )
        rows.save_versions(connection, changed)
    settings = LocalSetting.__table__
    connection.execute(update(settings).where(settings.c.key == "device_id").values(value=new))
    return new
