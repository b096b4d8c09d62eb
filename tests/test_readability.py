"""The readability index (checker/readability.py): plain, concrete prose reads easier than
strings of four-character phrases and stock formulations; the report shows the index with the
figures behind it, and a low index costs style points in proportion (ZG913)."""

import json

from checker.report import json as json_report

PLAIN = ("村部晚上有人了\n"
         "去年县里有12个村的村部一到晚上就锁门，村民有事找不到人。\n"
         "今年3月起，县委组织部让村干部轮流在村部值夜班，每晚两个人。\n"
         "半年下来，晚上来村部办事的有400多人次，最多的是开证明和问医保。")
STOCK = ("凝心聚力谱新篇\n"
         "县委组织部坚持高位推动、统筹谋划、精准施策、压实责任，凝心聚力、真抓实干，全面提升基层党建工作质量。\n"
         "各级党组织强化担当、主动作为、攻坚克难、久久为功，持续推动各项工作落地见效、走深走实。\n"
         "全县上下凝聚强大合力、营造浓厚氛围，奋力开创基层党建工作新局面。")


def test_plain_prose_reads_easier_than_stock_phrases(checker):
    plain = checker.check_text(PLAIN, genre="experience").readability
    stock = checker.check_text(STOCK, genre="experience").readability
    assert plain.index >= 85 and plain.label == "平实易读"
    assert stock.index < 55 and stock.label == "难读"
    assert stock.stock_per_100 > plain.stock_per_100


def test_the_title_does_not_count(checker):
    slogan_title = "凝心聚力谱新篇 砥砺奋进开新局" + PLAIN[PLAIN.index("\n"):]
    assert checker.check_text(slogan_title, genre="experience").readability.index == \
        checker.check_text(PLAIN, genre="experience").readability.index


def test_the_report_shows_the_index_and_its_figures(checker):
    report = checker.check_text(STOCK, genre="experience")
    line = report.readability.explain()
    assert line.startswith(f"可读性 {report.readability.index}（难读）") and "四字词占" in line and "每百字套话" in line
    data = json.loads(json_report.render([report], single=True))
    assert data["readability"]["index"] == report.readability.index
    assert data["readability"]["label"] == "难读"


def test_a_low_index_costs_style_points_in_proportion(checker):
    stock = checker.check_text(STOCK, genre="experience")
    plain = checker.check_text(PLAIN, genre="experience")
    points = [d.points for d in stock.deductions if d.rule == "ZG913"]
    assert points and points[0] == min(36, round(6 * (70 - stock.readability.index) / 10, 1))
    assert not [d for d in plain.deductions if d.rule == "ZG913"]


# The same visit told twice for a 网宣 page: once in plain words, once in the four-character
# praise a public reader skims over. Both read above 70, so the internal-report threshold
# (ZG913) is silent on both; 网宣 holds the stricter standard (ZG914: below 80).
STORY_PLAIN = ("老周的小本子\n"
               "老周今年68岁，在村里当了20年会计，退下来以后还是每天到村部坐一上午。\n"
               "谁家来办低保、开证明，他就帮着填表，填完念一遍给人家听。\n"
               "他有个小本子，记着村里31户独居老人的电话，下雨天挨个打一遍。\n"
               "他说：“我眼睛还行，能帮一个是一个。”")
STORY_PRAISE = ("老周的小本子\n"
                "老周今年68岁，在村里当了20年会计，退休以后不忘初心、发挥余热，风雨无阻、坚持每天到村部为民服务。\n"
                "谁家来办低保、开证明，他都热情周到、耐心细致、不厌其烦，赢得了村民的一致好评，树立了新时代老党员的良好形象。\n"
                "他心系群众、情系百姓、任劳任怨、无私奉献，时刻把村里31户独居老人的冷暖放在心上、记在心里、落在行动上。\n"
                "他说：“我眼睛还行，能帮一个是一个。”")


# a few stock phrases in a story that still reads easily (index in the 80s): readers of audits
# 53-60 judged ZG914 there right once in 14
STORY_MILD = ("老周的小本子\n"
              "老周今年68岁，在村里当了20年会计，退休以后不忘初心、发挥余热，风雨无阻、坚持每天到村部为民服务。\n"
              "谁家来办低保、开证明，他都热情周到、耐心细致、不厌其烦，赢得了村民的一致好评。\n"
              "他心系群众、情系百姓，时刻把村里31户独居老人的冷暖放在心上、记在心里、落在行动上。\n"
              "他说：“我眼睛还行，能帮一个是一个。”")


def test_a_story_in_the_eighties_is_not_told_it_reads_hard(checker):
    mild = checker.check_text(STORY_MILD, genre="propaganda")
    assert 80 <= mild.readability.index < 90
    assert "ZG914" not in {f.rule for f in mild.findings}


def test_propaganda_holds_plain_language_to_a_stricter_standard(checker):
    plain = checker.check_text(STORY_PLAIN, genre="propaganda")
    praise = checker.check_text(STORY_PRAISE, genre="propaganda")
    assert praise.readability.index >= 70  # the internal threshold would let it pass
    # told as advice (提升建议), its points counted: a measure below the public bar, not a fault found
    assert "ZG914" in {f.rule for f in praise.advice} and "ZG914" not in {f.rule for f in praise.findings}
    assert "ZG913" not in {f.rule for f in praise.findings}
    assert "ZG914" in {d.rule for d in praise.deductions if d.points > 0}
    assert "ZG914" not in {f.rule for f in plain.findings + plain.advice}
    assert plain.dimensions["style"] > praise.dimensions["style"]
    # an internal report with the same text is judged by the internal threshold only
    internal = checker.check_text(STORY_PRAISE, genre="experience")
    assert "ZG914" not in {f.rule for f in internal.findings + internal.advice}


def test_a_propaganda_piece_that_reads_easily_gets_no_readability_finding(checker):
    # short sentences with a few set phrases read above 90: a reader of public pieces would not
    # call it hard to read (set 53's audit judged such a finding wrong); its praise words are
    # another rule's business
    story = ("老周的小本子\n"
             "老周今年68岁，在村里当了20年会计，退休后发挥余热，坚持每天到村部为民服务。\n"
             "谁家来办低保、开证明，他都热心帮忙，赢得了村民的一致好评。\n"
             "他心系群众，时刻把村里31户独居老人的冷暖放在心上。\n"
             "他说：“我眼睛还行，能帮一个是一个。”")
    report = checker.check_text(story, genre="propaganda")
    assert 90 <= report.readability.index < 100
    assert "ZG914" not in {f.rule for f in report.findings + report.advice}
