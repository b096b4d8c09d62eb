"""Terminal report: score and dimension bars, the draft with flagged spans highlighted by
family, each finding's message beside its paragraph, then the prioritised suggestions."""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..findings import (ADVICE_HEADING, NO_TITLE, NOT_JUDGED, THIN_ANALYSIS, Finding, Report, analysis_thin, calibration_note, excerpt_note,
                        genre_note, SOME_SLOGANS, slogans_noted)
from ..registry import DIMENSIONS, band, families, genre_dimensions, genre_profile, genres
from . import safe

# "overall": what a rule takes from the depth score itself (rules/score.yaml fitted_points)
DEDUCTION_NAMES = {**DIMENSIONS, "overall": "总分", "score": "总分封顶"}
SCORE_LEVEL = ("overall", "score")  # deductions on the depth score itself, not on a dimension


def counted_deductions(report: Report) -> list[tuple[str, object]]:
    """The deductions that cost points of this draft's score, each with the name its genre
    gives the dimension (a deduction on a dimension the genre is not scored on costs nothing)."""
    names = {**genre_dimensions(report.genre), **{level: DEDUCTION_NAMES[level] for level in SCORE_LEVEL}}
    return [(names[d.dimension], d) for d in report.deductions if d.points and d.dimension in names]
# each flag as the draft stands: (words when it holds, words when it does not); ✓ marks what is
# good for the draft, ✗ what is not, so “套话偏多” never appears beside a tick
PROFILE_WORDS = {"problem": ("讲了具体问题", "没讲具体问题"), "analysis": ("有分析研判", "缺分析研判"),
                 "countermeasure": ("有可行对策", "缺可行对策"), "specific": ("事实具体", "事实不具体"),
                 "boilerplate_heavy": ("套话偏多", "套话不多"), "exaggeration": ("有夸大", "没有夸大")}
BAD_WHEN_HELD = ("boilerplate_heavy", "exaggeration")


def profile_marks(report) -> list[tuple[bool, str]]:
    """The profile line of a report: (good for the draft, “✓ 套话不多” / “✗ 套话偏多”…), only
    the flags its genre asks about."""
    shown = genre_profile(report.genre)
    some_slogans = slogans_noted(report.profile, ((f.family, f.start, f.end) for f in report.findings))
    marks = []
    for key, (held_words, missing_words) in PROFILE_WORDS.items():
        if shown is not None and key not in shown:
            continue
        held = bool(report.profile.get(key, False))
        good = held != (key in BAD_WHEN_HELD)
        if key == "boilerplate_heavy" and some_slogans:  # ZG102 spoke, short of 套话偏多
            good, missing_words = False, SOME_SLOGANS
        if key == "analysis" and analysis_thin(report.profile, (f.family for f in report.findings + report.advice)):
            missing_words = THIN_ANALYSIS
        marks.append((good, ("✓" if good else "✗") + (held_words if held else missing_words)))
    return marks
FAMILY_STYLES = {
    "boilerplate": "black on yellow", "no_problem": "bold red", "no_analysis": "bold red",
    "no_countermeasure": "bold red", "weak_countermeasure": "black on bright_magenta",
    "not_specific": "black on bright_cyan", "exaggeration": "white on red", "over_elevation": "white on red", "slogan_no_story": "black on bright_cyan", "doc_echo": "black on bright_blue",
    "unfocused": "bold magenta", "readability": "underline", "wording": "black on bright_green",
    "risk": "bold white on dark_red",
}
SEVERITY_MARKS = {"error": ("✖", "bold red"), "warning": ("▲", "yellow"), "info": ("●", "cyan")}
BAR_WIDTH = 20
# control characters shown as visible symbols, keeping every offset (findings are styled by position)
_VISIBLE = {code: 0x2400 + code for code in range(0x20)} | {0x7F: 0x2421} | {code: 0xFFFD for code in range(0x80, 0xA0)}


def render(report: Report, console: Console) -> None:
    console.print(_header(report))
    document_level = [f for f in report.findings if f.document_level]
    if document_level:
        console.print(Text("全文层面", style="bold"))
        for finding in document_level:
            _hanging(console, Text("  "), Text("    "), _finding_line(finding, indent=""))
        console.print()
    _body(report, console)
    _suggestions(report, console)


def _header(report: Report) -> Panel:
    genre = genre_note(report)
    table = Table.grid(padding=(0, 1))
    table.add_column(justify="right")
    table.add_column()
    table.add_column(justify="right")
    for name, label in genre_dimensions(report.genre).items():
        if name in report.not_judged:
            table.add_row(label, Text(NOT_JUDGED, style="dim"), "")
        else:
            table.add_row(label, _bar(report.dimensions[name]), str(report.dimensions[name]))
    profile = Text(no_wrap=False, overflow="fold")  # wraps inside the panel rather than losing its end
    for good, words in profile_marks(report):
        profile.append(words + "  ", style="green" if good else "red")
    lines = [
        Text.assemble(("《" + safe.plain(report.title) + "》" if report.title else NO_TITLE, "bold")),
        Text(f"文体：{genre}  ·  {safe.plain(report.source)}", style="dim", overflow="fold"),
        *([Text(excerpt_note(report), style="dim")] if report.excerpt else []),
        Text.assemble(("深度得分 ", "bold"), (f"{report.score}", _score_style(report.score)), " / 100  ",
                      _bar(report.score)),
        *([Text(calibration_note(report), style="dim", no_wrap=False, overflow="fold")] if report.calibration else []),
        table,
        profile,
    ]
    if report.readability is not None:
        lines.append(Text(report.readability.explain(), style="dim"))
    if report.adoption_probability is not None:
        lines.append(Text(f"采用可能性（模型估计）：{report.adoption_probability:.0%}", style="bold"))
    return Panel(Group(*lines), title="稿件检查", title_align="left")


def _bar(value: int) -> Text:
    filled = round(value / 100 * BAR_WIDTH)
    return Text("█" * filled + "░" * (BAR_WIDTH - filled), style=_score_style(value))


BAND_STYLES = {"strong": "green", "middle": "yellow", "weak": "red"}


def _score_style(value: int) -> str:
    return BAND_STYLES[band(value)]


def _finding_line(finding: Finding, indent: str) -> Text:
    mark, style = SEVERITY_MARKS[finding.severity]
    return Text.assemble(indent, (mark + " ", style), (f"{finding.rule} ", "dim"),
                         (f"[{families()[finding.family]}] ", FAMILY_STYLES.get(finding.family, "")),
                         safe.plain(finding.message), ("  → " + safe.plain(finding.suggestion), "dim"))


def _body(report: Report, console: Console) -> None:
    """Each paragraph and table row, labelled as in the Word file and the suggestions (标题,
    第N段, 表格第r行), with its findings."""
    spans = [f for f in report.findings if not f.document_level]
    width = max((cell_len(p.label) for p in report.paragraphs()), default=0)
    for paragraph in report.paragraphs():
        label = " " * (width - cell_len(paragraph.label)) + paragraph.label
        inside = [f for f in spans if paragraph.start <= f.start < paragraph.end]
        text = Text(report.text[paragraph.start:paragraph.end].translate(_VISIBLE))  # same length: styled by offset
        for finding in inside:
            text.stylize(FAMILY_STYLES.get(finding.family, "reverse"), finding.start - paragraph.start,
                         min(finding.end, paragraph.end) - paragraph.start)
        _hanging(console, Text(f"{label} │ ", style="dim"), Text(" " * width + " │ ", style="dim"), text)
        for finding in inside:
            _hanging(console, Text(" " * width + " │   ", style="dim"), Text(" " * width + " │     ", style="dim"),
                     _finding_line(finding, indent=""))


# a line may not begin with these (they close what came before): the character before moves down
NO_LINE_START = set("。，、；：？！）》」』】〕”’…%,.;:?!)")
NO_LINE_END = set("“‘（《「『【〔(")  # and a line may not end with these


def wrap_offsets(text: str, width: int) -> list[int]:
    """Where to cut `text` into lines of at most `width` terminal cells (a Chinese character is
    two), never leaving a closing punctuation mark at the start of a line."""
    cuts, used, start = [], 0, 0
    for index, char in enumerate(text):
        cells = cell_len(char)
        if used + cells > width and index > start:
            cut = index
            while cut - 1 > start and text[cut] in NO_LINE_START:
                cut -= 1  # carry the preceding character down with the mark
            while cut - 1 > start and text[cut - 1] in NO_LINE_END:
                cut -= 1  # an opening mark goes down with what it opens
            word = cut
            while word - 1 > start and _latin(text[word - 1]) and _latin(text[word]):
                word -= 1  # a number or a Latin word is not cut (2023, ZG101)
            if word > start + 1:
                cut = word
            cuts.append(cut)
            start = cut
            used = cell_len(text[cut:index])
        used += cells
    return cuts


def _latin(char: str) -> bool:
    return char.isascii() and (char.isalnum() or char in ".%-_")


def _hanging(console: Console, first: Text, rest: Text, text: Text) -> None:
    """Print `text` after `first`, its continuation lines after `rest` (the gutter stays)."""
    width = max(20, console.width - max(first.cell_len, rest.cell_len))
    lines = text.divide(wrap_offsets(text.plain, width)) if text.plain else [text]
    for number, line in enumerate(lines):
        console.print(Text.assemble(first if number == 0 else rest, line), soft_wrap=True)


def _suggestions(report: Report, console: Console) -> None:
    if not report.suggestions:
        console.print(Text("\n没有发现需要修改的问题。", style="green"))
    else:
        console.print(Text("\n修改建议（按优先级）", style="bold"))
        for number, suggestion in enumerate(report.suggestions, start=1):
            _hanging(console, Text(f"  {number}. "), Text(" " * (len(str(number)) + 4)), Text(safe.plain(suggestion)))
    if report.advice:
        console.print(Text(f"\n{ADVICE_HEADING}", style="bold"))
        for finding in report.advice:
            _hanging(console, Text("  · "), Text("    "),
                     Text.assemble(safe.plain(finding.message), ("  → " + safe.plain(finding.suggestion), "dim")))
    lost = counted_deductions(report)
    if lost:
        # the eight largest dimension deductions, and always what was taken from the score itself
        # (fitted points, caps): those are what a writer cannot read off the dimension bars
        on_score = [(name, d) for name, d in lost if d.dimension in SCORE_LEVEL]
        shown = [(name, d) for name, d in lost if d.dimension not in SCORE_LEVEL][:8] + on_score
        parts = "，".join(f"{name} -{d.points:g}（{d.rule}×{d.count}）" for name, d in shown)
        console.print()
        _hanging(console, Text("扣分明细：", style="dim"), Text("          "), Text(parts, style="dim"))


def render_summary(reports: list[Report], failures: list[dict], console: Console) -> None:
    """One line per draft, for checking a batch: score, probability and the main problems."""
    table = Table(title=f"批量检查（{len(reports)} 篇）", show_lines=False)
    for column, justify in (("文件", "left"), ("标题", "left"), ("文体", "left"), ("深度得分", "right"),
                            ("采用可能性", "right"), ("主要问题", "left")):
        table.add_column(column, justify=justify, overflow="fold")
    for report in sorted(reports, key=lambda r: r.score):
        probability = "—" if report.adoption_probability is None else f"{report.adoption_probability:.0%}"
        table.add_row(Text(safe.plain(report.source)), Text(safe.plain(report.title[:24])), genres()[report.genre],
                      Text(str(report.score), style=_score_style(report.score)), probability, _main_problems(report))
    for failure in failures:
        table.add_row(Text(safe.plain(failure["source"])), Text("无法检查", style="red"), "", "", "", Text(safe.plain(failure["error"])))
    console.print(table)
    if reports:
        average = sum(r.score for r in reports) / len(reports)
        weak = sum(r.score < 60 for r in reports)
        console.print(f"平均深度得分 {average:.0f}；60 分以下 {weak} 篇；无法检查 {len(failures)} 篇。"
                      "加 --details 查看每篇的逐段意见。")


def _main_problems(report: Report) -> str:
    return "、".join(families()[f] for f in report.main_problems()) or "无"