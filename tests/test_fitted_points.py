"""Points a rule takes from the depth score itself (rules/score.yaml `fitted_points`, fitted by
bench/fit_points.py to editors' labels): once per rule that fires, listed against the rule, never
more than the score there is to lose, gone when the user switches the rule off."""

import shutil
from io import StringIO

import pytest
import yaml
from rich.console import Console

from checker.config import Config
from checker.errors import RuleError
from checker.paths import RULES_DIR
from checker.pipeline import Checker
from checker.report import terminal

from .conftest import ROOT

# a problem item with two stock remedies (ZG404 twice), a slogan paragraph and a real proposal
DRAFT = """青松镇村级后备干部断档问题值得关注
青松镇12个村中，有7个村没有35岁以下的后备干部，占58%。
主要原因是村干部每月报酬不到2000元，年轻人多外出务工。
我们要牢固树立服务意识，全面提升工作水平，努力开创崭新局面。
要进一步统一思想认识，切实增强紧迫感和荣誉感。
建议镇党委在今年9月前从返乡大学生中为每村选定1名后备干部，由镇组织委员每季度考核一次。
"""


def checker_with(tmp_path, points: dict, config: Config | None = None) -> Checker:
    folder = tmp_path / f"rules_{len(list(tmp_path.iterdir()))}"
    shutil.copytree(RULES_DIR, folder)
    path = folder / "score.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["fitted_points"] = points
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return Checker(config=config, rules_dir=folder)


def overall(report) -> list:
    return [d for d in report.deductions if d.dimension == "overall"]


def test_a_rule_that_fires_takes_its_points_once_and_the_report_names_it(tmp_path):
    plain = checker_with(tmp_path, {}).check_text(DRAFT, genre="problem")
    moved = checker_with(tmp_path, {"ZG404": 10}).check_text(DRAFT, genre="problem")
    assert sum(f.rule == "ZG404" for f in plain.findings) == 2  # two findings, one deduction
    # (a rule's own score_points, such as ZG518's, are overall deductions too: they stay as they were)
    assert not [d for d in overall(plain) if d.rule == "ZG404"]
    assert [(d.rule, d.count, d.points) for d in overall(moved) if d not in overall(plain)] == [("ZG404", 2, 10.0)]
    assert moved.score == plain.score - 10
    assert moved.dimensions == plain.dimensions  # the dimensions are not touched
    assert {"dimension": "overall", "rule": "ZG404", "count": 2, "points": 10.0} in moved.to_json()["deductions"]
    buffer = StringIO()
    terminal.render(moved, Console(file=buffer, width=200, color_system=None))
    assert "总分 -10（ZG404×2）" in buffer.getvalue()


def test_a_rule_that_does_not_fire_or_is_switched_off_costs_nothing(tmp_path):
    plain = checker_with(tmp_path, {}).check_text(DRAFT, genre="problem")
    unfired = checker_with(tmp_path, {"ZG633": 14}).check_text(DRAFT, genre="problem")
    assert "ZG633" not in {f.rule for f in unfired.findings}
    assert unfired.score == plain.score and overall(unfired) == []
    ignored = checker_with(tmp_path, {"ZG404": 10}, Config(ignore={"ZG404"})).check_text(DRAFT, genre="problem")
    assert overall(ignored) == []


def test_the_points_never_take_the_score_below_zero_and_add_up_to_what_was_lost(tmp_path):
    plain = checker_with(tmp_path, {}).check_text(DRAFT, genre="problem")
    heavy = checker_with(tmp_path, {"ZG404": 30, "ZG102": 30, "ZG913": 30, "ZG101": 30}).check_text(DRAFT, genre="problem")
    assert plain.score < 120  # the four rules together would take more than there is
    assert heavy.score == 0
    assert sum(d.points for d in overall(heavy)) == pytest.approx(plain.score)
    assert all(d.points > 0 for d in overall(heavy))


@pytest.mark.parametrize("points, words", [({"ZG999": 5}, "ZG999"), ({"ZG404": 50}, "0 到 30"),
                                           ({"ZG404": "五"}, "0 到 30"), (["ZG404"], "映射")])
def test_bad_fitted_points_are_a_load_error_naming_the_file(tmp_path, points, words):
    with pytest.raises(RuleError) as error:
        checker_with(tmp_path, points)
    assert "score.yaml" in str(error.value) and words in str(error.value)


def test_the_terminal_always_lists_what_was_taken_from_the_score_itself(tmp_path):
    # a weak draft with more than eight dimension deductions: the score-level ones still show
    fitted = checker_with(tmp_path, {"ZG513": 9, "ZG514": 8})
    weak = fitted.check_path(str(ROOT / "tests" / "data" / "twins" / "problem_cunliangweihoubei.weak.txt"))
    assert sum(d.dimension not in ("overall", "score") and d.points > 0 for d in weak.deductions) > 8
    on_score = [d for d in weak.deductions if d.dimension == "overall" and d.points > 0]
    assert on_score
    buffer = StringIO()
    terminal.render(weak, Console(file=buffer, width=400, color_system=None))
    shown = buffer.getvalue()
    assert all(f"总分 -{d.points:g}（{d.rule}×{d.count}）" in shown for d in on_score)
