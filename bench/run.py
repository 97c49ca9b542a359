"""`make bench`: the validator next to bare Tesseract and OCRmyPDF, on the same pages, in one run.

    python bench/run.py [--pages 30] [--born-digital 200] [--memory-pages 300] [--jobs N]

Measures (a) `validator check` with an empty cache, (b) bare `tesseract` on
the same pages rendered to PNG at the validator's OCR resolution, one process
per page, as many processes at once as jobs (for reference also at the scans'
own resolution, and with the pages given to each process in the validator's
runs, which is Tesseract's share of (a)), (c) `ocrmypdf --output-type none
--sidecar` when it is installed, (d) `validator check` again on the unchanged dossier, (e) the
peak memory of (a), a born-digital PDF, and the peak memory of a long scanned
dossier read cold. Prints every figure and writes bench/results.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from dossiers import SCAN, born_digital_dossier, scanned_dossier

from validator._exec.tesseract import LANGUAGES
from validator.concurrency import batches
from validator.ingest.pdf import open_pdf
from validator.pages import OCR_BATCH, OCR_DPI

HERE = Path(__file__).resolve().parent
LANG = "+".join(LANGUAGES)


@dataclass
class Run:
    seconds: float
    # Processor time of every process of the run: on a machine shared with other work it varies
    # much less than the time on the clock.
    cpu_seconds: float
    # The validator's own process, by the kernel's high-water mark (the kernel's per-child maximum
    # would count the benchmark's own memory, which the child shared before it started the validator).
    peak_rss_mb: float | None = None
    # Every process of the run together (the validator and its Tesseracts), sampled ten times a second.
    peak_tree_rss_mb: float | None = None
    report: dict | None = None


class _Clock:
    """Time on the clock and processor time of the children that ended meanwhile."""

    def __enter__(self) -> _Clock:
        self._wall, self._cpu = time.monotonic(), self._children_cpu()
        return self

    def __exit__(self, *_: object) -> None:
        self.seconds = round(time.monotonic() - self._wall, 2)
        self.cpu_seconds = round(self._children_cpu() - self._cpu, 2)

    @staticmethod
    def _children_cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime


def _status_kb(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _descendants(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            # The command name may hold spaces and parentheses: the parent pid follows the last ")".
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        found += frontier
    return found


def measured(cmd: list[str], env: dict[str, str] | None = None) -> Run:
    """Run a command with its output in a file, timing it and following the memory of its process tree."""
    with tempfile.TemporaryFile() as out, _Clock() as clock:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL, env={**os.environ, **(env or {})})
        peak = own = 0
        done = threading.Event()

        def sample() -> None:
            nonlocal peak, own
            while not done.is_set():
                peak = max(peak, sum(_status_kb(pid, "VmRSS") for pid in _descendants(proc.pid)))
                own = max(own, _status_kb(proc.pid, "VmHWM"))
                done.wait(0.1)

        sampler = threading.Thread(target=sample)
        sampler.start()
        status = proc.wait()
        done.set()
        sampler.join()
        if status not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} exited with {status}")
        out.seek(0)
        text = out.read().decode()
    report = json.loads(text) if text.startswith("{") else None
    return Run(clock.seconds, clock.cpu_seconds, round(own / 1024, 1), round(peak / 1024, 1), report)


def validator(path: Path, cache: Path | None, jobs: int) -> Run:
    cmd = [
        sys.executable,
        "-m",
        "validator",
        "check",
        str(path),
        "--format",
        "json",
        "--quiet",
        "--jobs",
        str(jobs),
    ]
    if cache is None:
        return measured([*cmd, "--no-cache"])
    return measured(cmd, {"VALIDATOR_CACHE": str(cache)})


def render_pngs(pdf: Path, folder: Path, dpi: int) -> list[Path]:
    """The pages as the validator renders them for OCR, saved as PNG files."""
    folder.mkdir(parents=True, exist_ok=True)
    _, pages, doc, _ = open_pdf(pdf, pdf.name, pdf.stat().st_size)
    paths = []
    for page in pages:
        paths.append(folder / f"page-{page.number:03d}.png")
        page.render(dpi).save(paths[-1], dpi=(dpi, dpi))
    if doc is not None:
        doc.close()
    return paths


def bare_tesseract(runs: list[list[Path]], out: Path, jobs: int, dpi: int) -> Run:
    """Single-threaded Tesseract, `jobs` processes at a time, writing the same TSV the validator reads.

    Each run of pages is one process: a lone page is given as itself, several as a list of files, as
    the validator gives them.
    """
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def one(numbered: tuple[int, list[Path]]) -> None:
        n, run = numbered
        source = run[0]
        if len(run) > 1:
            source = out / f"run-{n:03d}.txt"
            source.write_text("".join(f"{png}\n" for png in run))
        subprocess.run(
            [
                "tesseract",
                str(source),
                str(out / f"run-{n:03d}"),
                "-l",
                LANG,
                "--psm",
                "3",
                "--dpi",
                str(dpi),
                "tsv",
            ],
            check=True,
            env=env,
            capture_output=True,
        )

    with _Clock() as clock, ThreadPoolExecutor(jobs) as pool:
        list(pool.map(one, enumerate(runs)))
    return Run(clock.seconds, clock.cpu_seconds)


def ocrmypdf(pdf: Path, sidecar: Path, jobs: int) -> Run | None:
    """As a user would run it: OCRmyPDF limits Tesseract's threads itself, and reads the scans at their resolution."""
    exe = shutil.which("ocrmypdf", path=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    if exe is None:
        return None
    with _Clock() as clock:
        subprocess.run(
            [
                exe,
                "--quiet",
                "--output-type",
                "none",
                "--sidecar",
                str(sidecar),
                "-l",
                LANG,
                "--jobs",
                str(jobs),
                str(pdf),
                "-",
            ],
            check=True,
        )
    return Run(clock.seconds, clock.cpu_seconds)


def machine() -> dict[str, object]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    tesseract = subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout.split("\n")[
        0
    ]
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "load_average_at_start": os.getloadavg(),
        "tesseract": tesseract,
        "python": platform.python_version(),
    }


def _missing_vnumber(report: dict | None) -> int:
    return sum(f["rule"] == "IND-COPY-VNUMBER" for f in (report or {}).get("findings", []))


def _record(run: Run) -> dict[str, object]:
    """A run for results.json: its figures, and the report's statistics instead of the whole report."""
    data = asdict(run)
    report = data.pop("report")
    if report:
        data["stats"] = report["stats"]
    return {k: v for k, v in data.items() if v is not None}


def _ratio(x: Run, y: Run) -> dict[str, float]:
    return {
        "clock": round(x.seconds / y.seconds, 3),
        "cpu": round(x.cpu_seconds / max(y.cpu_seconds, 0.01), 3),
    }


def _show(label: str, run: Run | None, note: str = "") -> None:
    if run is None:
        print(f"{label}: not installed", flush=True)
        return
    print(
        f"{label:<40} {run.seconds:8.2f} s  ({run.cpu_seconds:7.2f} s processor)"
        + (f"  {note}" if note else ""),
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=30, help="pages of the scanned dossier")
    parser.add_argument("--born-digital", type=int, default=200, help="pages of the born-digital PDF")
    parser.add_argument(
        "--memory-pages", type=int, default=300, help="pages of the long scanned dossier; 0: skip"
    )
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--work", type=Path, default=HERE / "build")
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    work = args.work
    results: dict[str, object] = {
        "machine": machine(),
        "jobs": args.jobs,
        "ocr_dpi": OCR_DPI,
        "languages": LANG,
    }

    print(
        f"building a scanned dossier of {args.pages} pages and a born-digital one of {args.born_digital}",
        flush=True,
    )
    scanned_dossier(work / "scanned", args.pages)
    born_digital_dossier(work / "born-digital", args.born_digital)
    pngs = render_pngs(work / "scanned" / "scans.pdf", work / "png", OCR_DPI)
    cache = work / "cache"

    a = validator(work / "scanned", cache, args.jobs)
    _show(
        "(a) validator check, empty cache",
        a,
        f"{a.report['stats']['ocr_pages']} pages OCR'd, V-number findings: {_missing_vnumber(a.report)}",
    )
    b = bare_tesseract([[png] for png in pngs], work / "tesseract", args.jobs, OCR_DPI)
    _show(f"(b) bare tesseract, {args.jobs} at once", b)
    scan_pngs = render_pngs(work / "scanned" / "scans.pdf", work / "png-scan", SCAN.dpi)
    b_scan = bare_tesseract([[png] for png in scan_pngs], work / "tesseract-scan", args.jobs, SCAN.dpi)
    _show(f"    the same at the scans' {SCAN.dpi} dpi", b_scan)
    b_runs = bare_tesseract(batches(pngs, args.jobs, OCR_BATCH), work / "tesseract-runs", args.jobs, OCR_DPI)
    _show("    in the validator's runs of pages", b_runs)
    c = ocrmypdf(work / "scanned" / "scans.pdf", work / "ocrmypdf.txt", args.jobs)
    _show("(c) ocrmypdf --output-type none", c)
    d = validator(work / "scanned", cache, args.jobs)
    _show("(d) validator check, unchanged", d, f"Tesseract runs: {d.report['stats']['tesseract_runs']}")
    print(
        f"(e) peak memory of (a): {a.peak_tree_rss_mb:.1f} MB all processes, {a.peak_rss_mb:.1f} MB the validator's own"
    )
    digital = validator(work / "born-digital", None, args.jobs)
    _show(
        f"born-digital, {args.born_digital} pages",
        digital,
        f"{digital.report['stats']['ocr_pages']} pages OCR'd",
    )
    results.update(
        {
            "scanned_pages": args.pages,
            "scan_dpi": SCAN.dpi,
            "a_validator_cold": _record(a),
            "b_bare_tesseract": _record(b),
            "b_bare_tesseract_at_scan_dpi": _record(b_scan),
            "b_bare_tesseract_in_runs": _record(b_runs),
            "a_over_b_in_runs": _ratio(a, b_runs),
            "c_ocrmypdf": _record(c) if c else None,
            "d_validator_warm": _record(d),
            "a_over_b": _ratio(a, b),
            "c_over_a": _ratio(c, a) if c else None,
            "born_digital": {"pages": args.born_digital, **_record(digital)},
        }
    )
    print(
        f"a/b = {results['a_over_b']}   a/b in runs = {results['a_over_b_in_runs']}   c/a = {results['c_over_a']}",
        flush=True,
    )

    if args.memory_pages:
        print(f"building a scanned dossier of {args.memory_pages} pages", flush=True)
        scanned_dossier(work / "long", args.memory_pages)
        long = validator(work / "long", None, args.jobs)
        results["long_scanned"] = {"pages": args.memory_pages, **_record(long)}
        _show(
            f"long scanned dossier, {args.memory_pages} pages, cold",
            long,
            f"peak memory {long.peak_tree_rss_mb:.1f} MB all processes, {long.peak_rss_mb:.1f} MB the validator's own",
        )

    (HERE / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written to {HERE / 'results.json'}")


if __name__ == "__main__":
    main()
