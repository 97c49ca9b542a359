"""Part `thirtieth` of the blind corpus, added once dev, heldout and the parts fresh to twentyninth had all been
read: its dossiers use only the families of thirtieth_identity, thirtieth_be9ter and thirtieth_ind, so one honest
run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's own origins,
be9ter.PART_ORIGINS) and ind's CLEAN_PLAN / DEFECT_PLAN["thirtieth"] decide the dossiers, exactly as for the parts
fresh to twentyninth.  Importing this module registers the thirtieth families; every other part filters them out
by part.
"""
from __future__ import annotations

from pathlib import Path

from . import thirtieth_be9ter, thirtieth_identity, thirtieth_ind  # noqa: F401  (they register the families)
from .fresh import build_later_part

PART = "thirtieth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every thirtieth-part dossier under out_root/thirtieth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
