"""The editor's month: check a folder, a manifest or a corpus file of submissions at once.

    inputs.collect  ->  runner.run (pool, journal, resume)  ->  summary (csv, xlsx, html)

`run_batch` is the whole job; the CLI's `checker batch` only parses arguments and prints.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from .inputs import Inputs, collect
from .runner import STATE, BatchRun, run, write_text
from .summary import write_errors_csv, write_html, write_results_csv, write_xlsx


@dataclass
class BatchOutput:
    run: BatchRun
    files: list[Path]


def run_batch(source: Path, out: Path, build: Callable, *, month: str | None = None, genre: str | None = None,
              jobs: int = 0, force: bool = False, progress=None) -> BatchOutput:
    """Check every item of `source` into `out` and write the editor's files there."""
    inputs: Inputs = collect(source, exclude=out)
    result = run(inputs, out, build, genre=genre, jobs=jobs, force=force, progress=progress)
    copies: list[dict] = []
    title = f"{month} 来稿质量汇总" if month else "来稿质量汇总"
    files = [out / name for name in ("results.jsonl", "results.csv", "summary.xlsx", "summary.html", "errors.csv")]
    write_results_csv(out / "results.csv", result.records)
    write_xlsx(out / "summary.xlsx", result.records, result.errors, copies)
    write_html(out / "summary.html", result.records, result.errors, copies, title)
    write_errors_csv(out / "errors.csv", result.errors)
    state = {"input": str(source), "month": month, "items": result.total, "checked": len(result.records),
             "errors": len(result.errors), "finished": not result.interrupted,
             "written": datetime.now().isoformat(timespec="seconds")}
    write_text(out / STATE, json.dumps(state, ensure_ascii=False, indent=2) + "\n")
    return BatchOutput(result, files)
