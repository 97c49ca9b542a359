"""Part `thirtyfirst` of the blind corpus, added once dev, heldout and the parts fresh to thirtieth had all been
read: its dossiers use only the families of thirtyfirst_identity, thirtyfirst_be9ter and thirtyfirst_ind, so one
honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's own origins,
be9ter.PART_ORIGINS) and ind's CLEAN_PLAN / DEFECT_PLAN["thirtyfirst"] decide the dossiers, exactly as for the parts
fresh to thirtieth.  Importing this module registers the thirtyfirst families; every other part filters them out
by part.
"""

from __future__ import annotations

from pathlib import Path

from . import thirtyfirst_be9ter, thirtyfirst_identity, thirtyfirst_ind  # noqa: F401  (they register the families)
from .fresh import build_later_part

PART = "thirtyfirst"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every thirtyfirst-part dossier under out_root/thirtyfirst/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
