"""Belgian 9ter conditions beyond the admissibility grounds of be9ter.py (issue 15, seeds 003 and 004): the
application posted from Belgium, an earlier application's elements, and what the certificate says of the
severity and of the treatment's nature and duration.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from validator.extract.labels import phrase_pattern
from validator.model import Dossier, Finding, RuleConfig, Term
from validator.rules import FEW_WORDS, WORDS, finding, rule, sure_of_type
from validator.rules.be9ter import certificate_sections, column_reading

# The periods a doctor writes ("nog 6 maanden", "à vie"), read as IND-HNT-MED-CONTINUES reads them.
from validator.rules.ind import _lasting_months
from validator.textmatch import fold

# Outcomes of an earlier application whose elements still count in a new one (seed 003): withdrawn, or
# inadmissible on §3, 1° to 3° (a formal ground, so nothing was examined).
ELEMENTS_COUNT_AGAIN = ("withdrawn", "inadmissible-formal")


# A registered item's number (UPU S10: "RR365688304BE") ends with the code of the country it was posted in.
_ITEM_NUMBER = re.compile(r"\b[A-Z]{2}\s?\d{3}\s?\d{3}\s?\d{3}\s?([A-Z]{2})\b")
# bpost's own barcodes, which only bpost puts on an item it takes in (bpost FAQ "What does a barcode look like and
# where can I find it?": 24 digits starting with 3299 or 3232, 18 digits starting with 3232, and 30 digits starting
# with 010 for national registered mail), printed in groups that OCR may read with a stray point between them.
_BPOST_BARCODE = re.compile(
    r"(?<![\d.])(?:(?:3232|3299)(?:[ .]{0,2}\d){20}|3232(?:[ .]{0,2}\d){14}|010(?:[ .]{0,2}\d){27})(?![ .]{0,2}\d)"
)


@rule(
    "BE9TER-FROM-BELGIUM",
    keys=("posted-abroad", "not-shown"),
    params={"foreign_post": WORDS, "belgian_post": WORDS, "dutch_receipt": WORDS, "french_receipt": WORDS},
    required=("foreign_post", "belgian_post", "dutch_receipt", "french_receipt"),
)
def from_belgium(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    abroad = phrase_pattern(frozenset(cfg.params["foreign_post"]))
    side_by_side = phrase_pattern(frozenset(cfg.params["belgian_post"]))
    dutch = phrase_pattern(frozenset(cfg.params["dutch_receipt"]))
    french = phrase_pattern(frozenset(cfg.params["french_receipt"]))

    def belgian(text: str) -> bool:
        # A receipt printed in Dutch and in French, however its lines were read apart ("AANGETEKENDE ZENDING — BEWIJS
        # VAN AFGIFTE" over "ENVOI RECOMMANDÉ — PREUVE DE DÉPÔT": thirty-second, read), is bpost's.
        return bool(side_by_side.search(text) or (dutch.search(text) and french.search(text)))

    # A receipt taken for one on a guess (an e-mail about sending the dossier) is BE9TER-REGISTERED-MAIL's to
    # point at; where it was posted is asked of the receipts.
    for receipt in filter(sure_of_type, dossier.documents_of("registered-mail-receipt")):
        written = dossier.text_of(receipt)
        text = fold(re.sub(r"[^\w.]+", " ", written))
        origins = {m.group(1) for m in _ITEM_NUMBER.finditer(written)}
        if "BE" in origins or _BPOST_BARCODE.search(written):
            continue
        foreign = abroad.search(text)
        if foreign and not belgian(text):
            yield finding(
                cfg,
                "posted-abroad",
                receipt.file,
                receipt.first_page,
                evidence={"found": foreign.group()},
                post=foreign.group(),
            )
        elif not belgian(text):
            # A receipt read in part, or of a post office the list does not know: a person looks.
            yield finding(
                cfg,
                "not-shown",
                receipt.file,
                receipt.first_page,
                unverified=True,
                evidence={"words": len(text.split()), "read": len(text.split()) >= FEW_WORDS},
            )


@rule("BE9TER-EARLIER-ELEMENTS", keys=("pending-withdrawn", "elements-invoked"))
def earlier_elements(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    earlier = dossier.manifest.earlier_9ter
    if earlier.outcome is None:
        return
    when = earlier.submitted_on.isoformat() if earlier.submitted_on else "?"
    evidence = {"outcome": earlier.outcome, "submitted_on": when}
    if earlier.outcome == "pending":
        yield finding(cfg, "pending-withdrawn", severity="warning", evidence=evidence, date=when)
    elif earlier.outcome not in ELEMENTS_COUNT_AGAIN:
        # Whether this application's elements are new only a person who knows both can tell.
        yield finding(
            cfg,
            "elements-invoked",
            unverified=True,
            evidence=evidence,
            date=when,
            outcome=Term(f"outcome.{earlier.outcome}"),
        )


def _words(content: str) -> list[str]:
    return [w for w in re.split(r"[^\w'’-]+", content) if sum(c.isalpha() for c in w) >= 2]


@rule("BE9TER-MEDCERT-SEVERITY", keys=("single-word",))
def certificate_severity(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    for cert in dossier.documents_of("medical-certificate"):
        severity = certificate_sections(dossier.text_of(cert))["severity"]
        words = _words(severity or "")
        if len(words) == 1:
            # "Graad van ernst: ernstig": a degree named, nothing that shows it (stage, values, consequences).
            yield finding(
                cfg,
                "single-word",
                cert.file,
                cert.first_page,
                of=cert,
                evidence={"found": words[0]},
                word=words[0],
            )


@rule(
    "BE9TER-MEDCERT-TREATMENT",
    keys=("no-nature", "no-duration", "no-nature-duration"),
    params={"nature_phrases": WORDS, "lifelong_phrases": WORDS},
    required=("nature_phrases", "lifelong_phrases"),
)
def certificate_treatment(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    nature = phrase_pattern(frozenset(cfg.params["nature_phrases"]))
    lifelong = phrase_pattern(frozenset(cfg.params["lifelong_phrases"]))
    for cert in dossier.documents_of("medical-certificate"):
        # A certificate set in two columns is read column by column too: read row by row, its treatment's heading
        # may stand over the other column's sections (fortyseventh be9ter-clean-13, read).
        readings = [dossier.text_of(cert), column_reading(dossier.pages_of(cert))]
        sections = [certificate_sections(text)["treatment"] for text in readings if text]
        if sections[0] is None or not _words(sections[0]):
            # No treatment section, or an empty one: BE9TER-MEDCERT-FIELDS says so.
            continue
        # Both unsaid are one reading of one section for a person to do, not two.
        unsaids = [
            "-".join(
                part
                for part, said in (
                    ("nature", nature.search(treatment)),
                    ("duration", _lasting_months(treatment, lifelong)),
                )
                if not said
            )
            for treatment in sections
            if treatment is not None and _words(treatment)
        ]
        if all(unsaids):
            unsaid = unsaids[0]
            yield finding(
                cfg,
                f"no-{unsaid}",
                cert.file,
                cert.first_page,
                unverified=True,
                evidence={"section": "treatment"},
            )
