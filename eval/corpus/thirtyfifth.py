"""Part `thirtyfifth` of the blind corpus, added once dev, heldout and the parts fresh to thirtyfourth had been
read: its dossiers use only the families of thirtyfifth_identity, thirtyfifth_be9ter and thirtyfifth_ind, so one
honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's own origins,
be9ter.PART_ORIGINS) and ind's CLEAN_PLAN / DEFECT_PLAN["thirtyfifth"] decide the dossiers, exactly as for the parts
fresh to thirtyfourth.  Importing this module registers the thirtyfifth families; every other part filters them out
by part.
"""

from __future__ import annotations

from pathlib import Path

from . import thirtyfifth_be9ter, thirtyfifth_identity, thirtyfifth_ind  # noqa: F401  (they register the families)
from .fresh import build_later_part

PART = "thirtyfifth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every thirtyfifth-part dossier under out_root/thirtyfifth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
