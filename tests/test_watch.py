"""The watcher, run for real as a subprocess on temporary folders: nothing lost, nothing done twice."""

from __future__ import annotations

import errno
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

from tests.conftest import ROOT, born_digital_pdf, findings, procedures_with_crash, run_cli, scanned_png
from validator.watch.outbox import staging

WAIT = 120.0


class Watch:
    """One `validator watch` process, its log, and what it left in the outbox and ledger."""

    def __init__(self, inbox: Path, outbox: Path, log: Path):
        self.inbox, self.outbox, self.log_path = inbox, outbox, log
        self.proc: subprocess.Popen[bytes] | None = None
        # tests.crashing is the command with a rule that raises.
        self.module = "validator"
        self.env: dict[str, str] = {}

    def start(self, *args: str, settle: float = 1) -> subprocess.Popen[bytes]:
        with self.log_path.open("ab") as log:
            # Its own session, so that "kill -9" takes its Tesseract processes down too, as a crash would.
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    self.module,
                    "watch",
                    str(self.inbox),
                    "--out",
                    str(self.outbox),
                    "--settle",
                    str(settle),
                    *args,
                ],
                stdout=log,
                stderr=log,
                cwd=ROOT,
                env={**os.environ, **self.env},
                start_new_session=True,
            )
        return self.proc

    def once(self) -> str:
        """Run `--once` to the end; its log."""
        before = self.log()
        proc = self.start("--once")
        assert proc.wait(timeout=WAIT * 2) == 0, self.log()
        return self.log()[len(before) :]

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
        scanned_png(
            folder / f"scan-{n}.png", [f"{label}: regel {line} van pagina {n}." for line in range(1, 15)]
        )


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
            "dossier.sha256",
            "letter.txt",
            "report.html",
            "report.json",
            "report.txt",
        ]


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
        wait_for(
            lambda: "event=incomplete dossier=late.pdf" in watch.log(), "the watcher to see it incomplete"
        )
        assert watch.ledger()["late.pdf"]["state"] == "settling"
        assert not (watch.outbox / "late.pdf").exists()
        fh.write(data[len(data) // 2 :])
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
    states: set[str] = set()

    def one_report_each() -> bool:
        # The ledger tells the waiting from the two being checked.
        running = [row for row in watch.ledger().values() if row["state"] == "running"]
        assert len(running) <= 2, running
        states.update(row["state"] for row in watch.ledger().values())
        return len(list(watch.outbox.glob("*/dossier.sha256"))) == 20

    wait_for(one_report_each, "twenty reports")
    watch.stop()
    assert "queued" in states
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
    wait_for(
        lambda: (
            len(watch.reports("wijzig")) == 2
            and watch.ledger()["wijzig"]["state"] == "done"
            and watch.ledger()["wijzig"]["hash"] != first
        ),
        "the second report",
    )
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
    assert 'mode="poll every 0.5 s"' in watch.log()
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


def test_a_rule_that_raises_fails_its_dossier_and_the_watcher_goes_on(watch: Watch, tmp_path: Path) -> None:
    # A bug in a rule: the report would still be made of the other rules' findings, its verdict perhaps a false
    # all-clear. It must not be published as the dossier's report.
    watch.module = "tests.crashing"
    watch.env = {"VALIDATOR_PROCEDURES": str(procedures_with_crash(tmp_path / "procedures"))}
    crashed, sound = watch.inbox / "benali", watch.inbox / "heel"
    pdf(crashed / "brief.pdf", "Amina Benali")
    (crashed / "dossier.yaml").write_text("procedure: test-crash\n")
    pdf(sound / "brief.pdf", "brief")
    before = {p: p.read_bytes() for p in crashed.iterdir()}
    log = watch.once()
    assert sorted(p.name for p in (watch.outbox / "benali").iterdir()) == ["dossier.sha256", "error.json"]
    error = json.loads((watch.outbox / "benali" / "error.json").read_text())
    assert error["error"].startswith("internal error: rule TEST-CRASH failed, so the report is incomplete")
    row = watch.ledger()["benali"]
    assert (row["state"], row["error"]) == ("failed", "RuleFailed")
    assert row["report"] == str(watch.outbox / "benali" / "error.json") and row["hash"] == error["sha256"]
    assert "event=crashed dossier=benali" in log and "rules=TEST-CRASH" in log
    assert "event=failed dossier=benali" in log and "event=done dossier=benali" not in log
    # The log names the dossier and the rule, never what the exception said or what the dossier holds.
    assert "Amina" not in log and "Traceback" not in log
    assert {p: p.read_bytes() for p in crashed.iterdir()} == before
    status = run_cli("watch", "--status", watch.outbox).stdout
    assert "failed: 1" in status and "benali  (RuleFailed)" in status
    # The other dossier, checked by the same watcher without the failing rule, is done.
    assert watch.ledger()["heel"]["state"] == "done" and watch.report("heel")["procedure"] == "ind-generic"


def test_refuses_an_outbox_inside_the_inbox_and_the_other_way_round(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    inside = run_cli("watch", tmp_path / "in", "--out", tmp_path / "in" / "out", "--once")
    around = run_cli("watch", tmp_path / "in", "--out", tmp_path, "--once")
    assert inside.returncode == around.returncode == 2
    assert "inside" in inside.stderr
    assert not (tmp_path / "in" / "out").exists()


@pytest.mark.parametrize(
    "option", [("--rescan", "nan"), ("--rescan", "0"), ("--poll", "inf"), ("--settle", "-1")]
)
def test_refuses_a_time_that_is_no_time(tmp_path: Path, option: tuple[str, str]) -> None:
    (tmp_path / "in").mkdir()
    result = run_cli("watch", tmp_path / "in", "--out", tmp_path / "out", *option)
    assert result.returncode == 2 and "positive number of seconds" in result.stderr


def outbox_folders(watch: Watch) -> list[str]:
    return sorted(p.name for p in watch.outbox.iterdir() if p.is_dir() and not p.name.startswith("."))


def assert_whole_or_absent(watch: Watch) -> None:
    """What a reader of the outbox sees: a dossier's folder holds a whole set of outputs, or is not there."""
    for name in outbox_folders(watch):
        assert sorted(p.name for p in (watch.outbox / name).iterdir()) == [
            "dossier.sha256",
            "letter.txt",
            "report.html",
            "report.json",
            "report.txt",
        ], name


@pytest.fixture
def small_outbox(watch: Watch) -> Iterator[Path]:
    """The outbox on a 1 MB tmpfs of its own, so that the test can fill it up and free it."""
    watch.outbox.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs for the outbox takes root and mount(8)")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(watch.outbox)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield watch.outbox
    finally:
        if watch.proc and watch.proc.poll() is None:
            os.killpg(watch.proc.pid, signal.SIGKILL)
            watch.proc.wait()
        subprocess.run(["umount", str(watch.outbox)], check=True)


def fill(path: Path) -> Path:
    """Write zeros to path until the file system is full."""
    with path.open("wb", buffering=0) as fh:
        for chunk in (65536, 4096, 1):
            try:
                while True:
                    fh.write(b"\0" * chunk)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc
    return path


def remount(path: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(path)], check=True)


def test_a_full_outbox_holds_the_work_and_it_resumes_when_space_returns(
    watch: Watch, small_outbox: Path
) -> None:
    names = [f"vol-{n}" for n in range(10)]
    for name in names:
        pdf(watch.inbox / name / "brief.pdf", name)
    # Full before the watcher can even open its ledger.
    fill(small_outbox / "ballast")
    proc = watch.start()

    def held(count: int, errors: str = "") -> Callable[[], bool]:
        def seen() -> bool:
            assert proc.poll() is None, watch.log()
            assert_whole_or_absent(watch)
            log = watch.log()
            return log.count("event=outbox-unwritable") >= count and errors in log

        return seen

    wait_for(held(1), "the watcher to meet the full disk")
    assert watch.ledger() == {} and outbox_folders(watch) == []
    # Room to grow, and inodes for the ledger's two other files and one more, where a set of reports takes six.
    used = os.statvfs(small_outbox).f_files - os.statvfs(small_outbox).f_ffree
    remount(small_outbox, f"size=8m,nr_inodes={used + 3}")
    wait_for(held(2, "errno=ENOSPC"), "a report that cannot be written")
    wait_for(lambda: watch.ledger().get("vol-0", {}).get("state") == "publishing", "the ledger to say so")
    # Its check is kept, not redone, and no other is started meanwhile.
    assert watch.log().count("event=checking") == 1
    assert {row["state"] for name, row in watch.ledger().items() if name != "vol-0"} == {"queued"}
    remount(small_outbox, "nr_inodes=100000")

    def all_done() -> bool:
        held(0)()
        ledger = watch.ledger()
        return sorted(ledger) == names and all(row["state"] == "done" for row in ledger.values())

    wait_for(all_done, "every report")
    watch.stop()
    assert "Traceback" not in watch.log()
    assert watch.log().count("event=checking") == 10
    assert [p.name for p in small_outbox.iterdir() if p.name.startswith(".publishing")] == []
    assert_consistent(watch, names)


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


def test_a_dossier_deleted_while_checked_or_queued_gets_no_report_and_its_row_is_closed(
    watch: Watch, tmp_path: Path
) -> None:
    scanned_dossier(watch.inbox / "a-weg", "verwijderd tijdens de controle")
    pdf(watch.inbox / "b-weg" / "brief.pdf", "verwijderd in de wachtrij")
    watch.start("--jobs", "1")
    wait_for(lambda: "event=checking dossier=a-weg" in watch.log(), "the check of a-weg")
    shutil.rmtree(watch.inbox / "b-weg")
    shutil.rmtree(watch.inbox / "a-weg")
    # Checked after a-weg's check has ended: one at a time.
    pdf(tmp_path / "c" / "brief.pdf", "daarna").parent.rename(watch.inbox / "c-daarna")
    wait_for(lambda: (watch.outbox / "c-daarna" / "dossier.sha256").exists(), "the next dossier's report")
    watch.stop()
    assert outbox_folders(watch) == ["c-daarna"]
    ledger = watch.ledger()
    assert ledger["a-weg"]["state"] == ledger["b-weg"]["state"] == "gone"
    assert "event=dropped dossier=a-weg" in watch.log()
    assert "gone: 2" in run_cli("watch", "--status", watch.outbox).stdout


def test_a_dossier_renamed_while_checked_or_queued_gets_one_report_under_its_new_name(watch: Watch) -> None:
    scanned_dossier(watch.inbox / "a-oud", "hernoemd tijdens de controle")
    pdf(watch.inbox / "b-oud" / "brief.pdf", "hernoemd in de wachtrij")
    watch.start("--jobs", "1")
    wait_for(lambda: "event=checking dossier=a-oud" in watch.log(), "the check of a-oud")
    (watch.inbox / "b-oud").rename(watch.inbox / "b-nieuw")
    (watch.inbox / "a-oud").rename(watch.inbox / "a-nieuw")
    wait_for(
        lambda: all(watch.ledger().get(n, {}).get("state") == "done" for n in ("a-nieuw", "b-nieuw")),
        "the reports under the new names",
    )
    watch.stop()
    assert outbox_folders(watch) == ["a-nieuw", "b-nieuw"]
    assert "event=renamed dossier=a-nieuw was=a-oud" in watch.log()
    assert_consistent(watch, ["a-nieuw", "b-nieuw"])


def test_one_content_under_two_names_is_two_dossiers_and_a_rename_keeps_its_report(
    watch: Watch, tmp_path: Path
) -> None:
    pdf(tmp_path / "kopie-a" / "brief.pdf", "een inhoud, twee namen")
    shutil.copytree(tmp_path / "kopie-a", tmp_path / "kopie-b")
    watch.start()
    for name in ("kopie-a", "kopie-b"):
        (tmp_path / name).rename(watch.inbox / name)
    wait_for(
        lambda: all(watch.ledger().get(n, {}).get("state") == "done" for n in ("kopie-a", "kopie-b")),
        "a report for each name",
    )
    assert watch.ledger()["kopie-a"]["hash"] == watch.ledger()["kopie-b"]["hash"]
    # Renamed, a dossier is known by its content: its report goes with it, nothing is checked again.
    (watch.inbox / "kopie-b").rename(watch.inbox / "kopie-c")
    wait_for(lambda: watch.ledger().get("kopie-c", {}).get("state") == "done", "the renamed dossier")
    assert watch.log().count("event=checking") == 2
    assert "event=renamed dossier=kopie-c was=kopie-b" in watch.log()
    # Taken out, a dossier keeps its report; its row says it left.
    shutil.rmtree(watch.inbox / "kopie-a")
    wait_for(lambda: watch.ledger()["kopie-a"]["state"] == "gone", "the row of the one taken out")
    watch.stop()
    assert outbox_folders(watch) == ["kopie-a", "kopie-c"]
    ledger = watch.ledger()
    assert sorted(ledger) == ["kopie-a", "kopie-c"]
    for name in ("kopie-a", "kopie-c"):
        assert watch.reports(name) == [watch.outbox / name / "report.json"]
        assert (watch.outbox / name / "dossier.sha256").read_text().strip() == ledger[name]["hash"]
    assert ledger["kopie-c"]["report"] == str(watch.outbox / "kopie-c" / "report.json")


def test_a_pdf_cut_inside_its_incremental_update_is_not_checked_until_whole(
    watch: Watch, tmp_path: Path
) -> None:
    first = pdf(tmp_path / "eerste.pdf", "de eerste revisie")
    update = pypdf.PdfWriter(first, incremental=True)
    update.add_page(pypdf.PdfReader(pdf(tmp_path / "bijlage.pdf", "de bijgevoegde pagina")).pages[0])
    update.write(tmp_path / "bijgewerkt.pdf")
    data = (tmp_path / "bijgewerkt.pdf").read_bytes()
    # Cut inside the update: the first revision's %%EOF is still near the end, but the file does not end there.
    cut = first.stat().st_size + 200
    assert data.startswith(first.read_bytes()) and b"%%EOF" in data[cut - 1024 : cut]
    watch.start(settle=0.5)
    with (watch.inbox / "bijgewerkt.pdf").open("wb") as fh:
        fh.write(data[:cut])
        fh.flush()
        wait_for(
            lambda: watch.ledger().get("bijgewerkt.pdf", {}).get("state") not in (None, "seen"),
            "the watcher to look at it",
        )
        assert watch.ledger()["bijgewerkt.pdf"]["state"] == "settling"
        fh.write(data[cut:])
    wait_for(lambda: watch.ledger()["bijgewerkt.pdf"]["state"] == "done", "the report")
    watch.stop()
    assert watch.report("bijgewerkt.pdf")["stats"]["pages"] == 2
    assert_consistent(watch, ["bijgewerkt.pdf"])


def test_a_ledger_of_the_first_version_is_carried_over(watch: Watch) -> None:
    watch.outbox.mkdir()
    with closing(sqlite3.connect(watch.outbox / ".ledger.sqlite")) as db, db:
        db.execute(
            "CREATE TABLE dossiers (name TEXT PRIMARY KEY, path TEXT NOT NULL, signature TEXT, hash TEXT, "
            "state TEXT NOT NULL CHECK (state IN ('seen', 'settling', 'running', 'done', 'failed')), "
            "report TEXT, error TEXT, updated TEXT NOT NULL)"
        )
        db.execute(
            "INSERT INTO dossiers VALUES ('weg', ?, NULL, 'abc', 'running', NULL, NULL, "
            "'2026-11-01T00:00:00+00:00')",
            (str(watch.inbox / "weg"),),
        )
    watch.once()
    # A state the first version's table did not allow.
    assert watch.ledger()["weg"]["state"] == "gone"


def test_restart_after_a_crash_at_any_moment_of_publishing(watch: Watch) -> None:
    """The moments a kill -9 cannot be aimed at reliably, made by hand: each is finished or undone at the next start."""
    names = ["vroeg", "laat", "half", "tussen", "geschiedenis"]
    for name in names:
        pdf(watch.inbox / name / "brief.pdf", name)
    watch.once()
    with closing(sqlite3.connect(watch.outbox / ".ledger.sqlite")) as db, db:
        db.execute("UPDATE dossiers SET state = 'running'")
    # "vroeg": outputs without the hash file that commits them, as an interrupted run of an earlier version left them.
    (watch.outbox / "vroeg" / "dossier.sha256").unlink()
    (watch.outbox / "vroeg" / "report.json").write_text('{"half')
    (watch.outbox / "vroeg" / ".report.txt.x1y2.tmp").write_text("half")
    # "laat": killed after publishing, before the ledger said done.
    staged = {name: staging(watch.outbox, name) for name in names}
    # "half": killed while writing the new set, beside the old one.
    staged["half"].mkdir()
    (staged["half"] / "report.json").write_text('{"half')
    # "tussen": killed after the old folder moved into the new set's history, before the new set moved into place.
    shutil.copytree(watch.outbox / "tussen", staged["tussen"])
    (staged["tussen"] / "previous").mkdir()
    (watch.outbox / "tussen").rename(staged["tussen"] / "previous" / "2026-11-01T000000Z-oud")
    # "geschiedenis": killed after its history moved into the new set, before the old folder went.
    shutil.copytree(watch.outbox / "geschiedenis", staged["geschiedenis"])
    (watch.outbox / "geschiedenis" / "previous" / "2026-11-01T000000Z-oud").mkdir(parents=True)
    (watch.outbox / "geschiedenis" / "previous").rename(staged["geschiedenis"] / "previous")
    log = watch.once()
    assert "event=checking dossier=vroeg" in log and "event=adopted dossier=laat" in log
    assert log.count("event=checking") == 1
    assert [p.name for p in watch.outbox.iterdir() if p.name.startswith(".publishing")] == []
    assert (watch.outbox / "tussen" / "previous" / "2026-11-01T000000Z-oud" / "report.json").is_file()
    assert (watch.outbox / "geschiedenis" / "previous" / "2026-11-01T000000Z-oud").is_dir()
    ledger = watch.ledger()
    for name in names:
        assert ledger[name]["state"] == "done"
        assert (watch.outbox / name / "dossier.sha256").read_text().strip() == ledger[name]["hash"]
        assert watch.report(name)["documents"][0]["file"] == "brief.pdf"
        assert len(watch.reports(name)) == (2 if name == "tussen" else 1)
