"""Part `thirtyfourth` of the blind corpus, added once dev, heldout and the parts fresh to thirtythird had been
read: its dossiers use only the families of thirtyfourth_identity, thirtyfourth_be9ter and thirtyfourth_ind, so one
honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's own origins,
be9ter.PART_ORIGINS) and ind's CLEAN_PLAN / DEFECT_PLAN["thirtyfourth"] decide the dossiers, exactly as for the parts
fresh to thirtythird.  Importing this module registers the thirtyfourth families; every other part filters them out
by part.
"""

from __future__ import annotations

from pathlib import Path

from . import thirtyfourth_be9ter, thirtyfourth_identity, thirtyfourth_ind  # noqa: F401  (they register the families)
from .fresh import build_later_part

PART = "thirtyfourth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every thirtyfourth-part dossier under out_root/thirtyfourth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
