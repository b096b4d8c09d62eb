"""Personal numbers a public article must not carry, recognised by their structure and check
digits, not by length alone: a resident ID number (GB 11643-1999: region, birth date,
sequence, mod 11-2 check character), a mobile number (1[3-9] + 9 digits) and a bank card
number (16-19 digits, Luhn check digit, ISO/IEC 7812).

An 18-digit run whose check character is wrong is not called an ID number (it may be a typo,
a code or a made-up number; the checker says nothing rather than something false). Numbers
that are amounts (…元、…万), document numbers (〔2024〕…号、第…号) or labelled codes (统一社会
信用代码、订单编号) are none of these.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Iterator

from .lexicon import first_char_skip

# Full-width digits read as ASCII (one character each, so offsets do not move).
_WIDE_CHARS = "０１２３４５６７８９Ｘｘ－"
_WIDE = str.maketrans(_WIDE_CHARS, "0123456789Xx-")

# GB/T 2260 province-level codes: the first two digits of a real region code.
PROVINCES = frozenset({11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
                       50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83})
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"

# A run of digits with no letter, digit, decimal point or mask (*) right before or after it.
_EDGE_BEFORE = r"(?<![0-9A-Za-z.*])"
_EDGE_AFTER = r"(?![0-9A-Za-z*]|\.\d)"
RESIDENT_ID = first_char_skip(re.compile(_EDGE_BEFORE + r"\d{6} ?\d{8} ?\d{3}[\dXx]" + _EDGE_AFTER))
MOBILE = first_char_skip(re.compile(_EDGE_BEFORE + r"1[3-9]\d(?P<sep>[ -]?)\d{4}(?P=sep)\d{4}" + _EDGE_AFTER))
BANK_CARD = first_char_skip(re.compile(_EDGE_BEFORE + r"(?:\d{16,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?)" + _EDGE_AFTER))

# What makes a digit run something else: a quantity or an amount after it, a currency sign or
# a document number before it, or a label that names it as a code.
_QUANTITY_AFTER = re.compile(r"\s*(?:[元万亿千百个人次吨户米亩件条份项名家%％‰]|公[里斤顷]|号(?!码)|美元|平方)")
_AMOUNT_BEFORE = re.compile(r"(?:[￥¥$]|人民币|金额|第|〕)\s*$")
_CODE_LABEL = re.compile(r"(?:信用代码|代码|编号|编码|单号|订单|流水号|文号|批准号|证书号|登记号|序列号|条码|批号|税号|许可证号?)"
                         r"[^，。；！？\n]{0,4}[:：]?\s*$")


def plain_digits(text: str) -> str:
    """The text with full-width digits as ASCII (same length). Most texts have none: finding
    that out with `in` is far cheaper than translating a Chinese text character by character."""
    if not any(char in text for char in _WIDE_CHARS):
        return text
    return text.translate(_WIDE)


def resident_id_valid(number: str, today: date | None = None) -> bool:
    """An 18-character resident ID number: a province code, a real birth date not in the
    future (from 1900), and the GB 11643 mod 11-2 check character."""
    digits = number.replace(" ", "").upper()
    if len(digits) != 18 or not digits[:17].isdigit() or digits[17] not in "0123456789X":
        return False
    if int(digits[:2]) not in PROVINCES:
        return False
    if not _birth_date_valid(digits[6:14], today):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == digits[17]


def looks_like_resident_id(number: str, today: date | None = None) -> bool:
    """An 18-digit run built like an ID number (province code and birth date), whatever its
    check character: such a run is not read as a bank card."""
    digits = number.replace(" ", "").upper()
    return len(digits) == 18 and digits[:17].isdigit() and int(digits[:2]) in PROVINCES and \
        _birth_date_valid(digits[6:14], today)


def _birth_date_valid(text: str, today: date | None) -> bool:
    try:
        born = date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return False
    return date(1900, 1, 1) <= born <= (today or date.today())


def luhn_valid(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for position, digit in enumerate(reversed(digits)):
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return bool(digits) and total % 10 == 0


def _is_quantity_or_code(text: str, start: int, end: int) -> bool:
    return bool(_QUANTITY_AFTER.match(text, end) or _AMOUNT_BEFORE.search(text, max(0, start - 4), start)
                or _CODE_LABEL.search(text, max(0, start - 12), start))


def resident_ids(text: str, today: date | None = None) -> Iterator[tuple[int, int]]:
    text = plain_digits(text)
    for match in RESIDENT_ID.finditer(text):
        if resident_id_valid(match.group(0), today) and not _is_quantity_or_code(text, match.start(), match.end()):
            yield match.span()


# A line published for the public to call (举报电话：0716-…，177…; 监督电话、服务热线): a unit's
# line, even on a mobile number (set 64: both readers judged a 巡察组's 举报电话 wrong as private)
_PUBLIC_LINE = re.compile(r"(?:举报|受理|监督|投诉|咨询|服务|值班|求助|报名)(?:电话|热线|专线|手机)|热线")
_PUBLIC_LINE_REACH = 30  # characters before the number, within its clause


def mobiles(text: str) -> Iterator[tuple[int, int]]:
    text = plain_digits(text)
    for match in MOBILE.finditer(text):
        if not _is_quantity_or_code(text, match.start(), match.end()) and not _public_line(text, match.start()):
            yield match.span()


def _public_line(text: str, start: int) -> bool:
    before = text[max(0, start - _PUBLIC_LINE_REACH):start]
    before = re.split(r"[。；;！？\n]", before)[-1]
    return bool(_PUBLIC_LINE.search(before))


def bank_cards(text: str, today: date | None = None) -> Iterator[tuple[int, int]]:
    """16-19 digits (contiguous or in groups of four) with a valid Luhn digit, starting 3-6
    (the issuers of bank cards), not built like an ID number."""
    text = plain_digits(text)
    for match in BANK_CARD.finditer(text):
        digits = re.sub(r"[ -]", "", match.group(0))
        if not 16 <= len(digits) <= 19 or digits[0] not in "3456" or not luhn_valid(digits):
            continue
        if looks_like_resident_id(digits, today) or _is_quantity_or_code(text, match.start(), match.end()):
            continue
        yield match.span()


FINDERS = {"resident_id": resident_ids, "mobile": mobiles, "bank_card": bank_cards}
