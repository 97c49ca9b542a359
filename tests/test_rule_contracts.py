"""Each rule's contract: the finding keys it may emit have text in every language, the parameters a procedure
gives it are checked when the procedure loads, and every rule is applied by some procedure."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import run_cli
from validator import i18n, procedures
from validator.model import RuleConfig
from validator.rules import UndeclaredKey, contracts, finding, registry


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_finding_key_has_a_message_and_remedy(lang: str) -> None:
    catalogue = i18n.catalogue(lang)["rules"]
    missing = [
        f"{rule_id}: {key}"
        for rule_id, contract in contracts().items()
        for key in sorted(contract.keys)
        if "message" not in catalogue.get(rule_id, {}).get("findings", {}).get(key, {})
        or "remedy" not in catalogue[rule_id]["findings"][key]
    ]
    assert missing == []


def test_catalogue_has_no_key_a_rule_cannot_emit() -> None:
    catalogue = i18n.catalogue("nl")["rules"]
    stale = [
        f"{rule_id}: {key}"
        for rule_id, contract in contracts().items()
        for key in sorted(set(catalogue[rule_id]["findings"]) - contract.keys)
    ]
    assert stale == []


def test_every_rule_is_applied_by_some_procedure() -> None:
    applied = {cfg.id for proc in procedures.available() for cfg in proc.rules}
    assert sorted(set(registry()) - applied) == [], "rules no procedure lists"


def test_a_finding_outside_the_contract_is_an_error() -> None:
    cfg = RuleConfig("IND-ORIGINALS", "info", {}, "")
    assert finding(cfg, "keep-originals").key == "keep-originals"
    with pytest.raises(UndeclaredKey):
        finding(cfg, "keep-copies")


def _procedures_with(tmp_path: Path, old: str, new: str, name: str = "ind-copy") -> dict[str, str]:
    folder = tmp_path / "procedures"
    shutil.copytree(procedures.PACKAGED, folder)
    text = (folder / f"{name}.yaml").read_text(encoding="utf-8")
    assert old in text
    (folder / f"{name}.yaml").write_text(text.replace(old, new, 1), encoding="utf-8")
    return {"VALIDATOR_PROCEDURES": str(folder)}


def _line_col(path: Path, snippet: str) -> str:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if snippet in line:
            return f"{n}:{line.index(snippet) + 1}"
    raise AssertionError(snippet)


def test_mistyped_parameter_name_is_an_error_with_its_position(tmp_path: Path) -> None:
    env = _procedures_with(tmp_path, "tolerance_mm: 5", "tolerence_mm: 5")
    proc = run_cli("procedures", env=env)
    assert proc.returncode == 2
    path = Path(env["VALIDATOR_PROCEDURES"]) / "ind-copy.yaml"
    assert (
        f"{path}:{_line_col(path, 'tolerence_mm')} rules.IND-COPY-A4.params.tolerence_mm: unknown key"
        in proc.stderr
    )


def test_parameter_of_the_wrong_type_is_an_error_with_its_position(tmp_path: Path) -> None:
    env = _procedures_with(tmp_path, "plausible_mm: [70, 600]", "plausible_mm: [70, big]")
    proc = run_cli("procedures", env=env)
    assert proc.returncode == 2
    path = Path(env["VALIDATOR_PROCEDURES"]) / "ind-copy.yaml"
    where = _line_col(path, "plausible_mm")
    line = where.split(":")[0]
    assert f"{path}:{line}:" in proc.stderr
    assert "rules.IND-COPY-A4.params.plausible_mm.1: expected number, got 'big'" in proc.stderr


def test_required_parameter_left_out_is_an_error(tmp_path: Path) -> None:
    env = _procedures_with(tmp_path, "      routes: [relationship]\n", "", "ind-hnt-continued")
    proc = run_cli("procedures", env=env)
    assert proc.returncode == 2
    assert "rules.IND-HNT-INBURGERING: params.routes required (here or in an include)" in proc.stderr
