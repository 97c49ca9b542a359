"""A broken schema or manifest is exit 2 with file:line:col, the key path and what was expected."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from tests.conftest import ROOT, run_cli
from validator import manifest, yamlconfig
from validator.procedures import PACKAGED


def test_broken_manifest_lists_every_error_with_position(tmp_path: Path) -> None:
    (tmp_path / "dossier.yaml").write_text(
        "procedure: ind-generic\n"
        "submission_date: 1 december\n"
        "language: de\n"
        "applicant:\n"
        "  name: Amina Benali\n"
        "  nationaliteit: MAR\n"
    )
    proc = run_cli("check", tmp_path)
    assert proc.returncode == 2
    err = proc.stderr
    manifest = tmp_path / "dossier.yaml"
    assert f"{manifest}:2:18 submission_date: expected a date" in err
    assert f"{manifest}:3:11 language: expected one of 'nl', 'en', 'fr'" in err
    assert f"{manifest}:6:3 applicant.nationaliteit: unknown key" in err


def test_a_key_written_with_no_value_is_one_not_given(tmp_path: Path) -> None:
    # The eighth blind part's ind-hnt-a4-02 wrote "previous_permit: {purpose: null, since: null}"; dossier.md's
    # own example writes "client_number: null". The dossier is then checked, not refused.
    text = "procedure: ind-hnt-continued\nprevious_permit:\n  purpose:\n  since:\n  sponsor:\nart64:\n  ends_on:\n"
    (tmp_path / "dossier.yaml").write_text(text)
    data = yamlconfig.load(tmp_path / "dossier.yaml", manifest.SCHEMA)
    parsed = manifest.parse(data)
    assert parsed.previous_permit.since is None and parsed.previous_permit.purpose is None
    assert parsed.art64_ends_on is None


def test_a_key_given_twice_is_an_error_at_its_second_place(tmp_path: Path) -> None:
    # YAML keeps the last of two equal keys and drops the first without a word: be9ter.yaml gave its phrases'
    # family_section twice, and lost the first list's phrases so.
    (tmp_path / "dossier.yaml").write_text(
        "procedure: be-9ter\napplicant:\n  name: Amina Benali\n  name: Benali Amina\nprocedure: be-9ter\n"
    )
    proc = run_cli("check", tmp_path)
    assert proc.returncode == 2
    manifest = tmp_path / "dossier.yaml"
    assert f"{manifest}:4:3 applicant.name: given twice (first on line 3)" in proc.stderr
    assert f"{manifest}:5:1 procedure: given twice (first on line 1)" in proc.stderr


def test_invalid_yaml_names_line(tmp_path: Path) -> None:
    (tmp_path / "dossier.yaml").write_text("procedure: [ind-generic\n")
    proc = run_cli("check", tmp_path)
    assert proc.returncode == 2
    assert "dossier.yaml:2:1: not valid YAML" in proc.stderr


def test_broken_procedure_schema(tmp_path: Path) -> None:
    schemas = tmp_path / "schemas"
    shutil.copytree(PACKAGED, schemas)
    text = (schemas / "ind-copy.yaml").read_text()
    (schemas / "ind-copy.yaml").write_text(
        text.replace("severity: deficiency", "severity: serious", 1).replace(
            "  IND-COPY-A4:\n", "  IND-COPY-A4:\n    colour: red\n"
        )
    )
    proc = run_cli("procedures", env={"VALIDATOR_PROCEDURES": str(schemas)})
    assert proc.returncode == 2
    assert "ind-copy.yaml:" in proc.stderr
    assert (
        "rules.INPUT-UNREADABLE.severity: expected one of 'inadmissible', 'deficiency', 'warning', 'info', got 'serious'"
        in proc.stderr
    )
    assert "rules.IND-COPY-A4.colour: unknown key" in proc.stderr


def test_procedures_and_rules_commands() -> None:
    proc = run_cli("procedures")
    assert proc.returncode == 0
    assert "ind-generic" in proc.stdout and "seed 001" in proc.stdout
    proc = run_cli("rules", "IND-COPY-VNUMBER", "--lang", "en")
    assert proc.returncode == 0
    assert "Schrijf op elke kopie uw V-nummer" in proc.stdout
    assert run_cli("rules", "NO-SUCH-RULE").returncode == 2


def _texts(node: object, path: str = "") -> dict[str, str]:
    """Every text in a catalogue by its key path, with the placeholders it fills in."""
    if isinstance(node, dict):
        return {
            k: v for key, child in node.items() for k, v in _texts(child, f"{path}.{key}".lstrip(".")).items()
        }
    return {path: node}


def test_every_rule_has_every_language() -> None:
    import yaml

    from validator.rules import registry

    catalogues = {
        lang: yaml.safe_load((ROOT / "validator" / "messages" / f"{lang}.yaml").read_text())
        for lang in ("nl", "en", "fr")
    }
    for rule_id in registry():
        keys = {lang: set(c["rules"][rule_id]["findings"]) for lang, c in catalogues.items()}
        assert keys["nl"] == keys["en"] == keys["fr"], rule_id
        for c in catalogues.values():
            assert c["rules"][rule_id]["name"] and c["rules"][rule_id]["why"]
    # The interface, the HTML report and the letter too: the same keys, each text there and with the same
    # placeholders in every language.
    texts = {lang: _texts(c) for lang, c in catalogues.items()}
    assert set(texts["nl"]) == set(texts["en"]) == set(texts["fr"])
    for key in texts["nl"]:
        placeholders = {lang: set(re.findall(r"{(\w+)}", t[key])) for lang, t in texts.items()}
        # An empty remedy means "nothing to do" (a confirmation): then it is empty in every language.
        filled = [bool(t[key]) for t in texts.values()]
        assert all(filled) or (key.endswith(".remedy") and not any(filled)), key
        assert placeholders["nl"] == placeholders["en"] == placeholders["fr"], key
