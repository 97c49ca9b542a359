"""Pre-submission checker for immigration dossiers (IND, Belgian 9ter)."""

__version__ = "0.1.0"
