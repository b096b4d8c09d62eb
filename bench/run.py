"""Benchmark: the whole check against bare Python jieba segmentation of the same drafts.

    python bench/run.py                      # 200 drafts of ~1,000 characters, 5 rounds
    python bench/run.py --drafts 100 --rounds 7 --cold 7
    python bench/run.py --stages             # also where the time of a check goes

Built to give stable figures on a shared machine:
- CPU time of this process (time.process_time), not wall time: another program on the
  machine slows the wall clock, not the CPU a pass costs;
- the passes alternate in each round (jieba, checker, checker + model), so a slow spell hits
  all of them; each figure is the min and the median over the rounds, and the ratio to
  jieba is also taken round by round (the median of those is the headline);
- p95 of the per-draft CPU time over all passes;
- peak memory of a warm worker: a separate process that loads the checker and the model and
  checks every draft (this process also holds Python jieba's dictionary for the baseline);
- cold start: `checker check` on one draft as a new process, wall and CPU, alternated with
  `python -c "import jieba; jieba.initialize()"` in the same run;
- linearity: one 128,000-character document against the 128 ~1,000-character drafts it is
  made of, checked one by one.

Targets (issue 7): warm ratio (whole check with the model / bare jieba.lcut) <= 1.0; cold
check with the model <= 0.8 s and <= the jieba import; worker memory <= 150 MB; the
128,000-character document <= 1.2 x the sum of its 128 drafts.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRAFT_CHARS = 1000
LONG_PARTS = 128


def drafts(count: int) -> list[str]:
    """~1,000-character drafts made of corpus items (title line + body)."""
    items = []
    for path in sorted((ROOT / "corpus").glob("*.jsonl")):
        items += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts, index = [], 0
    while len(texts) < count:
        title = items[index % len(items)]["title"]
        body = ""
        while len(body) < DRAFT_CHARS:
            body += items[index % len(items)]["text"] + "\n"
            index += 1
        texts.append(title + "\n" + body[:DRAFT_CHARS])
    return texts


def one_pass(function, texts: list[str]) -> tuple[float, list[float]]:
    """CPU seconds of one pass over the texts, and of each text."""
    clock = time.process_time
    per_doc = []
    start = clock()
    for text in texts:
        t0 = clock()
        function(text)
        per_doc.append(clock() - t0)
    return clock() - start, per_doc


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


# Children run as after an install: compiled bytecode may be written and reused (some shells
# set PYTHONDONTWRITEBYTECODE, which would make every cold start compile the package anew).
CHILD_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"} | {"COLUMNS": "100"}


def child_run(command: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT,
                   env=CHILD_ENV)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


# Read by the child itself: VmHWM of /proc/self/status where there is one (Linux keeps
# ru_maxrss across exec, so a child of this large process would report this process's peak).
PEAK_RSS = ("def _peak():\n"
            "    try:\n"
            "        for line in open('/proc/self/status'):\n"
            "            if line.startswith('VmHWM:'):\n"
            "                return int(line.split()[1]) / 1024\n"
            "    except OSError:\n"
            "        pass\n"
            "    import resource\n"
            "    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n")


def peak_rss(command: list[str]) -> float:
    """Peak RSS (MB) of one child, printed by the child itself on its last line."""
    out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT, env=CHILD_ENV).stdout
    return float(out.strip().splitlines()[-1])


WORKER = PEAK_RSS + """
import json, sys
sys.path.insert(0, {root!r})
sys.argv = ["bench"]
from bench.run import drafts
from checker.model import load_default_model
from checker.pipeline import Checker
from checker.report import json as json_report
checker = Checker(model=load_default_model())
for text in drafts({count}):
    json_report.render([checker.check_text(text)], single=True)
print(_peak())
"""


def stages(checker, texts: list[str]) -> dict[str, float]:
    """CPU ms per draft of each stage of a check (the pipeline's own steps, called one by one)."""
    from checker.features import sample
    from checker.load import Source, guess_title
    from checker.pipeline import Analysis
    from checker.report import json as json_report
    from checker.segment import segment

    clock = time.process_time
    spent: dict[str, float] = {}

    def timed(name, function, *args):
        t0 = clock()
        value = function(*args)
        spent[name] = spent.get(name, 0.0) + clock() - t0
        return value

    for text in texts:
        source = Source(name="-", text=text, title=guess_title(text))
        document = timed("segment", segment, source)
        signals = timed("judgements", checker.signal_set.analyse, document)
        guess = timed("genre", checker.detect_genre, signals, None)
        judging = timed("rules", checker.settle_close, checker.settings(guess.genre, user=False), guess)
        matches = timed("rules", checker.matches, document, signals, judging)
        judged = timed("rules", checker.findings, document, matches, judging)
        judged_scored = timed("score", checker._scored, document, judged, judging, guess.genre, frozenset())
        analysis = Analysis(document, signals, guess, judged, judged, frozenset(), judged_scored)
        model, checker.model = checker.model, None
        report = timed("report", checker.report, analysis)
        checker.model = model
        if model is not None:
            timed("model", model.probability, analysis)
            timed("model (features only)", sample, analysis)
        timed("json", json_report.render, [report], True)
    return {name: seconds * 1000 / len(texts) for name, seconds in spent.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--drafts", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5, help="alternated rounds of passes (>= 5 for the targets)")
    parser.add_argument("--cold", type=int, default=5, help="cold starts of each command")
    parser.add_argument("--stages", action="store_true", help="also print CPU time per stage")
    parser.add_argument("--skip", default="", help="comma-separated parts to skip: warm,memory,linear,cold")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))

    sys.path.insert(0, str(ROOT))
    import jieba

    from checker.model import load_default_model
    from checker.paths import LEXICON_DIR
    from checker.pipeline import Checker
    from checker.report import json as json_report
    from checker.segment import warm_up

    texts = drafts(max(args.drafts, LONG_PARTS))
    chars = sum(len(t) for t in texts[:args.drafts])
    jieba.setLogLevel(60)
    jieba.initialize()
    jieba.load_userdict(str(LEXICON_DIR / "userdict.txt"))  # the reference: Python jieba with our dictionary
    warm_up()
    plain = Checker()
    model = load_default_model()
    with_model = Checker(model=model) if model else None

    def check_plain(text: str) -> str:
        return json_report.render([plain.check_text(text)], single=True)

    def check_model(text: str) -> str:
        return json_report.render([with_model.check_text(text)], single=True)

    passes = {"jieba": jieba.lcut, "checker": check_plain}
    if with_model:
        passes["checker + model"] = check_model
    for function in passes.values():  # compile rules, warm caches before timing
        for text in texts[:5]:
            function(text)

    sample_texts = texts[:args.drafts]
    if "warm" not in skip:
        totals: dict[str, list[float]] = {name: [] for name in passes}
        per_doc: dict[str, list[float]] = {name: [] for name in passes}
        for _ in range(args.rounds):
            for name, function in passes.items():
                total, docs = one_pass(function, sample_texts)
                totals[name].append(total)
                per_doc[name] += docs

        ms = lambda seconds: seconds * 1000 / len(sample_texts)  # noqa: E731
        print(f"drafts: {len(sample_texts)} x ~{chars // len(sample_texts)} characters; {args.rounds} rounds, "
              f"passes alternated; CPU time of this process")
        print(f"{'':26}{'min':>9}{'median':>9}{'p95/draft':>11}  ms per draft")
        for name in passes:
            print(f"{name:26}{ms(min(totals[name])):9.2f}{ms(statistics.median(totals[name])):9.2f}"
                  f"{percentile(per_doc[name], 0.95) * 1000:11.2f}")
        for name in passes:
            if name == "jieba":
                continue
            paired = [c / j for c, j in zip(totals[name], totals["jieba"])]
            print(f"ratio {name} / jieba.lcut: median {statistics.median(paired):.2f} (rounds {min(paired):.2f}–"
                  f"{max(paired):.2f}); min/min {min(totals[name]) / min(totals['jieba']):.2f}"
                  + ("   (target <= 1.0)" if name == "checker + model" else ""))
        print(f"peak RSS of this process (checker, model and Python jieba): "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")

    if args.stages:
        checker = with_model or plain
        print("CPU ms per draft by stage (one pass):")
        for name, value in stages(checker, sample_texts).items():
            print(f"  {name:24}{value:7.2f}")

    if "memory" not in skip:
        mb = peak_rss([sys.executable, "-c", WORKER.format(root=str(ROOT), count=args.drafts)])
        print(f"warm worker (checker + model, {args.drafts} drafts checked): peak RSS {mb:.0f} MB  (target <= 150 MB)")

    if "linear" not in skip:
        long_text = texts[0].split("\n", 1)[0] + "\n" + "\n".join(t.split("\n", 1)[1] for t in texts[:LONG_PARTS])
        function = check_model if with_model else check_plain
        parts = [texts[0].split("\n", 1)[0] + "\n" + t.split("\n", 1)[1] for t in texts[:LONG_PARTS]]
        long_times, part_times = [], []
        for _ in range(3):
            part_times.append(one_pass(function, parts)[0])
            long_times.append(one_pass(function, [long_text])[0])
        print(f"linearity: one {len(long_text):,}-character document {min(long_times):.2f} s CPU; its {LONG_PARTS} "
              f"drafts one by one {min(part_times):.2f} s; ratio {min(long_times) / min(part_times):.2f}  (target <= 1.2)")

    if "cold" not in skip and args.cold > 0:  # --cold 0: no cold-start runs
        draft = ROOT / "examples" / "样稿.txt"
        commands = {
            "checker check 样稿.txt": [sys.executable, "-m", "checker.cli", "check", str(draft)],
            "checker check -f json": [sys.executable, "-m", "checker.cli", "check", "-f", "json", str(draft)],
            "checker check --no-model": [sys.executable, "-m", "checker.cli", "check", "--no-model", str(draft)],
            "import jieba; initialize": [sys.executable, "-c", "import jieba; jieba.initialize()"],
        }
        walls: dict[str, list[float]] = {name: [] for name in commands}
        cpus: dict[str, list[float]] = {name: [] for name in commands}
        for name, command in commands.items():  # once untimed: file cache, compiled bytecode
            child_run(command)
        for _ in range(args.cold):
            for name, command in commands.items():
                wall, cpu = child_run(command)
                walls[name].append(wall)
                cpus[name].append(cpu)
        print(f"cold start, {args.cold} runs each, alternated:{'':6}wall min / median    CPU min / median")
        for name in commands:
            print(f"  {name:32}{min(walls[name]):6.2f} / {statistics.median(walls[name]):.2f} s"
                  f"{min(cpus[name]):12.2f} / {statistics.median(cpus[name]):.2f} s")
        rss = peak_rss([sys.executable, "-c", PEAK_RSS + "from checker.cli import app\n"
                        f"try: app(['check', {str(draft)!r}])\nexcept SystemExit: pass\n"
                        "print(_peak())"])
        print(f"  peak RSS of a cold check with the model: {rss:.0f} MB  "
              f"(target: check <= 0.8 s and <= the jieba import)")


if __name__ == "__main__":
    main()
