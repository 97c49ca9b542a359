"""Where a page's machine-readable zone is cut out to be read again (twenty-seventh ind-hnt-clean-02, read: a passport
photographed askew, its zone's lines dropping from their fillers' end to their start; the band was cut to the height
of the words with fillers in them, so the number line's first characters, "U2", lay below its foot and the zone read
again never held its check digits: "check by hand")."""

from __future__ import annotations

from tests.memory import page
from validator.model import Box, Word
from validator.pages import _zone_bands

# The words as OCR of the whole page read them (boxes as it placed them on that page).
WORDS = [
    Word("ET<<<<e<<e<<<<<<<<<<<<", 0, Box(0.5175, 0.4429, 0.7279, 0.4583)),
    Word("Jecccccc<ec<<<<<8", 29, Box(0.5653, 0.4553, 0.7279, 0.4707)),
    Word("P<TURCELIK<<HASAN<MEHM", 90, Box(0.3053, 0.4476, 0.5157, 0.4681)),
    Word("U2", 89, Box(0.3047, 0.4711, 0.3229, 0.4810)),
    Word("14545825TUR0402028M281211", 53, Box(0.3253, 0.4622, 0.5641, 0.4801)),
]


def test_the_band_holds_the_words_on_the_zones_lines_whole() -> None:
    scan = page("\n".join(w.text for w in WORDS), source="ocr", word_list=WORDS)
    [band] = _zone_bands(scan)
    start = WORDS[3].box
    assert band.x0 <= start.x0 and band.y0 <= start.y0 and start.y1 <= band.y1
