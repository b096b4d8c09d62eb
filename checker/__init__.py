"""checker: quality checks for 组工信息 / 组工网宣 drafts.

    import checker
    report = checker.check("全文……", title="标题", genre=None)
    report.score, report.profile, report.findings

The pipeline flows one way, one module per stage:
load -> segment -> judgements -> genre -> rules -> score -> report.
Importing this package is cheap: jieba, spaCy and the rules load on the first check.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["Checker", "Report", "check"]


def _refuse_stale_build() -> None:
    """The optional compiled build: modules compiled in place by bench/mypyc_build.py shadow their
    .py files (Python's import prefers an extension module), so a source edited after the build
    would silently not run. The build records each source's sha256; when one differs, stop
    before anything compiled is imported. About a millisecond, and only when a build is present."""
    import hashlib
    import json
    from pathlib import Path

    here = Path(__file__).parent
    stamp = here / "_mypyc_sources.json"
    if not stamp.exists():
        return
    root = here.parent
    stale = [name for name, sha in json.loads(stamp.read_text()).items()
             if not (root / name).exists() or hashlib.sha256((root / name).read_bytes()).hexdigest() != sha]
    if stale:
        raise ImportError("编译的模块比源文件旧（" + "、".join(stale) + "）：请运行 python bench/mypyc_build.py 重新编译，"
                          "或 python bench/mypyc_build.py --clean 改回纯 Python")


_refuse_stale_build()


def check(text: str, *, title: str | None = None, genre: str | None = None, config=None, excerpt: bool = False):
    """Check one draft given as text and return its Report.

    `title` given: the whole text is body. Not given: the first line is the title only when
    it reads as one (short, not a finished sentence) and body text follows; a one-paragraph
    text is all body. `genre` overrides detection; `config` is a checker.config.Config.
    `excerpt`: the text is part of a draft (its opening), so what a whole draft must have and
    this part lacks (the causes, the proposals of a 问题建议 or 调研 piece) is not held against it."""
    from .load import Source, guess_title

    if title is None:
        source = Source(name="-", text=text, title=guess_title(text), excerpt=excerpt)
    else:
        source = Source(name="-", text=f"{title}\n{text}", title=title, excerpt=excerpt)
    return _checker_for(config).check_source(source, genre)


_CHECKERS: dict[str, object] = {}


def _checker_for(config):
    """One Checker per distinct configuration (Config is mutable and unhashable: keyed by repr)."""
    from .pipeline import Checker

    key = repr(config)
    if key not in _CHECKERS:
        _CHECKERS[key] = Checker(config)
    return _CHECKERS[key]


def __getattr__(name: str):
    if name == "Checker":
        from .pipeline import Checker

        return Checker
    if name == "Report":
        from .findings import Report

        return Report
    raise AttributeError(f"module 'checker' has no attribute {name!r}")
