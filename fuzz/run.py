"""Fuzz one reader for a set time, or replay every input that ever failed it.

    python -m fuzz.run READER --seconds 600          # what `make fuzz` runs for each reader
    python -m fuzz.run READER --seconds 8 --seed 1 --no-instrument --artifacts DIR   # the pass in `make test`
    python -m fuzz.run READER --replay               # tests/fuzz/READER/*, each once

READER is pdf, image, zip or manifest. libFuzzer stops at the first failure: an exception, an input that
takes more than --timeout seconds, or a process over 1 GB (`-rss_limit_mb`). It writes that input to the
artifacts folder, by default tests/fuzz/READER/, so that every input that ever failed is replayed by the
tests from then on. The inputs that reached new code are kept in fuzz/build/READER/ for the next run.
Everything the readers unpack goes to a private temporary folder, removed at the end.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fuzz import seeds

RSS_LIMIT_MB = 1024
READERS = ("pdf", "image", "zip", "manifest")
DICTIONARIES = Path(__file__).resolve().parent / "dictionaries"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m fuzz.run")
    parser.add_argument("reader", choices=READERS)
    parser.add_argument("--seconds", type=int, default=600, help="how long to fuzz (default 600)")
    parser.add_argument("--seed", type=int, help="libFuzzer's random seed (default: a new one each run)")
    parser.add_argument("--timeout", type=int, default=60, help="seconds one input may take (default 60)")
    parser.add_argument("--replay", action="store_true", help="run each input of tests/fuzz/READER once")
    parser.add_argument("--no-instrument", action="store_true", help="mutate the seeds without coverage")
    parser.add_argument("--artifacts", type=Path, help="where failing inputs go (default tests/fuzz/READER/)")
    parser.add_argument(
        "--corpus", type=Path, help="where inputs that reach new code are kept (default fuzz/build/READER/)"
    )
    args = parser.parse_args()
    artifacts = args.artifacts or seeds.REGRESSIONS / args.reader
    artifacts.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="validator-fuzz-") as tmp:
        # Slow but within the timeout is no failure: nothing is written to the regression folder for it.
        options = [
            f"-rss_limit_mb={RSS_LIMIT_MB}",
            f"-timeout={args.timeout}",
            f"-report_slow_units={args.timeout}",
            f"-max_len={seeds.MAX_SEED_BYTES}",
            f"-artifact_prefix={artifacts}/",
        ]
        dictionary = DICTIONARIES / f"{args.reader}.dict"
        if dictionary.exists():
            options.append(f"-dict={dictionary}")
        if args.replay:
            inputs = [str(p) for p in seeds.regressions(args.reader)]
            if not inputs:
                print(f"{args.reader}: no regression inputs")
                return 0
            options += inputs
        else:
            corpus = args.corpus or seeds.ROOT / "fuzz" / "build" / args.reader
            corpus.mkdir(parents=True, exist_ok=True)
            seed_folder = Path(tmp) / "seeds"
            seeds.write(args.reader, seed_folder)
            options += [f"-max_total_time={args.seconds}", "-print_final_stats=1"]
            options += [f"-seed={args.seed}"] if args.seed is not None else []
            options += [str(corpus), str(seed_folder)]
            options += [str(p) for p in [seeds.REGRESSIONS / args.reader] if p.is_dir()]
        command = [sys.executable, "-m", "fuzz.engine", args.reader, *options]
        if args.no_instrument:
            command.append("--no-instrument")
        log = Path(tmp) / "fuzz.log"
        started = time.monotonic()
        with log.open("wb") as out:
            proc = subprocess.Popen(
                command,
                cwd=seeds.ROOT,
                stdout=out,
                stderr=subprocess.STDOUT,
                env={**os.environ, "TMPDIR": tmp, "OMP_THREAD_LIMIT": "1"},
            )
            _, status, usage = os.wait4(proc.pid, 0)
        text = log.read_text(errors="replace")
        code = os.waitstatus_to_exitcode(status)
        print(_summary(args.reader, text, time.monotonic() - started, usage.ru_maxrss, code))
        if code != 0:
            print(text[-6000:])
        return code


def _summary(reader: str, log: str, seconds: float, peak_kb: int, code: int) -> str:
    runs = re.findall(r"stat::number_of_executed_units:\s*(\d+)", log) or [str(log.count("\nExecuted "))]
    failures = re.findall(r"Test unit written to (\S+)", log)
    return (
        f"{reader}: {'ok' if code == 0 else 'FAILED'} in {seconds:.0f} s, {runs[-1] if runs else '?'} inputs,"
        f" peak memory {peak_kb // 1024} MB" + (f"; failing input: {failures[-1]}" if failures else "")
    )


if __name__ == "__main__":
    sys.exit(main())
