"""Would an editor accept each finding? Precision of the checker's findings on real texts,
judged one by one by readers who see the text and the finding, never the rules.

    python bench/audit_findings.py draw bench/real_audit53 --sets real_holdout53a real_holdout53b …
    python bench/audit_findings.py score bench/real_audit53
    python bench/audit_findings.py draw bench/real_audit53m --sets … --rules ZG301 ZG510   # reworded messages

`draw` checks every text of the folders as bench/real.py does (an excerpt is checked as one)
and writes OUT/findings.jsonl (k, set, id, rule, family, severity, message, excerpt, key) and
OUT/to_judge.jsonl (what a reader sees: k, the text's file, its title, the message, the
excerpt), grouped by text. Readers follow bench/briefs/audit_findings.md and write
OUT/labels.jsonl ({k, verdict: right|partly|wrong, why}); a second reader OUT/labels2.jsonl.
OUT must be a git-ignored folder under bench/ named real_* (the excerpts are third-party
text). `draw` refuses to overwrite a sample.

`score` checks the same texts with the code as it is now and matches its findings to the
judged ones (same text, rule, excerpt and occurrence): per family, how many findings there
are now, how many of them were judged, and the share judged right (partly right counted
apart); with two readers, only findings both judged alike count. Findings that are new since
the draw are listed as not judged: a change is measured on what was judged before it, and its
new findings need judging too before its precision is known.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

VERDICTS = ("right", "partly", "wrong")


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")


def checked_findings(sets: list[str]) -> list[dict]:
    """Every finding the checker shows on the texts of `sets`, keyed so a later run can find
    the same finding again (text, rule, excerpt, and which occurrence of that triple)."""
    from real import DEFAULT_MANIFEST, read_items

    from checker.load import Source
    from checker.pipeline import Checker

    checker = Checker()
    rows = []
    for name in sets:
        directory = ROOT / "bench" / name
        manifest = DEFAULT_MANIFEST if name == "real" else directory / "manifest.jsonl"
        for item in read_items(directory, manifest)[0]:
            source = Source(item["id"], f"{item['title']}\n{item['body']}", item["title"],
                            excerpt=item.get("complete") is False)
            report = checker.check_source(source)
            lines = source.text.splitlines()
            seen: Counter = Counter()
            # advice (提升建议) is shown to the writer too: it must hold as a finding does
            for finding in [*report.findings, *report.advice]:
                triple = (finding.rule, finding.excerpt)
                seen[triple] += 1
                rows.append({"set": name, "id": item["id"], "title": item["title"],
                             "complete": item.get("complete"), "rule": finding.rule,
                             "family": finding.family, "severity": finding.severity,
                             "message": finding.message, "excerpt": finding.excerpt, "line": finding.line,
                             "paragraph": lines[finding.line - 1] if finding.excerpt and 0 < finding.line <= len(lines) else "（全文）",
                             "key": f"{name}/{item['id']}/{finding.rule}/{seen[triple]}/{finding.excerpt}"})
    return rows


def draw(out: Path, sets: list[str], rules: list[str] | None = None) -> None:
    if not out.name.startswith("real_") or out.resolve().parent != (ROOT / "bench").resolve():
        sys.exit(f"{out}：样本要放在 bench/ 下以 real_ 开头的不入库文件夹里")
    if (out / "findings.jsonl").exists():
        sys.exit(f"{out / 'findings.jsonl'} 已存在，不覆盖")
    rows = [row for row in checked_findings(sets) if not rules or row["rule"] in rules]
    for k, row in enumerate(rows):
        row["k"] = k
    shown = [{"k": row["k"], "file": f"bench/{row['set']}/{row['id']}.txt", "title": row["title"],
              "complete": row["complete"], "message": row["message"], "excerpt": row["excerpt"],
              "paragraph": row["paragraph"]} for row in rows]
    out.mkdir(parents=True, exist_ok=True)
    _write_jsonl(out / "findings.jsonl", rows)
    _write_jsonl(out / "to_judge.jsonl", shown)
    print(f"{len(rows)} findings on {len({(r['set'], r['id']) for r in rows})} texts -> {out}")


def agreed_verdicts(out: Path) -> tuple[dict[int, str], str]:
    """The verdict per finding number: the one reader's, or where two readers agree."""
    first = {row["k"]: row["verdict"] for row in _jsonl(out / "labels.jsonl")}
    second_path = out / "labels2.jsonl"
    if not second_path.exists():
        return first, "one reader"
    second = {row["k"]: row["verdict"] for row in _jsonl(second_path)}
    both = [k for k in first if k in second]
    same = sum(first[k] == second[k] for k in both)
    agreed = {k: first[k] for k in both if first[k] == second[k]}
    return agreed, f"two readers agree on {same} of {len(both)} ({same / len(both):.2f})" if both else "no overlap"


def precision_table(current: list[dict], judged: dict[str, str]) -> dict[str, dict]:
    """Per family (and in all), the current findings and the verdicts of those judged."""
    table: dict[str, dict] = defaultdict(lambda: {"now": 0, **{v: 0 for v in VERDICTS}})
    for row in current:
        for name in (row["family"], "ALL"):
            table[name]["now"] += 1
            verdict = judged.get(row["key"])
            if verdict in VERDICTS:
                table[name][verdict] += 1
    return dict(table)


def score(out: Path, list_gone: bool = False) -> None:
    drawn = _jsonl(out / "findings.jsonl")
    verdicts, how = agreed_verdicts(out)
    judged = {row["key"]: verdicts[row["k"]] for row in drawn if row["k"] in verdicts}
    sets = sorted({row["set"] for row in drawn})
    current = checked_findings(sets)
    table = precision_table(current, judged)
    print(f"{len(drawn)} findings drawn, {len(verdicts)} with a verdict ({how}); {len(current)} findings now")
    print(f"{'family':22} {'now':>4} {'judged':>6} {'right':>5} {'partly':>6} {'wrong':>5} {'precision':>9}")
    for name in sorted(table, key=lambda n: (n == "ALL", -table[n]["now"])):
        row = table[name]
        count = sum(row[v] for v in VERDICTS)
        precision = f"{row['right'] / count:9.2f}" if count else f"{'-':>9}"
        print(f"{name:22} {row['now']:4d} {count:6d} {row['right']:5d} {row['partly']:6d} {row['wrong']:5d} {precision}")
    gone = {row["key"] for row in drawn} - {row["key"] for row in current}
    gone_verdicts = Counter(judged[key] for key in gone if key in judged)
    new = [row for row in current if row["key"] not in {r["key"] for r in drawn}]
    print(f"gone since the draw: {len(gone)} ({', '.join(f'{v} {n}' for v, n in gone_verdicts.items()) or 'none judged'});"
          f" new, not judged: {len(new)}")
    for row in new:
        print(f"  new {row['set']}/{row['id']} {row['rule']}: {row['excerpt'][:40]}")
    if list_gone:
        for row in drawn:
            if row["key"] in gone:
                print(f"  gone {row['set']}/{row['id']} {row['rule']} [{judged.get(row['key'], '-')}]: "
                      f"{(row['excerpt'] or row['message'])[:40]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    drawing = sub.add_parser("draw")
    drawing.add_argument("out", type=Path)
    drawing.add_argument("--sets", nargs="+", required=True, help="folders under bench/ (real, real_holdout53a, …)")
    drawing.add_argument("--rules", nargs="+", help="only these rules' findings (a message reworded: judge it again)")
    scoring = sub.add_parser("score")
    scoring.add_argument("out", type=Path)
    scoring.add_argument("--gone", action="store_true", help="list each finding gone since the draw, with its verdict")
    args = parser.parse_args()
    if args.command == "draw":
        draw(args.out, args.sets, args.rules)
    else:
        score(args.out, args.gone)


if __name__ == "__main__":
    main()
