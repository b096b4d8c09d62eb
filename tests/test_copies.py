"""Copies (东拼西凑、移花接木、抄袭): a spliced item, a lightly edited copy and passages lifted
from a higher-level document are found, with the exact passages; an independent item on the
same topic, a shared policy formulation and a shared opening are not. The archive stores
each item once and gives a copy index without re-hashing texts.

Every text here is written for these tests."""

from __future__ import annotations

import json
import sqlite3

import numpy as np
import pytest
from typer.testing import CliRunner

from checker.batch import copies as copies_module
from checker.batch.archive import Archive, ArchiveError
from checker.batch.copies import (CopyIndex, align, copy_findings, copy_rule, default_thresholds, find_copies,
                                  fingerprint, normalise, shingle_hashes, signatures_from_bytes, window_minhashes)
from checker.cli import app

# -- our own items ------------------------------------------------------------------------------

RESERVES = (  # 东河镇: reserve cadres for the villages
    "东河镇党委今年对全镇14个村的后备干部队伍进行了一次全面摸底。摸底发现，全镇登记在册的村级后备干部共61人，"
    "其中35岁以下的只有17人，有5个村的后备干部全部在50岁以上，村“两委”班子面临青黄不接。\n"
    "针对这一情况，镇党委从返乡大学生、退役军人和本村致富能手中重新物色人选，为每个村建立不少于4人的后备力量名册，"
    "并为每名后备干部指定一名村党组织书记结对帮带。镇里每季度安排后备干部列席一次村“两委”会议，参与矛盾调解和项目管理，"
    "年底由联系村的班子成员逐一谈话，表现突出的优先推荐参加村“两委”选举。\n"
    "目前，全镇35岁以下的后备干部已增加到39人，其中大专以上学历的有23人，已有6人进入村“两委”班子。")
FORMS = (  # 西山乡: fewer forms for the villages to fill in
    "西山乡纪委今年上半年对全乡各村填报的表格进行了清理。清理发现，乡直部门向村里布置的各类报表有87种，其中内容重复的有31种，"
    "有的同一项人口数据一个月内要按不同格式报送4次，村干部大量时间耗在填表上。\n"
    "乡党委随即出台规定，凡是向村里要数据的，先到乡党政办备案，能从已有系统中调取的一律不再让村里填报。"
    "乡里还把常用的人口、土地、低保等数据整合进一张共享台账，由乡便民服务中心统一维护，各部门按权限查询。\n"
    "规定实施三个月后，村里需要填报的报表减少到39种，村干部反映每周用在填表上的时间平均减少了大约一天，有更多时间入户走访。")
POINTS = (  # 北坡镇: points for party members
    "北坡镇从今年起在农村党员中推行积分管理。镇党委把参加组织生活、志愿服务、带头致富和遵纪守法等方面的表现细化为20项指标，"
    "每月由村党支部打分并在村务公开栏公示，积分结果与年终评先评优和村集体分红挂钩。\n"
    "推行半年来，全镇农村党员参加志愿服务的人次比去年同期增加了一倍多，有11名长期不参加组织生活的党员主动找支部书记说明情况。"
    "也有党员反映，个别指标打分标准不够清楚，镇党委正在组织各村修改完善。")
RESERVES_ELSEWHERE = (  # 红旗镇 on the same topic, written separately
    "红旗镇在村级后备干部培养上遇到的最大难题是年轻人留不住。镇组织办的统计显示，近三年全镇选出的42名年轻后备干部中，"
    "有19人外出务工或考取了其他岗位，流失率接近一半。\n"
    "为此，镇里调整了培养办法：不再只看学历和年龄，而是优先从已在本村创业、家庭在本村的青年中选人；后备干部每月领取一定的工作补贴，"
    "由镇财政和村集体各承担一半；每名后备干部负责一个村民小组的网格事务，在实际工作中锻炼。\n"
    "调整后新选出的28名后备干部，半年内只流失了2人，其中有4人在今年的村“两委”增补中当选。")
NOTICE = (  # a higher-level document
    "关于进一步加强村级后备力量建设的通知\n"
    "一、充分认识加强村级后备力量建设的重要性。村级后备力量是村“两委”班子的源头活水，关系到农村基层组织的长远建设。"
    "各地要把后备力量建设摆在基层组织建设的突出位置，统筹谋划、持续推进，切实解决部分村干部队伍年龄老化、后继乏人的问题。\n"
    "二、拓宽选人渠道。各地要注重从返乡创业人员、高校毕业生、退役军人、农民专业合作社负责人中发现和储备人选，"
    "每个村储备的后备力量一般不少于3人，其中35岁以下的不少于1人。对储备的人选要建立台账，实行动态管理，每年调整一次。\n"
    "三、强化培养锻炼。县级党委组织部门每年至少对后备力量集中轮训一次，乡镇党委要安排后备力量参与村级事务管理，"
    "通过列席村“两委”会议、承担具体工作等方式提高能力。要建立结对帮带制度，由村党组织书记或乡镇干部对后备力量进行传帮带。\n"
    "四、加强考核使用。乡镇党委每年对后备力量进行一次考察，考察结果作为村“两委”换届和增补的重要依据。"
    "对表现优秀的，要大胆使用；对不适宜继续培养的，要及时调整出库。\n"
    "五、加强组织领导。各地党委组织部门要加强统筹协调和督促检查，及时总结推广好的经验做法，确保村级后备力量建设各项要求落到实处。")

SECOND = RESERVES.split("\n")[1]
FORMS_SECOND, FORMS_THIRD = FORMS.split("\n")[1:3]
SPLICED = "青石镇在基层治理中注重抓班子、减负担。\n" + SECOND + "\n" + FORMS_SECOND + "\n" + FORMS_THIRD
EDITED = (RESERVES.replace("东河镇", "青石镇").replace("14个村", "16个村").replace("61人", "58人")
          .replace("全面摸底", "系统摸排").replace("镇党委", "镇委").replace("39人", "41人"))
NOTICE_TWO = NOTICE.split("\n")[2][len("二、拓宽选人渠道。"):]
NOTICE_THREE = NOTICE.split("\n")[3][len("三、强化培养锻炼。"):]
LIFTED = "南坪乡认真贯彻上级部署，扎实推进村级后备力量建设。" + NOTICE_TWO + NOTICE_THREE + "下一步，南坪乡将持续抓好落实。"

FORMULA = "坚持把抓基层打基础作为长远之计和固本之举"  # 20 characters every unit quotes
OPENING = "为深入贯彻落实全县组织工作会议精神，进一步加强基层党组织建设，" + FORMULA + "，"
STOCK = [  # a shared opening and formulation, then each unit's own facts
    OPENING + "南坪乡今年为9个村配齐了专职党务工作者，每人每月补贴800元，由乡财政统一发放，半年来各村党员发展材料退回重做的次数从12次降到3次。",
    OPENING + "柳河村把党员活动室改成了老年食堂，每天中午为村里62名独居老人供餐，党员轮流值班，群众反映饭菜热乎、价格合适。",
    OPENING + "县委组织部对全县112个社区的办公用房进行了核查，发现有17个社区办公面积超标、服务面积不足，已督促调整出用房2300平方米。",
    OPENING + "青石镇开展了一次村干部履职测评，由村民代表无记名打分，得分最低的3名村干部被约谈，其中1人被调整出村两委班子。",
    OPENING + "东河镇在每个村设立了矛盾纠纷调解室，由退休教师和老党员担任调解员，今年以来共调解邻里纠纷46起，没有一起上交到镇里。",
]


def meta(date: str, unit: str = "某单位", title: str = "") -> dict:
    return {"unit": unit, "date": date, "title": title}


def same_words(a: str, b: str) -> bool:
    return normalise(a).text == normalise(b).text


# -- the three kinds of copy ----------------------------------------------------------------------

def test_a_spliced_item_names_both_sources_and_their_paragraphs():
    found = find_copies([("reserves", RESERVES, meta("2026-09-02", "东河镇")), ("forms", FORMS, meta("2026-09-05", "西山乡")),
                         ("points", POINTS, meta("2026-09-06", "北坡镇")), ("spliced", SPLICED, meta("2026-10-08", "青石镇"))])
    assert set(found) == {"spliced"}  # the sources are earlier: they copy nothing
    by_source = {m.source_id: m for m in found["spliced"]}
    assert set(by_source) == {"reserves", "forms"}
    assert by_source["reserves"].meta["unit"] == "东河镇" and by_source["forms"].meta["date"] == "2026-09-05"
    [from_reserves] = by_source["reserves"].passages
    assert same_words(from_reserves.text, SECOND)
    assert same_words("".join(p.text for p in by_source["forms"].passages), FORMS_SECOND + FORMS_THIRD)
    length = len(normalise(SPLICED).text)
    assert by_source["reserves"].share == pytest.approx(len(normalise(SECOND).text) / length, abs=0.01)
    assert 0.3 < by_source["forms"].share < 0.7


def test_a_lightly_edited_copy_is_one_passage_across_the_swapped_names_and_figures():
    found = find_copies([("copy", EDITED, meta("2026-10-03", "青石镇")), ("original", RESERVES, meta("2026-09-02", "东河镇"))])
    assert set(found) == {"copy"}  # the later one is the copy, whatever the order given
    [match] = found["copy"]
    assert match.source_id == "original" and match.share > 0.9
    assert len(match.passages) <= 2  # the swaps are bridged, not cut into many short pieces
    assert "系统摸排" in match.passages[0].text or "系统摸排" not in EDITED


def test_passages_of_a_higher_level_document_in_a_short_item():
    found = find_copies([("notice", NOTICE, meta("2026-08-01", "市委组织部")), ("lifted", LIFTED, meta("2026-09-10", "南坪乡"))])
    [match] = found["lifted"]
    assert match.source_id == "notice" and match.share > 0.7
    [passage] = match.passages  # two paragraphs, one heading left out between them: one passage
    assert same_words(passage.text, NOTICE_TWO + NOTICE_THREE)
    assert same_words(NOTICE[passage.src_start:passage.src_end], NOTICE_TWO + "三、强化培养锻炼。" + NOTICE_THREE)


# -- and what is not a copy -----------------------------------------------------------------------

def test_an_independent_item_on_the_same_topic_is_not_a_copy():
    assert find_copies([("reserves", RESERVES, meta("2026-09-02")), ("elsewhere", RESERVES_ELSEWHERE, meta("2026-10-02"))]) == {}


def test_a_shared_formulation_and_a_shared_opening_are_not_copies():
    items = [(str(n), text, meta(f"2026-10-{n + 1:02d}")) for n, text in enumerate(STOCK)]
    assert find_copies(items) == {}
    passages, _ = align(STOCK[1], STOCK[0])  # the shared words are seen, and are too few
    assert [p.text for p in passages] == [OPENING.rstrip("，")]
    assert default_thresholds().min_passage < len(normalise(OPENING).text) < default_thresholds().min_chars


def test_a_short_note_sharing_only_its_opening_is_not_a_copy():
    note = OPENING + "本月共发展党员5名。"
    assert len(normalise(OPENING).text) > default_thresholds().min_passage  # a real shared passage ...
    assert find_copies([("a", STOCK[0], meta("2026-10-01")), ("b", note, meta("2026-10-02"))]) == {}  # ... too short


def test_the_project_corpus_has_no_copies(corpus_rows):
    """260 items written separately, many on the same topics and in the same stock phrases."""
    items = [(row["id"], row["text"], meta(row["date"])) for row in corpus_rows]
    assert find_copies(items) == {}


@pytest.fixture(scope="module")
def corpus_rows():
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "corpus" / "bootstrap.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# -- order, alignment, fingerprints ---------------------------------------------------------------

def test_the_later_item_is_the_copy_and_undated_items_come_last():
    found = find_copies([("new", RESERVES, meta("2026-03-01")), ("old", RESERVES + "以上情况供参考。", meta("2026-01-01"))])
    assert set(found) == {"new"} and found["new"][0].source_id == "old"
    found = find_copies([("undated", RESERVES, meta("")), ("dated", EDITED, meta("2026-01-01"))])
    assert set(found) == {"undated"}
    found = find_copies([("first", RESERVES, meta("2026-01-01")), ("second", EDITED, meta("2026-01-01"))])
    assert set(found) == {"second"}  # same day: by order


def test_alignment_passages_are_exact_offsets_in_both_texts():
    source = "前言不相干的一句话。" + SECOND + "结尾也不同。"
    new = "另起一个开头，" + SECOND + "\n后面是新写的内容，与原文无关。"
    [passage], share = align(new, source)
    assert new[passage.new_start:passage.new_end] == SECOND.rstrip("。")  # first to last character kept
    assert source[passage.src_start:passage.src_end] == SECOND.rstrip("。")
    assert passage.text == new[passage.new_start:passage.new_end]
    assert share == pytest.approx(len(normalise(SECOND).text) / len(normalise(new).text))


def test_normalising_keeps_offsets_and_reads_every_number_as_one_character():
    text = "全镇12.4%的村，ＡＢ组有１２名、Ab组3人。"
    norm = normalise(text)
    assert norm.text == "全镇0的村ab组有0名ab组0人"
    assert [text[s:e] for s, e in zip(norm.starts, norm.ends)][2] == "12.4"
    assert same_words("今年培训干部120人次", "今年培训干部95人次")


def test_window_minhashes_are_datasketchs_minhashes():
    from datasketch import MinHash

    hashes = shingle_hashes(normalise(NOTICE).codes)
    starts = np.array([0, 17, 40, 300], dtype=np.int32)
    ours = window_minhashes(hashes, starts)
    shingles = copies_module.WINDOW - copies_module.SHINGLE + 1
    for n, start in enumerate(starts.tolist()):
        theirs = MinHash(num_perm=copies_module.NUM_PERM, seed=copies_module.MINHASH_SEED, hashfunc=int, scheme="affine32")
        theirs.update_batch(hashes[start:start + shingles].tolist())
        assert np.array_equal(ours[n], theirs.hashvalues)


def test_the_permutations_are_datasketchs():
    from datasketch import MinHash

    a, b = MinHash(num_perm=copies_module.NUM_PERM, seed=copies_module.MINHASH_SEED, scheme="affine32").permutations
    ours = copies_module._permutations()
    assert np.array_equal(ours[0], a) and np.array_equal(ours[1], b) and ours[0].dtype == np.uint32


def _batch_by_index(items):
    """What find_copies finds within a batch, one CopyIndex lookup per item (the reference)."""
    index = CopyIndex()
    for item_id, text, item_meta in items:
        index.add(item_id, text, item_meta)
    index.consolidate()
    when = {item_id: copies_module._when(item_meta, n) for n, (item_id, _, item_meta) in enumerate(items)}
    found = {}
    for item_id, text, _ in items:
        matches = index.query(text, item_id, allowed=lambda source, _, mine=when[item_id]: when[source] < mine)
        if matches:
            found[item_id] = matches
    return found


def test_the_batch_search_finds_what_one_lookup_per_item_finds():
    """Many copies of one item (more than MAX_CANDIDATES sources for the last ones), splices,
    stock openings, undated items: the batch-wide candidates, with fingerprints made apart
    (as the workers make them), give the very matches of an index lookup per item."""
    paragraphs = [p for text in (RESERVES, FORMS, POINTS, RESERVES_ELSEWHERE, NOTICE) for p in text.split("\n")]
    items = []
    for n in range(14):  # an edited copy a day, each of the one before
        text = (EDITED if n % 2 else RESERVES).replace("61人", f"{50 + n}人") + f"\n第{n}次补充：{paragraphs[n % len(paragraphs)]}"
        items.append((f"copy{n}", text, meta(f"2026-10-{n + 1:02d}" if n != 5 else "", f"单位{n}")))
    for n in range(6):
        items.append((f"splice{n}", paragraphs[n] + "\n" + paragraphs[-1 - n] + "\n" + STOCK[n % len(STOCK)],
                      meta("2026-10-20")))
    items += [(f"stock{n}", text, meta("2026-09-30")) for n, text in enumerate(STOCK)]
    items += [("short", "短短一句。", meta("2026-10-01")), ("notice", NOTICE, meta("2026-08-01")),
              ("lifted", LIFTED, meta("2026-10-09"))]
    expected = _batch_by_index(items)
    assert len(expected) > 10 and max(len(m) for m in expected.values()) == copies_module.MAX_CANDIDATES

    def flat(found):
        return {k: [(m.source_id, round(m.share, 9), [(p.new_start, p.new_end, p.src_start, p.src_end) for p in m.passages])
                    for m in v] for k, v in found.items()}

    assert flat(find_copies(items)) == flat(expected)
    prints = [copies_module.prints_of(text) for _, text, _ in items]
    assert flat(find_copies(items, prints=prints)) == flat(expected)


def test_windows_start_at_anchors_in_the_words_so_a_lifted_passage_keeps_its_windows():
    passage = NOTICE_TWO + NOTICE_THREE
    alone, inside = fingerprint(passage), fingerprint("另一篇稿件的开头，写了几句别的话。" + passage)
    shared = {row.tobytes() for row in alone.signatures} & {row.tobytes() for row in inside.signatures}
    assert len(alone.starts) >= 3 and len(shared) == len(alone.starts)  # here all of them
    length = len(normalise(passage).text)
    assert np.diff(alone.starts).max() <= copies_module.ANCHOR_SPAN  # never a longer stretch without a window
    assert alone.starts[-1] <= length - copies_module.WINDOW  # every window whole


@pytest.mark.parametrize("length", [64, 65, 127, 128, 129, 900, 3001])
def test_the_running_minimum_is_the_sliding_windows(length):
    values = np.random.default_rng(length).integers(0, 2**32, length, dtype=np.uint32)
    values[length // 2] = np.iinfo(np.uint32).max  # the padding's value inside the values too
    expected = np.lib.stride_tricks.sliding_window_view(values, copies_module.ANCHOR_SPAN).min(axis=1)
    assert np.array_equal(copies_module.running_min(values, copies_module.ANCHOR_SPAN), expected)


@pytest.mark.parametrize("length, values", [(28, 50), (92, 50), (93, 3), (400, 2**32), (3000, 40), (3000, 2**32)])
def test_anchors_are_every_place_of_a_runs_smallest_hash(length, values):
    hashes = np.random.default_rng(length + values % 97).integers(0, values, length, dtype=np.uint64).astype(np.uint32)
    usable = hashes[:length - (copies_module.WINDOW - copies_module.SHINGLE + 1) + 1]
    smallest = np.lib.stride_tricks.sliding_window_view(usable, min(copies_module.ANCHOR_SPAN, len(usable))).min(axis=1)
    assert np.array_equal(copies_module.anchors(hashes), np.flatnonzero(np.isin(usable, smallest)))


def test_fingerprints_round_trip_as_bytes_and_refuse_garbage():
    prints = fingerprint(NOTICE)
    assert prints.to_bytes()[:4] == int(prints.signatures[0, 0]).to_bytes(4, "little")  # a fixed layout
    assert np.array_equal(signatures_from_bytes(prints.to_bytes()), prints.signatures)
    with pytest.raises(ValueError):
        signatures_from_bytes(b"\x80\x04pickle")
    assert fingerprint("短短的一句话。") is None


def test_an_index_added_to_between_lookups_finds_the_newest_items():
    index = CopyIndex()
    index.add("forms", FORMS, meta("2026-09-05"))
    assert [m.source_id for m in index.query(SPLICED)] == ["forms"]
    index.add("reserves", RESERVES, meta("2026-09-02"))  # not yet sorted into the band tables
    assert {m.source_id for m in index.query(SPLICED)} == {"forms", "reserves"}
    index.consolidate()
    assert {m.source_id for m in index.query(SPLICED)} == {"forms", "reserves"}
    assert index.query(SPLICED, exclude_id="forms")[0].source_id == "reserves"


# -- findings ---------------------------------------------------------------------------------------

def test_copy_findings_name_the_source_and_mark_the_passage():
    found = find_copies([("SX-0902", RESERVES, meta("2026-09-02", "东河镇")), ("new", SPLICED, meta("2026-10-08"))])
    [finding] = copy_findings(found["new"], SPLICED)
    assert finding.rule == copy_rule().id and finding.family == "copy"
    assert "SX-0902" in finding.message and "东河镇" in finding.message and "2026-09-02" in finding.message
    assert f"{found['new'][0].share:.0%}" in finding.message
    assert SPLICED[finding.start:finding.end] == SECOND.rstrip("。")
    assert (finding.line, finding.column) == (2, 1)
    data = finding.to_json()
    assert data["copy"]["source_id"] == "SX-0902" and data["copy"]["unit"] == "东河镇"
    assert data["copy"]["share"] == round(found["new"][0].share, 3)


def test_other_findings_carry_no_copy_key():
    from checker.findings import Finding

    assert "copy" not in Finding("ZG101", "boilerplate", "warning", "m", "s", 1, 2, 1, 2, "x").to_json()


def _marked(text: str) -> tuple[str, list[tuple[int, int]]]:
    import re

    spans, plain, position = [], "", 0
    for match in re.finditer(r"\[\[(.+?)\]\]", text, re.S):
        plain += text[position:match.start()]
        spans.append((len(plain), len(plain) + len(match.group(1))))
        plain += match.group(1)
        position = match.end()
    return plain + text[position:], spans


@pytest.mark.parametrize("group", ["trigger", "clean"])
def test_the_copy_rules_own_examples(group):
    rule = copy_rule()
    for example in rule.examples[group]:
        text, spans = _marked(example["text"])
        index = CopyIndex()
        index.add("较早的稿件", example["source"], meta("2026-01-01"))
        found = [(f.start, f.end) for f in copy_findings(index.query(text), text)]
        if group == "trigger":
            assert found and all(span in found for span in spans), (text, found)
        else:
            assert not found, text


# -- the archive ------------------------------------------------------------------------------------

def records(*pairs):
    return [{"id": item_id, "text": text, "unit": unit, "date": date, "title": f"{unit}稿件"}
            for item_id, text, unit, date in pairs]


def test_adding_the_same_items_twice_adds_nothing_and_fills_in_adoption(tmp_path):
    items = records(("a", RESERVES, "东河镇", "2026-09-02"), ("b", FORMS, "西山乡", "2026-09-05"))
    with Archive(tmp_path / "档案.sqlite") as store:
        assert store.add(items, "2026-09") == 2
        assert store.add(items, "2026-09") == 0
        assert store.add([{**items[0], "adopted": True, "score": 88}]) == 0
        stats = store.stats()
    assert stats["items"] == 2 and stats["units"] == 2 and stats["months"] == {"2026-09": 2}
    assert stats["adopted"] == 1 and stats["adoption_known"] == 1
    assert (stats["first_date"], stats["last_date"]) == ("2026-09-02", "2026-09-05")
    with Archive(tmp_path / "档案.sqlite") as store:  # reopened: still there
        assert store.add(records(("c", RESERVES, "红旗镇", "2026-10-01"))) == 1  # same text, another unit: a new item


def test_the_copy_index_comes_from_stored_fingerprints_without_hashing(tmp_path, monkeypatch):
    path = tmp_path / "档案.sqlite"
    with Archive(path) as store:
        store.add(records(("SX-0902", RESERVES, "东河镇", "2026-09-02"), ("XS-0905", FORMS, "西山乡", "2026-09-05"),
                          ("BP-0906", POINTS, "北坡镇", "2026-09-06")))
    monkeypatch.setattr("checker.batch.archive.fingerprint", lambda text: pytest.fail("re-hashed an archived text"))
    with Archive(path) as store:
        index = store.copy_index()
        assert len(index) == 3
        found = find_copies([("new", SPLICED, meta("2026-10-08", "青石镇"))], index)
    assert {m.source_id for m in found["new"]} == {"SX-0902", "XS-0905"}
    assert {m.meta["unit"] for m in found["new"]} == {"东河镇", "西山乡"}


def test_an_archived_item_is_not_its_own_source_nor_a_source_of_earlier_items(tmp_path):
    with Archive(tmp_path / "档案.sqlite") as store:
        store.add(records(("SX-0902", RESERVES, "东河镇", "2026-09-02")))
        index = store.copy_index()
        again = find_copies([("SX-0902b", RESERVES, {"unit": "东河镇", "date": "2026-09-02", "title": "东河镇稿件"})], index)
        assert again == {}  # the same item, checked again after it was archived
        earlier = find_copies([("x", EDITED, meta("2026-08-01"))], index)
        assert earlier == {}  # the archived item is later: it cannot be the source
        later = find_copies([("x", EDITED, meta("2026-10-01", "青石镇"))], index)
        assert [m.source_id for m in later["x"]] == ["SX-0902"]


def test_import_a_corpus_file_with_and_without_adoption(tmp_path):
    corpus = tmp_path / "往年.jsonl"
    rows = [{"id": "Y1", "unit": "东河镇", "date": "2025-03-04", "title": "后备干部", "text": RESERVES, "adopted": True},
            {"id": "Y2", "unit": "西山乡", "date": "2025-04-05", "title": "报表", "text": FORMS},
            {"id": "Y3", "unit": "北坡镇", "date": "2025-04-06", "title": "积分", "text": ""},
            {"id": "Y4", "unit": "北坡镇", "date": "2025-04-07", "title": "积分", "text": POINTS, "adopted": "也许"}]
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n{坏行\n", encoding="utf-8")
    with Archive(tmp_path / "档案.sqlite") as store:
        result = store.import_corpus(corpus)
        assert (result.read, result.added) == (2, 2)
        assert {bad.line for bad in result.bad} == {3, 4, 5}
        assert store.import_corpus(corpus).added == 0
        stats = store.stats()
    assert stats["months"] == {"2025-03": 1, "2025-04": 1} and stats["adopted"] == 1 and stats["adoption_known"] == 1
    table = tmp_path / "往年.csv"
    table.write_text("编号,单位,日期,标题,正文\nC1,北坡镇,2025-05-01,积分,\"" + POINTS + "\"\n", encoding="utf-8-sig")
    with Archive(tmp_path / "档案.sqlite") as store:
        assert store.import_corpus(table).added == 1


def test_a_foreign_or_corrupt_file_gives_a_message_naming_it(tmp_path):
    other = tmp_path / "客户.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE 客户 (名字 TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(ArchiveError, match="客户.sqlite.*不是稿件档案"):
        Archive(other)
    broken = tmp_path / "坏.sqlite"
    broken.write_bytes(b"this is not a database" * 100)
    with pytest.raises(ArchiveError, match="坏.sqlite.*不是稿件档案"):
        Archive(broken)
    damaged = tmp_path / "损坏.sqlite"
    with Archive(damaged) as store:
        store.add(records(("a", RESERVES, "东河镇", "2026-09-02")))
    data = bytearray(damaged.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page overwritten
    damaged.write_bytes(bytes(data))
    with pytest.raises(ArchiveError, match="损坏.sqlite"):
        Archive(damaged).stats()
    with pytest.raises(ArchiveError, match="不存在"):
        Archive(tmp_path / "无.sqlite", create=False)
    assert not (tmp_path / "无.sqlite").exists()


def test_an_archive_of_the_first_format_is_upgraded_and_fingerprinted(tmp_path):
    path = tmp_path / "旧档案.sqlite"
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE items (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, hash TEXT NOT NULL UNIQUE, unit TEXT, date TEXT,
            month TEXT, title TEXT, text TEXT NOT NULL, score INTEGER, probability REAL, genre TEXT, adopted INTEGER);
        CREATE TABLE prints (fp INTEGER NOT NULL, item INTEGER NOT NULL);
        INSERT INTO meta VALUES ('schema', '1');""")
    db.execute("INSERT INTO items (id, hash, unit, date, month, title, text) VALUES ('old', 'h0', '东河镇', '2025-01-02', "
               "'2025-01', '旧稿', ?)", (RESERVES,))
    db.commit()
    db.close()
    with Archive(path) as store:
        found = find_copies([("new", EDITED, meta("2026-01-01"))], store.copy_index())
        assert [m.source_id for m in found["new"]] == ["old"]
        assert store.stats()["items"] == 1


# -- the commands -------------------------------------------------------------------------------------

def test_archive_import_and_stats_commands(tmp_path):
    corpus = tmp_path / "往年.jsonl"
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "Y1", "unit": "东河镇", "date": "2025-03-04", "title": "后备干部", "text": RESERVES, "adopted": "是"},
        {"id": "Y2", "unit": "西山乡", "date": "2025-04-05", "title": "报表", "text": FORMS}]), encoding="utf-8")
    archive = tmp_path / "档案.sqlite"
    runner = CliRunner()
    first = runner.invoke(app, ["archive", "import", str(corpus), "--archive", str(archive)])
    again = runner.invoke(app, ["archive", "import", str(corpus), "--archive", str(archive)])
    assert first.exit_code == 0 and "新存入 2 篇" in first.output and "新存入 0 篇" in again.output
    stats = runner.invoke(app, ["archive", "stats", str(archive)])
    assert stats.exit_code == 0 and "稿件 2 篇，单位 2 个" in stats.output and "2025-04：1 篇" in stats.output
    as_json = json.loads(runner.invoke(app, ["archive", "stats", str(archive), "-f", "json"]).output)
    assert as_json["items"] == 2 and as_json["adopted"] == 1
    missing = runner.invoke(app, ["archive", "stats", str(tmp_path / "无.sqlite")])
    assert missing.exit_code == 2 and "不存在" in missing.output
    bad = tmp_path / "坏.sqlite"
    bad.write_text("不是数据库", encoding="utf-8")
    refused = runner.invoke(app, ["archive", "import", str(corpus), "--archive", str(bad)])
    assert refused.exit_code == 2 and "坏.sqlite" in refused.output and "不是稿件档案" in refused.output


def test_check_with_an_archive_reports_the_copied_passages(tmp_path):
    archive = tmp_path / "档案.sqlite"
    with Archive(archive) as store:
        store.add(records(("SX-0902", RESERVES, "东河镇", "2026-09-02"), ("XS-0905", FORMS, "西山乡", "2026-09-05")))
    draft = tmp_path / "拼凑稿.txt"
    draft.write_text("青石镇基层治理的做法\n" + SPLICED, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["check", str(draft), "-f", "json", "--no-model", "--archive", str(archive)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    copied = [f for f in report["findings"] if f["family"] == "copy"]
    assert {f["copy"]["source_id"] for f in copied} == {"SX-0902", "XS-0905"}
    text = draft.read_text(encoding="utf-8")
    assert any(text[f["start"]:f["end"]] == SECOND.rstrip("。") for f in copied)
    assert report["suggestions"][0].startswith("第2、3段：")  # the copied paragraphs come first in the to-do list
    plain = runner.invoke(app, ["check", str(draft), "-f", "json", "--no-model"])
    assert not [f for f in json.loads(plain.output)["findings"] if f["family"] == "copy"]  # no archive, no comparison
    ignored = runner.invoke(app, ["check", str(draft), "-f", "json", "--no-model", "--archive", str(archive), "--ignore", "copy"])
    assert not [f for f in json.loads(ignored.output)["findings"] if f["family"] == "copy"]
    same = tmp_path / "原稿.txt"
    same.write_text(RESERVES, encoding="utf-8")  # an archived item checked again is not its own copy
    again = runner.invoke(app, ["check", str(same), "-f", "json", "--no-model", "--archive", str(archive)])
    assert not [f for f in json.loads(again.output)["findings"] if f["family"] == "copy"]
    missing = runner.invoke(app, ["check", str(draft), "--no-model", "--archive", str(tmp_path / "无.sqlite")])
    assert missing.exit_code == 2 and "档案文件不存在" in missing.output


def test_batch_reports_copies_and_archives_the_month(tmp_path):
    from checker.batch import run_batch
    from checker.pipeline import Checker

    corpus = tmp_path / "来稿.jsonl"
    rows = [{"id": "N1", "unit": "青石镇", "date": "2026-10-05", "title": "拼凑稿", "text": SPLICED},
            {"id": "N2", "unit": "红旗镇", "date": "2026-10-06", "title": "原创稿", "text": RESERVES_ELSEWHERE}]
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    archive = tmp_path / "档案.sqlite"
    with Archive(archive) as store:
        store.add(records(("SX-0902", RESERVES, "东河镇", "2026-09-02"), ("XS-0905", FORMS, "西山乡", "2026-09-05")))
    checker = Checker()
    out = tmp_path / "out"
    result = run_batch(corpus, out, lambda: checker, jobs=1, archive=archive).run
    copied = {r["id"]: r["copies"] for r in result.records}
    assert copied["N2"] == [] and {c["source_id"] for c in copied["N1"]} == {"SX-0902", "XS-0905"}
    assert all(c["archived"] for c in copied["N1"])
    with Archive(archive) as store:
        assert store.stats()["items"] == 4  # the month went into the archive
    again = run_batch(corpus, out, lambda: checker, jobs=1, archive=archive).run  # the same month again
    assert {c["source_id"] for c in {r["id"]: r["copies"] for r in again.records}["N1"]} == {"SX-0902", "XS-0905"}
    with Archive(archive) as store:
        assert store.stats()["items"] == 4


def test_a_month_already_in_the_archive_reports_each_copy_once(tmp_path):
    """Resuming, forcing or re-running a month that was archived: the archived copy of a batch
    item is that item, not a second source of the same passages."""
    items = [("SX-0902", RESERVES, meta("2026-09-02", "东河镇", "东河镇稿件")),
             ("copy", EDITED, meta("2026-09-20", "青石镇", "青石镇稿件"))]
    with Archive(tmp_path / "档案.sqlite") as store:
        store.add(records(("SX-0902", RESERVES, "东河镇", "2026-09-02"), ("copy", EDITED, "青石镇", "2026-09-20")))
        found = find_copies(items, store.copy_index())
    assert [m.source_id for m in found["copy"]] == ["SX-0902"]


def test_batch_copies_are_findings_of_the_copy_rule_and_can_be_switched_off(tmp_path):
    """As `check --archive` gives them: a finding per copied passage naming source, unit, date
    and share, in results.jsonl and the 问题 sheet, once however often the month is resumed;
    `--ignore copy` switches the comparison off in the batch as in check."""
    from openpyxl import load_workbook

    folder = tmp_path / "来稿"
    for unit, name, text in (("东河镇", "后备干部_20260902.txt", RESERVES), ("西山乡", "报表_20260905.txt", FORMS),
                             ("青石镇", "拼凑_20261008.txt", SPLICED)):
        (folder / unit).mkdir(parents=True)
        (folder / unit / name).write_text(f"{unit}稿件\n" + text, encoding="utf-8")
    out = tmp_path / "汇总"
    runner = CliRunner()
    for _ in range(2):  # the second run resumes: every item is taken from the journal
        done = runner.invoke(app, ["batch", str(folder), "--out", str(out), "--no-archive", "--no-model", "-j", "1"])
        assert done.exit_code == 0 and "疑似抄袭、拼凑 1 篇" in done.output, done.output
        journal = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
        spliced = next(r for r in journal if r["unit"] == "青石镇")
        copied = [f for f in spliced["findings"] if f["family"] == "copy"]
        assert sorted(f["copy"]["source_id"] for f in copied) == ["东河镇/后备干部_20260902.txt", "西山乡/报表_20260905.txt"]
        assert {f["place"] for f in copied} == {"第2段", "第3段"}  # SECOND; FORMS_SECOND and FORMS_THIRD, one passage
        assert all(f["copy"]["unit"] in ("东河镇", "西山乡") and 0 < f["copy"]["share"] < 1 for f in copied)
        rows = list(load_workbook(out / "summary.xlsx")["问题"].iter_rows(min_row=2, values_only=True))
        assert sum(row[4] == copied[0]["rule"] for row in rows) == len(copied)
    off = runner.invoke(app, ["batch", str(folder), "--out", str(out), "--no-archive", "--no-model", "-j", "1",
                              "--ignore", "copy"])
    assert off.exit_code == 0 and "疑似抄袭、拼凑 0 篇" in off.output, off.output
    journal = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert not any(f["family"] == "copy" for r in journal for f in r["findings"]) and not any(r["copies"] for r in journal)
