"""Part `fortieth` of the blind corpus, added once dev, heldout and the parts fresh to thirtyninth had been read:
its dossiers use only the families of fortieth_identity, fortieth_be9ter and fortieth_ind, so one honest run is
left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's origins and
extra cleans, which fortieth_be9ter adds to be9ter.PART_ORIGINS and be9ter.EXTRA_CLEANS under its own key) and
fortieth_ind's CLEAN_PLAN / DEFECT_PLAN (run by fortieth_ind.FortiethBuilder, an ind.PartBuilder) decide the
dossiers, as for the parts fresh to thirtyninth.  Importing this module registers the fortieth families; every
other part filters them out by part.
"""

from __future__ import annotations

from pathlib import Path

from . import be9ter, fortieth_be9ter, fortieth_identity, fortieth_ind  # noqa: F401  (they register the families)

PART = "fortieth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every fortieth-part dossier under out_root/fortieth/ and return their truth dicts."""
    if part not in (None, PART):
        return []
    out_root = Path(out_root)
    truths = be9ter.build(out_root, part=PART)
    truths += fortieth_ind.build_part(out_root)
    return truths
