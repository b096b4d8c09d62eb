"""The bench tools that decide what enters a blind set and how weights are searched: a mistake
here silently spoils every later measurement (our own made-up texts only)."""

import json
import sys

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import add_labelled  # noqa: E402
import compare  # noqa: E402
import overlap  # noqa: E402
from real import coordinate_ascent  # noqa: E402

BLOCK = """id: z01
source: https://example.invalid/a
kind: news
title: 柳溪镇召开村干部坐班制推进会
complete: true
flags: 00010
q: 2
why: 自拟样例
---
3月5日，柳溪镇召开村干部坐班制推进会，42个村的党组织书记参加。
"""


def _check(meta, body, sources=frozenset(), ids=frozenset(), seen=None):
    return add_labelled.check(meta, body, set(sources), set(ids), seen or {})


def test_a_well_formed_block_is_accepted_and_written_in_the_manifest_format():
    [(meta, body)] = add_labelled.parse_blocks(BLOCK)
    assert _check(meta, body) is None
    row = add_labelled.row(meta, body)
    assert row["labels_a"] == {"quality": 2, "has_problem": False, "has_analysis": False,
                               "has_countermeasure": False, "specific": True, "boilerplate_heavy": False}
    assert row["quality"] == 2.0 and row["complete"] is True and json.dumps(row, ensure_ascii=False)


def test_a_known_source_a_used_id_bad_labels_and_a_copied_body_are_refused():
    [(meta, body)] = add_labelled.parse_blocks(BLOCK)
    assert "来源已在标注集里" in _check(meta, body, sources={meta["source"]})
    assert "编号重复" in _check(meta, body, ids={"z01"})
    assert "flags" in _check({**meta, "flags": "0001"}, body)
    assert "q 应为" in _check({**meta, "q": "6"}, body)
    assert "kind" in _check({**meta, "kind": "essay"}, body)
    # the same page under another address: a long run shared with a text already labelled
    seen = {body[i:i + add_labelled.SHINGLE]: "bench/real/x.txt" for i in range(0, len(body), 3)}
    assert "重合" in _check(meta, body, seen=seen)


def test_coordinate_ascent_keeps_only_improvements_and_respects_refusals():
    weights = {"a": {"x": 0.0, "y": 0.0}}
    target = {"x": 2.0, "y": 1.0}

    def score(w):
        return -sum(abs(w["a"][k] - target[k]) for k in target)

    found = coordinate_ascent(weights, [("a", "x"), ("a", "y")], (0.0, 1.0, 2.0), score)
    assert found == {"a": {"x": 2.0, "y": 1.0}}
    weights = {"a": {"x": 0.0, "y": 0.0}}
    refused = coordinate_ascent(weights, [("a", "x"), ("a", "y")], (0.0, 1.0, 2.0), score,
                                allowed=lambda w, outer, inner, value: not (inner == "x" and value > 1))
    assert refused == {"a": {"x": 1.0, "y": 1.0}}


def test_the_overlap_guard_finds_a_run_of_eight_shared_characters_and_only_that():
    corpus = "柳溪镇今年把村干部坐班制推到了全部42个村，群众办事不再跑空。"
    lines = ["assert check(\"柳溪镇今年把村干部坐班制推广开来\")",  # 10 characters shared
             "# 柳溪镇今年把村：seven shared, then other words",
             "no Chinese at all"]
    found = overlap.carried_over(lines, corpus)
    assert [shared for shared, _ in found] == ["柳溪镇今年把村干"]


def test_real_sentence_labels_are_matched_to_the_checkers_judgements(tmp_path):
    # bench/judgement.py --real: each labelled sentence is found where it stands in its text
    # and judged there; a sentence that no longer segments the same way is left out
    from judgement import REAL_JUDGEMENTS, real_rows, scores

    texts = tmp_path / "texts" / "mine"
    texts.mkdir(parents=True)
    (texts / "t1.txt").write_text("今年东山镇42个村全部完成换届，35岁以下的村干部由61人增加到118人。\n"
                                  "各级党组织要提高政治站位，凝聚强大合力。\n", encoding="utf-8")
    (texts / "manifest.jsonl").write_text(json.dumps({"id": "t1", "title": "东山镇完成村级换届", "kind": "news",
                                                      "labels_a": {"quality": 3}}, ensure_ascii=False) + "\n",
                                          encoding="utf-8")
    labels = tmp_path / "labels"
    labels.mkdir()
    sentences = [{"n": 0, "set": "mine", "id": "t1", "index": 1,
                  "sentence": "今年东山镇42个村全部完成换届，35岁以下的村干部由61人增加到118人。"},
                 {"n": 1, "set": "mine", "id": "t1", "index": 2, "sentence": "各级党组织要提高政治站位，凝聚强大合力。"},
                 {"n": 2, "set": "mine", "id": "t1", "index": 2, "sentence": "这一句已经不在原处。"}]
    none = dict.fromkeys(REAL_JUDGEMENTS, False)
    marks = [{**none, "n": 0, "specific": True, "effect": True}, {**none, "n": 1, "boilerplate": True},
             {**none, "n": 2, "specific": True}]
    (labels / "sentences.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in sentences),
                                            encoding="utf-8")
    (labels / "labels.jsonl").write_text("".join(json.dumps(r) + "\n" for r in marks), encoding="utf-8")
    rows = real_rows(labels, tmp_path / "texts")
    assert [row["n"] for row in rows] == [0, 1]
    table = scores(rows, [row["predicted"] for row in rows], REAL_JUDGEMENTS)
    assert table["specific"]["gold"] == 1 and table["specific"]["recall"] == 1.0
    assert table["boilerplate"]["recall"] == 1.0 and table["effect"]["recall"] == 1.0


def _row(item_id, score, genre, rules):
    return {"id": item_id, "kind": "problem", "quality": 3.0, "score": score, "genre": genre,
            "deductions": [{"rule": rule, "points": 10.0} for rule in rules]}


def test_compare_lists_only_items_whose_score_genre_or_rules_changed():
    before = [_row("a1", 80, "problem", ["ZG501"]), _row("a2", 60, "problem", ["ZG102"]),
              _row("a3", 90, "experience", []), _row("a4", 70, "news", ["ZG302"])]
    after = [_row("a1", 80, "problem", ["ZG501"]), _row("a2", 45, "problem", ["ZG102", "ZG513"]),
             _row("a3", 90, "problem", []), _row("a4", 70, "news", ["ZG301"])]
    rows = compare.changed_items(before, after)
    assert [row["id"] for row in rows] == ["a2", "a3", "a4"]
    assert rows[0]["score"] == (60, 45) and rows[0]["gained"] == ["ZG513"] and rows[0]["lost"] == []
    assert rows[1]["genre"] == ("experience", "problem")
    assert rows[2]["gained"] == ["ZG301"] and rows[2]["lost"] == ["ZG302"]


def test_fit_points_charges_a_rule_editors_mark_down_and_never_pays_for_one():
    import random

    import fit_points

    rng = random.Random(7)
    rows = []
    for _ in range(240):
        base = rng.randint(40, 100)
        hurts, helps, idle = rng.random() < 0.3, rng.random() < 0.3, rng.random() < 0.3
        # editors follow the score, mark drafts with ZG901 down by a full point, and rate drafts
        # with ZG902 a little higher (a finding must still never earn points)
        quality = 1 + 3 * (base - 40) / 60 - (1.0 if hurts else 0) + (0.3 if helps else 0) + rng.gauss(0, 0.2)
        fired = [r for r, on in (("ZG901", hurts), ("ZG902", helps), ("ZG903", idle)) if on]
        rows.append({"quality": quality, "genre": "news", "base": base, "fired": fired, "cap": None})
    points = fit_points.fit(rows, ["news"], {"news": 0})
    assert points.get("ZG901", 0) >= 5
    assert "ZG902" not in points and "ZG903" not in points
    assert all(p >= fit_points.MIN_POINTS for p in points.values())
    assert fit_points.rho(rows, {"news": 0}, points) > fit_points.rho(rows, {"news": 0}, {})
    # how the checker applies them: within 0-100, caps after the points
    row = {"base": 30, "genre": "news", "fired": ["ZG901"], "cap": 20}
    assert fit_points.scored(row, {"news": 0}, {"ZG901": 40}) == 0
    assert fit_points.scored(row, {"news": 0}, {}) == 20


def test_agreement_between_two_labellers_is_share_and_kappa():
    import judgement

    share, kappa = judgement.agreement([True, True, False, False], [True, True, False, False])
    assert (share, kappa) == (1.0, 1.0)
    share, kappa = judgement.agreement([True, False, True, False], [True, True, False, False])
    assert share == 0.5 and abs(kappa) < 1e-9  # no better than chance
    share, kappa = judgement.agreement([False] * 5, [False] * 5)
    assert (share, kappa) == (1.0, 1.0)  # both always say no: nothing left for chance to explain


def test_a_sentence_sample_is_only_written_to_an_ignored_real_folder(tmp_path):
    import subprocess

    # the sample holds third-party sentences: anywhere but bench/real_* (git-ignored) is refused
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "sample_sentences.py"), str(tmp_path / "real_x"),
                             "--sets", "real"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode != 0 and "real_" in result.stderr
    assert not (tmp_path / "real_x").exists()


def test_findings_audit_counts_verdicts_per_family_and_only_where_two_readers_agree(tmp_path):
    import audit_findings

    current = [{"family": "boilerplate", "key": "a"}, {"family": "boilerplate", "key": "b"},
               {"family": "no_problem", "key": "c"}, {"family": "no_problem", "key": "new"}]
    table = audit_findings.precision_table(current, {"a": "right", "b": "wrong", "c": "partly", "gone": "right"})
    assert table["boilerplate"] == {"now": 2, "right": 1, "partly": 0, "wrong": 1}
    assert table["no_problem"] == {"now": 2, "right": 0, "partly": 1, "wrong": 0}  # "new" is not judged
    assert table["ALL"] == {"now": 4, "right": 1, "partly": 1, "wrong": 1}  # a finding gone since is not counted

    rows = [{"k": 0, "verdict": "right"}, {"k": 1, "verdict": "wrong"}, {"k": 2, "verdict": "partly"}]
    (tmp_path / "labels.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert audit_findings.agreed_verdicts(tmp_path)[0] == {0: "right", 1: "wrong", 2: "partly"}
    rows[1]["verdict"] = "right"
    (tmp_path / "labels2.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    verdicts, how = audit_findings.agreed_verdicts(tmp_path)
    assert verdicts == {0: "right", 2: "partly"} and "2 of 3" in how


def test_a_findings_audit_is_only_written_to_an_ignored_real_folder(tmp_path):
    import subprocess

    result = subprocess.run([sys.executable, str(ROOT / "bench" / "audit_findings.py"), "draw", str(tmp_path / "real_x"),
                             "--sets", "real"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode != 0 and "real_" in result.stderr
    assert not (tmp_path / "real_x").exists()
