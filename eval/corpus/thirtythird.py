"""Part `thirtythird` of the blind corpus, added once dev, heldout and the parts fresh to thirtysecond had all been
read: its dossiers use only the families of thirtythird_identity, thirtythird_be9ter and thirtythird_ind, so one
honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's own origins,
be9ter.PART_ORIGINS) and ind's CLEAN_PLAN / DEFECT_PLAN["thirtythird"] decide the dossiers, exactly as for the parts
fresh to thirtysecond.  Importing this module registers the thirtythird families; every other part filters them out
by part.
"""

from __future__ import annotations

from pathlib import Path

from . import thirtythird_be9ter, thirtythird_identity, thirtythird_ind  # noqa: F401  (they register the families)
from .fresh import build_later_part

PART = "thirtythird"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every thirtythird-part dossier under out_root/thirtythird/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
