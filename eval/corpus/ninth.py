"""Part `ninth` of the blind corpus, added once dev, heldout, fresh, fourth, fifth, sixth, seventh and eighth had all been read: its
dossiers use only the families of ninth_identity, ninth_be9ter and ninth_ind, so one honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects and ind's
CLEAN_PLAN / DEFECT_PLAN["ninth"] decide the dossiers, exactly as for parts fresh, fourth, fifth, sixth, seventh and eighth.  Importing
this module registers the ninth families; every other part filters them out by part.
"""
from __future__ import annotations

from pathlib import Path

from . import ninth_be9ter, ninth_identity, ninth_ind  # noqa: F401  (they register the ninth families)
from .fresh import build_later_part

PART = "ninth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every ninth-part dossier under out_root/ninth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
