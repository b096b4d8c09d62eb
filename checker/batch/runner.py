"""Check a batch over all cores, resumably.

Each finished item is appended at once to DIR/results.jsonl (the journal), so an interrupted
run keeps what it did and a re-run skips every item whose content hash is already there
(unless forced). When the run ends (or is interrupted) the journal is rewritten in input
order with the copies found (checker.batch.run_batch) and the summaries are written, each
file atomically.

What the parent does per item is kept small, since it shares the cores with the workers: a
worker hashes the item (the parent hashes only to resume), checks it, serialises the record
as its journal line and makes the item's copy fingerprint; the parent appends the line and
parses it back (orjson, a few microseconds).

Workers are forked from a parent that has already built the checker (rules, lexicons,
dictionary, model), so each core starts warm and shares that memory; where fork does not
exist (Windows) each worker builds its own once.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import signal
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable

import orjson

from ..errors import CheckerError, InputError
from ..files import write_atomically
from ..load import Source, guess_title, load
from .copies import _permutations, prints_of
from .inputs import BatchItem, Inputs
from .summary import rendered_finding_rows

JOURNAL = "results.jsonl"
STATE = "batch.json"  # marks a folder as this tool's output: what ran into it and when
MIN_POOLED = 4  # fewer items are checked in this process
CHUNK = 8  # items a worker takes at a time: the IPC is per chunk, and the last chunks end close together
FREEZE_EVERY = 500  # records parsed between two gc.freeze() calls while the pool works
OUTPUTS = (JOURNAL, "results.csv", "summary.xlsx", "summary.html", "errors.csv", STATE)


class OutputFolderError(CheckerError):
    pass


@dataclass
class BatchRun:
    records: list[dict]  # every item that was checked, in input order (this run's and earlier ones')
    errors: list[dict]  # {id, unit, source, error} for items that could not be checked
    reused: int = 0  # items skipped because an earlier run had scored the same content
    interrupted: bool = False
    total: int = 0
    meta: dict = field(default_factory=dict)
    failed: list[dict] = field(default_factory=list)  # the journal's error records (tried again on resume)
    prints: dict = field(default_factory=dict)  # id -> the copy fingerprint its worker made (copies.prints_of)
    rendered: dict = field(default_factory=dict)  # id -> its 问题 rows as its worker rendered them (xlsx XML)


def prepare_output(out: Path, force: bool, source: Path | None = None) -> dict[str, dict]:
    """The folder to write into, and what an earlier run there already scored (hash -> record).

    A folder this tool wrote for the same input (`source`) is resumed (or started afresh with
    force); one it wrote for another input is refused unless forced, as is any other non-empty
    folder, so no earlier month's results and nothing of the user's is overwritten unasked."""
    if out.exists() and not out.is_dir():
        raise OutputFolderError(f"{out}：已存在同名文件，请为输出另选一个文件夹")
    if out.exists() and any(out.iterdir()):
        ours = (out / STATE).exists() or (out / JOURNAL).exists()
        if not ours:
            raise OutputFolderError(f"{out}：文件夹已存在且不是批量检查的输出，为免覆盖其中的文件，请另选一个文件夹")
        if force:
            return {}
        previous = earlier_input(out)
        if source is not None and previous is not None and not same_input(previous, source):
            raise OutputFolderError(f"{out}：文件夹里是另一批来稿（{previous.get('input')}）的检查结果；"
                                    "接着检查请用同一来稿，要用这批结果替换它请加 --force，或另选一个输出文件夹")
        return read_journal(out / JOURNAL)
    out.mkdir(parents=True, exist_ok=True)
    return {}


def earlier_input(out: Path) -> dict | None:
    """What batch.json says an earlier run checked (input as given, source as a full path)."""
    try:
        state = json.loads((out / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) and state.get("input") else None


def same_input(state: dict, source: Path) -> bool:
    """Whether `source` is the input batch.json names. A batch.json of an older version has
    only the path as typed, relative to a folder not recorded: the same name is taken as the same."""
    if state.get("source"):
        return Path(state["source"]) == source.resolve()
    return Path(state["input"]).name == source.name


def input_state(source: Path, **fields) -> str:
    """batch.json: marks the folder as this tool's output for this input."""
    state = {"input": str(source), "source": str(source.resolve()), **fields}
    return json.dumps(state, ensure_ascii=False, indent=2) + "\n"


def read_journal(path: Path) -> dict[str, dict]:
    """Records already scored, by content hash. A line cut off by an interruption is ignored;
    items that failed before are tried again."""
    done: dict[str, dict] = {}
    if not path.exists():
        return done
    for line in path.read_bytes().splitlines():
        try:
            record = parse_line(line)
        except ValueError:
            continue
        if isinstance(record, dict) and record.get("hash") and "error" not in record:
            done[record["hash"]] = record
    return done


# -- workers ---------------------------------------------------------------------------------

_CHECKER = None  # the worker's checker: inherited through fork, or built by _init_spawned
_GENRE: str | None = None


def _ignore_interrupt() -> None:
    """Ctrl-C is the parent's to handle: it stops the pool and keeps what finished."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _init_spawned(build: Callable, genre: str | None) -> None:
    global _CHECKER, _GENRE
    _ignore_interrupt()
    _CHECKER, _GENRE = build(), genre


def check_item(job: tuple[BatchItem, str | None]) -> tuple[bytes, tuple | None]:
    """One item's journal line (the `check` JSON plus id, unit, date, hash and the text, or an
    error) and, made here while the item is at hand (None for an error): its copy fingerprint
    and its rows of summary.xlsx's 问题 sheet. The hash is made here unless the parent made it
    to resume."""
    item, digest = job
    head = {"id": item.id, "unit": item.unit, "date": item.date, "hash": digest or item.content_hash()}
    if item.adopted is not None:
        head["adopted"] = item.adopted
    try:
        if item.path is not None:  # a Word file keeps its paragraphs and table rows (places) as check_path does
            loaded = load(item.path)
            source = replace(loaded, name=item.id, title=item.title or loaded.title)
        else:
            text = item.text or ""
            source = Source(name=item.id, text=text, title=item.title if item.title is not None else guess_title(text))
        report = _CHECKER.check_source(source, item.genre or _GENRE)
    except InputError as exc:
        return journal_line({**head, "source": item.id, "error": exc.problem}), None
    except CheckerError as exc:
        return journal_line({**head, "source": item.id, "error": str(exc)}), None
    except Exception as exc:  # one broken item must not stop a thousand; the reason is kept
        return journal_line({**head, "source": item.id, "error": f"检查时出错（{type(exc).__name__}: {exc}）"}), None
    record = {**head, **report.to_json(), "text": report.text}
    return journal_line(record), (prints_of(report.text), rendered_finding_rows(record))


def journal_line(record: dict) -> bytes:
    """A record as one line of JSON Lines (UTF-8, no ASCII escapes); orjson, several times
    faster than the standard library, which is used where orjson refuses a value."""
    try:
        return orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE)
    except (TypeError, orjson.JSONEncodeError):
        return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8", "surrogatepass")


def parse_line(line: bytes) -> dict:
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError:
        return json.loads(line.decode("utf-8", "surrogatepass"))


# -- the run ---------------------------------------------------------------------------------

def run(inputs: Inputs, out: Path, build: Callable, *, genre: str | None = None, jobs: int = 0,
        force: bool = False, progress: Callable[[int, int], None] | None = None,
        source: Path | None = None) -> BatchRun:
    """Check every item not already in `out`'s journal; `build()` returns a ready Checker.
    `source`: the input, recorded in batch.json before any work, so a folder cut off even
    without a chance to write anything else is known as this input's output.

    `progress(done, total)` is called as items finish. KeyboardInterrupt stops the work; what
    finished is kept and the run is returned with interrupted=True."""
    done = prepare_output(out, force, source)
    if source is not None:
        write_text(out / STATE, input_state(source, finished=False))
    jobs = jobs or os.cpu_count() or 1
    todo: list[tuple[BatchItem, str | None]] = []
    kept: dict[str, dict] = {}
    for item in inputs.items:
        if not done:  # nothing to resume: the worker hashes the item, which it reads anyway
            todo.append((item, None))
            continue
        digest = item.content_hash()
        if digest in done:
            kept[item.id] = {**done[digest], "id": item.id, "unit": item.unit, "date": item.date or done[digest].get("date", "")}
        else:
            todo.append((item, digest))
    total = len(inputs.items)
    results: dict[str, dict] = dict(kept)
    prints: dict[str, tuple] = {}
    rendered: dict[str, list[str]] = {}
    interrupted = False
    journal_path = out / JOURNAL
    pooled = jobs > 1 and len(todo) >= MIN_POOLED  # the checks run elsewhere; here only records are made
    with open(journal_path, "ab" if kept else "wb") as journal:
        finished = len(kept)
        if progress:
            progress(finished, total)
        try:
            for line, made in _records(todo, build, genre, jobs):
                journal.write(line)
                journal.flush()
                record = parse_line(line)
                results[record["id"]] = record
                if made is not None:
                    prints[record["id"]], rendered[record["id"]] = made
                if pooled and finished % FREEZE_EVERY == 0:
                    gc.freeze()  # the records stay: the cyclic collector need not go through them again
                finished += 1
                if progress:
                    progress(finished, total)
        except KeyboardInterrupt:
            interrupted = True
    order = {item.id: n for n, item in enumerate(inputs.items)}
    ordered = sorted(results.values(), key=lambda r: order.get(r["id"], len(order)))
    records = [r for r in ordered if "error" not in r]
    failed = [r for r in ordered if "error" in r]
    errors = [{"id": r["id"], "unit": r["unit"], "source": r.get("source", r["id"]), "error": r["error"]} for r in failed]
    errors += [{"id": s.id, "unit": s.unit, "source": s.id, "error": s.reason} for s in inputs.skipped]
    return BatchRun(records, errors, reused=len(kept), interrupted=interrupted, total=total, failed=failed, prints=prints,
                    rendered=rendered)


def _records(todo: list[tuple[BatchItem, str | None]], build: Callable, genre: str | None,
             jobs: int) -> Iterable[tuple[bytes, tuple | None]]:
    global _CHECKER, _GENRE
    if not todo:
        return
    _GENRE = genre
    if jobs <= 1 or len(todo) < MIN_POOLED:
        _CHECKER = build()
        for job in todo:
            yield check_item(job)
        return
    jobs = min(jobs, len(todo))
    chunk = max(1, min(CHUNK, len(todo) // (jobs * 8)))
    if "fork" in multiprocessing.get_all_start_methods():
        _CHECKER = build()
        _CHECKER.check_text("预热：加载词典。")  # the dictionary is loaded once, then shared by every worker
        _permutations()  # and the copy fingerprints' permutations
        gc.freeze()  # the collector in a worker leaves the inherited objects alone, so their pages stay shared
        pool = multiprocessing.get_context("fork").Pool(jobs, initializer=_ignore_interrupt)
    else:  # pragma: no cover - Windows
        pool = multiprocessing.get_context("spawn").Pool(jobs, initializer=_init_spawned, initargs=(build, genre))
    try:
        yield from pool.imap_unordered(check_item, todo, chunksize=chunk)
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()


def write_jsonl(path: Path, records: list[dict]) -> None:
    write_atomically(path, (journal_line(r) for r in records))  # line by line: never the whole file in memory


def write_text(path: Path, text: str) -> None:
    write_atomically(path, text)


def write_bytes(path: Path, data: bytes) -> None:
    write_atomically(path, data)


def progress_printer(console=None):
    """A progress bar (done/total, rate, time left) on a terminal (the console given, else
    standard error); nothing otherwise."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = console or Console(stderr=True)
    if not console.is_terminal:
        return None, None
    bar = Progress(TextColumn("检查中"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("{task.fields[rate]}"), TextColumn("剩余"), TimeRemainingColumn(),
                   console=console, transient=True)
    task = bar.add_task("batch", total=None, rate="")

    def update(done: int, total: int) -> None:
        speed = bar.tasks[0].speed
        bar.update(task, completed=done, total=total, rate=f"{speed:.0f} 篇/秒" if speed else "")

    return bar, update
