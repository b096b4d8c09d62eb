"""The genre calibration (rules/genres.yaml `calibration`, score.calibrate): a few points added to
or taken from every draft of a genre, so that one ranking over a month's items of all genres
follows the editors; the dimensions are untouched, caps still hold, and the report says so."""

import shutil
from io import StringIO

import pytest
import yaml
from rich.console import Console

from checker.paths import RULES_DIR
from checker.pipeline import Checker
from checker.report import html, terminal
from checker.score import calibrate

PROBLEM = """东岭镇干部借调和留人的几个问题
当前，东岭镇的干部队伍总体稳定，但借调和留人上有几个问题。
一是借调较多。全镇52名干部中被县直部门借调的有11人，在岗人手紧张。
二是思想不稳。一些年轻干部把乡镇当跳板，工作的劲头不足。
三是保障不足。乡镇干部待遇偏低，工作压力大。
对此，要高度重视，切实加强镇里的干部管理。
"""

NEWS = """县委组织部召开驻村选调生座谈会
5月8日，县委组织部为今年新招录的18名选调生召开到村任职座谈会。
座谈会上，选调生代表李明说：“我们一定扎根基层，虚心向群众学习。”
选调生王芳在发言中说：“到村以后，我要多走多看，尽快进入角色。”
县委组织部负责同志勉励大家珍惜机会、踏实工作。
"""


def checker_with(tmp_path, genre: str, points: int) -> Checker:
    folder = tmp_path / f"rules_{genre}_{points}"
    shutil.copytree(RULES_DIR, folder)
    path = folder / "genres.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["genres"][genre]["calibration"] = points
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return Checker(rules_dir=folder)


def test_calibrate_keeps_the_score_within_0_to_100_and_returns_what_it_added():
    assert calibrate(50, 8) == (58, 8)
    assert calibrate(96, 8) == (100, 4)
    assert calibrate(1, -2) == (0, -1)
    assert calibrate(70, 0) == (70, 0)


def test_the_score_moves_by_its_genres_calibration_and_the_report_says_so(tmp_path):
    plain = checker_with(tmp_path, "problem", 0).check_text(PROBLEM, genre="problem")
    moved = checker_with(tmp_path, "problem", 10).check_text(PROBLEM, genre="problem")
    assert plain.score <= 90  # room to move
    assert (plain.calibration, moved.calibration) == (0, 10)
    assert moved.score == plain.score + 10
    assert moved.dimensions == plain.dimensions and moved.findings == plain.findings
    assert moved.to_json()["calibration"] == 10 and plain.to_json()["calibration"] == 0
    buffer = StringIO()
    terminal.render(moved, Console(file=buffer, width=120, color_system=None))
    assert "含文体校准 +10 分" in buffer.getvalue()
    assert "含文体校准" in html.render(moved) and "含文体校准" not in html.render(plain)


def test_another_genres_calibration_leaves_the_draft_alone(tmp_path):
    plain = checker_with(tmp_path, "news", 0).check_text(PROBLEM, genre="problem")
    other = checker_with(tmp_path, "news", -10).check_text(PROBLEM, genre="problem")
    assert (other.score, other.calibration) == (plain.score, plain.calibration)


def test_a_capped_draft_stays_at_its_cap(tmp_path):
    """A news item that reports only the event is capped at 50 (ZG302); calibration comes first."""
    raised = checker_with(tmp_path, "news", 20).check_text(NEWS, genre="news")
    assert any(f.rule == "ZG302" for f in raised.findings)
    assert raised.score <= 50


def test_the_shipped_calibration_moves_a_genre_a_few_points_never_a_grade():
    data = yaml.safe_load((RULES_DIR / "genres.yaml").read_text(encoding="utf-8"))
    shifts = {name: entry.get("calibration", 0) for name, entry in data["genres"].items()}
    assert all(-10 <= value <= 10 for value in shifts.values()), shifts


@pytest.mark.parametrize("value", [25, "三"])
def test_a_calibration_out_of_range_or_not_a_number_is_refused(tmp_path, value):
    from checker.errors import RuleError

    with pytest.raises(RuleError, match=r"genres\.news\.calibration：应"):
        checker_with(tmp_path, "news", value)
