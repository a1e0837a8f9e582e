"""A new device id for a data folder whose database was restored from a backup.

Version vectors count each device's edits by the record's revision at the time (see
:mod:`recp_desktop.exchange.versions`). A restored backup takes revisions back: edits made after
the restore would reuse counters that packages sent before it already carry, and other devices
would take the new edits for old ones and silently keep what they have. So the restored data
continues under a new device id. First every record's vector as of now, computed with the old
id, is written down in ``sync_version``, so nothing already exchanged changes meaning; from then
on edits count under the new id, and the first edit of a record that was exchanged before is
seen elsewhere as made apart from the later edits of the old line: a conflict a person settles,
never a silent loss.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import update

from recp_desktop.exchange import local, versions
from recp_desktop.exchange.schema import RECORD_TYPES
from recp_desktop.storage.models import LocalSetting, SyncVersion, new_id

if TYPE_CHECKING:
    from recp_desktop.storage.database import Database

UPSERT = (
    " ON CONFLICT (record_type, record_id) DO UPDATE SET "
    "revision = excluded.revision, vector = excluded.vector"
)


def renew_identity(db: Database) -> str:
    """Give ``db`` a new device id, every record keeping the vector it has now; the new id."""
    old, new = db.device_id, new_id()
    with db.write(background=True) as connection:
        for record_type in RECORD_TYPES:
            table = local.table(record_type)
            rows = connection.exec_driver_sql(
                f"SELECT id, revision FROM {table.name}"  # a table name of ours, not input
            ).all()
            stored = local.load_versions(connection, record_type, [r[0] for r in rows])
            changed = []
            for record_id, revision in rows:
                vector = versions.local_vector(revision, stored.get(record_id), old)
                if stored.get(record_id) != (revision, vector):
                    changed.append(
                        {
                            "record_type": record_type.name,
                            "record_id": record_id,
                            "revision": revision,
                            "vector": versions.encode(vector),
                        }
                    )
            local.insert_many(connection, SyncVersion.__table__, changed, UPSERT)
        settings = LocalSetting.__table__
        connection.execute(update(settings).where(settings.c.key == "device_id").values(value=new))
    db.device_id = new
    return new
