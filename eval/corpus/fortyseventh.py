"""Part `fortyseventh` of the blind corpus: its dossiers use only the families of fortyseventh_identity,
fortyseventh_be9ter and fortyseventh_ind, all drawn afresh by a writer who saw neither the validator nor its output.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's origins and
extra cleans, which fortyseventh_be9ter adds to be9ter.PART_ORIGINS and be9ter.EXTRA_CLEANS under its own key) and
fortyseventh_ind's CLEAN_PLAN / DEFECT_PLAN (run by fortyseventh_ind.FortyseventhBuilder, an ind.PartBuilder) decide
the dossiers, as for the parts before it.  Importing this module registers the fortyseventh families; every other
part filters them out by part.
"""

from __future__ import annotations

from pathlib import Path

from . import be9ter, fortyseventh_be9ter, fortyseventh_identity, fortyseventh_ind  # noqa: F401  (they register)

PART = "fortyseventh"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every fortyseventh-part dossier under out_root/fortyseventh/ and return their truth dicts."""
    if part not in (None, PART):
        return []
    out_root = Path(out_root)
    truths = be9ter.build(out_root, part=PART)
    truths += fortyseventh_ind.build_part(out_root)
    return truths
