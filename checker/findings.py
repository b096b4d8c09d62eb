"""What a check produces: findings and the report around them (JSON schema 1)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .places import Place, place_at, text_places

if TYPE_CHECKING:
    from .readability import Readability

SCHEMA = 1


EXCERPT_CHARS = 30  # how much of a matched span a finding shows as its excerpt


def shorten(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The first `limit` characters of a span, with an ellipsis when something was cut."""
    return text if len(text) <= limit else text[:limit] + "…"


NOT_JUDGED = "未评（片段）"  # a dimension an excerpt was not scored on
NO_TITLE = "（无标题）"  # shown for a draft whose first line reads as body text, not as a title
# what a document-level message calls the text it judged ({whole} in a rule's message): the whole
# draft, or on an excerpt only the part given (全文只有2句写到实情 said of a speech's opening is
# untrue, and set 74's readers objected to just that)
WHOLE_SCOPE = "全文"
EXCERPT_SCOPE = "给出的这部分"


# the heading of Report.advice wherever a report is shown: not faults, what would raise the draft's value
# (what the genre does not require, and measures told as advice, ZG633 and ZG914: not "not required")
ADVICE_HEADING = "提升建议（不算问题；做到了，稿件更有价值）"
THIN_ANALYSIS = "研判偏少"  # the profile's words for analysis present but below its genre's count (analysis_thin)


def analysis_thin(profile: dict, families_found) -> bool:
    """The profile says the draft lacks analysis while no rule says it has none: it has some,
    fewer than its genre asks for (an experience item or a story needs two backed sentences or
    a conclusion drawn, rules/score.yaml). Shown as THIN_ANALYSIS, not 缺分析研判, so the profile line
    does not contradict a full 研判 bar."""
    return profile.get("analysis") is False and "no_analysis" not in set(families_found)


SOME_SLOGANS = "套话较多"  # the profile's words for slogans ZG102 counts but short of 套话偏多 (slogans_noted)


def slogans_noted(profile: dict, placed) -> bool:
    """The profile does not call the draft 套话偏多 (half its sentences slogans, rules/score.yaml)
    while a document-wide slogan rule (ZG102, from three in ten) has spoken: the profile line
    then reads SOME_SLOGANS, not 套话不多 beside that finding. `placed`: each finding's
    (family, start, end); a document-wide finding is at 0, 0."""
    return profile.get("boilerplate_heavy") is False and \
        any(family == "boilerplate" and start == end == 0 for family, start, end in placed)


def excerpt_note(report: "Report") -> str:
    """What every report format says of a report checked as part of a draft (checker check
    --excerpt): which dimensions were left out because the rest may hold them, named as the
    genre names them; or that the part was scored as given (a speech says what it says, or
    nothing was missing)."""
    from .registry import genre_dimensions  # reports are rendered after the rules are read

    if not report.not_judged:
        return "按片段检查：给出的部分照常评分，没有哪一项留待后文"
    labels = genre_dimensions(report.genre)
    names = "、".join(labels.get(name, name) for name in report.not_judged)
    return f"按片段检查：{names}未评，不计入得分（它们可能在没有给出的部分）"


def calibration_note(report: "Report") -> str:
    """What every report format says when the genre's calibration moved the score (score.calibrate):
    the points and why, so that every point of the score still has a stated reason."""
    from .registry import genres

    if not report.calibration:
        return ""
    name = genres().get(report.genre, report.genre)
    higher = "高" if report.calibration > 0 else "低"
    return f"含文体校准 {report.calibration:+d} 分：问题相同时，编辑对“{name}”的评价偏{higher}"


def genre_note(report: "Report") -> str:
    """The genre as every report format states it: 问题建议（指定）, 问题建议（自动识别）, or when the
    runner-up came close, 问题建议（自动识别，也像经验做法）: the writer then knows to check it."""
    from .registry import forms, genres

    names = genres()
    name = names.get(report.genre, report.genre)
    # the form of piece, when there is one, first: 网宣稿件（政策解读，自动识别）
    form = f"{forms().get(report.form, report.form)}，" if report.form else ""
    if report.genre_given:
        return f"{name}（{form}指定）"
    if report.genre_alternative:
        return f"{name}（{form}自动识别，也像{names.get(report.genre_alternative, report.genre_alternative)}）"
    return f"{name}（{form}自动识别）"


def genre_cell(genre: str, alternative: str | None = None, form: str | None = None) -> str:
    """The genre in a table's cell: 问题建议, or 问题建议（也像经验做法） when the runner-up came close;
    a form of piece first (网宣稿件（政策解读）, 问题建议（答复函，也像经验做法）)."""
    from .registry import forms, genres

    names = genres()
    name = names.get(genre, genre)
    notes = [forms().get(form, form)] if form else []
    if alternative:
        notes.append(f"也像{names.get(alternative, alternative)}")
    return f"{name}（{'，'.join(notes)}）" if notes else name


@dataclass
class Finding:
    rule: str
    family: str
    severity: str
    message: str
    suggestion: str
    start: int
    end: int
    line: int
    column: int
    excerpt: str
    dimension: str = field(repr=False, default="")
    copy: dict | None = field(repr=False, default=None)  # a copy finding's source: id, unit, date, share
    weight: float = field(repr=False, default=1.0)  # how many findings' worth of points (a graded rule: share / threshold)
    advice: bool = field(repr=False, default=False)  # from a rule told as advice (Rule.advice): Report.advice

    def __init__(self, rule: str, family: str, severity: str, message: str, suggestion: str, start: int, end: int,
                 line: int, column: int, excerpt: str, dimension: str = "", copy: dict | None = None,
                 weight: float = 1.0, advice: bool = False) -> None:
        # the dataclass's own __init__, written out: mypyc compiles it (the generated one runs as Python)
        self.rule, self.family, self.severity, self.message, self.suggestion = rule, family, severity, message, suggestion
        self.start, self.end, self.line, self.column, self.excerpt = start, end, line, column, excerpt
        self.dimension, self.copy, self.weight, self.advice = dimension, copy, weight, advice

    @property
    def document_level(self) -> bool:
        return self.start == self.end == 0

    def to_json(self) -> dict:
        data = {"rule": self.rule, "family": self.family, "severity": self.severity, "message": self.message,
                "suggestion": self.suggestion, "start": self.start, "end": self.end, "line": self.line,
                "column": self.column, "excerpt": self.excerpt}
        if self.copy is not None:
            data["copy"] = self.copy
        return data


@dataclass
class Deduction:
    dimension: str
    rule: str
    count: int
    points: float

    def to_json(self) -> dict:
        return {"dimension": self.dimension, "rule": self.rule, "count": self.count, "points": self.points}


@dataclass
class Report:
    source: str
    title: str
    genre: str
    genre_given: bool
    score: int
    dimensions: dict[str, int]
    profile: dict[str, bool]
    adoption_probability: float | None
    findings: list[Finding]
    suggestions: list[str]
    stats: dict[str, int]
    deductions: list[Deduction]
    text: str = field(repr=False, default="")
    evidence: list[dict] | None = field(repr=False, default=None)  # per sentence, when asked for
    places: tuple[Place, ...] = field(repr=False, default=())  # paragraphs and table rows as Word shows them
    readability: "Readability | None" = field(repr=False, default=None)  # checker/readability.py
    excerpt: bool = False  # checked as part of a draft: rules needing the whole draft were not run
    not_judged: tuple[str, ...] = ()  # of an excerpt: dimensions left out of the score (see pipeline._not_judged)
    genre_alternative: str | None = None  # a detected genre's close runner-up (GenreGuess.alternative)
    form: str | None = None  # the form of piece (GenreGuess.form: explainer, reply), None for an ordinary one
    calibration: int = 0  # points the genre's calibration added to the score (negative: taken), score.calibrate
    # what the genre does not require but would raise the draft's value (rules marked `advice`):
    # their points are in the score and the deductions, they are not findings (提升建议)
    advice: list[Finding] = field(default_factory=list)

    def paragraphs(self) -> tuple[Place, ...]:
        """Every non-empty paragraph and table row, labelled as the writer finds it (标题, 第N段,
        表格第r行); a report made without them labels the lines of its text."""
        if not self.places and self.text:
            self.places = text_places(self.text, self.title)
        return self.places

    def place_of(self, finding: Finding) -> str:
        """Where a span finding stands (第N段, 标题, 表格第r行); "" for a document-level one."""
        if finding.document_level:
            return ""
        place = place_at(self.paragraphs(), finding.start)
        return place.label if place else ""

    def main_problems(self, limit: int = 3) -> list[str]:
        """The families that cost the most points, most costly first (family names): what the
        terminal summary, the CSV and the batch tables call 主要问题."""
        family_of = {f.rule: f.family for f in self.findings}
        shown: list[str] = []
        for deduction in sorted(self.deductions, key=lambda d: -d.points):
            family = family_of.get(deduction.rule)
            if deduction.points > 0 and family and family not in shown:
                shown.append(family)
        return shown[:limit]

    def to_json(self) -> dict:
        return {
            "schema": SCHEMA,
            "source": self.source,
            "title": self.title,
            "genre": self.genre,
            "genre_alternative": self.genre_alternative,
            "form": self.form,
            "score": self.score,
            "dimensions": self.dimensions,
            "profile": self.profile,
            "adoption_probability": self.adoption_probability,
            "findings": [{**f.to_json(), "place": self.place_of(f)} for f in self.findings],
            "advice": [{**f.to_json(), "place": self.place_of(f)} for f in self.advice],
            "main_problems": self.main_problems(),
            "suggestions": self.suggestions,
            "stats": self.stats,
            "deductions": [d.to_json() for d in self.deductions],
            "calibration": self.calibration,
            **({"readability": self.readability.to_json()} if self.readability is not None else {}),
            **({"sentences": self.evidence} if self.evidence is not None else {}),
            **({"excerpt": True, "not_judged": list(self.not_judged)} if self.excerpt else {}),
        }
