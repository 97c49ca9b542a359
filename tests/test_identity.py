"""9ter §2 identity-proof sufficiency: the combinations of rules.md section 5."""

from validator.identity import ELEMENTS, IdentityPiece, assess, properties

ALL = frozenset(ELEMENTS)


def test_passport_alone_suffices() -> None:
    result = assess([IdentityPiece("paspoort.pdf", "identity-document", ALL, photo=True)])
    assert result.sufficient and result.basis == "identity-document" and result.missing == ()


def test_birth_certificate_alone_is_insufficient() -> None:
    result = assess(
        [
            IdentityPiece(
                "geboorteakte.pdf",
                "birth-certificate",
                frozenset({"name", "birth_place", "birth_date"}),
                photo=False,
            )
        ]
    )
    assert not result.sufficient
    assert result.missing == ("nationality", "photo")
    [piece] = result.pieces
    assert piece.conditions == {"a": False, "b": True, "c": False, "d": True}
    assert piece.lacking == ("nationality",)


def _birth_nationality_licence(photo_found: bool) -> list[IdentityPiece]:
    return [
        IdentityPiece(
            "geboorteakte.pdf", "birth-certificate", frozenset({"name", "birth_place", "birth_date"})
        ),
        IdentityPiece("nationaliteit.pdf", "nationality-certificate", frozenset({"name", "nationality"})),
        IdentityPiece(
            "rijbewijs.pdf", "driving-licence", frozenset({"name", "birth_date"}), photo=photo_found
        ),
    ]


def test_birth_and_nationality_certificates_and_driving_licence_with_photo_suffice() -> None:
    result = assess(_birth_nationality_licence(photo_found=True))
    assert result.sufficient and result.basis == "combination"
    assert [p.conditions["c"] for p in result.pieces] == [False, False, True]


def test_the_same_combination_without_a_photo_found_lacks_the_physical_link() -> None:
    result = assess(_birth_nationality_licence(photo_found=False))
    assert not result.sufficient and result.missing == ("photo",)


def test_what_the_document_actually_shows_counts_not_what_its_type_usually_shows() -> None:
    pieces = [
        IdentityPiece("geboorteakte.pdf", "birth-certificate", frozenset({"name", "birth_date"})),
        IdentityPiece("rijbewijs.pdf", "driving-licence", frozenset({"name"}), photo=True),
        IdentityPiece("nationaliteit.pdf", "nationality-certificate", frozenset({"name", "nationality"})),
    ]
    result = assess(pieces)
    assert not result.sufficient and result.missing == ("birth_place",)


def test_a_piece_drawn_up_on_declarations_does_not_count_towards_a_combination() -> None:
    pieces = [
        IdentityPiece(
            "geboorteakte.pdf", "birth-certificate", frozenset({"name", "birth_place", "birth_date"})
        ),
        IdentityPiece("consulaire-kaart.pdf", "consular-card", ALL, photo=True, declared=True),
    ]
    result = assess(pieces)
    assert not result.sufficient
    assert result.missing == ("nationality", "photo")
    assert result.pieces[1].conditions["d"] is False


def test_a_consular_card_is_not_rejected_by_its_type() -> None:
    """rules.md section 5: DVZ names the consular card as evidence; only its own words can make it a declaration."""
    result = assess(
        [
            IdentityPiece(
                "geboorteakte.pdf",
                "birth-certificate",
                frozenset({"name", "birth_place", "birth_date"}),
                photo=False,
            ),
            IdentityPiece(
                "consulaire-kaart.pdf", "consular-card", frozenset({"name", "nationality"}), photo=True
            ),
        ]
    )
    assert result.sufficient and result.basis == "combination"
    assert result.pieces[1].conditions == {"a": False, "b": True, "c": True, "d": True}


def test_a_marriage_booklet_with_a_photo_is_the_physical_link() -> None:
    pieces = [
        IdentityPiece(
            "trouwboekje.pdf",
            "marriage-booklet",
            frozenset({"name", "birth_place", "birth_date"}),
            photo=True,
        ),
        IdentityPiece(
            "nationaliteit.pdf", "nationality-certificate", frozenset({"name", "nationality"}), photo=False
        ),
    ]
    result = assess(pieces)
    assert result.sufficient and result.basis == "combination"
    assert result.pieces[0].conditions["c"] is True


def test_fingerprints_are_a_physical_link_as_a_photo_is() -> None:
    """rules.md section 5: "a physical link is a photo or fingerprints"; seed 003 (c) only asks for a physical link."""
    with_prints = IdentityPiece(
        "identiteitsattest.pdf", "identity-certificate", ALL, photo=False, fingerprints=True
    )
    result = assess([with_prints])
    assert result.sufficient and result.basis == "single-piece"
    assert result.pieces[0].conditions["c"] is True
    without = assess([IdentityPiece("identiteitsattest.pdf", "identity-certificate", ALL, photo=False)])
    assert not without.sufficient and without.missing == ("photo",)


def test_an_expired_passport_proves_identity_unless_its_nationality_is_in_doubt() -> None:
    expired = IdentityPiece("paspoort.pdf", "identity-document", ALL, photo=True, mrz=True)
    assert assess([expired]).basis == "identity-document"
    doubtful = IdentityPiece(
        "paspoort.pdf", "identity-document", ALL, photo=True, mrz=True, nationality_doubt=True
    )
    result = assess([doubtful])
    assert not result.sufficient and result.missing == ("nationality",)


def test_exemption_with_proof_suffices_without_proof_not() -> None:
    with_proof = assess([], exemption_claimed=True, exemption_proof=True)
    assert with_proof.sufficient and with_proof.basis == "exemption"
    without = assess([], exemption_claimed=True, exemption_proof=False)
    assert not without.sufficient
    assert without.missing[0] == "identity_evidence" and without.missing[-1] == "exemption_proof"


def test_documents_that_are_no_identity_evidence_are_left_out() -> None:
    result = assess([IdentityPiece("getuigschrift.pdf", "medical-certificate")])
    assert result.pieces == () and not result.sufficient


def test_every_identity_type_is_a_document_type() -> None:
    from validator.classify import type_names

    assert set(properties()) <= set(type_names())


def test_a_document_taken_for_a_passport_without_photo_or_zone_does_not_prove_identity() -> None:
    letter = IdentityPiece(
        "brief.pdf",
        "identity-document",
        frozenset({"name", "birth_date", "birth_place", "nationality"}),
        photo=False,
        mrz=False,
    )
    result = assess([letter])
    assert result.basis != "identity-document"
    scanned = IdentityPiece("paspoort.jpg", "identity-document", frozenset({"name"}), photo=False, mrz=True)
    assert assess([scanned]).basis == "identity-document"
