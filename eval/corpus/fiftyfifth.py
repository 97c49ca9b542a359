"""Part `fiftyfifth` of the blind corpus: its dossiers use only the families of fiftyfifth_identity,
fiftyfifth_be9ter and fiftyfifth_ind, all drawn afresh by a writer who saw neither the validator nor its output.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's origins and
extra cleans, which fiftyfifth_be9ter adds to be9ter.PART_ORIGINS and be9ter.EXTRA_CLEANS under its own key) and
fiftyfifth_ind's CLEAN_PLAN / DEFECT_PLAN (run by fiftyfifth_ind.FiftyfifthBuilder, an ind.PartBuilder) decide the
dossiers, as for the parts before it.  Importing this module registers the fiftyfifth families; every other part
filters them out by part.
"""

from __future__ import annotations

from pathlib import Path

from . import be9ter, fiftyfifth_be9ter, fiftyfifth_identity, fiftyfifth_ind  # noqa: F401  (they register)

PART = "fiftyfifth"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every fiftyfifth-part dossier under out_root/fiftyfifth/ and return their truth dicts."""
    if part not in (None, PART):
        return []
    out_root = Path(out_root)
    truths = be9ter.build(out_root, part=PART)
    truths += fiftyfifth_ind.build_part(out_root)
    return truths
