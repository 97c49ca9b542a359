"""Part `thirtysixth` of the blind corpus, added once dev, heldout and the parts fresh to thirtyfifth had been
read: its dossiers use only the families of thirtysixth_identity, thirtysixth_be9ter and thirtysixth_ind, so one
honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's own origins,
be9ter.PART_ORIGINS) and ind's CLEAN_PLAN / DEFECT_PLAN["thirtysixth"] decide the dossiers, exactly as for the parts
fresh to thirtyfifth.  Importing this module registers the thirtysixth families; every other part filters them out
by part.
"""

from __future__ import annotations

from pathlib import Path

from . import thirtysixth_be9ter, thirtysixth_identity, thirtysixth_ind  # noqa: F401  (they register the families)
from .fresh import build_later_part

PART = "thirtysixth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every thirtysixth-part dossier under out_root/thirtysixth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
