"""IND conditions beyond the documents IND-MED-DOCS asks for (issue 15, seeds 000 and 002): the Netherlands as
the most suitable country, insurance not paid from public funds, and the partner or parent a continued-residence
route rests on.
"""

from __future__ import annotations

from collections.abc import Iterator

from validator.extract.labels import phrase_pattern
from validator.model import Dossier, Finding, RuleConfig
from validator.rules import COUNT, LEGAL_BASIS, WORDS, finding, rule
from validator.rules.ind import _NEGATION, _art64_window
from validator.textmatch import fold


@rule(
    "IND-MED-MOST-SUITABLE",
    keys=("not-stated",),
    params={"phrases": WORDS, "art64_days": COUNT},
    required=("phrases",),
)
def most_suitable(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    stated = phrase_pattern(frozenset(cfg.params["phrases"]))
    if any(stated.search(fold(dossier.text_of(d))) for d in dossier.documents):
        return
    # Worded otherwise, or in a document OCR read poorly: only a person can tell it is not said.
    yield finding(cfg, "not-stated", unverified=True, evidence={"expected": cfg.params["phrases"][:3]})


def _in_art64_window(dossier: Dossier, cfg: RuleConfig) -> bool:
    window = _art64_window(dossier, cfg.params.get("art64_days", 28))
    return window is not None and window[0] <= dossier.submission_date <= window[1]


@rule(
    "IND-MED-PUBLIC-FUNDS",
    keys=("public", "payer-unknown"),
    params={
        "types": WORDS,
        "insurance_types": WORDS,
        "public_phrases": WORDS,
        "private_phrases": WORDS,
        "art64_days": COUNT,
    },
    required=("types", "insurance_types", "public_phrases", "private_phrases"),
)
def public_funds(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    if _in_art64_window(dossier, cfg):
        # Seed 000: the conditions on income and payment of the treatment do not apply after art. 64.
        return
    public = phrase_pattern(frozenset(cfg.params["public_phrases"]))
    private = phrase_pattern(frozenset(cfg.params["private_phrases"]))
    documents = dossier.documents_of(*cfg.params["types"])
    for doc in documents:
        folded = fold(dossier.text_of(doc))
        said = [
            m
            for m in public.finditer(folded)
            if not _NEGATION.search(folded[max(0, m.start() - 25) : m.start()])
        ]
        if said:
            yield finding(
                cfg,
                "public",
                doc.file,
                doc.first_page,
                of=doc,
                evidence={"found": said[0].group()},
                phrase=said[0].group(),
            )
            return
    insurance = dossier.documents_of(*cfg.params["insurance_types"])
    # Without the insurance, IND-MED-DOCS has said all there is to say. Policies seldom say who pays their
    # premium: that they say nothing is a reminder of the condition, not a doubt about this dossier.
    if insurance and not any(private.search(fold(dossier.text_of(d))) for d in documents):
        yield finding(
            cfg,
            "payer-unknown",
            insurance[0].file,
            insurance[0].first_page,
            severity="info",
            evidence={"found": [d.file for d in documents]},
        )


@rule(
    "IND-HNT-SPONSOR",
    keys=("temporary", "unknown"),
    params={
        "routes": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "required": ["legal_basis"],
                "properties": {"legal_basis": LEGAL_BASIS},
            },
        }
    },
    required=("routes",),
)
def sponsor(dossier: Dossier, cfg: RuleConfig) -> Iterator[Finding]:
    permit = dossier.manifest.previous_permit
    route = cfg.params["routes"].get(permit.purpose or "")
    if route is None:
        return
    basis = route["legal_basis"]
    if permit.sponsor == "temporary":
        yield finding(cfg, "temporary", legal_basis=basis, evidence={"found": permit.sponsor})
    elif permit.sponsor is None:
        # Whose passport or permit a copy in the dossier is, the dossier does not say: previous_permit.sponsor does.
        # The seeds ask for no document of the partner's or parent's status (the form lists what to send, and the
        # IND reads the status in its own records): a condition to remember, as NOT-CHECKABLE's are, not a doubt
        # about a document for a person to check by hand.
        yield finding(
            cfg,
            "unknown",
            severity="info",
            legal_basis=basis,
            evidence={"expected": ["dutch", "non-temporary"]},
        )
