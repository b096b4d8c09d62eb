"""Each sentence judgement carries its evidence: which cue fired on which span. Off by default
(the JSON stays as it was); on with Checker(evidence=True) / checker check --evidence."""

import json
import subprocess
import sys

from checker.load import Source
from checker.pipeline import Checker

TITLE = "东山镇年轻村干部留不住"
BODY = ("东山镇14个村现有35岁以下村干部9人，占村干部总数的11%。\n"
        "主要原因是村干部每月收入不足2500元，年轻人宁愿外出务工。\n"
        "近年来各村解决了群众急难愁盼问题。\n"
        "建议由县委组织部牵头，在6月底前制定村干部报酬动态增长办法。")


def _sentences():
    checker = Checker(evidence=True)
    report = checker.check_source(Source("-", f"{TITLE}\n{BODY}", TITLE))
    return {s["text"][:6]: s for s in report.to_json()["sentences"]}


def test_problem_and_cause_name_their_cues_and_spans():
    cause = _sentences()["主要原因是村"]
    assert {"problem", "analysis"} <= set(cause["judgements"])
    cues = {(c["judgement"], c["cue"], c["text"]) for c in cause["evidence"]}
    assert ("analysis", "cause", "主要原因") in cues  # the cause as stated, not the bare noun
    assert ("problem", "problem_strong", "不足") in cues
    text = f"{TITLE}\n{BODY}"
    assert all(text[c["start"]:c["end"]] == c["text"] for c in cause["evidence"])


def test_a_solved_problem_has_no_problem_evidence():
    solved = _sentences()["近年来各村解"]
    assert "problem" not in solved["judgements"]
    assert not [c for c in solved["evidence"] if c["judgement"] == "problem"]


def test_an_actionable_proposal_records_actor_and_deadline():
    proposal = _sentences()["建议由县委组"]
    cues = {c["cue"] for c in proposal["evidence"] if c["judgement"] == "actionable"}
    assert {"actor", "deadline"} <= cues


def test_json_has_no_sentences_unless_asked(tmp_path):
    path = tmp_path / "稿件.txt"
    path.write_text(f"{TITLE}\n{BODY}\n", encoding="utf-8")
    run = lambda *extra: json.loads(subprocess.run(  # noqa: E731
        [sys.executable, "-m", "checker.cli", "check", "--no-model", "-f", "json", *extra, str(path)],
        capture_output=True, text=True, check=False).stdout)
    assert "sentences" not in run()
    assert len(run("--evidence")["sentences"]) == 4
