"""风险变量: personal numbers are recognised by their check digits, and in a public piece
(网宣) any error holds the score down. The example numbers are made up (birth dates in 1900,
or the example of the standard itself) and computed to pass or fail their checks."""

from datetime import date

import pytest

from checker.config import Config
from checker.identifiers import (bank_cards, luhn_valid, mobiles, resident_id_valid, resident_ids)
from checker.pipeline import Checker

VALID_ID = "430602190001011234"
WRONG_CHECK = "430602190001011235"


@pytest.mark.parametrize("number", [VALID_ID, "11010519491231002X", "11010519491231002x", "360102190003150072"])
def test_valid_resident_ids(number):
    assert resident_id_valid(number)


@pytest.mark.parametrize("number,why", [
    (WRONG_CHECK, "check character"),
    ("430621190002290027", "1900-02-29 does not exist (check character right)"),
    ("990602190001011233", "no province 99"),
    ("43060219000101123", "17 characters"),
    ("4306021900010112X4", "X only last"),
])
def test_invalid_resident_ids(number, why):
    assert not resident_id_valid(number), why


def test_a_birth_date_in_the_future_is_not_an_id():
    # 2030-01-01 with its right check character: not yet anyone's number
    number = "430602203001011234"
    assert resident_id_valid(number, today=date(2031, 1, 1))
    assert not resident_id_valid(number, today=date(2026, 1, 1))


def test_luhn():
    assert luhn_valid("6217000012345670")
    assert not luhn_valid("6217000012345671")
    assert luhn_valid("6222 0000 0000 1234 560")


def test_finders_give_exact_spans():
    text = f"身份证号{VALID_ID}，手机139-0000-1111，卡号6217 0000 1234 5670。"
    assert [text[s:e] for s, e in resident_ids(text)] == [VALID_ID]
    assert [text[s:e] for s, e in mobiles(text)] == ["139-0000-1111"]
    assert [text[s:e] for s, e in bank_cards(text)] == ["6217 0000 1234 5670"]


def test_full_width_digits_are_read():
    wide = VALID_ID.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    text = f"身份证号{wide}。"
    assert [text[s:e] for s, e in resident_ids(text)] == [wide]


def test_an_id_is_not_a_bank_card_nor_a_phone():
    text = f"身份证号{VALID_ID}、{WRONG_CHECK}。"
    assert list(bank_cards(text)) == []
    assert list(mobiles(text)) == []


STORY = ("柳溪村的路修通了\n"
         "今年3月，柳溪村党支部书记王某某带着12名党员，用两个月修通了3.2公里的进村路。"
         "“以前下雨天，孩子上学要绕两个小时。”村民李大姐说。"
         "村民王某（身份证号{number}）主动拿出自家的2亩地让路。"
         "路通以后，村里的200亩猕猴桃第一次由货车直接拉到县城，每斤多卖了1元钱。")


def test_story_with_a_valid_id_is_capped_and_one_with_a_wrong_check_digit_is_not(checker):
    flagged = checker.check_text(STORY.format(number=VALID_ID), genre="propaganda")
    typo = checker.check_text(STORY.format(number=WRONG_CHECK), genre="propaganda")
    ids = [f for f in flagged.findings if f.rule == "ZG951"]
    assert [f.excerpt for f in ids] == [VALID_ID] and ids[0].severity == "error"
    assert flagged.text[ids[0].start:ids[0].end] == VALID_ID
    assert not [f for f in typo.findings if f.rule == "ZG951"]
    assert flagged.score <= 40 < typo.score
    assert any(d.dimension == "score" and d.rule == "ZG951" for d in flagged.deductions)


def test_an_error_caps_only_a_public_piece(checker):
    """The same number in an experience item costs points but does not cap the score."""
    experience = checker.check_text(STORY.format(number=VALID_ID), genre="experience")
    assert any(f.rule == "ZG951" for f in experience.findings)
    assert not any(d.dimension == "score" and d.rule == "ZG951" for d in experience.deductions)


def test_an_error_turned_into_a_warning_by_the_user_no_longer_caps():
    relaxed = Checker(Config(severity={"ZG951": "warning"}))
    report = relaxed.check_text(STORY.format(number=VALID_ID), genre="propaganda")
    assert [f.severity for f in report.findings if f.rule == "ZG951"] == ["warning"]
    assert report.score > 40
