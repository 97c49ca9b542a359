"""The wheel, installed as a user would install it: no repository beside it, no editable install.

Built from a copy of what the wheel is made of, so the build leaves nothing in the work tree; installed into a
fresh virtualenv without network access, its dependencies being the ones this test run already has (a path
file adds their folder, after the virtualenv's own). Then `validator procedures` and `validator check` run
from a folder outside the repository.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

from tests.conftest import ROOT, valid_report


def _run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(list(map(str, args)), capture_output=True, text=True, cwd=cwd, timeout=600)
    assert proc.returncode in (0, 1), proc.stderr + proc.stdout
    return proc


def test_wheel_installs_and_runs_outside_the_repository(tmp_path: Path, samples: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source)
    shutil.copytree(ROOT / "validator", source / "validator", ignore=shutil.ignore_patterns("__pycache__"))
    _run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "--no-index",
        "-q",
        "-w",
        tmp_path / "dist",
        source,
        cwd=tmp_path,
    )
    (wheel,) = (tmp_path / "dist").glob("dossier_validator-*.whl")

    env = tmp_path / "env"
    # Without a pip of its own (ensurepip takes longer than the rest of this test): this run's pip installs
    # into it (`--python`), as pipx's shared pip does.
    venv.create(env, with_pip=False)
    python = env / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", python]
    own = Path(
        _run(
            python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path
        ).stdout.strip()
    )
    (own / "installed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run(*pip, "install", "--no-index", "--no-deps", "-q", wheel, cwd=tmp_path)
    _run(*pip, "check", cwd=tmp_path)

    where = tmp_path / "elsewhere"
    where.mkdir()
    imported = _run(python, "-c", "import validator; print(validator.__file__)", cwd=where).stdout
    assert imported.startswith(str(own)), imported

    listed = _run(env / "bin" / "validator", "procedures", "--lang", "en", cwd=where).stdout
    assert "ind-generic" in listed and "be-9ter" in listed
    proc = _run(
        env / "bin" / "validator", "check", samples / "ind-vnumber", "--format", "json", "--quiet", cwd=where
    )
    assert proc.returncode == 1
    report = json.loads(proc.stdout)
    valid_report(report)
    assert any(f["rule"] == "IND-COPY-VNUMBER" for f in report["findings"])
