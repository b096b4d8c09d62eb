"""CSV output for batches: one row per draft, ready for Excel (UTF-8 with BOM)."""

from __future__ import annotations

import csv
import io

from ..findings import NOT_JUDGED, Report, genre_cell
from . import safe
from ..registry import DIMENSIONS, families

COLUMNS = ["文件", "标题", "文体", "深度得分", *DIMENSIONS.values(), "采用可能性",
           "讲了具体问题", "有分析研判", "有可行对策", "事实具体", "套话偏多", "有夸大", "问题数", "主要问题", "错误"]
PROFILE = ["problem", "analysis", "countermeasure", "specific", "boilerplate_heavy", "exaggeration"]


def render(items: list[Report | dict]) -> str:
    out = io.StringIO()
    out.write("\ufeff")  # Excel needs the BOM to read UTF-8 Chinese
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for item in items:
        writer.writerow(safe.row(_row(item)))
    return out.getvalue()


def _row(item: Report | dict) -> list:
    if isinstance(item, dict):  # a file that could not be checked
        return [item["source"]] + [""] * (len(COLUMNS) - 2) + [item["error"]]
    probability = "" if item.adoption_probability is None else f"{item.adoption_probability:.2f}"
    return ([item.source, item.title, genre_cell(item.genre, item.genre_alternative, item.form), item.score]
            + [NOT_JUDGED if d in item.not_judged else item.dimensions[d] for d in DIMENSIONS] + [probability]
            + ["是" if item.profile[p] else "否" for p in PROFILE]
            + [len(item.findings), "、".join(families()[f] for f in item.main_problems()), ""])
