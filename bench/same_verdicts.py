"""Do two versions of the checker give the same reports? A guard for speed work, where a
change must not alter a single verdict.

    python bench/same_verdicts.py --save /tmp/before.jsonl     # with the old code
    python bench/same_verdicts.py --compare /tmp/before.jsonl  # with the new code

Texts (about 1,500): every item of corpus/*.jsonl (as a draft, and again with its genre
given), every .txt under tests/data and examples/, each labelled sentence of tests/data
(alone, and after the sentence before it), each example of every rule in rules/ (trigger and
clean, the [[ ]] marks removed), and the git-ignored real texts under bench/real*/ when
present. For each text the record compared is: the full JSON of `checker check -f json`
with the default model's adoption probability, the per-sentence evidence
(`checker check --evidence`) and the terminal report as plain text. Prints how many
records differ and the first differences.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def texts() -> list[tuple[str, str, str | None]]:
    """(name, text, genre given or None)."""
    import yaml

    found = []
    for path in sorted((ROOT / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                text = f"{item.get('title', '')}\n{item['text']}"
                found.append((f"{path.name}:{item.get('id')}", text, None))
                if item.get("genre"):
                    found.append((f"{path.name}:{item.get('id')}:{item['genre']}", text, item["genre"]))
    for folder in ("tests/data", "examples", "bench/real", "bench/real_holdout", "bench/real_holdout2"):
        for path in sorted((ROOT / folder).rglob("*.txt")):
            found.append((str(path.relative_to(ROOT)), path.read_text(encoding="utf-8", errors="replace"), None))
    for path in sorted((ROOT / "tests" / "data").glob("labelled_sentences*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                text = (item.get("previous", "") + item["sentence"]) if "previous" in item else item["sentence"]
                found.append((f"{path.name}:{item['n']}", text, item.get("genre")))
    for path in sorted((ROOT / "rules").rglob("ZG*.yaml")):
        examples = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("examples") or {}
        for side in ("trigger", "clean"):
            for number, example in enumerate(examples.get(side) or []):
                text = example if isinstance(example, str) else (example or {}).get("text", "")
                genre = (None if isinstance(example, str) else example.get("genre")) or examples.get("genre")
                if text:
                    text = re.sub(r"\[\[|\]\]", "", text)
                    found.append((f"{path.stem}:{side}:{number}", "测试稿件\n" + text, genre))
                    found.append((f"{path.stem}:{side}:{number}:untitled", text, None))
    return found


def reports() -> dict[str, str]:
    from rich.console import Console

    from checker.pipeline import Checker
    from checker.predict import load_default_model
    from checker.report import json as json_report
    from checker.report import terminal

    checker = Checker(model=load_default_model(), evidence=True)
    result = {}
    for name, text, genre in texts():
        try:
            report = checker.check_text(text, genre=genre, name=name)
            evidence, report.evidence = report.evidence, None
            buffer = io.StringIO()
            terminal.render(report, Console(file=buffer, width=100, highlight=False, soft_wrap=True,
                                            color_system=None))
            rendered = "\n".join([json_report.render([report], single=True),
                                  json.dumps(evidence, ensure_ascii=False, sort_keys=True),
                                  buffer.getvalue()])
        except Exception as error:  # noqa: BLE001 - a failure is a result to compare too
            rendered = f"error: {type(error).__name__}: {error}"
        result[name] = rendered
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--compare", type=Path)
    args = parser.parse_args()
    now = reports()
    if args.save:
        with args.save.open("w", encoding="utf-8") as out:
            for name, rendered in now.items():
                out.write(json.dumps({"name": name, "report": rendered}, ensure_ascii=False) + "\n")
        print(f"saved {len(now)} reports to {args.save}")
        return 0
    before = {row["name"]: row["report"] for row in map(json.loads, args.compare.read_text(encoding="utf-8").splitlines())}
    differ = [name for name in before if now.get(name) != before[name]]
    print(f"{len(before)} reports compared, {len(differ)} differ, {len(set(now) - set(before))} new")
    for name in differ[:5]:
        a, b = before[name], now.get(name, "")
        cut = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        print(f"- {name}: …{a[max(0, cut - 80):cut + 80]!r}\n  now …{b[max(0, cut - 80):cut + 80]!r}")
        print(f"  digests {hashlib.sha1(a.encode()).hexdigest()[:8]} -> {hashlib.sha1(b.encode()).hexdigest()[:8]}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
