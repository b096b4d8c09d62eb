"""A report shows the dimensions and profile flags its genre is scored on, by the names that
genre's writer reads (rules/genres.yaml `weights`, `dimension_labels`, `profile`): a 网宣 story
is judged on 事实与故事、平实好读、可信, and is not told it lacks countermeasures. The JSON keeps
every dimension, so tables across genres stay comparable."""

import json

from checker import registry
from checker.pipeline import Checker
from checker.report import html, terminal
from checker.report import json as json_report

STORY = ("老罗的记账本\n"
         "早上7点，老罗背着帆布包出了门。包里是一个记账本，记着村里38户老人要他代买的东西。\n"
         "“王婶要降压药，李叔要两斤盐。”他一边走一边念叨。从村部到镇上的药店有12里山路，他一走就是9年。\n"
         "她被评为全省优秀党务工作者的那一年，他恪尽职守、任劳任怨，舍小家顾大家。")
MEETING = ("县委组织部召开组织工作会议\n"
           "3月5日，县委组织部召开全县组织工作会议。县委常委、组织部部长出席会议并讲话。\n"
           "会议强调，要高度重视组织工作，切实加强党的建设，推动各项工作落地见效。\n"
           "会议要求，各级党组织要进一步提高政治站位，凝聚强大合力，营造浓厚氛围。")


def test_a_propaganda_report_shows_its_own_dimensions_and_flags():
    report = Checker().check_text(STORY, genre="propaganda")
    shown = registry.genre_dimensions("propaganda")
    assert list(shown) == ["analysis", "specificity", "style", "credibility", "risk"]
    assert shown["specificity"] == "事实与故事" and shown["style"] == "平实好读" and shown["risk"] == "发布风险"
    text = _terminal(report)
    assert "事实与故事" in text and "平实好读" in text
    assert "对策" not in text.split("第1段")[0] and "可行对策" not in text and "具体问题" not in text
    page = html.render(report)
    assert "事实与故事" in page and "有可行对策" not in page
    data = json.loads(json_report.render([report], single=True))
    assert set(data["dimensions"]) == set(registry.DIMENSIONS)  # the JSON keeps every dimension


def test_news_drops_problem_and_countermeasure_and_keeps_the_default_names():
    report = Checker().check_text(MEETING, genre="news")
    shown = registry.genre_dimensions("news")
    assert "problem" not in shown and "countermeasure" not in shown
    assert shown["analysis"] == registry.DIMENSIONS["analysis"]
    text = _terminal(report)
    assert "讲了具体问题" not in text and "没讲具体问题" not in text and "✗缺分析研判" in text
    named = [name for name, _ in terminal.counted_deductions(report)]
    assert named and set(named) <= {*shown.values(), "总分", "总分封顶"}


def test_an_unknown_genre_shows_every_dimension():
    assert registry.genre_dimensions("no_such_genre") == registry.DIMENSIONS


def _terminal(report) -> str:
    from io import StringIO

    from rich.console import Console

    out = StringIO()
    terminal.render(report, Console(file=out, width=100, color_system=None))
    return out.getvalue()


def test_publication_risk_is_its_own_dimension_and_weighs_most_in_a_public_piece():
    # an ID number in the text: the risk dimension pays, credibility does not
    leaked = STORY.replace("他一走就是9年。", "他一走就是9年，登记表上写着他的身份证号11010519491231002X。")
    for genre in ("propaganda", "experience"):
        clean, risky = Checker().check_text(STORY, genre=genre), Checker().check_text(leaked, genre=genre)
        assert clean.dimensions["risk"] == 100 and risky.dimensions["risk"] < 100
        assert risky.dimensions["credibility"] == clean.dimensions["credibility"]
    weights = {g: registry.genre_spec()["genres"][g]["weights"] for g in ("propaganda", "experience")}
    share = {g: w["risk"] / sum(w.values()) for g, w in weights.items()}
    assert share["propaganda"] > 2 * share["experience"]


def test_one_comparison_in_an_experience_item_is_thin_analysis_not_none():
    """An experience item needs two backed analysis sentences (rules/score.yaml profile), but no
    rule says it has none when it has one: the profile line says 研判偏少, never 缺分析研判 beside
    a full 研判 bar; the batch's words agree; a research draft with no analysis at all keeps 缺分析研判."""
    from checker.batch.summary import profile_words

    text = ("东湖镇让12名年轻干部到便民服务中心跟班半年\n"
            "今年3月起，东湖镇从镇直站所选派12名35岁以下干部到便民服务中心跟班，每人每天受理办件不少于15件。\n"
            "跟班期满，12人中有9人能独立办理全部42类事项，群众满意率为96%，跟班前一年该中心为88%。\n"
            "镇党委把跟班表现写进干部年度考核，2人因此调整到村级岗位。")
    report = Checker().check_text(text, genre="experience")
    assert report.profile["analysis"] is False and report.dimensions["analysis"] == 100
    assert "✗研判偏少" in _terminal(report) and "缺分析研判" not in _terminal(report)
    assert "研判偏少" in profile_words(report.to_json())
    # an experience item is not faulted for having no analysis at all (ZG301 does not judge the
    # genre): the profile still says it is thin; a research report without any keeps 缺分析研判
    bare = Checker().check_text(text.replace("，跟班前一年该中心为88%", ""), genre="experience")
    assert "✗研判偏少" in _terminal(bare) and "ZG301" not in {f.rule for f in bare.findings}
    research = Checker().check_text(text.replace("，跟班前一年该中心为88%", ""), genre="research")
    assert "✗缺分析研判" in _terminal(research)
