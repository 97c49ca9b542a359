"""Pages are OCR'd by several Tesseract processes at once, with a progress bar on a terminal."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys
import time
from pathlib import Path

from PIL import Image

from tests.conftest import ROOT, scanned_png

PAGES = 8


def _scanned_pages(folder: Path, pages: int = PAGES) -> None:
    for n in range(1, pages + 1):
        scanned_png(
            folder / f"pagina-{n:02d}.png",
            [f"Regel {line} van pagina {n}: afschrift van de bank." for line in range(1, 13)],
        )


def _logging_tesseract(folder: Path, meet: bool) -> tuple[Path, Path]:
    """A `tesseract` first on the PATH that runs the real one and logs when each reading of pages began and
    ended: how many ran at once is then read from the log, not caught by sampling the process table, which a
    loaded machine's short runs slip between (a test that sampled every 50 ms saw one at a time under `pytest -n
    2`).

    With `meet`, the first reading waits (up to a minute) until a second one has begun, so that whether two run at
    once does not hang on how long the pages' other work took: under CI's load, one run's reading ended before
    the other's began (two 0.4 s apart here). A check that runs one at a time never starts the second while the
    first waits, and is still seen running one at a time. Questions to the program (`--version`, `--list-langs`)
    read no pages and are not logged."""
    real = shutil.which("tesseract")
    assert real, "Tesseract is not installed"
    bin_dir, log = folder / "bin", folder / "tesseract.log"
    bin_dir.mkdir(parents=True)
    wait = (
        f'n=0\nwhile [ "$(grep -c \' 1$\' "{log}")" -lt 2 ] && [ $n -lt 600 ]; do sleep 0.1; n=$((n+1)); done\n'
        if meet
        else ""
    )
    shim = bin_dir / "tesseract"
    shim.write_text(
        f'#!/bin/sh\ncase "$1" in --*) exec "{real}" "$@";; esac\necho "$(date +%s.%N) 1" >> "{log}"\n{wait}'
        f'"{real}" "$@"\nstatus=$?\necho "$(date +%s.%N) -1" >> "{log}"\nexit $status\n',
        encoding="utf-8",
    )
    shim.chmod(0o755)
    return bin_dir, log


def _most_at_once(log: Path) -> int:
    running = most = 0
    events = sorted(
        (float(t), int(step)) for t, step in (line.split() for line in log.read_text().splitlines())
    )
    # At one instant an end comes before a start: the two runs did not overlap.
    for _, step in sorted(events, key=lambda e: (e[0], e[1])):
        running += step
        most = max(most, running)
    return most


def _most_tesseracts_at_once(folder: Path, jobs: int, cache: Path) -> tuple[int, str]:
    """Run a check with a progress bar on a terminal; the most Tesseract processes it ran at once, and its output."""
    bin_dir, log = _logging_tesseract(cache.parent / f"shim-{jobs}", meet=jobs > 1)
    primary, secondary = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "validator", "check", str(folder), "--jobs", str(jobs)],
        stdout=subprocess.DEVNULL,
        stderr=secondary,
        cwd=ROOT,
        env={
            **os.environ,
            "COLUMNS": "100",
            "TERM": "xterm",
            "VALIDATOR_CACHE": str(cache),
            "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        },
    )
    os.close(secondary)
    output = b""
    os.set_blocking(primary, False)
    while proc.poll() is None:
        try:
            output += os.read(primary, 65536)
        except (BlockingIOError, OSError):
            pass
        time.sleep(0.05)
    os.close(primary)
    assert proc.returncode == 0
    return _most_at_once(log), output.decode("utf-8", "replace")


def test_pages_run_in_parallel_with_progress_on_a_terminal(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    _scanned_pages(folder)
    most, text = _most_tesseracts_at_once(folder, 2, tmp_path / "cache-2")
    assert most == 2, f"saw at most {most} of this check's Tesseract processes at once"
    assert "pages" in text and f"/{PAGES}" in text, text[-500:]


def test_one_job_runs_one_tesseract_at_a_time(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    # Two pages are enough for a second Tesseract to be seen beside the first, were one started.
    _scanned_pages(folder, 2)
    most, _ = _most_tesseracts_at_once(folder, 1, tmp_path / "cache-1")
    assert most == 1, f"saw {most} of this check's Tesseract processes at once"


def test_page_scanned_sideways_is_read_upright(tmp_path: Path) -> None:
    from validator.pipeline import CheckOptions, load_dossier

    _scanned_pages(tmp_path, 1)
    page = Image.open(tmp_path / "pagina-01.png")
    page.rotate(90, expand=True).save(tmp_path / "pagina-01.png", dpi=(200, 200))
    dossier = load_dossier(tmp_path, CheckOptions({"applicant": {"v_number": "1234567890"}}, jobs=1))
    (read,) = dossier.pages
    assert "1234567890" in read.text
    header = next(w for w in read.words if "1234567890" in w.text)
    # The header line of the upright page sits along the left edge of the sideways scan.
    assert header.box.x1 < 0.2 and header.box.y0 > 0.5, header.box


def test_passport_copied_upside_down_is_read_upright(tmp_path: Path) -> None:
    # The fifth blind part's be9ter-clean-18: a Turkish passport copied upside down, which orientation detection
    # calls upright (or cannot tell) and whose zone then reads as ">>>>>>>>" fillers.
    from PIL import ImageDraw, ImageFont

    from tests.memory import passport_zone
    from validator.pipeline import CheckOptions, load_dossier

    img = Image.new("L", (1654, 2339), 250)
    draw = ImageDraw.Draw(img)
    sans = ImageFont.truetype("DejaVuSans.ttf", 26)
    mono = ImageFont.truetype("DejaVuSansMono.ttf", 34)
    x, y = 330, 500
    draw.rectangle((x, y, x + 1000, y + 700), outline=120, width=3)
    draw.text((x + 300, y + 20), "TÜRKİYE CUMHURİYETİ", fill=30, font=sans)
    draw.text((x + 300, y + 60), "PASAPORT   P   TUR   U12345678", fill=30, font=sans)
    draw.rectangle((x + 30, y + 110, x + 260, y + 400), fill=140)
    fields = [("Soyadı", "YILDIZ"), ("Adı", "HASAN"), ("Uyruğu", "T.C."), ("Doğum Tarihi", "12 APR 1985")]
    for n, (label, value) in enumerate(fields):
        draw.text((x + 300, y + 120 + n * 60), label, fill=90, font=sans)
        draw.text((x + 560, y + 120 + n * 60), value, fill=20, font=sans)
    zone = passport_zone("YILDIZ", "HASAN", nationality="TUR").splitlines()
    for n, line in enumerate(zone):
        draw.text((x + 40, y + 560 + n * 50), line, fill=10, font=mono)
    img.rotate(180).save(tmp_path / "pas.png", dpi=(200, 200))
    dossier = load_dossier(tmp_path, CheckOptions(jobs=1, cache=False))
    (read,) = dossier.pages
    assert zone[0] in read.text.replace(" ", "")


def test_fillers_read_upside_down_with_gaps_still_say_the_page_is_turned() -> None:
    # The fifth blind part's ind-gen-clean-02: ">>> >>> INd>>dTIddAn Ln", as Tesseract read the zone upside down.
    from validator import pages
    from validator._exec.tesseract import OcrResult

    assert pages._turned_zone(OcrResult("SERRE reren S60S00EIGLTZOBE\n>>> >>> INd>>dTIddAn Ln", []))
    assert not pages._turned_zone(OcrResult("Re: >> quoted reply\nP<TURDEMIR<<GULSUM<<<<<<<", []))


def test_a_passport_photographed_upside_down_is_read_turned_though_only_its_zone_reads(
    tmp_path: Path,
) -> None:
    # tests/fixtures/README.md: fortyfirst be9ter-medcert-present-2 (read after its blind run). Its zone, as the
    # generator printed it (the image's own letters): "P<KENKIPCHUMBA<<CAROLINE<<…". Turned, OCR keeps no more words
    # than unturned, but the zone reads upright: the reading turned is the page's.
    import shutil

    from validator import classify
    from validator.pipeline import CheckOptions, load_dossier

    shutil.copy(ROOT / "tests" / "fixtures" / "passport-upside-down-photo.pdf", tmp_path / "ID_Kipchumba.pdf")
    dossier = load_dossier(tmp_path, CheckOptions(jobs=1, cache=False))
    (read,) = dossier.pages
    assert "P<KENKIPCHUMBA<<CAROLINE<<" in read.text.replace(" ", "")
    assert [d.type for d in classify.classify_file(dossier.files[0], None)] == ["identity-document"]


def test_a_page_of_a_few_lines_read_poorly_straightened_is_read_as_scanned(tmp_path: Path) -> None:
    # tests/fixtures/README.md: fortysecond be9ter-signed-2 (read after its blind run). The lines its generator wrote
    # on the page: "L'avocat" and "Me Jean-Luc Dumont". Turned by the skew its few lines suggested, the page read as
    # nothing, and their ink was taken for the lawyer's hand: an unsigned letter passed (rules.md BE9TER-SIGNED).
    import shutil

    from validator.pipeline import CheckOptions, load_dossier

    shutil.copy(ROOT / "tests" / "fixtures" / "letter-last-page-signer-only.pdf", tmp_path / "requete.pdf")
    (read,) = load_dossier(tmp_path, CheckOptions(jobs=1, cache=False)).pages
    assert "Me Jean-Luc Dumont" in read.text and "avocat" in read.text


def test_a_number_stamped_over_the_desk_a_sheet_is_photographed_on_is_read(tmp_path: Path) -> None:
    # tests/fixtures/README.md: fortysecond ind-hnt-clean-09 and ind-med-clean-08 (read after its blind run). The
    # lines their generator stamped under each sheet, over the desk and over the folder (their truth files' V-numbers
    # and names): dark on dark, OCR of the whole page passed over them, and the V-number rule asked a person to look.
    import shutil

    from validator.pipeline import CheckOptions, load_dossier

    for name in ("passport-photo-number-on-desk.pdf", "passport-photo-number-on-folder.pdf"):
        shutil.copy(ROOT / "tests" / "fixtures" / name, tmp_path / name)
    read = {p.file: p.text for p in load_dossier(tmp_path, CheckOptions(jobs=1, cache=False)).pages}
    assert "5752115469" in read["passport-photo-number-on-desk.pdf"]
    assert "7390404663" in read["passport-photo-number-on-folder.pdf"]


def test_page_laid_at_an_angle_is_read_straightened_and_its_words_placed_on_the_scan(tmp_path: Path) -> None:
    # The fifth blind part's passports photographed on a desk, a few degrees off level: Tesseract reads level
    # lines. The words' boxes stay where they are on the page as scanned, where the ink map was measured.
    import math

    from validator.pipeline import CheckOptions, load_dossier

    _scanned_pages(tmp_path, 1)
    scan = tmp_path / "pagina-01.png"
    Image.open(scan).rotate(7, fillcolor=250).save(scan, dpi=(200, 200))
    (read,) = load_dossier(tmp_path, CheckOptions(jobs=1, cache=False)).pages
    assert all(f"Regel {n} van pagina 1: afschrift van de bank." in read.text for n in range(1, 13))
    number = next(w for w in read.words if "1234567890" in w.text)
    # The header's number starts some 360 px from the left and 137 px from the top of the level page
    # (tests/conftest.scanned_png); turned 7 degrees about the middle of the 1654 x 2339 page:
    a, dx, dy = math.radians(7), 360 - 827, 137 - 1169.5
    x, y = (
        (827 + dx * math.cos(a) + dy * math.sin(a)) / 1654,
        (1169.5 - dx * math.sin(a) + dy * math.cos(a)) / 2339,
    )
    assert abs(number.box.x0 - x) < 0.02 and number.box.y0 < y < number.box.y1 + 0.01, (number.box, x, y)


def test_a_page_whose_blocks_of_print_ocr_dropped_is_read_again_as_one_block(tmp_path: Path) -> None:
    # tests/fixtures/README.md: a letter of the seventh blind part, whose middle Tesseract's automatic page
    # segmentation drops. What its middle says, as its generator (eval/corpus/seventh_be9ter.py) put it there for
    # this dossier: born in Hrazdan (Armenia), living at 8, Meulestedekaai, 9000 Gent.
    import shutil

    from validator.pipeline import CheckOptions, load_dossier

    shutil.copy(ROOT / "tests" / "fixtures" / "letter-blocks-dropped.pdf", tmp_path / "aanvraag.pdf")
    (read,) = load_dossier(tmp_path, CheckOptions(jobs=1, cache=False)).pages
    assert "Hrazdan" in read.text and "Meulestedekaai" in read.text, read.text
    # Scanned sideways, it is read again turned as its first reading was.
    import pypdfium2

    sideways = tmp_path / "sideways"
    sideways.mkdir()
    image = pypdfium2.PdfDocument(tmp_path / "aanvraag.pdf")[0].render(scale=200 / 72).to_pil()
    image.rotate(90, expand=True).save(sideways / "aanvraag.png", dpi=(200, 200))
    (turned,) = load_dossier(sideways, CheckOptions(jobs=1, cache=False)).pages
    assert "Hrazdan" in turned.text and "Meulestedekaai" in turned.text, turned.text


def test_a_zone_on_the_pages_very_edge_is_left_as_read(tmp_path: Path) -> None:
    # A zone's words OCR placed on the scan's last column of pixels: the band to read again is no band.
    from tests.memory import page as memory_page
    from validator.cache import Cache
    from validator.model import Box, Word
    from validator.pages import ReadOptions, _read_zones

    lines = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408722F1204159ZE184226B<<<<<10"]
    edge = [Word(line, 40, Box(1.0, 0.8 + 0.02 * n, 1.0, 0.81 + 0.02 * n)) for n, line in enumerate(lines)]
    read = memory_page("\n".join(lines), source="ocr", word_list=edge)
    _read_zones(read, Image.new("L", (400, 560), 255), ReadOptions(), Cache(tmp_path))
    assert read.text == "\n".join(lines)


def test_a_zone_ocr_misread_on_the_page_is_read_again_in_its_band(tmp_path: Path) -> None:
    # tests/fixtures/README.md: a passport of the eighth blind part whose zone OCR of the whole page reads with its
    # fillers as letters, failing its check digits. Its band read again holds them all. What the zone says, as
    # the dossier's manifest gives the holder: Fanta Baldé, born 22 December 1968, of Guinea.
    import datetime as dt
    import shutil

    import pypdfium2

    from validator.extract.mrz import find_mrz
    from validator.pipeline import CheckOptions, load_dossier

    upright = tmp_path / "upright"
    upright.mkdir()
    shutil.copy(ROOT / "tests" / "fixtures" / "passport-zone-misread.pdf", upright / "paspoort.pdf")
    # Scanned sideways, its band stands upright on the scan and is read turned back; upside down, it is turned.
    image = pypdfium2.PdfDocument(upright / "paspoort.pdf")[0].render(scale=300 / 72).to_pil()
    folders = [upright]
    for turn in (90, 180):
        folders.append(tmp_path / f"turned-{turn}")
        folders[-1].mkdir()
        image.rotate(turn, expand=True).save(folders[-1] / "paspoort.png", dpi=(300, 300))
    for folder in folders:
        (read,) = load_dossier(folder, CheckOptions(jobs=1, cache=False)).pages
        (zone,) = find_mrz(read.text)
        assert zone.valid, (folder, zone)
        assert (zone.surname, zone.given_names, zone.nationality) == ("BALDE", "FANTA", "GIN")
        assert zone.birth_date == dt.date(1968, 12, 22)


def test_a_zone_ocr_found_nowhere_on_the_page_is_read_in_its_band_levelled(tmp_path: Path) -> None:
    # tests/fixtures/README.md: a passport photographed a degree or two off level (fifteenth part), whose zone OCR
    # of the whole page breaks apart so that no zone is found on it. Its band, levelled and read on its own, holds
    # every check digit. What the zone says, as the dossier's manifest gives the holder: Junior Mulumba, born 30
    # March 1971, of the DR Congo.
    import datetime as dt
    import shutil

    from validator.extract.mrz import find_mrz
    from validator.pipeline import CheckOptions, load_dossier

    shutil.copy(ROOT / "tests" / "fixtures" / "passport-zone-unfound.png", tmp_path / "paspoort.png")
    (read,) = load_dossier(tmp_path, CheckOptions(jobs=1, cache=False)).pages
    (zone,) = find_mrz(read.text)
    assert zone.valid, zone
    assert (zone.surname, zone.given_names, zone.nationality) == ("MULUMBA", "JUNIOR", "COD")
    assert zone.birth_date == dt.date(1971, 3, 30)
