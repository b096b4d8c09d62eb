"""What the editor reads after a batch: results.csv, summary.xlsx, summary.html, errors.csv.

Everything here formats records (the `check` JSON plus id, unit, date); the numbers an
editor compares units by are computed once, in `league`, and shown by every format.
"""

from __future__ import annotations

import csv
import io
import statistics
from dataclasses import dataclass, field
from pathlib import Path

from ..findings import SOME_SLOGANS, THIN_ANALYSIS, analysis_thin, genre_cell, slogans_noted
from ..registry import DIMENSIONS, band, families, genres, score_bands
from ..report import safe
from ..report.html import BAND_COLOURS, e
from ..files import write_atomically

PROFILE_WORDS = {  # profile key -> (words when true, words when false); None: say nothing
    "problem": ("讲了问题", "没讲问题"),
    "analysis": ("有研判", "缺研判"),
    "countermeasure": ("有对策", "缺对策"),
    "specific": ("事实具体", "泛泛而谈"),
    "boilerplate_heavy": ("套话多", None),
    "exaggeration": ("有夸大", None),
}
SHOWN_ITEMS = 10  # strongest and weakest items on the HTML page


def main_problems(record: dict, limit: int = 3) -> list[str]:
    """The report's 主要问题 (families that cost the most points), in Chinese."""
    if "main_problems" in record:
        return [families().get(f, f) for f in record["main_problems"][:limit]]
    family_of = {f["rule"]: f["family"] for f in record.get("findings", [])}  # a journal of an older version
    labels: list[str] = []
    for deduction in sorted(record.get("deductions", []), key=lambda d: -d["points"]):
        label = families().get(family_of.get(deduction["rule"], ""))
        if deduction["points"] > 0 and label and label not in labels:
            labels.append(label)
    return labels[:limit]


def profile_words(record: dict) -> str:
    words = []
    thin = analysis_thin(record.get("profile", {}), (f.get("family") for f in record.get("findings", []) + record.get("advice", [])))
    placed = [(f.get("family"), f.get("start"), f.get("end")) for f in record.get("findings", [])]
    for key, (yes, no) in PROFILE_WORDS.items():
        value = record.get("profile", {}).get(key)
        word = yes if value else (THIN_ANALYSIS if key == "analysis" and thin else no)
        if key == "boilerplate_heavy" and slogans_noted(record.get("profile", {}), placed):
            word = SOME_SLOGANS
        if value is not None and word:
            words.append(word)
    return "、".join(words)


def percent(probability) -> str:
    return "" if probability is None else f"{probability * 100:.0f}%"


# -- the league table --------------------------------------------------------------------------

@dataclass
class UnitRow:
    unit: str
    items: int
    mean: float
    median: float
    predicted: float  # expected adoptions: the sum of the items' adoption probabilities
    has_probability: bool
    family_share: dict[str, float] = field(default_factory=dict)  # family -> share of items with it
    errors: int = 0
    rank: int = 0


def league(records: list[dict], errors: list[dict] = ()) -> list[UnitRow]:
    """One row per unit, ranked by expected adoptions (what provincial 通报 rank units by),
    then by mean score."""
    by_unit: dict[str, list[dict]] = {}
    for record in records:
        by_unit.setdefault(record["unit"], []).append(record)
    failed: dict[str, int] = {}
    for error in errors:
        failed[error["unit"]] = failed.get(error["unit"], 0) + 1
    rows = []
    for unit in sorted(set(by_unit) | set(failed)):
        items = by_unit.get(unit, [])
        scores = [r["score"] for r in items]
        probabilities = [r["adoption_probability"] for r in items if r.get("adoption_probability") is not None]
        with_family = dict.fromkeys(families(), 0)
        for record in items:
            for family in {f["family"] for f in record.get("findings", [])}:
                if family in with_family:
                    with_family[family] += 1
        shares = {family: count / len(items) if items else 0.0 for family, count in with_family.items()}
        rows.append(UnitRow(unit, len(items), statistics.fmean(scores) if scores else 0.0,
                            statistics.median(scores) if scores else 0.0, sum(probabilities),
                            bool(probabilities), shares, failed.get(unit, 0)))
    ranked = sorted((r for r in rows if r.items), key=lambda r: (-r.predicted, -r.mean, r.unit))
    for rank, row in enumerate(ranked, start=1):
        row.rank = rank
    return ranked + [r for r in rows if not r.items]


def imbalance(rows: list[UnitRow]) -> str | None:
    """The speech's 不平衡: how far the most productive unit is from the least."""
    sent = [r for r in rows if r.items]
    if len(sent) < 2:
        return None
    most = max(sent, key=lambda r: (r.items, r.mean))
    least = min(sent, key=lambda r: (r.items, r.mean))
    text = f"来稿最多的是{most.unit}（{most.items} 篇），最少的是{least.unit}（{least.items} 篇）"
    if least.items and most.items >= 2 * least.items:
        text += f"，相差 {most.items / least.items:.1f} 倍"
    if all(r.has_probability for r in sent):
        best = max(sent, key=lambda r: r.predicted)
        worst = min(sent, key=lambda r: r.predicted)
        text += f"；预计采用最多的是{best.unit}（{best.predicted:.1f} 篇），最少的是{worst.unit}（{worst.predicted:.1f} 篇）"
    return text + "。"


def used_families(rows: list[UnitRow]) -> list[str]:
    return [f for f in families() if any(r.family_share.get(f) for r in rows)]


# -- CSV ---------------------------------------------------------------------------------------

ITEM_COLUMNS = ["单位", "日期", "标题", "稿件", "文体", "深度得分", *[f"{label}得分" for label in DIMENSIONS.values()],
                "采用可能性", "稿件画像", "主要问题", "问题条数", "疑似抄袭"]


def item_row(record: dict, excel: bool = False) -> list:
    """One item as a row; for Excel the probability stays a number (shown as a percentage)."""
    probability = record.get("adoption_probability")
    return [record["unit"], record.get("date", ""), record.get("title", ""), record["id"],
            genre_cell(record.get("genre", ""), record.get("genre_alternative"), record.get("form")), record["score"],
            *[record["dimensions"][d] for d in DIMENSIONS],
            (probability if probability is not None else "") if excel else percent(probability),
            profile_words(record), "、".join(main_problems(record)), len(record.get("findings", [])), copy_words(record)]


def genre_name(genre: str) -> str:
    return genres().get(genre, genre)


def unsure_genre(records: list[dict]) -> list[dict]:
    """The items whose detected genre had a close runner-up (genre_alternative): each is scored
    by its genre's weights, so the editor checks these first. By unit, then score."""
    return by_unit_then_score([r for r in records if r.get("genre_alternative")])


GENRE_CHECK_NOTE = ("这些稿件像两种文体，得分按识别出的文体计算。若识别有误，在稿件清单（.csv：文件,单位,日期,标题,文体）"
                    "的“文体”列填上正确的文体再运行同一命令：只有改了文体的稿件会重新检查。")


def copy_words(record: dict) -> str:
    """与 东河镇/稿件.txt（东河镇，2026-10-03）重合 62%；…"""
    return "；".join(f"与 {c['source_id']}（{c['source_unit']}，{c['source_date'] or '日期不详'}）重合 {c['share'] * 100:.0f}%"
                    for c in record.get("copies", []))


def by_unit_then_score(records: list[dict]) -> list[dict]:
    return sorted(records, key=lambda r: (r["unit"], -r["score"], r["id"]))


def csv_text(header: list[str], rows: list[list]) -> str:
    out = io.StringIO()
    out.write("\ufeff")  # Excel reads UTF-8 Chinese only with the BOM
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(safe.row(r) for r in rows)
    return out.getvalue()


def write_results_csv(path: Path, records: list[dict]) -> None:
    write_atomically(path, csv_text(ITEM_COLUMNS, [item_row(r) for r in by_unit_then_score(records)]))


def write_errors_csv(path: Path, errors: list[dict]) -> None:
    write_atomically(path, csv_text(["单位", "稿件", "无法检查的原因"], [[e["unit"], e["id"], e["error"]] for e in errors]))


# -- XLSX --------------------------------------------------------------------------------------

def write_xlsx(path: Path, records: list[dict], errors: list[dict], copies: list[dict],
               rendered: dict[str, list[str]] | None = None) -> None:
    """Sheets 按单位, 按稿件, 问题, 疑似抄袭, 无法检查: header bold and frozen, filters on,
    score cells coloured by band, shares as percentages (checker/batch/xlsx.py writes them).
    `rendered`: id -> the item's 问题 rows as its worker rendered them (rendered_finding_rows)."""
    from .xlsx import Sheet, write_workbook

    rows = league(records, errors)
    shown = used_families(rows)
    ordered = by_unit_then_score(records)
    percent = "percent"
    sheets = [
        Sheet("按单位", ["排名", "单位", "来稿数", "平均分", "中位分", "预计采用数", "无法检查", *[f"{families()[f]}占比" for f in shown]],
              (safe.row([r.rank or "", r.unit, r.items, round(r.mean, 1), round(r.median, 1),
                         round(r.predicted, 1) if r.has_probability else "", r.errors,
                         *[round(r.family_share[f], 3) for f in shown]]) for r in rows),
              [6, 18, 8, 8, 8, 10, 9, *[12] * len(shown)],
              {3: band, **{n: percent for n in range(7, 7 + len(shown))}}),
        Sheet("按稿件", ITEM_COLUMNS, (safe.row(item_row(r, excel=True)) for r in ordered),
              [14, 11, 36, 24, 10, 9, *[8] * len(DIMENSIONS), 10, 30, 24, 8, 30],
              {5: band, 6 + len(DIMENSIONS): percent}),
        Sheet("问题", ["单位", "稿件", "标题", "位置", "规则", "问题类别", "问题", "原文", "修改建议"], _finding_rows(ordered, rendered or {}),
              [14, 24, 30, 6, 8, 12, 40, 30, 40]),
        Sheet("疑似抄袭", ["单位", "稿件", "标题", "来源稿件", "来源单位", "来源日期", "重合比例", "重合段落"],
              (safe.row([c["unit"], c["id"], c["title"], c["source_id"], c["source_unit"], c["source_date"],
                         round(c["share"], 3), "\n".join(c["passages"])]) for c in copies),
              [14, 24, 30, 24, 14, 11, 9, 60], {6: percent}),
        Sheet("无法检查", ["单位", "稿件", "原因"], (safe.row([e["unit"], e["id"], e["error"]]) for e in errors), [14, 30, 60]),
        Sheet("文体待核对", ["单位", "稿件", "标题", "识别为", "也像", "深度得分"],
              (safe.row([r["unit"], r["id"], r.get("title", ""), genre_name(r.get("genre", "")),
                         genre_name(r["genre_alternative"]), r["score"]]) for r in unsure_genre(records)),
              [14, 24, 36, 10, 10, 9], {5: band}),
    ]
    write_atomically(path, lambda out: write_workbook(out, sheets))


def finding_rows(record: dict) -> list[list]:
    """The 问题 sheet's rows of one item: one per finding."""
    family_names = families()
    unit, item, title = safe.cell(record["unit"]), safe.cell(record["id"]), safe.cell(record.get("title", ""))
    return [[unit, item, title, "全文" if f["start"] == f["end"] == 0 else f.get("place") or f"第{f['line']}行",
             f["rule"], family_names.get(f["family"], f["family"]),
             safe.cell(f["message"]), safe.cell(f["excerpt"]), safe.cell(f["suggestion"])]
            for f in record.get("findings", [])]


def rendered_finding_rows(record: dict) -> list[str]:
    """finding_rows as the xlsx's XML, made by the batch worker that checked the item (a month
    has six findings an item, most of the workbook's cells), so the parent only numbers them."""
    from .xlsx import row_xml

    return [row_xml(row) for row in finding_rows(record)]


def _finding_rows(records: list[dict], rendered: dict[str, list[str]]):
    for record in records:
        made = rendered.get(record["id"])
        yield from made if made is not None else finding_rows(record)


# -- HTML --------------------------------------------------------------------------------------

CSS = """
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:2em auto;max-width:1100px;color:#222;line-height:1.5}
h1{font-size:1.6em}h2{font-size:1.25em;border-bottom:2px solid #b22;padding-bottom:.2em;margin-top:1.6em}
table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.n{text-align:right}.strong{background:#c6efce}.middle{background:#ffeb9c}.weak{background:#ffc7ce}
.note{color:#555}.pair{display:grid;grid-template-columns:1fr 1fr;gap:1em}.pair div{border:1px solid #ccc;padding:.5em;white-space:pre-wrap}
mark{background:#ffd54f}svg text{font-size:11px;font-family:inherit}
@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}table,.pair{page-break-inside:avoid}}
"""


def write_html(path: Path, records: list[dict], errors: list[dict], copies: list[dict], title: str) -> None:
    write_atomically(path, render_html(records, errors, copies, title))


def render_html(records: list[dict], errors: list[dict], copies: list[dict], title: str) -> str:
    rows = league(records, errors)
    shown = used_families(rows)
    parts = [f"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{e(title)}</title>"
             f"<style>{CSS}</style></head><body><h1>{e(title)}</h1>"]
    scores = [r["score"] for r in records]
    predicted = [r["adoption_probability"] for r in records if r.get("adoption_probability") is not None]
    overview = f"共检查 {len(records)} 篇稿件，来自 {sum(1 for r in rows if r.items)} 个单位"
    if scores:
        weak = score_bands()[1]
        overview += f"；平均深度得分 {statistics.fmean(scores):.1f}，{weak:g} 分以下 {sum(s < weak for s in scores)} 篇"
    if predicted and len(predicted) == len(records):
        overview += f"；预计采用约 {sum(predicted):.0f} 篇"
    unsure = unsure_genre(records)
    if unsure:
        overview += f"；文体需要核对 {len(unsure)} 篇"
    overview += f"；无法检查 {len(errors)} 篇。" if errors else "。"
    parts.append(f"<p>{e(overview)}</p>")
    gap = imbalance(rows)
    if gap:
        parts.append(f"<p><strong>不平衡：</strong>{e(gap)}</p>")

    parts.append("<h2>按单位排名</h2><p class=\"note\">按预计采用数排名（各稿件采用可能性之和），相同时按平均分；"
                 "问题占比指含该类问题的稿件所占比例。</p><table><tr><th>排名</th><th>单位</th><th>来稿数</th><th>平均分</th>"
                 "<th>中位分</th><th>预计采用数</th>" + "".join(f"<th>{e(families()[f])}</th>" for f in shown) + "</tr>")
    for r in rows:
        parts.append(f"<tr><td class=n>{r.rank or ''}</td><td>{e(r.unit)}</td><td class=n>{r.items}</td>"
                     f"<td class=\"n {band(r.mean) if r.items else ''}\">{r.mean:.1f}</td><td class=n>{r.median:.1f}</td>"
                     f"<td class=n>{f'{r.predicted:.1f}' if r.has_probability else '—'}</td>"
                     + "".join(f"<td class=n>{r.family_share[f] * 100:.0f}%</td>" for f in shown) + "</tr>")
    parts.append("</table>")

    parts.append("<h2>得分分布</h2>" + histogram_svg(scores))
    parts.append("<h2>各单位平均分</h2>" + units_svg([r for r in rows if r.items]))

    ranked = sorted(records, key=lambda r: (-r["score"], r["id"]))
    for heading, chosen in (("得分最高的稿件", ranked[:SHOWN_ITEMS]), ("得分最低的稿件", ranked[::-1][:SHOWN_ITEMS])):
        parts.append(f"<h2>{heading}</h2><table><tr><th>得分</th><th>单位</th><th>标题</th><th>稿件画像</th><th>主要问题</th></tr>")
        for r in chosen:
            parts.append(f"<tr><td class=\"n {band(r['score'])}\">{r['score']}</td><td>{e(r['unit'])}</td>"
                         f"<td>{e(r.get('title') or r['id'])}</td><td>{e(profile_words(r))}</td>"
                         f"<td>{e('、'.join(main_problems(r)) or '无')}</td></tr>")
        parts.append("</table>")

    parts.append("<h2>疑似抄袭、拼凑</h2>")
    if not copies:
        parts.append("<p>没有发现与其他稿件大段重合的稿件。</p>")
    for c in copies:
        parts.append(f"<h3>{e(c['unit'])}《{e(c['title'] or c['id'])}》与 {e(c['source_unit'])}"
                     f"《{e(c['source_title'] or c['source_id'])}》（{e(c['source_date'] or '日期不详')}）重合 "
                     f"{c['share'] * 100:.0f}%</h3><div class=pair><div>{marked(c['text'], c['spans'])}</div>"
                     f"<div>{marked(c['source_text'], c['source_spans'])}</div></div>")

    if unsure:
        parts.append(f"<h2>文体需要核对的稿件</h2><p class=\"note\">{e(GENRE_CHECK_NOTE)}</p><table><tr><th>单位</th>"
                     "<th>标题</th><th>识别为</th><th>也像</th><th>得分</th></tr>")
        parts.extend(f"<tr><td>{e(r['unit'])}</td><td>{e(r.get('title') or r['id'])}</td>"
                     f"<td>{e(genre_name(r.get('genre', '')))}</td><td>{e(genre_name(r['genre_alternative']))}</td>"
                     f"<td class=\"n {band(r['score'])}\">{r['score']}</td></tr>" for r in unsure)
        parts.append("</table>")

    if errors:
        parts.append("<h2>无法检查的稿件</h2><table><tr><th>单位</th><th>稿件</th><th>原因</th></tr>")
        parts.extend(f"<tr><td>{e(x['unit'])}</td><td>{e(x['id'])}</td><td>{e(x['error'])}</td></tr>" for x in errors)
        parts.append("</table>")
    parts.append("</body></html>\n")
    return "".join(parts)


def marked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text, escaped, with the given character spans wrapped in <mark>."""
    out, at = [], 0
    for start, end in sorted(spans):
        if start < at:
            start = at
        if start >= end:
            continue
        out.append(e(text[at:start]))
        out.append(f"<mark>{e(text[start:end])}</mark>")
        at = end
    out.append(e(text[at:]))
    return "".join(out)


def histogram_svg(scores: list[int]) -> str:
    """Items per band of ten points, as an inline SVG bar chart."""
    if not scores:
        return "<p>没有稿件。</p>"
    bins = [0] * 10
    for score in scores:
        bins[min(int(score) // 10, 9)] += 1
    width, height, left, bottom = 600, 220, 30, 30
    step = (width - left) / 10
    peak = max(bins)
    bars = []
    for index, count in enumerate(bins):
        h = (height - bottom - 15) * count / peak
        x = left + index * step
        y = height - bottom - h
        label = f"{index * 10}–{index * 10 + 9 if index < 9 else 100}"
        colour = BAND_COLOURS[band(index * 10)]
        bars.append(f"<rect x=\"{x + 3:.1f}\" y=\"{y:.1f}\" width=\"{step - 6:.1f}\" height=\"{h:.1f}\" fill=\"{colour}\">"
                    f"<title>{label} 分：{count} 篇</title></rect>"
                    f"<text x=\"{x + step / 2:.1f}\" y=\"{height - bottom + 14}\" text-anchor=\"middle\">{label}</text>"
                    + (f"<text x=\"{x + step / 2:.1f}\" y=\"{y - 3:.1f}\" text-anchor=\"middle\">{count}</text>" if count else ""))
    return (f"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\" "
            f"aria-label=\"得分分布\">{''.join(bars)}</svg>")


def units_svg(rows: list[UnitRow]) -> str:
    """Each unit's mean score as a horizontal bar, best first."""
    if not rows:
        return "<p>没有稿件。</p>"
    rows = sorted(rows, key=lambda r: -r.mean)
    bar_height, left, width = 20, 150, 700
    height = bar_height * len(rows) + 10
    scale = (width - left - 60) / 100
    bars = []
    for index, row in enumerate(rows):
        y = 5 + index * bar_height
        colour = BAND_COLOURS[band(row.mean)]
        bars.append(f"<text x=\"{left - 6}\" y=\"{y + 14}\" text-anchor=\"end\">{e(row.unit)}</text>"
                    f"<rect x=\"{left}\" y=\"{y + 3}\" width=\"{row.mean * scale:.1f}\" height=\"{bar_height - 6}\" fill=\"{colour}\"/>"
                    f"<text x=\"{left + row.mean * scale + 4:.1f}\" y=\"{y + 14}\">{row.mean:.1f}（{row.items} 篇）</text>")
    return (f"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\" "
            f"aria-label=\"各单位平均分\">{''.join(bars)}</svg>")
