"""The editor's month: check a folder, a manifest or a corpus file of submissions at once.

    inputs.collect  ->  runner.run (pool, journal, resume)  ->  summary (csv, xlsx, html)

`run_batch` is the whole job; the CLI's `checker batch` only parses arguments and prints.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from ..errors import CheckerError
from ..load import load
from ..places import place_at, text_places
from .copies import copy_findings, copy_rule, find_copies
from .inputs import Inputs, collect
from .runner import JOURNAL, STATE, BatchRun, input_state, run, write_jsonl, write_text
from .summary import write_errors_csv, write_html, write_results_csv, write_xlsx


@dataclass
class BatchOutput:
    run: BatchRun
    files: list[Path]
    notes: tuple[str, ...] = ()  # about the input, for the user (a 文体 the checker does not know)


def run_batch(source: Path, out: Path, build: Callable, *, month: str | None = None, genre: str | None = None,
              jobs: int = 0, force: bool = False, progress=None, archive: Path | None = None,
              copies: bool = True, copy_rule=None) -> BatchOutput:
    """Check every item of `source` into `out` and write the editor's files there; with an
    archive, look for copies of archived items too and add this batch to it when it finishes.
    copies=False: no copies are looked for (the copy rule switched off, checker batch --ignore
    copy); `copy_rule`: the copy rule as configured (default: as shipped)."""
    inputs: Inputs = collect(source, exclude=out)
    try:
        return _run_batch(inputs, source, out, build, month, genre, jobs, force, progress, archive,
                          copy_rule if copies else False)
    finally:
        gc.unfreeze()


def _run_batch(inputs: Inputs, source: Path, out: Path, build: Callable, month, genre, jobs, force, progress,
               archive, rule) -> BatchOutput:
    result = run(inputs, out, build, genre=genre, jobs=jobs, force=force, progress=progress, source=source)
    # The records live until the end: the cyclic collector need not look at them again (with
    # 10,000 records it would go through millions of objects several times while the
    # summaries are written). Back in its care when the batch returns.
    gc.freeze()
    store = None
    if archive is not None:
        from .archive import Archive

        store = Archive(archive)
    try:
        paths = {item.id: item.path for item in inputs.items if item.path}
        copies = attach_copies(result.records, store, result.prints, rule, paths) if rule is not False \
            else without_copies(result.records)
        for record in result.records:
            if record["copies"]:  # its 问题 rows now include the copy findings
                result.rendered.pop(record["id"], None)
        write_jsonl(out / JOURNAL, result.records + result.failed)
        if store is not None and not result.interrupted:
            result.meta["archived"] = store.add(result.records, month, result.prints)
    finally:
        if store is not None:
            store.close()
    title = f"{month} 来稿质量汇总" if month else "来稿质量汇总"
    files = [out / name for name in ("results.jsonl", "results.csv", "summary.xlsx", "summary.html", "errors.csv")]
    write_results_csv(out / "results.csv", result.records)
    write_xlsx(out / "summary.xlsx", result.records, result.errors, copies, result.rendered)
    write_html(out / "summary.html", result.records, result.errors, copies, title)
    write_errors_csv(out / "errors.csv", result.errors)
    write_text(out / STATE, input_state(source, month=month, items=result.total, checked=len(result.records),
                                        errors=len(result.errors), finished=not result.interrupted,
                                        written=datetime.now().isoformat(timespec="seconds")))
    return BatchOutput(result, files, tuple(inputs.notes))


def without_copies(records: list[dict]) -> list[dict]:
    """No copies looked for: none recorded (and none kept from an earlier run's journal)."""
    for record in records:
        record["copies"] = []
        record["findings"] = [f for f in record.get("findings", []) if "copy" not in f]
    return []


def copy_places(record: dict, path: str | None) -> tuple:
    """The paragraphs a copy finding is placed in, as check numbers them: a Word file's own
    (read again: only copying items get here), else the text's lines."""
    if path and path.lower().endswith(".docx"):
        try:
            places = load(path).places
        except CheckerError:
            places = ()
        if places:
            return places
    return text_places(record.get("text") or "", record.get("title") or "")


def attach_copies(records: list[dict], store=None, prints: dict | None = None, rule=None,
                  paths: dict[str, str] | None = None) -> list[dict]:
    """Find copies within the batch (and in the archive); record them on each copying item
    (`copies`: source, unit, date, share, passages, and a finding of the copy rule per passage,
    as check --archive gives them) and return them for the summaries.
    `prints`: id -> the fingerprint a worker made (copies.prints_of); the rest are made here.
    `rule`: the copy rule as configured (default: as shipped); `paths`: id -> the item's file."""
    without_copies(records)  # a resumed run's records carry the copies found last time
    rule = rule or copy_rule()
    paths = paths or {}
    items = [(r["id"], r.get("text") or "", {"unit": r["unit"], "date": r.get("date", ""), "title": r.get("title", "")})
             for r in records]
    prints = prints or {}
    found = find_copies(items, store.copy_index() if store is not None else None,
                        [prints.get(r["id"]) for r in records])
    by_id = {r["id"]: r for r in records}
    shown = []
    for record in records:
        matches = found.get(record["id"], [])
        if matches:
            text = record.get("text") or ""
            places = copy_places(record, paths.get(record["id"]))
            made = [{**f.to_json(), "place": p.label if (p := place_at(places, f.start)) else ""}
                    for f in copy_findings(matches, text, rule)]
            record["findings"] = sorted(record["findings"] + made, key=lambda f: (f["start"], f["end"], f["rule"]))
        for match in matches:
            source = by_id.get(match.source_id)
            source_text = source.get("text", "") if source else match.meta.get("text", "")
            meta = {"unit": source["unit"], "date": source.get("date", ""), "title": source.get("title", "")} if source else match.meta
            record["copies"].append({
                "source_id": match.source_id, "source_unit": meta.get("unit") or "", "source_date": meta.get("date") or "",
                "source_title": meta.get("title") or "", "share": round(match.share, 3), "archived": source is None,
                "passages": [{"start": p.new_start, "end": p.new_end, "source_start": p.src_start,
                              "source_end": p.src_end, "text": p.text} for p in match.passages]})
            shown.append({
                "unit": record["unit"], "id": record["id"], "title": record.get("title", ""), "text": record.get("text", ""),
                "source_id": match.source_id, "source_unit": meta.get("unit") or "", "source_date": meta.get("date") or "",
                "source_title": meta.get("title") or "", "source_text": source_text, "share": match.share,
                "passages": [p.text for p in match.passages],
                "spans": [(p.new_start, p.new_end) for p in match.passages],
                "source_spans": [(p.src_start, p.src_end) for p in match.passages]})
    return sorted(shown, key=lambda c: -c["share"])
