"""Length does not decide the score: span findings count as a rate per 800 characters
(rules/score.yaml), so a draft joined to another of the same quality keeps its score, and a
long document is not sunk by the sheer number of its findings."""

from checker.load import Source
from checker.score import length_scale

from .conftest import DATA


def _body(path):
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines[0], "\n".join(lines[1:])


def _score(checker, title, body, genre):
    return checker.check_source(Source("-", f"{title}\n{body}", title), genre).score


MEDIUM_TITLE = "某县推行村级事务“一张清单”管理"
MEDIUM = """今年以来，某县在全县186个村推行村级事务“一张清单”管理，把村里的事分成37项，逐项写明办理时限和责任人。
各乡镇高度重视，切实加强组织领导，形成了上下联动、齐抓共管的良好局面。
清单实行后，村干部需要签字盖章的事项由原来的52项减少到19项，群众办事平均跑腿次数从3.2次降到1.1次。
下一步，该县将持续深化改革，不断提升基层治理水平，努力开创工作新局面。"""


def test_joining_a_middling_draft_to_itself_keeps_the_score(checker):
    alone = _score(checker, MEDIUM_TITLE, MEDIUM, "experience")
    doubled = _score(checker, MEDIUM_TITLE, MEDIUM + "\n" + MEDIUM, "experience")
    tripled = _score(checker, MEDIUM_TITLE, "\n".join([MEDIUM] * 3), "experience")
    assert abs(doubled - alone) <= 2 and abs(tripled - alone) <= 2, (alone, doubled, tripled)


def test_joining_two_drafts_of_one_quality_keeps_the_score(checker):
    for stem, genre in (("experience_ganbuxuanba", "experience"), ("experience_jilidandang", "experience")):
        for quality in ("strong", "weak"):
            title, body = _body(DATA / "twins" / f"{stem}.{quality}.txt")
            alone = _score(checker, title, body, genre)
            doubled = _score(checker, title, body + "\n" + body, genre)
            assert abs(doubled - alone) <= 6, (stem, quality, alone, doubled)


def test_a_long_weak_draft_still_scores_below_a_short_strong_one(checker):
    title, strong = _body(DATA / "twins" / "experience_ganbuxuanba.strong.txt")
    _, weak = _body(DATA / "twins" / "experience_ganbuxuanba.weak.txt")
    assert _score(checker, title, "\n".join([weak] * 4), "experience") < _score(checker, title, strong, "experience")


def test_length_scale_is_a_rate_with_a_floor():
    settings = {"reference_chars": 800, "min_chars": 200}
    assert length_scale(100, settings) == length_scale(200, settings) == 4.0
    assert length_scale(800, settings) == 1.0
    assert length_scale(1600, settings) == 0.5
    assert length_scale(400, settings) == 2.0
