"""Optional compiled build: compile the hot pure-Python modules with mypyc, in place, next to their
.py files; --clean removes the extensions again. Pure Python stays the default; this is for a
machine that checks many drafts (a batch server). Needs `pip install -e ".[compiled]"` and a C
compiler. Measured (round 46, bench/instructions.py --only steady): instructions per draft
29.6 M -> 23.4 M, ratio to bare jieba.lcut 1.53 -> 1.19; bench/same_verdicts.py: 0 reports differ.

    python bench/mypyc_build.py            # builds checker/**/*.cpython-*.so (about two minutes)
    python bench/mypyc_build.py --clean    # back to pure Python
    python bench/mypyc_build.py --check    # are the built extensions older than their sources?

Python's import prefers an extension module to a .py of the same name, so while the .so files
are present an edited .py is silently not what runs: `--check` (and checker/_compiled.py, which
refuses a stale build) compare each source with the hash recorded at build time.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODULES = [
    "checker/lexicon.py", "checker/judge/__init__.py", "checker/judge/core.py", "checker/judge/facts.py",
    "checker/judge/problem.py", "checker/judge/proposal.py", "checker/judge/analysis.py", "checker/judge/effect.py",
    "checker/judge/style.py", "checker/segment.py", "checker/kinds.py", "checker/predict.py", "checker/pipeline.py",
    "checker/score.py", "checker/features.py", "checker/readability.py", "checker/places.py", "checker/findings.py",
    "checker/genre.py", "checker/identifiers.py", "checker/suggest.py", "checker/structure.py",
]
MYPY_FLAGS = ["--ignore-missing-imports", "--follow-imports=silent", "--disable-error-code", "annotation-unchecked"]
STAMP = ROOT / "checker" / "_mypyc_sources.json"  # sha256 of each compiled source at build time


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def built() -> list[Path]:
    """The per-module shims under checker/ and mypyc's one shared library for the group (top level)."""
    return sorted([*(ROOT / "checker").rglob("*.so"), *ROOT.glob("*__mypyc.*.so")])


def clean() -> None:
    for path in built():
        path.unlink()
    STAMP.unlink(missing_ok=True)


def stale() -> list[str]:
    if not STAMP.exists():
        return [] if not built() else ["(no record of the sources built)"]
    recorded = json.loads(STAMP.read_text())
    return [name for name, sha in recorded.items() if digest(ROOT / name) != sha]


def build(modules: list[str], opt_level: str) -> None:
    from mypyc.build import mypycify
    from setuptools import setup

    os.chdir(ROOT)
    clean()
    setup(name="checker-compiled", packages=[], py_modules=[],
          ext_modules=mypycify([*MYPY_FLAGS, *modules], opt_level=opt_level),
          script_args=["build_ext", "--inplace", "--build-temp", "build/mypyc", "-j", str(os.cpu_count() or 1)])
    STAMP.write_text(json.dumps({name: digest(ROOT / name) for name in modules}, indent=1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clean", action="store_true")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--opt-level", default="3")
    parser.add_argument("modules", nargs="*", help="a subset of MODULES")
    args = parser.parse_args()
    if args.clean:
        clean()
    elif args.check:
        old = stale()
        print("stale: " + ", ".join(old) if old else f"{len(built())} extensions, up to date")
        sys.exit(1 if old else 0)
    else:
        build(args.modules or MODULES, args.opt_level)


if __name__ == "__main__":
    main()
