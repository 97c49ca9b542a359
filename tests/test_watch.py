"""The watcher, run for real as a subprocess on temporary folders: nothing lost, nothing done twice."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pypdf
import pytest

from tests.conftest import ROOT, born_digital_pdf, findings, run_cli, scanned_png

WAIT = 120.0


class Watch:
    """One `validator watch` process, its log, and what it left in the outbox and ledger."""

    def __init__(self, inbox: Path, outbox: Path, log: Path):
        self.inbox, self.outbox, self.log_path = inbox, outbox, log
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, *args: str, settle: float = 1) -> subprocess.Popen[bytes]:
        with self.log_path.open("ab") as log:
            # Its own session, so that "kill -9" takes its Tesseract processes down too, as a crash would.
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "validator", "watch", str(self.inbox), "--out", str(self.outbox),
                 "--settle", str(settle), *args], stdout=log, stderr=log, cwd=ROOT, start_new_session=True)
        return self.proc

    def once(self) -> str:
        """Run `--once` to the end; its log."""
        before = self.log()
        proc = self.start("--once")
        assert proc.wait(timeout=WAIT * 2) == 0, self.log()
        return self.log()[len(before):]

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def stop(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        assert self.proc.wait(timeout=WAIT) == 0, self.log()

    def ledger(self) -> dict[str, dict]:
        path = self.outbox / ".ledger.sqlite"
        if not path.exists():
            return {}
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            db.row_factory = sqlite3.Row
            try:
                return {row["name"]: dict(row) for row in db.execute("SELECT * FROM dossiers")}
            except sqlite3.OperationalError:
                # Created a moment ago, its table not yet.
                return {}

    def report(self, name: str) -> dict:
        return json.loads((self.outbox / name / "report.json").read_text())

    def reports(self, name: str) -> list[Path]:
        """Every report.json the dossier ever got, current and kept."""
        return sorted((self.outbox / name).rglob("report.json"))


@pytest.fixture
def watch(tmp_path: Path) -> Iterator[Watch]:
    (tmp_path / "inbox").mkdir()
    w = Watch(tmp_path / "inbox", tmp_path / "outbox", tmp_path / "watch.log")
    yield w
    if w.proc and w.proc.poll() is None:
        os.killpg(w.proc.pid, signal.SIGKILL)
        w.proc.wait()


def wait_for(condition: Callable[[], object], what: str, timeout: float = WAIT) -> None:
    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, f"timed out waiting for {what}"
        time.sleep(0.1)


def pdf(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return born_digital_pdf(path, [f"V-nummer: 1234567890\n{text}"])


def scanned_dossier(folder: Path, label: str, pages: int = 2) -> None:
    """Pages without a text layer: OCR makes checking them slow enough to be caught in the middle."""
    folder.mkdir(parents=True)
    for n in range(1, pages + 1):
        scanned_png(folder / f"scan-{n}.png", [f"{label}: regel {line} van pagina {n}." for line in range(1, 15)])


def assert_consistent(watch: Watch, names: list[str]) -> None:
    """Each dossier has exactly one report, of its current content, and the ledger says so."""
    ledger = watch.ledger()
    assert sorted(ledger) == sorted(names)
    for name in names:
        assert watch.reports(name) == [watch.outbox / name / "report.json"], name
        published = (watch.outbox / name / "dossier.sha256").read_text().strip()
        assert ledger[name]["state"] == "done", ledger[name]
        assert ledger[name]["hash"] == published
        assert ledger[name]["report"] == str(watch.outbox / name / "report.json")
        assert sorted(p.name for p in (watch.outbox / name).iterdir()) == [
            "dossier.sha256", "letter.txt", "report.html", "report.json", "report.txt"]


def test_a_dossier_copied_in_slowly_gets_exactly_one_report(watch: Watch, tmp_path: Path) -> None:
    watch.start(settle=3)
    folder = watch.inbox / "slow"
    folder.mkdir()
    for n in range(8):
        # File by file, over longer than the settle time, each written under a temporary name first.
        pdf(folder / f"{n}.pdf.part", f"deel {n}").rename(folder / f"{n}.pdf")
        time.sleep(0.5)
    wait_for(lambda: watch.ledger().get("slow", {}).get("state") == "done", "the report")
    report = watch.report("slow")
    assert len(report["documents"]) == 8
    # Touching a file changes no content: the watcher looks again (the ledger keeps the new signature), checks nothing.
    before = watch.ledger()["slow"]["signature"]
    os.utime(folder / "0.pdf", (1e9, 1e9))
    wait_for(lambda: watch.ledger()["slow"]["signature"] != before, "the watcher to look again")
    watch.stop()
    assert watch.log().count("event=checking") == 1
    assert_consistent(watch, ["slow"])


def test_a_half_written_pdf_is_not_reported_on_until_complete(watch: Watch) -> None:
    data = pdf(watch.inbox.parent / "whole.pdf", "een document").read_bytes()
    target = watch.inbox / "late.pdf"
    watch.start()
    with target.open("wb") as fh:
        fh.write(data[: len(data) // 2])
        fh.flush()
        wait_for(lambda: "event=incomplete dossier=late.pdf" in watch.log(), "the watcher to see it incomplete")
        assert watch.ledger()["late.pdf"]["state"] == "settling"
        assert not (watch.outbox / "late.pdf").exists()
        fh.write(data[len(data) // 2:])
    wait_for(lambda: (watch.outbox / "late.pdf" / "dossier.sha256").exists(), "the report")
    watch.stop()
    assert findings(watch.report("late.pdf"), "INPUT-UNREADABLE") == []
    assert_consistent(watch, ["late.pdf"])


def test_a_ready_marker_short_cuts_the_settle_time(watch: Watch) -> None:
    pdf(watch.inbox / "klaar" / "brief.pdf", "klaar")
    (watch.inbox / "klaar" / "READY").touch()
    proc = watch.start("--once", settle=3600)
    assert proc.wait(timeout=WAIT) == 0
    assert_consistent(watch, ["klaar"])
    assert [d["file"] for d in watch.report("klaar")["documents"]] == ["brief.pdf"]


def test_twenty_dossiers_dropped_at_once_all_get_reports(watch: Watch, tmp_path: Path) -> None:
    staging = tmp_path / "staging"
    names = [f"dossier-{n:02d}" for n in range(18)] + ["los.pdf", "archief.zip"]
    for name in names[:18]:
        pdf(staging / name / "brief.pdf", name)
    pdf(staging / "los.pdf", "los")
    pdf(tmp_path / "zipped" / "in-zip.pdf", "gezipt")
    shutil.make_archive(str(staging / "archief"), "zip", tmp_path / "zipped")
    watch.start("--jobs", "2")
    for name in names:
        (staging / name).rename(watch.inbox / name)
    wait_for(lambda: len(list(watch.outbox.glob("*/dossier.sha256"))) == 20, "twenty reports")
    watch.stop()
    assert_consistent(watch, names)
    status = run_cli("watch", "--status", watch.outbox)
    assert status.returncode == 0 and "done: 20" in status.stdout and "dossier-07" in status.stdout


def test_kill_9_in_the_middle_then_restart_reports_every_dossier_once(watch: Watch) -> None:
    scanned_dossier(watch.inbox / "scan", "herstart")
    for n in range(3):
        pdf(watch.inbox / f"digitaal-{n}" / "brief.pdf", f"brief {n}")
    proc = watch.start()
    wait_for(lambda: "event=checking dossier=scan" in watch.log(), "the scanned dossier to be checked")
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert watch.ledger()["scan"]["state"] == "running"
    assert "event=resume dossier=scan" in watch.once()
    assert_consistent(watch, ["scan", "digitaal-0", "digitaal-1", "digitaal-2"])
    # Once more: everything is known, nothing is checked again.
    assert "event=checking" not in watch.once()
    assert_consistent(watch, ["scan", "digitaal-0", "digitaal-1", "digitaal-2"])


def test_sigterm_stops_cleanly_and_the_next_start_finishes(watch: Watch) -> None:
    scanned_dossier(watch.inbox / "scan", "stoppen")
    watch.start()
    wait_for(lambda: "event=checking dossier=scan" in watch.log(), "the check to start")
    watch.stop()
    assert "event=stopped" in watch.log()
    state = watch.ledger()["scan"]["state"]
    assert state in ("running", "done")
    assert (state == "done") == (watch.outbox / "scan" / "dossier.sha256").exists()
    watch.once()
    assert_consistent(watch, ["scan"])


def test_a_changed_dossier_gets_a_second_report_and_the_first_is_kept(watch: Watch) -> None:
    pdf(watch.inbox / "wijzig" / "een.pdf", "eerste")
    watch.start()
    wait_for(lambda: watch.ledger().get("wijzig", {}).get("state") == "done", "the first report")
    first = watch.ledger()["wijzig"]["hash"]
    pdf(watch.inbox / "wijzig" / "twee.pdf", "tweede")
    wait_for(lambda: len(watch.reports("wijzig")) == 2 and watch.ledger()["wijzig"]["state"] == "done"
             and watch.ledger()["wijzig"]["hash"] != first, "the second report")
    watch.stop()
    assert len(watch.report("wijzig")["documents"]) == 2
    kept = [p for p in watch.reports("wijzig") if p.parent.parent.name == "previous"]
    assert len(kept) == 1 and kept[0].parent.name.endswith(first[:12])
    assert len(json.loads(kept[0].read_text())["documents"]) == 1
    assert (kept[0].parent / "dossier.sha256").read_text().strip() == first


def test_polling_only_still_works(watch: Watch) -> None:
    watch.start("--poll", "0.5")
    wait_for(lambda: "event=watching" in watch.log(), "the watcher to start")
    pdf(watch.inbox / "gepold" / "brief.pdf", "polling")
    wait_for(lambda: (watch.outbox / "gepold" / "dossier.sha256").exists(), "the report")
    watch.stop()
    assert "mode=\"poll every 0.5 s\"" in watch.log()
    assert_consistent(watch, ["gepold"])


def test_a_dossier_whose_events_are_lost_is_found_by_the_rescan(watch: Watch) -> None:
    # Polling once an hour sees nothing of what arrives after the start, as a share that drops events.
    watch.start("--poll", "3600", "--rescan", "1")
    wait_for(lambda: "event=watching" in watch.log(), "the watcher to start")
    pdf(watch.inbox / "verloren" / "brief.pdf", "no event")
    wait_for(lambda: (watch.outbox / "verloren" / "dossier.sha256").exists(), "the report", timeout=60)
    watch.stop()
    assert_consistent(watch, ["verloren"])


def test_a_dossier_that_cannot_be_checked_gets_error_json_and_is_not_retried(watch: Watch) -> None:
    folder = watch.inbox / "kapot"
    pdf(folder / "brief.pdf", "brief")
    (folder / "dossier.yaml").write_text("procedure: bestaat-niet\n")
    watch.once()
    error = json.loads((watch.outbox / "kapot" / "error.json").read_text())
    assert "bestaat-niet" in error["error"] and error["sha256"] == watch.ledger()["kapot"]["hash"]
    assert watch.ledger()["kapot"]["state"] == "failed"
    assert "event=checking" not in watch.once()


def test_refuses_an_outbox_inside_the_inbox_and_the_other_way_round(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    inside = run_cli("watch", tmp_path / "in", "--out", tmp_path / "in" / "out", "--once")
    around = run_cli("watch", tmp_path / "in", "--out", tmp_path, "--once")
    assert inside.returncode == around.returncode == 2
    assert "inside" in inside.stderr
    assert not (tmp_path / "in" / "out").exists()


@pytest.mark.parametrize("option", [("--rescan", "nan"), ("--rescan", "0"), ("--poll", "inf"), ("--settle", "-1")])
def test_refuses_a_time_that_is_no_time(tmp_path: Path, option: tuple[str, str]) -> None:
    (tmp_path / "in").mkdir()
    result = run_cli("watch", tmp_path / "in", "--out", tmp_path / "out", *option)
    assert result.returncode == 2 and "positive number of seconds" in result.stderr


def test_restart_after_a_crash_at_either_side_of_publishing(watch: Watch) -> None:
    """The two moments a kill -9 cannot be aimed at reliably, made by hand: before and after the commit."""
    pdf(watch.inbox / "vroeg" / "brief.pdf", "vroeg")
    pdf(watch.inbox / "laat" / "brief.pdf", "laat")
    watch.once()
    with closing(sqlite3.connect(watch.outbox / ".ledger.sqlite")) as db, db:
        db.execute("UPDATE dossiers SET state = 'running'")
    # "vroeg": killed while writing its outputs, before the hash file that commits them.
    (watch.outbox / "vroeg" / "dossier.sha256").unlink()
    (watch.outbox / "vroeg" / "report.json").write_text('{"half')
    (watch.outbox / "vroeg" / ".report.txt.x1y2.tmp").write_text("half")
    # "laat": killed after publishing, before the ledger said done.
    log = watch.once()
    assert "event=checking dossier=vroeg" in log and "event=adopted dossier=laat" in log
    assert "event=checking dossier=laat" not in log
    assert watch.report("vroeg")["documents"][0]["file"] == "brief.pdf"
    assert_consistent(watch, ["vroeg", "laat"])


def test_a_pdf_cut_inside_its_incremental_update_is_not_checked_until_whole(watch: Watch, tmp_path: Path) -> None:
    first = pdf(tmp_path / "eerste.pdf", "de eerste revisie")
    update = pypdf.PdfWriter(first, incremental=True)
    update.add_page(pypdf.PdfReader(pdf(tmp_path / "bijlage.pdf", "de bijgevoegde pagina")).pages[0])
    update.write(tmp_path / "bijgewerkt.pdf")
    data = (tmp_path / "bijgewerkt.pdf").read_bytes()
    # Cut inside the update: the first revision's %%EOF is still near the end, but the file does not end there.
    cut = first.stat().st_size + 200
    assert data.startswith(first.read_bytes()) and b"%%EOF" in data[cut - 1024:cut]
    watch.start(settle=0.5)
    with (watch.inbox / "bijgewerkt.pdf").open("wb") as fh:
        fh.write(data[:cut])
        fh.flush()
        wait_for(lambda: watch.ledger().get("bijgewerkt.pdf", {}).get("state") not in (None, "seen"),
                 "the watcher to look at it")
        assert watch.ledger()["bijgewerkt.pdf"]["state"] == "settling"
        fh.write(data[cut:])
    wait_for(lambda: watch.ledger()["bijgewerkt.pdf"]["state"] == "done", "the report")
    watch.stop()
    assert watch.report("bijgewerkt.pdf")["stats"]["pages"] == 2
    assert_consistent(watch, ["bijgewerkt.pdf"])


def outbox_folders(watch: Watch) -> list[str]:
    return sorted(p.name for p in watch.outbox.iterdir() if p.is_dir() and not p.name.startswith("."))


def test_an_empty_folder_is_not_checked_until_its_files_arrive(watch: Watch, tmp_path: Path) -> None:
    (watch.inbox / "leeg" / "bijlagen").mkdir(parents=True)
    (watch.inbox / "leeg" / "brief.pdf.part").write_bytes(b"%PDF-1.4\n")
    assert "event=empty dossier=leeg" in watch.once()
    assert outbox_folders(watch) == [] and watch.ledger()["leeg"]["state"] == "seen"
    watch.start(settle=0.5)
    wait_for(lambda: watch.log().count("event=empty dossier=leeg") == 2, "the watcher to find it empty again")
    assert outbox_folders(watch) == []
    pdf(tmp_path / "brief.pdf", "eindelijk").rename(watch.inbox / "leeg" / "bijlagen" / "brief.pdf")
    wait_for(lambda: (watch.outbox / "leeg" / "dossier.sha256").exists(), "the report")
    watch.stop()
    assert_consistent(watch, ["leeg"])
    assert [d["file"] for d in watch.report("leeg")["documents"]] == ["bijlagen/brief.pdf"]
