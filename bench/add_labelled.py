"""Add labelled real texts to a git-ignored folder, the way every blind set so far was built.

    python bench/add_labelled.py bench/real_holdout6 blocks.txt
    python bench/add_labelled.py bench/real_holdout6 blocks.txt --dry-run

The texts are third-party pages retrieved with the `search` tool: label each one as an editor
would *before* running the checker on it, then keep the folder out of git (.gitignore) and
never commit its texts. A blocks file holds one block per text, blocks separated by a line
`=====`; each block is `key: value` lines, a line `---`, then the body:

    id: f27
    source: https://…            (the page's address; must not already be in a labelled set)
    kind: experience             (experience | problem | research | news | propaganda | speech_or_summary)
    title: 柳溪镇……                (title_from: opening, when the title is ours, taken from the text)
    complete: false              (false for an excerpt: it is checked as one)
    flags: 10010                 (problem, analysis, countermeasure, specific, boilerplate_heavy)
    q: 3                         (quality 1-5)
    why: 一句理由
    ---
    正文……

Refused, with the reason: a source already in the dev manifest or in any bench/real*/
manifest, an id already used in the folder, a body that shares a run of 12 characters (6 of
them Chinese) at more than 3 places with a text already in bench/real*/ (the same page under
another address), a bad kind, flags or quality. Each text is written atomically; the
manifest gets one JSON line per text in the format bench/real.py reads (labels_a, why_a,
quality).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_MANIFEST = ROOT.parent / "shared" / "data" / "real_dev.manifest.jsonl"
KINDS = ("experience", "problem", "research", "news", "propaganda", "speech_or_summary")
FLAGS = ("has_problem", "has_analysis", "has_countermeasure", "specific", "boilerplate_heavy")
SHINGLE = 12  # characters in a shared run that marks the same text under another address
CHINESE = re.compile(r"[\u4e00-\u9fff]{6}")


def parse_blocks(raw: str) -> list[tuple[dict, str]]:
    blocks = []
    for block in re.split(r"\n=====\n", raw):
        if not block.strip():
            continue
        head, _, body = block.partition("\n---\n")
        meta = {}
        for line in head.strip().splitlines():
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
        body = "\n".join(line.strip() for line in body.strip().splitlines() if line.strip())
        blocks.append((meta, body))
    return blocks


def known_sources() -> set[str]:
    manifests = [DEV_MANIFEST, *sorted((ROOT / "bench").glob("real*/manifest.jsonl"))]
    return {json.loads(line)["source"] for path in manifests if path.exists()
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def shingles_of_existing() -> dict[str, str]:
    seen: dict[str, str] = {}
    for path in sorted((ROOT / "bench").glob("real*/*.txt")):
        if path.name.startswith("blocks"):
            continue  # a labeller's blocks file kept beside the texts is not a text
        text = path.read_text(encoding="utf-8")
        for i in range(0, max(0, len(text) - SHINGLE), 3):
            seen.setdefault(text[i:i + SHINGLE], str(path.relative_to(ROOT)))
    return seen


def overlaps(body: str, seen: dict[str, str]) -> dict[str, int]:
    hits: dict[str, int] = {}
    for i in range(len(body) - SHINGLE):
        gram = body[i:i + SHINGLE]
        if gram in seen and CHINESE.search(gram):
            hits[seen[gram]] = hits.get(seen[gram], 0) + 1
    return {path: count for path, count in hits.items() if count > 3}


def check(meta: dict, body: str, sources: set[str], ids: set[str], seen: dict[str, str]) -> str | None:
    """The reason a block is refused, or None."""
    for key in ("id", "source", "kind", "title", "complete", "flags", "q", "why"):
        if not meta.get(key):
            return f"缺少 {key}"
    if meta["source"] in sources:
        return f"来源已在标注集里：{meta['source']}"
    if meta["id"] in ids:
        return f"编号重复：{meta['id']}"
    if meta["kind"] not in KINDS:
        return f"kind 应为 {'、'.join(KINDS)} 之一"
    if len(meta["flags"]) != 5 or set(meta["flags"]) - {"0", "1"}:
        return "flags 应为 5 位 0/1"
    if meta["q"] not in {"1", "2", "3", "4", "5"}:
        return "q 应为 1–5 的整数"
    if meta["complete"] not in ("true", "false"):
        return "complete 应为 true 或 false"
    if not body:
        return "正文为空"
    same = overlaps(body, seen)
    if same:
        return f"正文与已有文本重合（同一篇换了地址？）：{same}"
    return None


def row(meta: dict, body: str) -> dict:
    labels = {"quality": int(meta["q"]), **{name: bit == "1" for name, bit in zip(FLAGS, meta["flags"])}}
    return {"id": meta["id"], "source": meta["source"], "kind": meta["kind"], "title": meta["title"],
            "title_from": meta.get("title_from", "source"), "opening": body[:15],
            "complete": meta["complete"] == "true", "chars": len(body),
            "labels_a": labels, "why_a": meta["why"], "quality": float(meta["q"])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="the git-ignored folder, e.g. bench/real_holdout6")
    parser.add_argument("blocks", type=Path, help="the labelled blocks (see the module's docstring)")
    parser.add_argument("--dry-run", action="store_true", help="check the blocks, write nothing")
    args = parser.parse_args()
    folder = args.folder if args.folder.is_absolute() else Path.cwd() / args.folder
    manifest = folder / "manifest.jsonl"
    ids = {json.loads(line)["id"] for line in manifest.read_text(encoding="utf-8").splitlines()
           if line.strip()} if manifest.exists() else set()
    sources, seen = known_sources(), shingles_of_existing()
    refused = 0
    for meta, body in parse_blocks(args.blocks.read_text(encoding="utf-8")):
        reason = check(meta, body, sources, ids, seen)
        if reason:
            refused += 1
            print(f"{meta.get('id', '?')}：未加入，{reason}", file=sys.stderr)
            continue
        print(f"{meta['id']} {meta['kind']} q={meta['q']} flags={meta['flags']} {len(body)} 字"
              f"{'' if meta['complete'] == 'true' else '（片段）'}")
        if args.dry_run:
            continue
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f"{meta['id']}.txt.tmp"
        temporary.write_text(body + "\n", encoding="utf-8")
        os.replace(temporary, folder / f"{meta['id']}.txt")
        with manifest.open("a", encoding="utf-8") as out:
            out.write(json.dumps(row(meta, body), ensure_ascii=False) + "\n")
        ids.add(meta["id"])
        sources.add(meta["source"])
    sys.exit(1 if refused else 0)


if __name__ == "__main__":
    main()
