"""Client side of sync with a RECP hub (httpx, Qt-free); the wire format is the package records."""
