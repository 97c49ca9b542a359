"""Make realistic sample dossiers: IND dossiers (clean, one per copy-rule defect) and Belgian 9ter dossiers.

Scanned pages are drawn the way a desk scanner returns them (off-white paper,
slight skew, blur, speckle, JPEG artefacts); born-digital pages are real PDFs
with a text layer. Everything is generated with fixed seeds, so the same
dossiers come out every time.

    python -m samples.generate OUTDIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from samples import be9ter, conditions, ind

DOSSIERS = {**ind.DOSSIERS, **be9ter.DOSSIERS, **conditions.DOSSIERS}


def generate(out: Path) -> list[Path]:
    made = []
    for name, build in DOSSIERS.items():
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        build(folder)
        made.append(folder)
    return made


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for folder in generate(Path(sys.argv[1])):
        print(folder)
