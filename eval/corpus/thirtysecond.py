"""Part `thirtysecond` of the blind corpus, added once dev, heldout and the parts fresh to thirtyfirst had all been
read: its dossiers use only the families of thirtysecond_identity, thirtysecond_be9ter and thirtysecond_ind, so one
honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's own origins,
be9ter.PART_ORIGINS) and ind's CLEAN_PLAN / DEFECT_PLAN["thirtysecond"] decide the dossiers, exactly as for the parts
fresh to thirtyfirst.  Importing this module registers the thirtysecond families; every other part filters them out
by part.
"""

from __future__ import annotations

from pathlib import Path

from . import thirtysecond_be9ter, thirtysecond_identity, thirtysecond_ind  # noqa: F401  (they register the families)
from .fresh import build_later_part

PART = "thirtysecond"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every thirtysecond-part dossier under out_root/thirtysecond/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
