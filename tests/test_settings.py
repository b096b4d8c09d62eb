"""A rule's effective settings are resolved once, defaults < genre override < user
configuration; the profile (and the model's input) is the judgement of the draft and does not
change with what the user switches off."""

from checker.config import Config
from checker.features import rule_features
from checker.load import Source
from checker.pipeline import Checker
from checker.rulebook import effective

# ZG603 (高大全) is info with penalty 6 in news by its genre override, warning with 10 by default.
HERO = "县里召开表彰会\n近日，县委组织部召开表彰会。她舍小家顾大家，一心扑在社区工作上。"
# Absolute claims (ZG601), inflation (ZG602) and a slogan (ZG101) in an experience item.
INFLATED = ("推行“村事村办”机制\n今年以来，我县推行“村事村办”机制，所有村全部建立议事会，"
            "取得了前所未有的巨大成效，群众满意度显著提升，受到一致好评。")


def test_effective_resolves_defaults_then_genre_then_user(checker):
    rule = checker.rules_by_id["ZG603"]
    assert (rule.severity, rule.penalty) == ("warning", 10)
    in_news = effective(rule, "news")
    assert (in_news.severity, in_news.penalty) == ("info", 6)
    chosen = effective(rule, "news", {"severity": "error"})
    assert (chosen.severity, chosen.penalty) == ("error", 6)  # the user's severity, the genre's penalty
    assert effective(rule, "research") is None  # the rule names its genres; research is not one


def test_the_users_severity_wins_over_a_genre_override():
    default = Checker().check_text(HERO, genre="news")
    assert {f.severity for f in default.findings if f.rule == "ZG603"} == {"info"}
    for key in ("ZG603", "over_elevation"):  # by rule id, or by family
        report = Checker(Config(severity={key: "error"})).check_text(HERO, genre="news")
        found = [f for f in report.findings if f.rule == "ZG603"]
        assert found and {f.severity for f in found} == {"error"}, key
        points = [d.points for d in report.deductions if d.rule == "ZG603"]
        assert points == [d.points for d in default.deductions if d.rule == "ZG603"]  # penalty still the genre's


def test_a_rule_id_setting_wins_over_its_familys():
    config = Config(severity={"exaggeration": "info", "ZG601": "error"})
    report = Checker(config).check_text(INFLATED, genre="experience")
    severities = {f.rule: f.severity for f in report.findings if f.family == "exaggeration"}
    assert severities.get("ZG601") == "error" and severities.get("ZG602") == "info"


def test_ignoring_a_family_leaves_the_profile_alone():
    plain = Checker().check_text(INFLATED, genre="experience")
    ignoring = Checker(Config(ignore={"exaggeration"})).check_text(INFLATED, genre="experience")
    assert plain.profile["exaggeration"] is True
    assert ignoring.profile == plain.profile
    # ...while what is shown and scored follows the configuration
    assert any(f.family == "exaggeration" for f in plain.findings)
    assert not any(f.family == "exaggeration" for f in ignoring.findings)
    assert plain.dimensions["credibility"] < ignoring.dimensions["credibility"]
    assert not any(d.rule in ("ZG601", "ZG602") for d in ignoring.deductions)


def test_the_model_sees_the_judgement_not_the_configuration():
    source = Source("-", INFLATED, INFLATED.split("\n")[0])
    plain = Checker().analyse(source, "experience")
    ignoring = Checker(Config(ignore={"exaggeration", "ZG101"}, severity={"ZG911": "info"})).analyse(source, "experience")
    assert rule_features(ignoring) == rule_features(plain)
    assert ignoring.findings == plain.findings and ignoring.shown != plain.shown


def test_ignoring_a_rule_lets_the_one_it_overshadowed_speak():
    """ZG101 (套话) yields to ZG404 (空泛对策) on 高度重视; with ZG404 off, ZG101 says it."""
    text = ("关于村干部队伍建设的几点建议\n调研发现，全县42个村中有17个村的村干部年龄超过55岁，后备力量不足。\n"
            "下一步，要高度重视村干部队伍建设。")
    rules = lambda config: {(f.rule, f.excerpt) for f in Checker(config).check_text(text, genre="problem").findings}  # noqa: E731
    assert ("ZG404", "高度重视") in rules(Config()) and ("ZG101", "高度重视") not in rules(Config())
    assert ("ZG101", "高度重视") in rules(Config(ignore={"ZG404"}))


def test_an_unknown_name_in_severity_is_an_error(tmp_path):
    import pytest

    from checker.errors import CheckerError

    with pytest.raises(CheckerError, match="ZG999"):
        Checker(Config(severity={"ZG999": "info"}, source=tmp_path / "checker.toml"))
