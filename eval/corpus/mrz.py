"""Machine-readable zones per ICAO Doc 9303 (parts 3, 4, 5, 6), written from the standard.

td3(): passports, 2 x 44.  td2(): 2 x 36 (older ID cards, some visas/permits).  td1(): 3 x 30 (ID cards,
residence permit cards).  Every builder can break one named check digit (``break_check``) for
ID-MRZ defects: "number", "birth", "expiry", "personal"/"optional", "composite".
"""
from __future__ import annotations

import datetime
import unicodedata

__all__ = ["check_digit", "mrz_name", "mrz_text", "td1", "td2", "td3", "verify", "BREAKABLE"]

BREAKABLE = ("number", "birth", "expiry", "personal", "composite")

_TRANSLIT = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "Å": "AA", "Æ": "AE", "Ø": "OE", "ß": "SS", "Ĳ": "IJ",
             "Þ": "TH", "Ð": "D", "Œ": "OE", "İ": "I", "ı": "I", "Ł": "L", "Đ": "D"}


def _value(c: str) -> int:
    if c.isdigit():
        return int(c)
    if "A" <= c <= "Z":
        return ord(c) - 55
    if c == "<":
        return 0
    raise ValueError(f"not an MRZ character: {c!r}")


def check_digit(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_value(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz_text(s: str, *, german_umlauts: bool = False) -> str:
    """Upper-case MRZ characters: accents dropped (or Ä->AE with german_umlauts), separators -> '<'."""
    out = []
    for ch in s.upper() if s else "":
        if german_umlauts and ch in "ÄÖÜ":
            out.append(_TRANSLIT[ch]); continue
        if ch in _TRANSLIT and ch not in "ÄÖÜ":
            out.append(_TRANSLIT[ch]); continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        for b in base.upper():
            if "A" <= b <= "Z" or b.isdigit():
                out.append(b)
            elif b in " -,.<":
                out.append("<")
            # apostrophes and other signs are dropped
    txt = "".join(out)
    while "<<" in txt and False:
        pass
    return txt


def mrz_name(surname: str, given: str, length: int, *, german_umlauts: bool = False) -> str:
    sn = mrz_text(surname, german_umlauts=german_umlauts).strip("<")
    gn = mrz_text(given, german_umlauts=german_umlauts).strip("<")
    while "<<" in sn:
        sn = sn.replace("<<", "<")
    while "<<" in gn:
        gn = gn.replace("<<", "<")
    s = sn + "<<" + gn if gn else sn
    if len(s) > length:  # truncate given names first, keep at least their initial
        keep = length - len(sn) - 2
        if keep >= 1:
            s = sn + "<<" + gn[:keep]
        else:
            s = sn[:length]
    return s.ljust(length, "<")[:length]


def _d(d: datetime.date | None) -> str:
    return "<<<<<<" if d is None else f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"


def _field(s: str, n: int) -> str:
    return mrz_text(s).ljust(n, "<")[:n]


def _bad(cd: str) -> str:
    return str((int(cd) + 3) % 10) if cd.isdigit() else "7"


def td3(*, issuing: str, surname: str, given: str, number: str, nationality: str, birth_date: datetime.date,
        sex: str, expiry: datetime.date, personal_number: str = "", doc_type: str = "P<",
        break_check: str | None = None, german_umlauts: bool = False) -> list[str]:
    """Passport MRZ, two lines of 44."""
    l1 = (doc_type + "<")[:2] + _field(issuing, 3) + mrz_name(surname, given, 39, german_umlauts=german_umlauts)
    num = _field(number, 9)
    c_num = check_digit(num)
    dob = _d(birth_date)
    c_dob = check_digit(dob)
    exp = _d(expiry)
    c_exp = check_digit(exp)
    pers = _field(personal_number, 14)
    c_pers = check_digit(pers) if personal_number else "<"
    if break_check == "number":
        c_num = _bad(c_num)
    if break_check == "birth":
        c_dob = _bad(c_dob)
    if break_check == "expiry":
        c_exp = _bad(c_exp)
    if break_check in ("personal", "optional"):
        c_pers = _bad(c_pers if c_pers != "<" else "0")
    comp = check_digit(num + c_num + dob + c_dob + exp + c_exp + pers + c_pers)
    if break_check == "composite":
        comp = _bad(comp)
    sx = {"M": "M", "F": "F"}.get(sex.upper()[:1], "<")
    l2 = num + c_num + _field(nationality, 3) + dob + c_dob + sx + exp + c_exp + pers + c_pers + comp
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return [l1, l2]


def td2(*, issuing: str, surname: str, given: str, number: str, nationality: str, birth_date: datetime.date,
        sex: str, expiry: datetime.date, optional: str = "", doc_code: str = "I<",
        break_check: str | None = None) -> list[str]:
    """TD2 card MRZ, two lines of 36."""
    l1 = (doc_code + "<")[:2] + _field(issuing, 3) + mrz_name(surname, given, 31)
    num = _field(number, 9)
    c_num = check_digit(num)
    dob, exp = _d(birth_date), _d(expiry)
    c_dob, c_exp = check_digit(dob), check_digit(exp)
    opt = _field(optional, 7)
    if break_check == "number":
        c_num = _bad(c_num)
    if break_check == "birth":
        c_dob = _bad(c_dob)
    if break_check == "expiry":
        c_exp = _bad(c_exp)
    comp = check_digit(num + c_num + dob + c_dob + exp + c_exp + opt)
    if break_check in ("composite", "personal", "optional"):
        comp = _bad(comp)
    sx = {"M": "M", "F": "F"}.get(sex.upper()[:1], "<")
    l2 = num + c_num + _field(nationality, 3) + dob + c_dob + sx + exp + c_exp + opt + comp
    assert len(l1) == 36 and len(l2) == 36, (l1, l2)
    return [l1, l2]


def td1(*, issuing: str, surname: str, given: str, number: str, nationality: str, birth_date: datetime.date,
        sex: str, expiry: datetime.date, optional1: str = "", optional2: str = "", doc_code: str = "ID",
        break_check: str | None = None) -> list[str]:
    """TD1 card MRZ, three lines of 30.  A document number longer than 9 characters continues in
    optional1 (its check digit there), with '<' in the regular check position, as ICAO prescribes."""
    num_full = mrz_text(number)
    if len(num_full) > 9:
        num = num_full[:9]
        rest = num_full[9:]
        c_full = check_digit(num_full)
        if break_check == "number":
            c_full = _bad(c_full)
        c_num = "<"
        opt1 = (rest + c_full + mrz_text(optional1)).ljust(15, "<")[:15]
    else:
        num = num_full.ljust(9, "<")
        c_num = check_digit(num)
        if break_check == "number":
            c_num = _bad(c_num)
        opt1 = _field(optional1, 15)
    l1 = (doc_code + "<")[:2] + _field(issuing, 3) + num + c_num + opt1
    dob, exp = _d(birth_date), _d(expiry)
    c_dob, c_exp = check_digit(dob), check_digit(exp)
    if break_check == "birth":
        c_dob = _bad(c_dob)
    if break_check == "expiry":
        c_exp = _bad(c_exp)
    opt2 = _field(optional2, 11)
    sx = {"M": "M", "F": "F"}.get(sex.upper()[:1], "<")
    l2_wo = dob + c_dob + sx + exp + c_exp + _field(nationality, 3) + opt2
    comp = check_digit(l1[5:30] + l2_wo[0:7] + l2_wo[8:15] + l2_wo[18:29])
    if break_check in ("composite", "personal", "optional"):
        comp = _bad(comp)
    l2 = l2_wo + comp
    l3 = mrz_name(surname, given, 30)
    assert len(l1) == len(l2) == len(l3) == 30, (l1, l2, l3)
    return [l1, l2, l3]


def verify(lines: list[str]) -> dict[str, bool]:
    """Which check digits hold (used by the corpus's own tests)."""
    ok = {}
    if len(lines) == 2 and len(lines[0]) == 44:
        l2 = lines[1]
        ok["number"] = check_digit(l2[0:9]) == l2[9]
        ok["birth"] = check_digit(l2[13:19]) == l2[19]
        ok["expiry"] = check_digit(l2[21:27]) == l2[27]
        ok["personal"] = (l2[42] == "<" and set(l2[28:42]) == {"<"}) or check_digit(l2[28:42]) == l2[42]
        ok["composite"] = check_digit(l2[0:10] + l2[13:20] + l2[21:43]) == l2[43]
    elif len(lines) == 2 and len(lines[0]) == 36:
        l2 = lines[1]
        ok["number"] = check_digit(l2[0:9]) == l2[9]
        ok["birth"] = check_digit(l2[13:19]) == l2[19]
        ok["expiry"] = check_digit(l2[21:27]) == l2[27]
        ok["composite"] = check_digit(l2[0:10] + l2[13:20] + l2[21:35]) == l2[35]
    elif len(lines) == 3:
        l1, l2 = lines[0], lines[1]
        if l1[14] == "<":
            opt = l1[15:30].rstrip("<")
            full = l1[5:14] + opt[:-1]
            ok["number"] = check_digit(full) == opt[-1]
        else:
            ok["number"] = check_digit(l1[5:14]) == l1[14]
        ok["birth"] = check_digit(l2[0:6]) == l2[6]
        ok["expiry"] = check_digit(l2[8:14]) == l2[14]
        ok["composite"] = check_digit(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]) == l2[29]
    return ok
