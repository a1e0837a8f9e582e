"""Version vectors: which edits a record's current state includes, to tell updates from conflicts.

A vector maps device ids to counters. A device's counter is the record's local revision at the
moment the device edited it, so it grows with every edit there. Vector ``a`` *includes* ``b`` when
every counter in ``a`` is at least the one in ``b``: whoever holds ``a`` has seen every edit behind
``b``. When neither includes the other, the two were edited apart: a conflict.

Nothing has to be written when a person edits a record: the vector of a local record is derived
from the ``(revision, vector)`` kept at its last import (or conflict resolution) and its revision
now (:func:`local_vector`).
"""

from __future__ import annotations

import json
from typing import Literal

Vector = dict[str, int]
Order = Literal["equal", "newer", "older", "concurrent"]


def includes(a: Vector, b: Vector) -> bool:
    """Whether ``a`` has seen every edit that ``b`` has."""
    return all(a.get(device, 0) >= counter for device, counter in b.items())


def compare(a: Vector, b: Vector) -> Order:
    """``a`` relative to ``b``."""
    a_in_b, b_in_a = includes(b, a), includes(a, b)
    if a_in_b and b_in_a:
        return "equal"
    if b_in_a:
        return "newer"
    if a_in_b:
        return "older"
    return "concurrent"


def merge(a: Vector, b: Vector) -> Vector:
    """The smallest vector that includes both."""
    merged = dict(a)
    for device, counter in b.items():
        if counter > merged.get(device, 0):
            merged[device] = counter
    return merged


def local_vector(revision: int, stored: tuple[int, Vector] | None, device_id: str) -> Vector:
    """The vector of a local record at ``revision``.

    ``stored`` is ``(revision, vector)`` as kept at the record's last import or resolution. If the
    record has not changed since, that vector is still its own; otherwise this device edited it
    and its counter becomes the new revision (larger than any it had before, since revisions only
    grow). A record never exchanged was made here: ``{this device: revision}``.
    """
    if stored is None:
        return {device_id: revision}
    stored_revision, vector = stored
    if stored_revision == revision:
        return vector
    return {**vector, device_id: revision}


def encode(vector: Vector) -> str:
    """Compact JSON with sorted keys (device ids are checked ids: nothing to escape)."""
    if len(vector) == 1:  # most records were only ever edited on one device
        [(device, counter)] = vector.items()
        return f'{{"{device}":{counter}}}'
    return "{" + ",".join(f'"{k}":{vector[k]}' for k in sorted(vector)) + "}"


def decode(text: str) -> Vector:
    return {str(k): int(v) for k, v in json.loads(text).items()}
