"""RECP Desktop: offline-first Resource Efficient and Cleaner Production audits."""

__version__ = "0.1.0"
