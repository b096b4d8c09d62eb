"""The public API, checker.check(text, *, title, genre, config), and the title rule: a
one-paragraph text is all body (it used to become the title, and then nothing was judged)."""

import subprocess
import sys

import checker
from checker.load import guess_title

ONE_PARAGRAPH = ("东山镇14个村现有35岁以下村干部9人，只占村干部总数的11%，比三年前少了7人，"
                 "3个村连续两年没有发展一名年轻党员。")


def test_a_one_paragraph_text_is_judged_as_body():
    report = checker.check(ONE_PARAGRAPH)
    assert report.title == ""
    assert report.stats["sentences"] == 1
    assert report.profile["problem"] and report.profile["specific"]


def test_an_explicit_title_leaves_the_whole_text_as_body():
    report = checker.check(ONE_PARAGRAPH, title="东山镇年轻村干部断档")
    assert report.title == "东山镇年轻村干部断档"
    assert report.stats["paragraphs"] == 1 and report.profile["problem"]


def test_genre_is_honoured():
    assert checker.check(ONE_PARAGRAPH, genre="news").genre == "news"


def test_the_first_line_is_a_title_only_when_it_reads_as_one():
    assert guess_title("东山镇推行村级事务清单\n今年以来，全镇14个村推行清单管理。") == "东山镇推行村级事务清单"
    assert guess_title(ONE_PARAGRAPH) == ""
    assert guess_title("今年以来，全镇推行清单管理。\n清单实行后，办事跑腿次数明显减少。") == ""
    assert guess_title("东山镇" * 20 + "\n正文。") == ""
    # a question asked as the headline is one (set 157: 老年食堂路在何方？ lost its title through the CLI)
    assert guess_title("老年食堂路在何方？\n去年开张的6家老年食堂已有2家停业。") == "老年食堂路在何方？"
    assert guess_title("村医留不住，怎么办?\n全乡9个村卫生室只剩5名村医。") == "村医留不住，怎么办?"
    # …but not a line that says something first, addresses listeners, or exclaims
    assert guess_title("清单推行了两年。效果怎么样？\n全镇14个村都建了清单。") == ""
    assert guess_title("同志们，这个账大家算过没有？\n今天我们专门讲讲村级债务。") == ""
    assert guess_title("同志们！\n下面我讲三点意见。") == ""


def test_stdin_with_one_paragraph_is_judged(tmp_path):
    run = subprocess.run([sys.executable, "-m", "checker.cli", "check", "--no-model", "-f", "json", "-"],
                         input=ONE_PARAGRAPH, capture_output=True, text=True, check=False)
    assert '"problem": true' in run.stdout, run.stderr


def test_importing_checker_is_cheap():
    code = "import sys, checker; print('jieba' in sys.modules, 'spacy' in sys.modules, 'sklearn' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False", "False"]
    assert checker.Checker.__name__ == "Checker" and checker.Report.__name__ == "Report"
