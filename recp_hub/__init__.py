"""RECP Hub: the server that field laptops sync to when they are back online.

The wire protocol is in ``docs/sync-protocol.md``; the command line in :mod:`recp_hub.cli`.
"""

from __future__ import annotations

HUB_VERSION = "0.1.0"
# The protocol this hub speaks; clients send theirs in the ``RECP-Protocol`` header. A client
# older than MIN_PROTOCOL_VERSION is told to update the app (426), never served wrongly.
PROTOCOL_VERSION = 1
MIN_PROTOCOL_VERSION = 1
