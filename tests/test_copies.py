"""Copies (东拼西凑、移花接木、抄袭): found within a batch and against the archive; independent
items on the same topic and a quoted policy formulation are not copies."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.batch import attach_copies, run_batch
from checker.batch.archive import Archive, ArchiveError
from checker.batch.copies import MIN_PASSAGE, align, find_copies
from checker.cli import app
from checker.pipeline import Checker

ROOT = Path(__file__).resolve().parent.parent
ROWS = [json.loads(line) for line in (ROOT / "corpus" / "bootstrap.jsonl").read_text(encoding="utf-8").splitlines()]
A, B, C = ROWS[0]["text"], ROWS[1]["text"], ROWS[2]["text"]
FORMULA = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神"


def meta(date):
    return {"unit": "单位", "date": date, "title": ""}


def test_a_spliced_item_names_both_sources():
    spliced = A[: len(A) // 2] + B[len(B) // 2:]
    found = find_copies([("A", A, meta("2026-01-01")), ("B", B, meta("2026-01-02")), ("S", spliced, meta("2026-02-01"))])
    assert set(found) == {"S"}
    sources = {m.source_id: m.share for m in found["S"]}
    assert set(sources) == {"A", "B"} and all(share > 0.3 for share in sources.values())


def test_a_lightly_edited_copy_is_caught_with_names_and_figures_changed():
    county = ROWS[0]["unit"][:3]
    edited = A.replace(county, "红旗县").replace("716", "702").replace("12", "15")
    found = find_copies([("A", A, meta("2026-01-01")), ("E", edited, meta("2026-02-01"))])
    [match] = found["E"]
    assert match.source_id == "A" and match.share > 0.9


def test_the_later_item_is_the_copy():
    found = find_copies([("new", A, meta("2026-03-01")), ("old", A + "。", meta("2026-01-01"))])
    assert set(found) == {"new"} and found["new"][0].source_id == "old"


def test_passages_of_a_higher_level_document_in_a_short_item():
    document = "\n".join(row["text"] for row in ROWS[10:20])  # a long source
    lifted = ROWS[12]["text"][:200]
    short = "我镇认真学习了上级文件。" + lifted + "下一步我镇将抓好落实。"
    passages, share = align(short, document)
    assert share > 0.6 and passages and passages[0].text in short
    assert document[passages[0].src_start:passages[0].src_end].replace("\n", "")[:20] == passages[0].text[:20]


def test_independent_items_on_one_topic_and_a_quoted_formulation_are_not_copies():
    items = [(row["id"], row["text"], meta(row["date"])) for row in ROWS]
    assert find_copies(items) == {}  # 260 items written separately, many on the same topics
    one = FORMULA + "。我县今年选派23名干部到村任职，其中女性9名，平均年龄34岁。"
    two = FORMULA + "。东河镇为14个村建立了后备干部名册，每村不少于2人。"
    assert find_copies([("1", one, meta("2026-01-01")), ("2", two, meta("2026-01-02"))]) == {}
    assert len(FORMULA) < MIN_PASSAGE + 5


def test_archive_is_idempotent_and_finds_copies_of_earlier_months(tmp_path):
    store = Archive(tmp_path / "档案.sqlite")
    records = [{"id": r["id"], "hash": f"h{n}", "unit": r["unit"], "date": r["date"], "title": r["title"], "text": r["text"]}
               for n, r in enumerate(ROWS[:20])]
    assert store.add(records, "2025-01") == 20 and store.add(records, "2025-01") == 0
    assert store.stats()["items"] == 20
    copy = A.replace("近期", "最近")
    [match] = store.query(copy)
    assert match.source_id == ROWS[0]["id"] and match.meta["unit"] == ROWS[0]["unit"] and match.share > 0.9
    assert store.query(copy, exclude_hashes={"h0"}) == []  # the same item re-added is not its own source
    store.close()


def test_a_foreign_or_corrupt_file_is_refused(tmp_path):
    other = tmp_path / "别的.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE 客户 (名字 TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(ArchiveError, match="不是稿件档案"):
        Archive(other)
    broken = tmp_path / "坏.sqlite"
    broken.write_bytes(b"this is not a database" * 100)
    with pytest.raises(ArchiveError, match="无法作为稿件档案打开"):
        Archive(broken)


def test_batch_reports_copies_in_every_output_and_archives_the_month(tmp_path):
    corpus = tmp_path / "来稿.jsonl"
    rows = [{"id": "N1", "unit": "东河镇", "date": "2026-10-05", "title": "拼凑稿", "text": A[: len(A) // 2] + B[len(B) // 2:]},
            {"id": "N2", "unit": "西山乡", "date": "2026-10-06", "title": "原创稿", "text": C}]
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    archive = tmp_path / "档案.sqlite"
    store = Archive(archive)
    store.add([{"id": r["id"], "hash": f"h{n}", "unit": r["unit"], "date": r["date"], "title": r["title"], "text": r["text"]}
               for n, r in enumerate(ROWS[:2])])
    store.close()
    checker = Checker()
    out = tmp_path / "out"
    result = run_batch(corpus, out, lambda: checker, jobs=1, archive=archive).run
    copied = {r["id"]: r["copies"] for r in result.records}
    assert copied["N2"] == [] and {c["source_id"] for c in copied["N1"]} == {ROWS[0]["id"], ROWS[1]["id"]}
    assert all(c["archived"] for c in copied["N1"])
    assert "重合" in (out / "results.csv").read_text(encoding="utf-8-sig")
    from openpyxl import load_workbook
    assert load_workbook(out / "summary.xlsx")["疑似抄袭"].max_row == 3
    assert "<mark>" in (out / "summary.html").read_text(encoding="utf-8")
    assert Archive(archive).stats()["items"] == 4  # the month went into the archive


def test_archive_cli(tmp_path):
    corpus = tmp_path / "往年.jsonl"
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS[:5]), encoding="utf-8")
    archive = tmp_path / "档案.sqlite"
    runner = CliRunner()
    first = runner.invoke(app, ["archive", "import", str(corpus), "--archive", str(archive)])
    again = runner.invoke(app, ["archive", "import", str(corpus), "--archive", str(archive)])
    assert first.exit_code == 0 and "新存入 5 篇" in first.output and "新存入 0 篇" in again.output
    stats = runner.invoke(app, ["archive", "stats", str(archive)])
    assert stats.exit_code == 0 and "稿件 5 篇" in stats.output
    missing = runner.invoke(app, ["archive", "stats", str(tmp_path / "无.sqlite")])
    assert missing.exit_code == 2 and "不存在" in missing.output
