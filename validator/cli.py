"""The `validator` command: check, rules, procedures."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from validator import __version__, coverage, i18n, limits, manifest, procedures
from validator.cache import Cache
from validator.errors import (
    EXIT_DEFICIENT,
    EXIT_INTERNAL,
    EXIT_READY,
    RuleFailed,
    Terminated,
    UnknownRule,
    UsageError,
    describe,
    exit_code,
)
from validator.model import Report, RuleConfig
from validator.output import write_private
from validator.pages import ReadOptions
from validator.pipeline import CheckOptions, check
from validator.report import htmlreport, jsonreport, letter, text
from validator.rules import registry


def _letter_pdf(report: Report) -> bytes:
    # fpdf2 takes a fifth of a second to import, and only a PDF letter needs it.
    from validator.report import letterpdf

    return letterpdf.render(report)


FORMATS: dict[str, Callable[[Report], str]] = {
    "text": text.render,
    "json": jsonreport.render,
    "html": htmlreport.render,
    "letter": letter.render,
}
# The letter is text unless the output file's name asks for HTML or PDF.
LETTER_BY_SUFFIX: dict[str, Callable[[Report], str | bytes]] = {
    ".html": letter.render_html,
    ".htm": letter.render_html,
    ".pdf": _letter_pdf,
}


_FLAG_HELP: dict[tuple[str, ...], str] = {
    ("procedure",): "procedure id (see `validator procedures`); default ind-generic",
    ("submission_date",): "the day it will be posted (YYYY-MM-DD); default today",
    (
        "language",
    ): "report language: nl, en or fr; default dossier.yaml's, else the locale's (LC_ALL, LC_MESSAGES,"
    " LANG) when it is one of these, else nl",
}


def _flag(key: tuple[str, ...]) -> str:
    return "--lang" if key == ("language",) else "--" + "-".join(key).replace("_", "-")


def _manifest_overrides(args: argparse.Namespace) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for dest, value in vars(args).items():
        if dest.startswith("m:") and value is not None:
            *parents, leaf = dest[2:].split(".")
            node = out
            for part in parents:
                node = node.setdefault(part, {})
            node[leaf] = value
    for item in args.document:
        name, sep, kind = item.partition("=")
        if not sep:
            raise UsageError(f"--document expects FILE=TYPE, got {item!r}")
        out.setdefault("documents", {})[name] = kind
    return out


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1, got {value}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="validator", description="Check an immigration dossier before it is posted."
    )
    parser.add_argument("--version", action="version", version=f"validator {__version__}")
    parser.add_argument("--debug", action="store_true", help="on an internal error, show the traceback")
    sub = parser.add_subparsers(dest="command", required=True)

    c = sub.add_parser("check", help="check a dossier (folder, zip, PDF or image)")
    c.add_argument("path", type=Path)
    c.add_argument("--format", choices=sorted(FORMATS), default="text")
    c.add_argument(
        "-o", "--output", type=Path, help="write the report to this file instead of standard output"
    )
    manifest_flags = c.add_argument_group("dossier.yaml keys (each flag wins over the file)")
    for key, schema in manifest.override_keys():
        dest = "m:" + ".".join(key)
        if schema.get("type") == "boolean":
            manifest_flags.add_argument(
                _flag(key), dest=dest, action="store_const", const=True, help=_FLAG_HELP.get(key)
            )
        else:
            manifest_flags.add_argument(
                _flag(key), dest=dest, metavar=key[-1].upper(), help=_FLAG_HELP.get(key)
            )
    manifest_flags.add_argument(
        "--document",
        action="append",
        default=[],
        metavar="FILE=TYPE",
        help="the document type of a file (repeatable)",
    )
    c.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, help="pages read at once (default: cores)"
    )
    c.add_argument(
        "--ocr-dpi", type=int, default=ReadOptions().ocr_dpi, help="resolution PDF scans are OCR'd at"
    )
    c.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    c.add_argument("--no-cache", action="store_true", help="read and OCR every file again, and keep nothing")
    caps = c.add_argument_group(
        "caps on what reading a dossier may cost (what a cap leaves unread is a finding that names it)"
    )
    for name, default, what in limits.caps():
        caps.add_argument(
            limits.option(name),
            dest="cap:" + name,
            type=_count,
            default=default,
            metavar="N",
            help=f"{what} (default {default})",
        )

    w = sub.add_parser("watch", help="check every dossier dropped into a folder, once, into an outbox")
    w.add_argument(
        "inbox", type=Path, nargs="?", metavar="INBOX", help="the folder dossiers are dropped into"
    )
    w.add_argument("--out", type=Path, metavar="OUTBOX", help="where reports go (not inside the inbox)")
    w.add_argument("--jobs", type=int, default=1, help="dossiers checked at once (default 1)")
    w.add_argument(
        "--poll",
        type=float,
        metavar="SECONDS",
        help="look for changes every SECONDS instead of file events (automatic on network shares)",
    )
    w.add_argument(
        "--rescan",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="look through the whole inbox this often, for changes whose events were lost (default 60)",
    )
    w.add_argument(
        "--settle",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="a dossier is ready when nothing in it changed for this long (default 5)",
    )
    w.add_argument("--once", action="store_true", help="check what is in the inbox now, then exit")
    w.add_argument(
        "--status", type=Path, metavar="OUTBOX", help="print the ledger summary of OUTBOX and exit"
    )

    k = sub.add_parser("cache", help="show or clear the cache of what was read from files")
    k.add_argument("action", choices=["info", "clear"], nargs="?", default="info")

    r = sub.add_parser("rules", help="list the rules, or explain one")
    r.add_argument("rule_id", nargs="?")
    r.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        default=i18n.user_language(),
        help="default: the locale's language when it is nl, en or fr, else nl",
    )

    p = sub.add_parser("procedures", help="list the procedures with their source pages")
    p.add_argument("procedure_id", nargs="?", help="only this procedure")
    p.add_argument(
        "--coverage",
        action="store_true",
        help="every condition of the procedure's seed pages and the rule that checks it, or why none can",
    )
    p.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        default=i18n.user_language(),
        help="default: the locale's language when it is nl, en or fr, else nl",
    )
    for command in sub.choices.values():
        # After the command too (`validator check DOSSIER --debug`); SUPPRESS keeps the one given before it.
        command.add_argument(
            "--debug",
            action="store_true",
            default=argparse.SUPPRESS,
            help="on an internal error, show the traceback",
        )
    return parser


def _progress(quiet: bool):
    """A progress bar on a terminal only; logs and pipes get none."""
    if quiet or not sys.stderr.isatty():
        return None, None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    bar = Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        transient=True,
        console=Console(stderr=True),
    )
    task = bar.add_task("pages", total=None)
    return bar, lambda done, total: bar.update(task, completed=done, total=total)


def _check(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    caps = limits.Limits(**{dest[4:]: value for dest, value in vars(args).items() if dest.startswith("cap:")})
    options = CheckOptions(
        _manifest_overrides(args),
        args.jobs,
        ReadOptions(ocr_dpi=args.ocr_dpi),
        cache=not args.no_cache,
        limits=caps,
        language=i18n.user_language(),
    )
    bar, progress = _progress(args.quiet)
    with _terminated_by_sigterm():
        if bar:
            with bar:
                report = check(args.path, options, progress)
        else:
            report = check(args.path, options)
    suffix = args.output.suffix.lower() if args.output else ""
    rendered: str | bytes
    if args.format == "text":
        colour = args.output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        rendered = text.render(report, colour=colour)
    elif args.format == "letter" and suffix in LETTER_BY_SUFFIX:
        rendered = LETTER_BY_SUFFIX[suffix](report)
    else:
        rendered = FORMATS[args.format](report)
    if args.output:
        try:
            write_private(args.output, rendered)
        except OSError as exc:
            raise UsageError(f"{args.output}: cannot write the report there ({exc.strerror})") from None
    elif isinstance(rendered, bytes):
        sys.stdout.buffer.write(rendered)
    else:
        sys.stdout.write(rendered)
    if report.failed_rules:
        # Written all the same: the other rules' findings are worth having, and the exit status says it is not all.
        raise RuleFailed(report.failed_rules)
    return EXIT_READY if report.verdict == "ready" else EXIT_DEFICIENT


@contextmanager
def _terminated_by_sigterm() -> Iterator[None]:
    """SIGTERM raises Terminated, so that the way out removes what was unpacked from a zip: by default the
    process would end on the spot and leave an applicant's medical documents in the temporary folder."""
    stopping: list[int] = []

    def stop(signum: int, frame: object) -> None:
        # Once: a second SIGTERM must not break off the clean-up the first one started.
        if not stopping:
            stopping.append(signum)
            raise Terminated("stopped by SIGTERM")

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _rules(args: argparse.Namespace) -> int:
    used: dict[str, list[str]] = {}
    configs: dict[str, list[tuple[str, RuleConfig]]] = {}
    for proc in procedures.available():
        for cfg in proc.rules:
            used.setdefault(cfg.id, []).append(proc.id)
            configs.setdefault(cfg.id, []).append((proc.id, cfg))
    if args.rule_id is None:
        for rule_id in sorted(registry()):
            texts = i18n.rule_text(args.lang, rule_id)
            print(f"{rule_id:<28} {texts['name']}  [{', '.join(used.get(rule_id, [])) or '-'}]")
        return EXIT_READY
    rule_id = args.rule_id.upper()
    if rule_id not in registry():
        raise UnknownRule(f"unknown rule {args.rule_id!r}; `validator rules` lists them")
    texts = i18n.rule_text(args.lang, rule_id)
    print(f"{rule_id}: {texts['name']}\n")
    print(" ".join(texts["why"].split()) + "\n")
    for proc_id, cfg in configs.get(rule_id, []):
        print(f"{proc_id}: {cfg.severity}")
        print(f"    {i18n.ui(args.lang, 'basis')}: {cfg.legal_basis}")
    print()
    for key, item in texts["findings"].items():
        print(f"  {key}: {item['message']}")
    return EXIT_READY


def _procedures(args: argparse.Namespace) -> int:
    if args.procedure_id:
        procedures.load(args.procedure_id)
        if args.coverage:
            print(coverage.table(args.procedure_id, args.lang))
            return EXIT_READY
    elif args.coverage:
        raise UsageError("--coverage needs a procedure id: validator procedures ID --coverage")
    for proc in procedures.available():
        if args.procedure_id and proc.id != args.procedure_id:
            continue
        print(f"{proc.id:<24} {proc.authority:<4} {proc.title[args.lang]}")
        print(f"{'':<29}{proc.source}")
    return EXIT_READY


def _cache(args: argparse.Namespace) -> int:
    store = Cache()
    if args.action == "clear":
        print(f"removed {store.clear()} entries from {store.root}")
    else:
        entries = list(store.root.rglob("*.json")) if store.root.is_dir() else []
        size = sum(p.stat().st_size for p in entries)
        print(f"{store.root}: {len(entries)} entries, {size / 1e6:.1f} MB")
    return EXIT_READY


def _watch(args: argparse.Namespace) -> int:
    from validator.watch import log, service

    if args.status:
        sys.stdout.write(service.status(args.status))
        return EXIT_READY
    if args.inbox is None or args.out is None:
        raise UsageError("watch needs an INBOX and --out OUTBOX (or --status OUTBOX)")
    log.configure()
    service.Watcher(
        service.Settings(args.inbox, args.out, args.jobs, args.settle, args.poll, args.once, args.rescan)
    ).run()
    return EXIT_READY


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="validator: %(levelname)s %(name)s: %(message)s",
    )
    handler = {"check": _check, "rules": _rules, "procedures": _procedures, "cache": _cache, "watch": _watch}[
        args.command
    ]
    try:
        code = handler(args)
        # Here, not on the way out of Python, so that a reader that left is handled below.
        sys.stdout.flush()
        return code
    except (Exception, KeyboardInterrupt) as exc:  # noqa: BLE001 - every way out gets its exit code, from errors.py
        code = exit_code(exc)
        if isinstance(exc, BrokenPipeError):
            # Nothing to say to a reader that left; and Python's own flush of standard output on the way out
            # must not fail again.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return code
        if code == EXIT_INTERNAL and args.debug:
            traceback.print_exc()
        print(f"validator: {describe(exc)}", file=sys.stderr)
        return code
