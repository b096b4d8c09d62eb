"""checker check --excerpt: part of a draft (its opening). What a whole draft must have and the
part lacks is not held against it, where the genre puts that element later; what the part
says is judged as usual."""

import json

import pytest
from typer.testing import CliRunner

import checker
from checker.cli import app

OPENING = ("全镇35岁以下村干部只有6人，占8%，50岁以上的有41人。\n"
           "近三年有9名年轻村干部辞职外出务工，其中5人去了县城的工厂。\n"
           "有2个村的村委会主任由65岁以上的老同志兼任。")
TITLE = "村干部队伍老化值得关注"


def rules(text, genre, excerpt, title=TITLE):
    """The rules that spoke: findings and advice (提升建议) alike."""
    report = checker.check(text, title=title, genre=genre, excerpt=excerpt)
    return [f.rule for f in report.findings + report.advice]


def test_a_problem_piece_cut_before_its_causes_and_proposals_is_not_missing_them():
    assert {"ZG301", "ZG401"} <= set(rules(OPENING, "problem", excerpt=False))
    found = rules(OPENING, "problem", excerpt=True)
    assert "ZG301" not in found and "ZG401" not in found
    whole = checker.check(OPENING, title=TITLE, genre="problem")
    part = checker.check(OPENING, title=TITLE, genre="problem", excerpt=True)
    assert part.score > whole.score
    assert part.to_json()["excerpt"] is True and "excerpt" not in whole.to_json()
    # the dimensions the part could not be judged on are named and left out of the score
    assert set(part.not_judged) == {"analysis", "countermeasure"}
    assert part.to_json()["not_judged"] == ["analysis", "countermeasure"]
    assert whole.not_judged == ()


PRACTICE = ("县委组织部推行村干部“周二坐班日”，每周二全体村干部在村部坐班。\n"
            "坐班时由村党组织书记主持，群众来办的事当场登记。\n"
            "乡镇党委每月抽查一次坐班记录，抽查结果在全镇通报。")


BACKGROUND = ("为摸清全县村级后备力量情况，县委组织部于今年4月组成3个调研组，走访了12个乡镇。\n"
              "调研采取座谈、个别访谈和问卷相结合的方式，共发放问卷600份，收回有效问卷571份。\n"
              "全县现有行政村246个，村“两委”成员1408人。")


SUCCESSES = ("近年来，青松县农家书屋建设取得了一定成效。\n"
             "全县218个行政村都建起了农家书屋，每个书屋配书1500册以上。\n"
             "县图书馆每季度为各书屋轮换一次图书，去年共轮换图书3.2万册。")


SELF_CHECK = ("按照县委组织部的通知要求，柳湾镇对全镇12名村党组织书记履行换届承诺的情况逐村作了自查。\n"
              "各村书记年初都在村务公开栏公示了承诺书，承诺事项由镇党委逐项审核，共审核承诺41项。\n"
              "镇纪委每季度到村抽查一次承诺落实台账，抽查情况在全镇党建例会上通报。")


@pytest.mark.parametrize("text,genre,title,rule", [
    # a problem piece that sets out what has been done before what is wrong (…成效怎样？还存在什么
    # 问题): an opening that stops before its problems is not told it has none (audits 77-81: all
    # four such findings judged wrong by both readers)
    (SUCCESSES, "problem", "农家书屋建起来了，还存在哪些问题", "ZG201"),
    # an experience item tells its practice first and its results last: an opening that stops
    # before the results is not told the practice had no measurable effect
    (PRACTICE, "experience", "青松县推行村干部“周二坐班日”", "ZG504"),
    # a 调研 report sets out its background and method first, its problems after
    (BACKGROUND, "research", "关于全县村级后备力量建设情况的调研报告", "ZG201"),
    # a 自查报告 (or a …情况报告) sets out what was done first, its shortcomings and their correction
    # last (set 152, both readers: the opening of one is not missing its plans)
    (SELF_CHECK, "speech", "柳湾镇村党组织书记履行承诺情况自查报告", "ZG401"),
])
def test_a_piece_cut_before_what_comes_later_is_not_told_it_lacks_it(text, genre, title, rule):
    assert rule in rules(text, genre, excerpt=False, title=title)
    assert rule not in rules(text, genre, excerpt=True, title=title)


def test_what_the_excerpt_says_is_still_judged():
    # vague proposals are there to be read: still not concrete
    text = OPENING + "\n建议进一步加强村级后备力量建设，持续推进年轻干部培养。\n下一步要高度重视村干部队伍建设。"
    assert "ZG402" in rules(text, "problem", excerpt=True)
    # a speech says what it says: its missing proposals are not waiting in a later section
    speech = ("同志们，这次会议很重要，大家要认真领会会议精神。\n"
              "组织工作是党的建设的重要组成部分，使命光荣、责任重大。\n"
              "希望大家珍惜机遇、担当作为，以优异成绩交上满意答卷。")
    assert rules(speech, "speech", excerpt=True) == rules(speech, "speech", excerpt=False)


def test_the_cli_says_it_checked_an_excerpt(tmp_path):
    draft = tmp_path / "开头.txt"
    draft.write_text(f"{TITLE}\n{OPENING}\n", encoding="utf-8")
    runner = CliRunner()
    shown = runner.invoke(app, ["check", str(draft), "-g", "problem", "--excerpt", "--no-model"])
    assert shown.exit_code == 0 and "按片段检查" in shown.output
    assert "对策 未评（片段）" in shown.output
    table = runner.invoke(app, ["check", str(draft), "-g", "problem", "--excerpt", "--no-model", "-f", "csv"]).output
    assert "未评（片段）" in table
    data = json.loads(runner.invoke(app, ["check", str(draft), "-g", "problem", "--excerpt", "--no-model",
                                          "-f", "json"]).output)
    assert data["excerpt"] is True
    assert not {"ZG301", "ZG401"} & {f["rule"] for f in data["findings"]}


def test_the_web_api_and_the_html_report_take_an_excerpt():
    from fastapi.testclient import TestClient

    from checker.serve import create_app

    client = TestClient(create_app())
    answer = client.post("/api/check", json={"text": OPENING, "title": TITLE, "genre": "problem", "excerpt": True})
    assert answer.status_code == 200 and answer.json()["excerpt"] is True
    assert not {"ZG301", "ZG401"} & {f["rule"] for f in answer.json()["findings"]}
    page = client.post("/api/report", data={"text": f"{TITLE}\n{OPENING}", "genre": "problem", "excerpt": "true",
                                            "format": "html"})
    assert page.status_code == 200 and "按片段检查" in page.text and "未评（片段）" in page.text
    whole = client.post("/api/report", data={"text": f"{TITLE}\n{OPENING}", "genre": "problem", "format": "html"})
    assert "按片段检查" not in whole.text


def test_the_word_copy_says_it_was_checked_as_an_excerpt(tmp_path):
    from docx import Document

    draft = tmp_path / "开头.txt"
    draft.write_text(f"{TITLE}\n{OPENING}\n", encoding="utf-8")
    out = tmp_path / "开头.批注.docx"
    result = CliRunner().invoke(app, ["annotate", str(draft), "-g", "problem", "--excerpt", "--no-model", "-o", str(out)])
    assert result.exit_code == 0, result.output
    import zipfile

    comments = zipfile.ZipFile(out).read("word/comments.xml").decode("utf-8")
    assert "按片段检查" in comments and "对策 未评（片段）" in comments
    assert "没有对策建议" not in comments
    Document(str(out))  # still a valid Word file


# A 述职 sets out its record first and its shortcomings and plans near the end: the opening of
# one is not told it has no problem and no plan; the same text given whole is.
RECORD = ("今年我坚持每月主持召开一次党委会专题研究党建，全年共开了11次。\n"
          "投入86万元改造了3个村的党群服务中心，发展党员9名，其中35岁以下的6名。\n"
          "镇里为群众代办事项210余件，收到的锦旗有7面。")
RECORD_TITLE = "东坪镇书记履行党建责任述职"


def test_the_opening_of_a_report_on_duty_is_not_missing_its_problems_and_plans():
    whole = set(rules(RECORD, "speech", excerpt=False, title=RECORD_TITLE))
    assert {"ZG201", "ZG401"} <= whole
    part = set(rules(RECORD, "speech", excerpt=True, title=RECORD_TITLE))
    assert not {"ZG201", "ZG401"} & part


# The opening of a news item: who did what, when. What it shows (its 研判, often one closing
# sentence: 这是该县首次……) may follow in the part not given.
NEWS = ("11月5日，青松县委组织部在县委党校举办村级组织员业务培训班。\n"
        "全县14个乡镇的组织员共58人参加培训。\n"
        "培训班围绕发展党员程序、党费收缴和党员档案管理三项业务设置课程。\n"
        "县委组织部组织科负责人结合近两年检查中发现的档案问题进行了讲解。")
NEWS_TITLE = "青松县举办村级组织员业务培训班"


def test_the_opening_of_a_news_item_is_not_told_it_has_no_analysis():
    assert "ZG301" in rules(NEWS, "news", excerpt=False, title=NEWS_TITLE)
    part = checker.check(NEWS, title=NEWS_TITLE, genre="news", excerpt=True)
    assert "ZG301" not in {f.rule for f in part.findings + part.advice}
    assert "analysis" in part.not_judged


def test_the_excerpt_note_names_what_was_left_out_or_says_the_part_was_scored_as_given():
    from checker.findings import excerpt_note

    part = checker.check(RECORD, title=RECORD_TITLE, genre="speech", excerpt=True)
    # a 述职 weighs its record (why it went well or not) with its shortcomings, near the end
    assert set(part.not_judged) == {"problem", "analysis", "countermeasure"}
    assert excerpt_note(part).startswith("按片段检查：问题、研判、对策未评")
    # (an essay under its own title says what it says; a speech titled as one, …上的讲话, is cut before
    # its requirements: sets 129 and 134)
    speech = checker.check("同志们，这次会议很重要。\n大家要认真领会会议精神。\n要以优异成绩交上满意答卷。",
                           title="做一名让群众信得过的组工干部", genre="speech", excerpt=True)
    assert speech.not_judged == ()
    assert excerpt_note(speech) == "按片段检查：给出的部分照常评分，没有哪一项留待后文"


def test_vague_proposals_quote_the_sentence_read_as_one(checker):
    # an editor must see which sentence the checker took for a proposal
    text = ("东岭镇村干部队伍现状\n"
            "全镇23个村的“两委”成员中，50岁以上的有61人，占58%。\n"
            "近三年有9名村干部辞职，其中7人是因为每月报酬不到1800元。\n"
            "今后要进一步加强村干部队伍建设，不断提高待遇保障水平。\n")
    report = checker.check_text(text, genre="problem")
    messages = [f.message for f in report.findings if f.rule == "ZG402"]
    assert messages and "今后要进一步加强村干部队伍建设" in messages[0], messages


def test_the_opening_of_a_years_review_or_of_a_speech_given_in_part_is_not_missing_its_plans():
    # a 工作综述 sets out the year's results first; a 讲话(摘要) may leave out its plans
    # (set 59: a title that names the part given, …讲话（问题部分）, is a part too)
    # (sets 131 and 132: the opening of an exchange speech, …会议上的发言 / …发言稿, was told it had no
    # problem, analysis or plan; both readers: wrong, those come later in such a speech)
    for title in ("东坪镇2025年党建工作成效综述", "镇党委书记在东坪镇干部大会上的讲话(摘要)",
                  "在东坪镇组织工作会议上的讲话（存在的问题部分）", "在全县党建工作调度会上的发言",
                  "镇党委2025年党建工作会议发言稿", "在全县组织工作会议上的讲话",
                  # (set 142: a year's work reviewed, then next year's points)
                  "东坪镇2025年工作情况和2026年工作要点", "东坪镇2026年党建工作思路"):
        whole = set(rules(RECORD, "speech", excerpt=False, title=title))
        part = set(rules(RECORD, "speech", excerpt=True, title=title))
        assert "ZG401" in whole and "ZG401" not in part, title


def test_a_heading_whose_section_the_excerpt_cuts_is_not_asked_for_support():
    """一、…成效显著 with the excerpt ending inside its section: the support would follow in the
    part cut away (set 68: both readers judged "成效显著 unsupported" wrong there); in a whole
    draft whose section gives no fact, the claim is unsupported."""
    # (no figures: a piece dense with figures bears its claims out anyway, ZG502 unless_at_least)
    intro = ("为了解全县司法所的运转情况，课题组今年春天到青石、白河、临水等镇开展了调研。\n"
             "一、基层法治工作成效显著\n近年来，全县司法部门坚持抓基层、打基础，大力加强基层基础建设。")
    assert "ZG502" in rules(intro, "research", excerpt=False, title="司法所运转情况调研报告")
    assert "ZG502" not in rules(intro, "research", excerpt=True, title="司法所运转情况调研报告")
    # a later heading closes the section: what it holds is all there is
    closed = intro + "\n二、存在的问题\n有的司法所常年只有所长在岗，调解、普法都压在他身上。"
    assert "ZG502" in rules(closed, "research", excerpt=True, title="司法所运转情况调研报告")


FINDING = ("本次调研共发放问卷600份，收回有效问卷571份，受访村干部中50岁以上的占46%。\n"
           "调查发现，全县246个村中有83个村没有35岁以下的后备人选，占三分之一。\n"
           "有41%的受访村干部表示，年轻人不愿回村的主要原因是收入低。")


def test_a_research_excerpt_that_gives_only_its_background_is_told_what_the_part_holds():
    """Editors rate a 调研 excerpt that stops at its sample and background low however clean its
    figures (set 138: one rated 2 scored 100 without ZG203), yet readers judged "names no problem
    yet, little to use" wrong on 15 of 18 such excerpts: a report states its problems after its
    background. The advice says what the part holds and that the score covers the part only, not
    that the report lacks problems; the whole report is told by ZG201 instead."""
    title = "关于全县村级后备力量建设情况的调研报告"
    part = checker.check(BACKGROUND, title=title, genre="research", excerpt=True)
    whole = checker.check(BACKGROUND, title=title, genre="research")
    [advice] = part.advice
    assert advice.rule == "ZG203"
    assert "应在后文" in advice.message and "只按这部分计" in advice.message
    assert "还没有点出" not in advice.message
    assert "ZG203" not in {f.rule for f in whole.findings + whole.advice}
    assert "ZG201" in {f.rule for f in whole.findings}
    assert "problem" not in part.not_judged
    assert part.dimensions["problem"] == 50
    # an excerpt that states what the survey found is not told it has none
    found = checker.check(FINDING, title=title, genre="research", excerpt=True)
    assert "ZG203" not in {f.rule for f in found.findings + found.advice}
    # nor is an excerpt of another genre
    assert "ZG203" not in rules(BACKGROUND, "problem", excerpt=True, title=title)


PLEDGES = ("同志们，这次会议很重要，大家要认真领会会议精神。\n"
           "各支部务必把站位提上来，一心一意落实县委的部署。\n"
           "要坚持问题导向，以更高标准、更严要求推动各项工作落地见效。\n"
           "希望大家珍惜机遇、担当作为，以优异成绩交上满意答卷。")


def test_a_finding_about_the_text_as_a_whole_speaks_of_the_part_given_on_an_excerpt():
    """全文只有1句写到实情 said of the opening of a speech is untrue: the rest was not given.
    On an excerpt a document-level message speaks of the part given; on a whole draft of 全文."""
    title = "在全县党建推进会上的讲话"
    whole = {f.rule: f.message for f in checker.check(PLEDGES, title=title, genre="speech").findings}
    part = {f.rule: f.message for f in checker.check(PLEDGES, title=title, genre="speech", excerpt=True).findings}
    scoped = {"ZG102", "ZG507", "ZG510", "ZG913"}  # about the text as a whole
    assert scoped <= whole.keys() & part.keys()
    for rule in scoped:
        assert whole[rule].startswith("全文") and "给出的这部分" not in whole[rule]
        assert part[rule].startswith("给出的这部分") and "全文" not in part[rule]
    # a finding on one phrase reads the same either way
    assert all(whole[rule] == part[rule] for rule in (whole.keys() & part.keys()) - scoped)


def test_the_rule_explanation_shows_a_scoped_message_as_for_a_whole_draft():
    shown = CliRunner().invoke(app, ["rules", "ZG510"]).output
    assert "{whole}" not in shown and "全文只有 …… 句写到实情" in shown


def test_a_research_excerpt_before_its_problems_is_not_also_told_its_problems_lack_figures():
    """A 调研 excerpt that has not come to its problems yet is not told its problems lack figures
    (ZG513, 问题缺少数据): the part holds no problem whose size to ask about (audits 65 and 75: "the
    figures are in the part not given"); ZG203 says what the part holds instead."""
    title = "全县乡镇司法所建设调研"
    opening = ("司法所是司法行政工作的最基层单位，承担着人民调解、社区矫正、普法宣传等职能。\n"
               "为掌握全县司法所的运行情况，县司法局组成调研组开展了专题调研。\n"
               "调研组采取实地查看、座谈交流、个别访谈等方式，广泛听取了基层干部的意见。\n"
               "全县共设司法所14个，覆盖所有乡镇。\n"
               "调研组还查阅了近年来的工作台账和有关文件。\n"
               "下面分几个方面作简要汇报。")
    part = checker.check(opening, title=title, genre="research", excerpt=True)
    assert "ZG203" in {f.rule for f in part.advice}
    assert "ZG513" not in {f.rule for f in part.findings + part.advice}


def test_an_admission_an_excerpt_ends_on_leads_into_the_part_cut_away():
    """Set 143: a study's excerpt ended on its section's lead-in, …已经基本建立，但离更高的要求还有不小差距。,
    and was told the admission named no problem (ZG202; both readers: the problems follow, the excerpt stops
    there). The same admission closing a whole draft names none."""
    text = ("前置研究清单的现状\n"
            "几年来，全县12家国有企业都列出了需要党委先行研究的事项清单。\n"
            "清单已经基本建立，但离管用好用的要求还有不小差距。")
    part = checker.check(text, genre="research", excerpt=True)
    whole = checker.check(text, genre="research")
    assert "ZG202" not in {f.rule for f in part.findings}
    assert "ZG202" in {f.rule for f in whole.findings}


def test_an_excerpt_cut_inside_its_proposals_is_not_told_they_are_vague():
    """Set 159: a study cut right after …对策和建议如下：一要发挥…作用 was told none of its proposals said who
    does what by when (ZG402; both readers: wrong, the cut fell inside the list). An excerpt whose proposals
    begin in its last two sentences is not judged on them; a whole draft, or an excerpt whose vague
    proposals run on earlier, still is."""
    cut = OPENING + "\n针对这些问题，笔者的对策和建议如下：\n一要让村党支部把人心聚起来、把路子找出来。"
    assert "ZG402" in rules(cut, "problem", excerpt=False)
    assert "ZG402" not in rules(cut, "problem", excerpt=True)
    longer = cut + "\n二要进一步加强队伍建设，不断提升能力。\n三要持续完善激励机制。\n四要把责任压实到人。"
    assert "ZG402" in rules(longer, "problem", excerpt=True)
