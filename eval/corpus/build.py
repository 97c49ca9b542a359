"""Build the blind corpus and check its invariants.

    python -m eval.corpus.build OUT [--only be9ter|ind|fresh|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twentyfirst|twentysecond|twentythird|twentyfourth|twentyfifth|twentysixth|twentyseventh|twentyeighth|twentyninth|thirtieth|thirtyfirst|thirtysecond|thirtythird|thirtyfourth|thirtyfifth|thirtysixth|thirtyseventh|thirtyeighth|thirtyninth|fortieth|fortyfirst|fortysecond|fortythird|fortyfourth|fortyfifth|fortysixth|fortyseventh|fortyeighth|fortyninth|fiftieth|fiftyfirst|fiftysecond|fiftythird|fiftyfourth|fiftyfifth]
                                    [--part dev|heldout|fresh|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twentyfirst|twentysecond|twentythird|twentyfourth|twentyfifth|twentysixth|twentyseventh|twentyeighth|twentyninth|thirtieth|thirtyfirst|thirtysecond|thirtythird|thirtyfourth|thirtyfifth|thirtysixth|thirtyseventh|thirtyeighth|thirtyninth|fortieth|fortyfirst|fortysecond|fortythird|fortyfourth|fortyfifth|fortysixth|fortyseventh|fortyeighth|fortyninth|fiftieth|fiftyfirst|fiftysecond|fiftythird|fiftyfourth|fiftyfifth]
                                    [--jobs N]

Writes OUT/<part>/<dossier>/... (by eval.corpus.be9ter and eval.corpus.ind) and
OUT/<part>/<dossier>.truth.json, then checks the contract of eval/CORPUS.md and prints a
summary.  Parts `fresh`, `fourth`, `fifth`, `sixth`, `seventh`, `eighth`, `ninth`, `tenth`, `eleventh`, `twelfth`, `thirteenth`, `fourteenth`, `fifteenth`, `sixteenth`, `seventeenth`, `eighteenth`, `nineteenth`, `twentieth`, `twentyfirst`, `twentysecond`, `twentythird`, `twentyfourth`, `twentyfifth`, `twentysixth`, `twentyseventh`, `twentyeighth`, `twentyninth`, `thirtieth`, `thirtyfirst`, `thirtysecond`, `thirtythird`, `thirtyfourth`, `thirtyfifth`, `thirtysixth`, `thirtyseventh`, `thirtyeighth`, `thirtyninth`, `fortieth`, `fortyfirst`, `fortysecond`, `fortythird`, `fortyfourth`, `fortyfifth`, `fortysixth`, `fortyseventh`, `fortyeighth`, `fortyninth`, `fiftieth`, `fiftyfirst`, `fiftysecond`, `fiftythird`, `fiftyfourth` and `fiftyfifth` are made by
eval.corpus.fresh, eval.corpus.fourth, eval.corpus.fifth, eval.corpus.sixth, eval.corpus.seventh, eval.corpus.eighth,
eval.corpus.ninth, eval.corpus.tenth, eval.corpus.eleventh, eval.corpus.twelfth, eval.corpus.thirteenth, eval.corpus.fourteenth, eval.corpus.fifteenth, eval.corpus.sixteenth, eval.corpus.seventeenth, eval.corpus.eighteenth, eval.corpus.nineteenth, eval.corpus.twentieth, eval.corpus.twentyfirst, eval.corpus.twentysecond, eval.corpus.twentythird, eval.corpus.twentyfourth, eval.corpus.twentyfifth, eval.corpus.twentysixth, eval.corpus.twentyseventh, eval.corpus.twentyeighth, eval.corpus.twentyninth, eval.corpus.thirtieth, eval.corpus.thirtyfirst, eval.corpus.thirtysecond, eval.corpus.thirtythird, eval.corpus.thirtyfourth, eval.corpus.thirtyfifth, eval.corpus.thirtysixth, eval.corpus.thirtyseventh, eval.corpus.thirtyeighth, eval.corpus.thirtyninth, eval.corpus.fortieth, eval.corpus.fortyfirst, eval.corpus.fortysecond, eval.corpus.fortythird, eval.corpus.fortyfourth, eval.corpus.fortyfifth, eval.corpus.fortysixth, eval.corpus.fortyseventh, eval.corpus.fortyeighth, eval.corpus.fortyninth, eval.corpus.fiftieth, eval.corpus.fiftyfirst, eval.corpus.fiftysecond, eval.corpus.fiftythird, eval.corpus.fiftyfourth and eval.corpus.fiftyfifth (their own
families,
the generic dossier plans).  Exit status 0 when every invariant holds, 1 when one fails, 2 on bad arguments.
"""
from __future__ import annotations

import argparse
import collections
import importlib
import inspect
import json
import re
import shutil
import sys
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

MODULES = ("be9ter", "ind", "fresh", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
           "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth", "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth", "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth", "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth", "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth", "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth", "fortyninth", "fiftieth", "fiftyfirst", "fiftysecond", "fiftythird", "fiftyfourth", "fiftyfifth")
PARTS = ("dev", "heldout", "fresh", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
         "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth", "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth", "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth", "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth", "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth", "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth", "fortyninth", "fiftieth", "fiftyfirst", "fiftysecond", "fiftythird", "fiftyfourth", "fiftyfifth")
# the parts each module writes (a module is not asked for a part it does not make)
MODULE_PARTS = {"be9ter": ("dev", "heldout"), "ind": ("dev", "heldout"), "fresh": ("fresh",),
                "fourth": ("fourth",), "fifth": ("fifth",), "sixth": ("sixth",),
                "seventh": ("seventh",), "eighth": ("eighth",), "ninth": ("ninth",),
                "tenth": ("tenth",), "eleventh": ("eleventh",), "twelfth": ("twelfth",),
                "thirteenth": ("thirteenth",), "fourteenth": ("fourteenth",),
                "fifteenth": ("fifteenth",), "sixteenth": ("sixteenth",),
                "seventeenth": ("seventeenth",), "eighteenth": ("eighteenth",),
                "nineteenth": ("nineteenth",), "twentieth": ("twentieth",),
                "twentyfirst": ("twentyfirst",), "twentysecond": ("twentysecond",),
                "twentythird": ("twentythird",), "twentyfourth": ("twentyfourth",),
                "twentyfifth": ("twentyfifth",), "twentysixth": ("twentysixth",),
                "twentyseventh": ("twentyseventh",), "twentyeighth": ("twentyeighth",),
                "twentyninth": ("twentyninth",), "thirtieth": ("thirtieth",),
                "thirtyfirst": ("thirtyfirst",), "thirtysecond": ("thirtysecond",),
                "thirtythird": ("thirtythird",), "thirtyfourth": ("thirtyfourth",),
                "thirtyfifth": ("thirtyfifth",), "thirtysixth": ("thirtysixth",),
                "thirtyseventh": ("thirtyseventh",), "thirtyeighth": ("thirtyeighth",),
                "thirtyninth": ("thirtyninth",), "fortieth": ("fortieth",),
                "fortyfirst": ("fortyfirst",), "fortysecond": ("fortysecond",),
                "fortythird": ("fortythird",), "fortyfourth": ("fortyfourth",),
                "fortyfifth": ("fortyfifth",), "fortysixth": ("fortysixth",),
                "fortyseventh": ("fortyseventh",), "fortyeighth": ("fortyeighth",),
                "fortyninth": ("fortyninth",), "fiftieth": ("fiftieth",),
                "fiftyfirst": ("fiftyfirst",),
                "fiftysecond": ("fiftysecond",),
                "fiftythird": ("fiftythird",),
                "fiftyfourth": ("fiftyfourth",),
                "fiftyfifth": ("fiftyfifth",)}
SPEC = Path(__file__).resolve().parents[3] / "shared" / "spec" / "rules.md"
SPEC_FALLBACK = Path("/work/shared/spec/rules.md")

DOC_TYPES = {
    "application", "identity-document", "birth-certificate", "marriage-certificate", "driving-licence",
    "nationality-certificate", "medical-certificate", "medical-statement", "care-institution-statement",
    "health-insurance", "income-proof", "registered-mail-receipt", "translation", "asylum-proof",
    "country-of-origin-info", "other", "marriage-booklet", "identity-certificate", "consular-card",
    "military-booklet", "civic-integration",
}
RULE_TYPES = {"application", "identity-document", "medical-certificate", "registered-mail-receipt", "income-proof",
              "medical-statement", "care-institution-statement", "health-insurance", "civic-integration",
              "birth-certificate"}
PROCEDURES = {"be-9ter", "ind-medical-treatment", "ind-hnt-continued", "ind-generic"}
SEVERITIES = ("inadmissible", "deficiency", "warning", "info")
MIN_CLEAN, MIN_DEFECT = 40, 60


# --------------------------------------------------------------------------- rules.md

def load_rules() -> dict[str, dict]:
    """rule id -> {"severities": {sev: set(qualifiers)}, "warning_or_worse": bool}"""
    path = SPEC if SPEC.exists() else SPEC_FALLBACK
    rules = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*`([A-Z0-9-]+)`\s*\|\s*([^|]+)\|", line)
        if not m:
            continue
        rid, cell = m.group(1), m.group(2)
        sevs: dict[str, set] = {}
        for sm in re.finditer(r"(inadmissible|deficiency|warning|info)(?:\s*\(([^)]*)\))?", cell):
            sevs.setdefault(sm.group(1), set()).add((sm.group(2) or "").strip())
        rest = line[m.end():]
        for sm in re.finditer(r"`(inadmissible|deficiency|warning|info)`", rest):
            sevs.setdefault(sm.group(1), set()).add("")
        rules[rid] = {"severities": sevs,
                      "warning_or_worse": any(s in sevs for s in ("inadmissible", "deficiency", "warning"))}
    return rules


def severity_ok(rule: dict, severity: str, procedure: str) -> bool:
    quals = rule["severities"].get(severity)
    if quals is None:
        return False
    if "" in quals:
        return True
    is9 = procedure == "be-9ter"
    return any(("9ter" in q) == is9 or (q == "IND" and not is9) for q in quals)


# --------------------------------------------------------------------------- files

def sniff(path: Path) -> str | None:
    head = path.read_bytes()[:16]
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG"):
        return "png"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith(b"BM"):
        return "bmp"
    if head.startswith(b"GIF8"):
        return "gif"
    return None


def page_count(path: Path) -> int | None:
    kind = sniff(path)
    if kind is None:
        return None
    try:
        if kind == "pdf":
            from pypdf import PdfReader
            return len(PdfReader(str(path)).pages)
        from PIL import Image
        with Image.open(path) as im:
            return getattr(im, "n_frames", 1)
    except Exception:
        return None


# --------------------------------------------------------------------------- building

def _run_module(name: str, out: str, part: str | None) -> tuple[str, list[dict] | None, str, float]:
    t0 = time.time()
    if part and part not in MODULE_PARTS.get(name, PARTS):
        return name, [], "", 0.0
    try:
        mod = importlib.import_module(f"eval.corpus.{name}")
    except ModuleNotFoundError as e:
        if e.name in (f"eval.corpus.{name}",):
            return name, None, f"module eval.corpus.{name} not written yet: skipped", 0.0
        return name, [], "import failed:\n" + traceback.format_exc(), 0.0
    except Exception:
        return name, [], "import failed:\n" + traceback.format_exc(), 0.0
    if not hasattr(mod, "build"):
        return name, None, f"eval.corpus.{name} has no build(): skipped", 0.0
    kw = {}
    params = inspect.signature(mod.build).parameters
    if part and "part" in params:
        kw["part"] = part
    elif part and "parts" in params:
        kw["parts"] = [part]
    try:
        truths = mod.build(Path(out), **kw)
    except Exception:
        return name, [], "build() failed:\n" + traceback.format_exc(), time.time() - t0
    return name, list(truths or []), "", time.time() - t0


def wipe(out: Path, force: bool) -> None:
    if out.exists():
        if not out.is_dir():
            raise SystemExit(f"{out} exists and is not a directory")
        entries = [p.name for p in out.iterdir()]
        foreign = [e for e in entries if e not in PARTS and not e.endswith((".json", ".txt", ".log"))]
        if foreign and not force:
            raise SystemExit(f"refusing to wipe {out}: it holds {foreign[:5]} (not a corpus); use --force")
        shutil.rmtree(out)
    out.mkdir(parents=True)


def write_checksums(out: Path) -> None:
    """OUT/checksums.txt: sha256 of every file, to compare two builds for determinism (diff the files)."""
    import hashlib
    lines = []
    for p in sorted(out.rglob("*")):
        if p.is_file() and p.name != "checksums.txt":
            lines.append(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.relative_to(out).as_posix()}")
    (out / "checksums.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- checks

class Report:
    def __init__(self):
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def err(self, msg):
        self.errors.append(msg)

    def warn(self, msg):
        self.warnings.append(msg)


def known_families() -> dict[str, tuple[str, str]]:
    """family id -> (type, part) from every registry that exposes FAMILIES."""
    fams = {}
    for later in ("fresh", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                  "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth", "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth", "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth", "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth", "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth", "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth", "fortyninth", "fiftieth", "fiftyfirst", "fiftysecond", "fiftythird", "fiftyfourth", "fiftyfifth"):   # their families register themselves in the other modules' registries
        try:
            importlib.import_module(f"eval.corpus.{later}")
        except Exception:
            pass
    for modname in ("identity",) + MODULES:
        try:
            mod = importlib.import_module(f"eval.corpus.{modname}")
        except Exception:
            continue
        reg = getattr(mod, "FAMILIES", None)
        if not isinstance(reg, dict):
            continue
        for fid, f in reg.items():
            t = getattr(f, "type", None) if not isinstance(f, dict) else f.get("type")
            p = getattr(f, "part", None) if not isinstance(f, dict) else f.get("part")
            if t and p:
                fams[fid] = (t, p)
    return fams


def check(out: Path, truths: list[dict], rules: dict, rep: Report, *, partial: bool, parts: tuple[str, ...]):
    import yaml

    fams = known_families()
    seen_names = set()
    family_parts: dict[str, set] = collections.defaultdict(set)
    stats = {"files": 0, "pages": 0, "bytes": 0}
    for t in truths:
        name, part = t.get("dossier"), t.get("part")
        where = f"{part}/{name}"
        for key in ("dossier", "part", "procedure", "clean", "defect", "documents", "variations"):
            if key not in t:
                rep.err(f"{where}: truth lacks '{key}'")
        if part not in PARTS:
            rep.err(f"{where}: part {part!r} is not one of {PARTS}")
            continue
        if (part, name) in seen_names:
            rep.err(f"{where}: dossier name used twice")
        seen_names.add((part, name))
        if t.get("procedure") not in PROCEDURES:
            rep.err(f"{where}: unknown procedure {t.get('procedure')!r}")
        folder = out / part / name
        if not folder.is_dir():
            rep.err(f"{where}: dossier folder missing")
            continue
        # manifest
        man = folder / "dossier.yaml"
        if not man.exists():
            rep.err(f"{where}: no dossier.yaml")
        else:
            try:
                y = yaml.safe_load(man.read_text(encoding="utf-8")) or {}
            except Exception as e:
                rep.err(f"{where}: dossier.yaml does not parse: {e}")
                y = {}
            if isinstance(y, dict):
                if "documents" in y:
                    rep.err(f"{where}: dossier.yaml has a documents: key")
                if y.get("procedure") != t.get("procedure"):
                    rep.err(f"{where}: dossier.yaml procedure {y.get('procedure')!r} != truth {t.get('procedure')!r}")
                if "applicant" not in y:
                    rep.warn(f"{where}: dossier.yaml has no applicant")
            else:
                rep.err(f"{where}: dossier.yaml is not a mapping")
        # defect
        clean, defect = t.get("clean"), t.get("defect")
        if clean and defect is not None:
            rep.err(f"{where}: clean but has a defect")
        if not clean:
            if not isinstance(defect, dict):
                rep.err(f"{where}: not clean but no defect object")
            else:
                rid = defect.get("rule")
                if rid not in rules:
                    rep.err(f"{where}: defect rule {rid!r} is not in rules.md")
                elif not severity_ok(rules[rid], defect.get("severity"), t.get("procedure", "")):
                    rep.err(f"{where}: severity {defect.get('severity')!r} does not match rules.md for {rid} "
                            f"({t.get('procedure')})")
                for k in ("file", "page", "what"):
                    if k not in defect:
                        rep.err(f"{where}: defect lacks '{k}'")
        # files and pages
        files = {p.relative_to(folder).as_posix(): p for p in folder.rglob("*") if p.is_file()}
        files.pop("dossier.yaml", None)
        pages: dict[str, int | None] = {}
        for rel, p in files.items():
            n = page_count(p)
            pages[rel] = n
            stats["files"] += 1
            stats["bytes"] += p.stat().st_size
            stats["pages"] += n or 0
        covered: dict[str, list[int]] = collections.defaultdict(list)
        for d in t.get("documents", []):
            f = d.get("file")
            if f not in files:
                rep.err(f"{where}: document file {f!r} does not exist")
                continue
            n = pages.get(f)
            a, b = d.get("first_page"), d.get("last_page")
            if not isinstance(a, int) or not isinstance(b, int) or a < 1 or b < a:
                rep.err(f"{where}: {f}: bad page range {a}-{b}")
                continue
            if n is None:
                rep.err(f"{where}: {f}: listed as a document but has no readable pages")
                continue
            if b > n:
                rep.err(f"{where}: {f}: pages {a}-{b} but the file has {n}")
            covered[f].extend(range(a, b + 1))
            if d.get("type") not in DOC_TYPES:
                rep.err(f"{where}: {f}: unknown document type {d.get('type')!r}")
            fid = d.get("family")
            if not fid:
                rep.err(f"{where}: {f}: document without family")
            else:
                family_parts[fid].add(part)
                if fid in fams:
                    ftype, fpart = fams[fid]
                    if fpart != part:
                        rep.err(f"{where}: family {fid} is {fpart} but used in a {part} dossier")
                    if ftype != d.get("type"):
                        rep.warn(f"{where}: family {fid} is registered as {ftype}, truth says {d.get('type')}")
        for rel, n in pages.items():
            if n is None:
                if not (isinstance(defect, dict) and (defect.get("rule") == "IND-COPY-NO-MEDIA" or defect.get("file") == rel)):
                    rep.err(f"{where}: {rel} is not a PDF or image and no defect names it")
                continue
            c = collections.Counter(covered.get(rel, []))
            missing = [i for i in range(1, n + 1) if c[i] == 0]
            double = [i for i in range(1, n + 1) if c[i] > 1]
            if missing:
                rep.err(f"{where}: {rel}: pages {missing} belong to no document entry")
            if double:
                rep.err(f"{where}: {rel}: pages {double} belong to more than one document entry")
        if isinstance(defect, dict) and defect.get("file") is not None:
            df = defect.get("file")
            if df not in files:
                rep.err(f"{where}: defect file {df!r} does not exist")
            elif defect.get("page") is not None:
                n = pages.get(df)
                if n is not None and not (isinstance(defect["page"], int) and 1 <= defect["page"] <= n):
                    rep.err(f"{where}: defect page {defect['page']} outside 1..{n} of {df}")
    for fid, ps in family_parts.items():
        if len(ps) > 1:
            rep.err(f"family {fid} is used in dossiers of more than one part: {sorted(ps)}")
    return stats


def summarise(truths, rules, rep, *, partial, parts, stats):
    by_part = {p: [t for t in truths if t.get("part") == p] for p in parts}
    print("\n== dossiers")
    for p in parts:
        ts = by_part[p]
        clean = sum(1 for t in ts if t.get("clean"))
        defect = sum(1 for t in ts if not t.get("clean"))
        procs = collections.Counter(t.get("procedure") for t in ts)
        print(f"  {p:8s} {len(ts):4d} dossiers: {clean} clean, {defect} with a defect   "
              + ", ".join(f"{k} {v}" for k, v in sorted(procs.items())))
        msg = None
        if clean < MIN_CLEAN:
            msg = f"{p}: {clean} clean dossiers (< {MIN_CLEAN})"
        if defect < MIN_DEFECT:
            msg = (msg + "; " if msg else f"{p}: ") + f"{defect} defect dossiers (< {MIN_DEFECT})"
        if msg:
            (rep.warn if partial else rep.err)(msg)
    print("\n== planted rules (" + " / ".join(parts) + ")")
    planted = {p: collections.Counter(t["defect"]["rule"] for t in by_part[p]
                                      if isinstance(t.get("defect"), dict)) for p in parts}
    for rid, r in rules.items():
        counts = [planted[p][rid] for p in parts]
        flag = ""
        if r["warning_or_worse"] and any(c < 2 for c in counts):
            flag = "  <-- fewer than 2"
            (rep.warn if partial else rep.err)(f"rule {rid} planted {counts} times in {parts} (needs 2 per part)")
        sev = "/".join(r["severities"])
        print(f"  {rid:28s} {sev:28s} " + " / ".join(f"{c:3d}" for c in counts) + flag)
    extra = set().union(*[set(c) for c in planted.values()]) - set(rules)
    for rid in sorted(extra):
        print(f"  {rid:28s} (not in rules.md)")
    print("\n== families per type (used in dossiers): " + " / ".join(parts))
    fam_by = collections.defaultdict(lambda: {p: set() for p in parts})
    for t in truths:
        for d in t.get("documents", []):
            if d.get("type") and d.get("family"):
                fam_by[d["type"]].setdefault(t["part"], set()).add(d["family"])
    for typ in sorted(fam_by):
        counts = {p: len(fam_by[typ].get(p, ())) for p in parts}
        need = 5 if typ in RULE_TYPES else 2
        flag = ""
        old = counts.get("dev", 0) + counts.get("heldout", 0)
        if "dev" in parts and "heldout" in parts and (old < need or counts.get("heldout", 0) < 2):
            flag = f"  <-- needs >= {need} families, >= 2 heldout"
            # Short of families for a type no rule depends on is said, not fatal: the measurement still holds.
            (rep.warn if partial or typ not in RULE_TYPES else rep.err)(
                f"type {typ}: {counts} families used (needs >= {need}, >= 2 heldout)")
        for later in ("fresh", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                  "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth", "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth", "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth", "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth", "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth", "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth", "fortyninth", "fiftieth", "fiftyfirst", "fiftysecond", "fiftythird", "fiftyfourth", "fiftyfifth"):
            if later in parts and 0 < counts.get(later, 0) < 2:
                flag += f"  <-- {later} needs >= 2 families"
                (rep.warn if partial or typ not in RULE_TYPES else rep.err)(
                    f"type {typ}: {counts.get(later, 0)} {later} families used (needs >= 2)")
        print(f"  {typ:28s} " + " / ".join(f"{counts[p]:3d}" for p in parts) + flag)
    if not partial:
        for typ in sorted(RULE_TYPES - set(fam_by)):
            rep.err(f"type {typ}: no family used in any dossier")
    var = collections.Counter(v for t in truths for v in t.get("variations", []))
    print("\n== variations (most common)")
    print("  " + ", ".join(f"{k} {v}" for k, v in var.most_common(30)))
    print(f"\n== files {stats['files']}, pages {stats['pages']}, {stats['bytes'] / 1e6:.1f} MB")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.corpus.build", description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--only", choices=MODULES)
    ap.add_argument("--part", choices=PARTS)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--force", action="store_true", help="wipe OUT even if it does not look like a corpus")
    ap.add_argument("--no-check", action="store_true", help="build only")
    args = ap.parse_args(argv)
    t0 = time.time()
    out = args.out.resolve()
    wipe(out, args.force)
    for p in PARTS:
        (out / p).mkdir(exist_ok=True)
    mods = [args.only] if args.only else list(MODULES)
    results = []
    if args.jobs > 1 and len(mods) > 1:
        with ProcessPoolExecutor(max_workers=min(args.jobs, len(mods))) as ex:
            futs = [ex.submit(_run_module, m, str(out), args.part) for m in mods]
            results = [f.result() for f in futs]
    else:
        results = [_run_module(m, str(out), args.part) for m in mods]
    rep = Report()
    truths: list[dict] = []
    skipped = []
    for name, ts, msg, secs in results:
        if ts is None:
            print(f"[build] {msg}")
            skipped.append(name)
            continue
        if msg:
            rep.err(f"{name}: {msg}")
            print(f"[build] {name}: {msg}", file=sys.stderr)
        print(f"[build] {name}: {len(ts)} dossiers in {secs:.1f} s")
        truths.extend(ts)
    parts = (args.part,) if args.part else PARTS
    if args.part:  # a module that ignored the part filter: drop the other part
        other = [p for p in PARTS if p != args.part]
        truths = [t for t in truths if t.get("part") == args.part]
        for p in other:
            shutil.rmtree(out / p, ignore_errors=True)
    for t in truths:
        if t.get("part") in PARTS and t.get("dossier"):
            (out / t["part"] / f"{t['dossier']}.truth.json").write_text(
                json.dumps(t, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    built = time.time() - t0
    write_checksums(out)
    if args.no_check:
        print(f"[build] built in {built:.1f} s (not checked)")
        return 1 if rep.errors else 0
    rules = load_rules()
    partial = bool(args.only or args.part or skipped)
    stats = check(out, truths, rules, rep, partial=partial, parts=parts)
    summarise(truths, rules, rep, partial=partial, parts=parts, stats=stats)
    print(f"\n== build {built:.1f} s, total {time.time() - t0:.1f} s")
    for w in rep.warnings[:60]:
        print(f"warning: {w}")
    if len(rep.warnings) > 60:
        print(f"warning: ... {len(rep.warnings) - 60} more")
    for e in rep.errors[:100]:
        print(f"ERROR: {e}")
    if len(rep.errors) > 100:
        print(f"ERROR: ... {len(rep.errors) - 100} more")
    print("OK: every invariant holds" if not rep.errors else f"FAILED: {len(rep.errors)} invariant violations")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
