"""Part `eighth` of the blind corpus, added once dev, heldout, fresh, fourth, fifth, sixth and seventh had all been read: its
dossiers use only the families of eighth_identity, eighth_be9ter and eighth_ind, so one honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects and ind's
CLEAN_PLAN / DEFECT_PLAN["eighth"] decide the dossiers, exactly as for parts fresh, fourth, fifth, sixth and seventh.  Importing
this module registers the eighth families; every other part filters them out by part.
"""
from __future__ import annotations

from pathlib import Path

from . import eighth_be9ter, eighth_identity, eighth_ind  # noqa: F401  (they register the eighth families)
from .fresh import build_later_part

PART = "eighth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every eighth-part dossier under out_root/eighth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
