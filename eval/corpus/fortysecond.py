"""Part `fortysecond` of the blind corpus, added once dev, heldout and the parts fresh to fortyfirst had been read:
its dossiers use only the families of fortysecond_identity, fortysecond_be9ter and fortysecond_ind, so one honest run
is left.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's origins and
extra cleans, which fortysecond_be9ter adds to be9ter.PART_ORIGINS and be9ter.EXTRA_CLEANS under its own key) and
fortysecond_ind's CLEAN_PLAN / DEFECT_PLAN (run by fortysecond_ind.FortysecondBuilder, an ind.PartBuilder) decide the
dossiers, as for the parts fresh to fortyfirst.  Importing this module registers the fortysecond families; every
other part filters them out by part.
"""

from __future__ import annotations

from pathlib import Path

from . import be9ter, fortysecond_be9ter, fortysecond_identity, fortysecond_ind  # noqa: F401  (they register the families)

PART = "fortysecond"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every fortysecond-part dossier under out_root/fortysecond/ and return their truth dicts."""
    if part not in (None, PART):
        return []
    out_root = Path(out_root)
    truths = be9ter.build(out_root, part=PART)
    truths += fortysecond_ind.build_part(out_root)
    return truths
