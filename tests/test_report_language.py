"""The report's language: --lang, then dossier.yaml (the flag wins over the file, as for every key:
dossier.md), then the user's locale when it is nl, en or fr, then Dutch. `rules` and `procedures` too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import born_digital_pdf, run_cli
from validator import i18n, procedures

# No locale of the test machine's own leaks into these runs.
NO_LOCALE = {"LC_ALL": "", "LC_MESSAGES": "", "LANG": ""}


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "fr_BE.UTF-8"}, "fr"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "fr_BE.UTF-8"}, "en"),
        ({"LC_MESSAGES": "nl_NL.UTF-8", "LANG": "en_US.UTF-8"}, "nl"),
        ({"LC_ALL": "", "LC_MESSAGES": "fr_FR", "LANG": "en_US"}, "fr"),
        ({"LANG": "de_DE.UTF-8"}, "nl"),
        ({"LANG": "C.UTF-8"}, "nl"),
        ({}, "nl"),
    ],
)
def test_user_language_from_the_locale(environ: dict[str, str], expected: str) -> None:
    assert i18n.user_language(environ) == expected


def _dossier(tmp_path: Path, manifest: str = "") -> Path:
    tmp_path.mkdir()
    born_digital_pdf(
        tmp_path / "brief.pdf", ["V-nummer: 1234567890\nGeachte heer, mevrouw, hierbij mijn stukken."]
    )
    if manifest:
        (tmp_path / "dossier.yaml").write_text(manifest)
    return tmp_path


def _language(path: Path, *args: str, env: dict[str, str]) -> str:
    proc = run_cli("check", path, "--format", "json", "--quiet", *args, env={**NO_LOCALE, **env})
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)["language"]


def test_check_follows_flag_then_manifest_then_locale(tmp_path: Path) -> None:
    plain = _dossier(tmp_path / "plain")
    assert _language(plain, env={"LANG": "fr_BE.UTF-8"}) == "fr"
    assert _language(plain, "--lang", "en", env={"LANG": "fr_BE.UTF-8"}) == "en"
    english = _dossier(tmp_path / "english", "language: en\n")
    assert _language(english, env={"LANG": "fr_BE.UTF-8"}) == "en"
    assert _language(english, "--lang", "fr", env={}) == "fr"


def test_procedures_and_rules_follow_the_locale() -> None:
    generic = procedures.load("ind-generic")
    proc = run_cli("procedures", env={**NO_LOCALE, "LANG": "fr_BE.UTF-8"})
    assert generic.title["fr"] in proc.stdout
    proc = run_cli("procedures", "--lang", "en", env={**NO_LOCALE, "LANG": "fr_BE.UTF-8"})
    assert generic.title["en"] in proc.stdout
    name = i18n.rule_text("en", "IND-ORIGINALS")["name"]
    assert name in run_cli("rules", env={**NO_LOCALE, "LC_ALL": "en_US.UTF-8"}).stdout
    assert i18n.rule_text("nl", "IND-ORIGINALS")["name"] in run_cli("rules", env=NO_LOCALE).stdout
