"""HTML report: one self-contained page (no network, opens from disk, prints cleanly).

The draft paragraph by paragraph, labelled as in the Word file (标题, 第N段, 表格第r行), with the
flagged words highlighted in their family's colour and numbered; under each paragraph its
findings (message and how to fix it), so a printed page says the same as the screen; the
depth score, dimension bars, profile, genre and adoption probability at the top; the
prioritised suggestions and where the points went at the end. All user text is escaped.
"""

from __future__ import annotations

import html

from ..findings import ADVICE_HEADING, NO_TITLE, NOT_JUDGED, Finding, Report, calibration_note, excerpt_note, genre_note
from ..registry import SEVERITIES, band, families, genre_dimensions
from .terminal import counted_deductions, profile_marks

FAMILY_COLOURS = {  # background of a flagged span, by family; readable in print as well
    "boilerplate": "#fff176", "no_problem": "#ef9a9a", "no_analysis": "#ef9a9a", "no_countermeasure": "#ef9a9a",
    "weak_countermeasure": "#f48fb1", "not_specific": "#80deea", "exaggeration": "#ff8a65", "over_elevation": "#ffab91", "slogan_no_story": "#80deea", "doc_echo": "#90caf9",
    "unfocused": "#ce93d8", "readability": "#c5e1a5", "wording": "#a5d6a7", "risk": "#e57373",
}
DEFAULT_COLOUR = "#e0e0e0"

CSS = """
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","Source Han Sans SC",sans-serif;max-width:900px;margin:2em auto;color:#222;line-height:1.7}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;border-bottom:2px solid #b22;padding-bottom:.2em;margin-top:1.5em}
.meta{color:#555}.score{font-size:2.4em;font-weight:bold}.strong{color:#2e7d32}.middle{color:#b26a00}.weak{color:#c62828}
.dims{display:grid;grid-template-columns:4em 1fr 3em;gap:.2em .6em;align-items:center;max-width:460px}
.bar{background:#eee;height:.8em;border-radius:3px}.bar span{display:block;height:100%;border-radius:3px}
.profile span{margin-right:1em}.yes{color:#2e7d32}.no{color:#c62828}
.para{margin:.8em 0;padding:.4em .6em;border-left:3px solid #ddd}.label{color:#777;font-size:.85em;margin-right:.5em}
mark{padding:0 .1em;border-radius:2px}sup{color:#555;font-size:.7em;margin-left:.1em}
ol.findings{margin:.3em 0 0 1.2em;padding:0;font-size:.92em}ol.findings li{margin:.2em 0}
.fix{color:#555}.sev-error{color:#c62828}.sev-warning{color:#b26a00}.sev-info{color:#1565c0}
.legend span{display:inline-block;margin:.2em .6em .2em 0;padding:0 .4em;border-radius:2px;font-size:.9em}
@media print{body{margin:0;max-width:none}.para,li{page-break-inside:avoid}mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
"""


def e(value) -> str:
    return html.escape(str(value), quote=True)


BAND_COLOURS = {"strong": "#4caf50", "middle": "#f0b400", "weak": "#e53935"}  # bars and charts, by registry.band


def render(report: Report) -> str:
    spans = sorted((f for f in report.findings if not f.document_level), key=lambda f: (f.start, f.end))
    number = {id(f): n for n, f in enumerate(spans, start=1)}
    parts = [f"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
             f"<title>稿件检查：{e(report.title or report.source)}</title><style>{CSS}</style></head><body>"]
    parts.append(_header(report))
    document_level = [f for f in report.findings if f.document_level]
    if document_level:
        parts.append("<h2>全文层面的问题</h2><ul>" + "".join(f"<li>{_finding(f)}</li>" for f in document_level) + "</ul>")
    used = sorted({f.family for f in spans}, key=list(families()).index)
    parts.append("<h2>逐段意见</h2>")
    if used:
        parts.append("<p class=\"legend\">" + "".join(
            f"<span style=\"background:{FAMILY_COLOURS.get(f, DEFAULT_COLOUR)}\">{e(families()[f])}</span>" for f in used) + "</p>")
    for paragraph in report.paragraphs():
        label = e(paragraph.label)
        inside = [f for f in spans if paragraph.start <= f.start < paragraph.end]
        body = _marked(report.text, paragraph.start, paragraph.end, inside, number)
        parts.append(f"<div class=\"para\"><span class=\"label\">{label}</span>{body}")
        if inside:
            parts.append("<ol class=\"findings\">" + "".join(
                f"<li value=\"{number[id(f)]}\">{_finding(f)}</li>" for f in inside) + "</ol>")
        parts.append("</div>")
    parts.append(_suggestions(report))
    parts.append("</body></html>\n")
    return "".join(parts)


def _header(report: Report) -> str:
    genre = genre_note(report)
    heading = f"《{e(report.title)}》" if report.title else NO_TITLE
    out = [f"<h1>{heading}</h1><p class=\"meta\">文体：{e(genre)} · {e(report.source)}</p>",
           *([f"<p class=\"meta\">{e(excerpt_note(report))}</p>"] if report.excerpt else []),
           f"<p>深度得分 <span class=\"score {band(report.score)}\">{report.score}</span> / 100"]
    if report.adoption_probability is not None:
        out.append(f"　·　采用可能性（模型估计）{report.adoption_probability:.0%}")
    out.append("</p>")
    if report.calibration:
        out.append(f"<p class=\"meta\">{e(calibration_note(report))}</p>")
    out.append("<div class=\"dims\">")
    for name, label in genre_dimensions(report.genre).items():
        if name in report.not_judged:
            out.append(f"<span>{e(label)}</span><div class=\"bar\"></div><span>{e(NOT_JUDGED)}</span>")
            continue
        value = report.dimensions[name]
        colour = BAND_COLOURS[band(value)]
        out.append(f"<span>{e(label)}</span><div class=\"bar\"><span style=\"width:{value}%;background:{colour}\">"
                   f"</span></div><span>{value}</span>")
    out.append("</div><p class=\"profile\">")
    for good, words in profile_marks(report):
        out.append(f"<span class=\"{'yes' if good else 'no'}\">{e(words)}</span>")
    out.append("</p>")
    if report.readability is not None:
        out.append(f"<p class=\"meta\">{e(report.readability.explain())}</p>")
    return "".join(out)


def _finding(finding: Finding) -> str:
    severity = SEVERITIES.get(finding.severity, finding.severity)
    return (f"<span class=\"sev-{e(finding.severity)}\">[{e(severity)}]</span> {e(finding.rule)} "
            f"{e(families().get(finding.family, finding.family))}：{e(finding.message)}"
            f"<br><span class=\"fix\">改法：{e(finding.suggestion)}</span>")


def _marked(text: str, start: int, end: int, findings: list[Finding], number: dict[int, int]) -> str:
    """The paragraph's text with each finding's words in a <mark> (overlaps: the earlier
    finding colours the shared words, both numbers are shown)."""
    cuts = {start, end}
    for f in findings:
        cuts.update((max(f.start, start), min(f.end, end)))
    cuts = sorted(cuts)
    out = []
    for left, right in zip(cuts, cuts[1:]):
        piece = e(text[left:right])
        covering = [f for f in findings if f.start <= left and right <= f.end]
        if not covering:
            out.append(piece)
            continue
        first = covering[0]
        ending = [f for f in covering if f.end == right or right == end]
        tip = "；".join(f"{families()[f.family]}：{f.message}" for f in covering)
        out.append(f"<mark style=\"background:{FAMILY_COLOURS.get(first.family, DEFAULT_COLOUR)}\" title=\"{e(tip)}\">{piece}</mark>")
        out.extend(f"<sup>{number[id(f)]}</sup>" for f in ending)
    return "".join(out)


def _suggestions(report: Report) -> str:
    if not report.suggestions:
        out = ["<h2>修改建议</h2><p class=\"yes\">没有发现需要修改的问题。</p>"]
    else:
        out = ["<h2>修改建议（按优先级）</h2><ol>"] + [f"<li>{e(s)}</li>" for s in report.suggestions] + ["</ol>"]
    if report.advice:
        out.append(f"<h2>{e(ADVICE_HEADING)}</h2><ul>" + "".join(
            f"<li>{e(f.message)}<br><span class=\"fix\">改法：{e(f.suggestion)}</span></li>" for f in report.advice)
            + "</ul>")
    lost = counted_deductions(report)
    if lost:
        out.append("<p class=\"meta\">扣分明细：" + e("，".join(
            f"{name} -{d.points:g}（{d.rule}×{d.count}）" for name, d in lost)) + "</p>")
    return "".join(out)
