"""Part `nineteenth` of the blind corpus, added once dev, heldout and the parts fresh to eighteenth had all been read: its
dossiers use only the families of nineteenth_identity, nineteenth_be9ter and nineteenth_ind, so one honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's own origins,
be9ter.PART_ORIGINS) and ind's CLEAN_PLAN / DEFECT_PLAN["nineteenth"] decide the dossiers, exactly as for the parts
fresh to eighteenth.  Importing this module registers the nineteenth families; every other part filters them out by
part.
"""
from __future__ import annotations

from pathlib import Path

from . import nineteenth_be9ter, nineteenth_identity, nineteenth_ind  # noqa: F401  (they register the nineteenth families)
from .fresh import build_later_part

PART = "nineteenth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every nineteenth-part dossier under out_root/nineteenth/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
