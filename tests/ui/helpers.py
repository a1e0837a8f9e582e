"""Helpers for UI tests."""

from __future__ import annotations


def create_demo(window, qtbot):
    """Create the demo company as File > Create demo company does (in the background), wait
    until its assessment is open and return the workspace."""
    assert window.create_demo() is not None
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=60_000)
    return window.workspace
