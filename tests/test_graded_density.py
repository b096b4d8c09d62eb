"""A graded density rule (ZG102, the share of slogan sentences) costs points in proportion to
the share, not in one step at its threshold: a draft that is two-thirds slogans loses more than
one just over three-tenths, and the message says the share."""

FACT = "县委组织部今年为38个村各配了1名党建指导员，其中12人是返乡大学生。"
SLOGAN = "我们始终高度重视基层党建工作，凝聚强大合力，营造浓厚氛围。"


def _draft(facts: int, slogans: int) -> str:
    return "柳溪县抓党建促振兴\n" + "\n".join([FACT] * facts + [SLOGAN] * slogans)


def _zg102(report):
    points = [d.points for d in report.deductions if d.rule == "ZG102"]
    messages = [f.message for f in report.findings if f.rule == "ZG102"]
    return (points[0] if points else 0.0), messages


def test_points_grow_with_the_share_of_slogans(checker):
    few, _ = _zg102(checker.check_text(_draft(6, 1), genre="experience"))
    some, some_messages = _zg102(checker.check_text(_draft(6, 3), genre="experience"))
    many, many_messages = _zg102(checker.check_text(_draft(3, 6), genre="experience"))
    assert few == 0  # one slogan in seven sentences: under the threshold
    [rule] = [r for r in checker.all_rules if r.id == "ZG102"]
    assert rule.penalty <= some < many <= rule.max_penalty
    assert "33%" in some_messages[0] and "67%" in many_messages[0]


def test_graded_needs_a_ratio_element_rule(tmp_path):
    import pytest
    import yaml

    from checker.errors import RuleError
    from checker.kinds import Resources, build_kind
    from checker.paths import RULES_DIR
    from checker.pipeline import load_lexicons
    from checker.rulebook import load_rule

    data = yaml.safe_load((RULES_DIR / "no_analysis" / "ZG302.yaml").read_text(encoding="utf-8"))
    data["graded"] = True
    folder = tmp_path / "no_analysis"
    folder.mkdir()
    path = folder / "ZG302.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RuleError, match="：graded 只能用于"):
        build_kind(load_rule(path), Resources(load_lexicons(), RULES_DIR / "lexicons"))
