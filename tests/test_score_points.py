"""Points a rule takes from the depth score itself by its own `score_points` (ZG517: figures that
matter per thousand characters, four points for each one short of five, at most 20), whatever the
genre's dimension weights: listed against the rule, scaled by how far short the draft falls, never
more than the score there is, gone when the rule is switched off; the dimensions are untouched."""

import re
import shutil

import pytest
import yaml

from checker.config import Config
from checker.errors import RuleError
from checker.findings import Finding
from checker.load import Source
from checker.paths import RULES_DIR
from checker.pipeline import Checker
from checker.rulebook import load_rule
from checker.score import own_points

# a practice told without one figure of what it did or achieved (meetings and trainings counted)
TITLE = "柳林镇推行“院坝说事”"
BARE = """今年以来，柳林镇党委在全镇推行“院坝说事”，把议事会开到村民家门口。
镇里先后召开部署会4次，培训村组干部260人次。
每次说事前，村党支部提前收集群众意见，确定说事的题目。
说事时，镇包村干部到场听取意见，能当场答复的当场答复。
说事后，村里把办理结果贴在公开栏，请群众监督。
"""
# the same practice with its results in figures
COUNTED = BARE.replace("镇里先后召开部署会4次，培训村组干部260人次。",
                       "半年来，全镇11个村共说事96场，群众提出的183件事已办结151件，信访件比去年同期少了三分之一。")


def run(checker: Checker, body: str, genre: str):
    return checker.check_source(Source("-", f"{TITLE}\n{body}", TITLE), genre)


def overall(report, rule="ZG517"):
    return [d for d in report.deductions if d.dimension == "overall" and d.rule == rule]


@pytest.fixture(scope="module")
def plain():
    return Checker(config=Config(ignore={"ZG517"}))


@pytest.mark.parametrize("genre", ["experience", "news", "propaganda", "speech"])
def test_a_draft_without_figures_loses_twenty_points_of_the_score_in_any_genre(checker, plain, genre):
    report = run(checker, BARE, genre)
    without = run(plain, BARE, genre)
    [advice] = [f for f in report.advice if f.rule == "ZG517"]
    assert "每千字只有 0 个" in advice.message
    [deduction] = overall(report)
    assert deduction.points == 20
    # the points come off before the caps (a capped draft stays capped): compare what the caps took
    capped_by = sum(d.points for d in without.deductions if d.dimension == "score")
    capped = sum(d.points for d in report.deductions if d.dimension == "score")
    assert report.score + capped == max(0, without.score + capped_by - 20)
    assert report.dimensions == without.dimensions  # the score itself, not a dimension


def test_the_points_follow_how_far_short_the_draft_falls(checker):
    some = BARE.replace("镇里先后召开部署会4次，培训村组干部260人次。", "到6月底，全镇11个村都开过了说事会。") + \
        "群众说，有事能当面说清楚，心里的疙瘩也就解开了。\n镇里还把说事的好做法编成小册子，发到各村。\n" \
        "包村干部每次说事都记在本子上，回到镇里逐件交办，办好了再回村里说一声。\n" \
        "有的村把说事会和村民代表会议放在一起开，省了时间，村民也愿意来。\n"
    report = run(checker, some, "experience")
    [advice] = [f for f in report.advice if f.rule == "ZG517"]
    density = float(re.search(r"每千字只有 ([\d.]+) 个", advice.message).group(1))
    assert 0 < density < 5
    [deduction] = overall(report)
    assert deduction.points == pytest.approx(round(4 * (5 - density), 1))


def test_a_draft_that_gives_its_results_in_figures_keeps_its_points(checker):
    report = run(checker, COUNTED, "experience")
    assert "ZG517" not in {f.rule for f in report.findings + report.advice}
    assert overall(report) == []


def test_the_points_never_take_more_than_the_score_there_is(tmp_path):
    rule = load_rule(RULES_DIR / "not_specific" / "ZG517.yaml")
    finding = Finding(rule="ZG517", family=rule.family, severity=rule.severity, message="", suggestion="",
                      start=0, end=0, line=1, column=1, excerpt="", weight=10.0)
    assert [(d.rule, d.points) for d in own_points([finding], {"ZG517": rule}, 60)] == [("ZG517", 20.0)]
    assert [(d.rule, d.points) for d in own_points([finding], {"ZG517": rule}, 7)] == [("ZG517", 7.0)]
    assert own_points([finding], {"ZG517": rule}, 0) == []


def _rules_with(tmp_path, **changes):
    folder = tmp_path / "rules"
    shutil.copytree(RULES_DIR, folder)
    path = folder / "not_specific" / "ZG517.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.update(changes)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return folder


def test_a_genre_may_take_the_points_away(tmp_path):
    folder = _rules_with(tmp_path, genres={"news": {"score_points": 0}, "experience": {}})
    checker = Checker(rules_dir=folder)
    news = run(checker, BARE, "news")
    assert "ZG517" in {f.rule for f in news.advice} and overall(news) == []
    assert overall(run(checker, BARE, "experience"))


@pytest.mark.parametrize("changes, words", [({"score_points": 50}, "score_points"),
                                            ({"max_score_points": "二十"}, "max_score_points")])
def test_bad_score_points_are_a_load_error_naming_the_key(tmp_path, changes, words):
    folder = _rules_with(tmp_path, **changes)
    with pytest.raises(RuleError) as error:
        load_rule(folder / "not_specific" / "ZG517.yaml", folder)
    message = str(error.value).replace(str(folder), "")
    assert "ZG517.yaml" in message and f"{words}：" in message
