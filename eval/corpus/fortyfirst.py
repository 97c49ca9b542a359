"""Part `fortyfirst` of the blind corpus, added once dev, heldout and the parts fresh to fortieth had been read:
its dossiers use only the families of fortyfirst_identity, fortyfirst_be9ter and fortyfirst_ind, so one honest run
is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's origins and
extra cleans, which fortyfirst_be9ter adds to be9ter.PART_ORIGINS and be9ter.EXTRA_CLEANS under its own key) and
fortyfirst_ind's CLEAN_PLAN / DEFECT_PLAN (run by fortyfirst_ind.FortyfirstBuilder, an ind.PartBuilder) decide the
dossiers, as for the parts fresh to fortieth.  Importing this module registers the fortyfirst families; every
other part filters them out by part.
"""

from __future__ import annotations

from pathlib import Path

from . import be9ter, fortyfirst_be9ter, fortyfirst_identity, fortyfirst_ind  # noqa: F401  (they register the families)

PART = "fortyfirst"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every fortyfirst-part dossier under out_root/fortyfirst/ and return their truth dicts."""
    if part not in (None, PART):
        return []
    out_root = Path(out_root)
    truths = be9ter.build(out_root, part=PART)
    truths += fortyfirst_ind.build_part(out_root)
    return truths
