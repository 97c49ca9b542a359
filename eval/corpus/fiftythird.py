"""Part `fiftythird` of the blind corpus: its dossiers use only the families of fiftythird_identity,
fiftythird_be9ter and fiftythird_ind, all drawn afresh by a writer who saw neither the validator nor its output.

Nothing is planned here: be9ter's generic lists of clean knobs and planted defects (with this part's origins and
extra cleans, which fiftythird_be9ter adds to be9ter.PART_ORIGINS and be9ter.EXTRA_CLEANS under its own key) and
fiftythird_ind's CLEAN_PLAN / DEFECT_PLAN (run by fiftythird_ind.FiftythirdBuilder, an ind.PartBuilder) decide the
dossiers, as for the parts before it.  Importing this module registers the fiftythird families; every other part
filters them out by part.
"""

from __future__ import annotations

from pathlib import Path

from . import be9ter, fiftythird_be9ter, fiftythird_identity, fiftythird_ind  # noqa: F401  (they register)

PART = "fiftythird"


def build(out_root: Path, part: str | None = None) -> list[dict]:
    """Write every fiftythird-part dossier under out_root/fiftythird/ and return their truth dicts."""
    if part not in (None, PART):
        return []
    out_root = Path(out_root)
    truths = be9ter.build(out_root, part=PART)
    truths += fiftythird_ind.build_part(out_root)
    return truths
