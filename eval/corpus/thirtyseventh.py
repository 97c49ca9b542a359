"""Part `thirtyseventh` of the blind corpus, added once dev, heldout and the parts fresh to thirtysixth had been
read: its dossiers use only the families of thirtyseventh_identity, thirtyseventh_be9ter and thirtyseventh_ind, so one
honest run is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's own origins,
be9ter.PART_ORIGINS) and ind's CLEAN_PLAN / DEFECT_PLAN["thirtyseventh"] decide the dossiers, exactly as for the parts
fresh to thirtysixth.  Importing this module registers the thirtyseventh families; every other part filters them out
by part.
"""

from __future__ import annotations

from pathlib import Path

from . import thirtyseventh_be9ter, thirtyseventh_identity, thirtyseventh_ind  # noqa: F401  (they register the families)
from .fresh import build_later_part

PART = "thirtyseventh"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every thirtyseventh-part dossier under out_root/thirtyseventh/ and return their truth dicts."""
    return build_later_part(PART, out_root, part)
