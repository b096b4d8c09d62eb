"""Word files for the tests, built here with python-docx, and raw WordprocessingML where
python-docx has no call for it (tracked changes, content controls, smart tags, fields)."""

from __future__ import annotations

from itertools import count

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

TITLE = "东山镇推行“村务夜谈”收集群众诉求"
PARAGRAPHS = [
    "今年以来，东山镇党委深入贯彻落实上级决策部署，高度重视基层治理工作，坚持以人民为中心，扎实推进“村务夜谈”制度，取得了明显成效。",
    "从4月起，全镇14个村每月选一个晚上召开村务夜谈会，由村党组织书记主持，驻村干部和党员代表参加，群众可以当面提出诉求。"
    "截至9月底，共召开夜谈会84场，收集诉求312件，其中道路维修、灌溉用水和低保认定三类占到六成。",
    "夜谈会也暴露出一些问题：有5个村的会议参加人数不足20人，年轻人和外出务工人员基本没有参加；"
    "部分诉求涉及镇直部门，村里答复不了，群众反映“说了也白说”。",
    "下一步，东山镇将进一步加强组织领导，不断完善工作机制，切实提高群众满意度，推动基层治理再上新台阶。",
]
TABLE = [("村", "夜谈会场数", "收集诉求", "已办结"), ("东山村", "6", "31", "27"), ("西河村", "6", "24", "19"),
         ("南岭村", "5", "18", "11")]

_ids = count(100)


def plain_text() -> str:
    return "\n".join([TITLE, *PARAGRAPHS]) + "\n"


def document(title_style: str | None = "Title") -> docx.document.Document:
    doc = docx.Document()
    doc.add_paragraph(TITLE, style=title_style) if title_style else doc.add_paragraph(TITLE)
    return doc


def add_soft_returns(doc, text: str, every: int) -> None:
    """One paragraph whose lines break (Shift+Enter) every `every` characters, mid-word."""
    paragraph = doc.add_paragraph()
    for start in range(0, len(text), every):
        run = paragraph.add_run(text[start:start + every])
        if start + every < len(text):
            run.add_break()


def add_table(doc, rows=TABLE):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    return table


def append_xml(doc, xml: str) -> None:
    """A block (w:p, w:sdt, …) written in raw XML, appended to the body before its section."""
    element = parse_xml(xml.replace("<W>", f"<w:body {nsdecls('w')}>").replace("</W>", "</w:body>"))[0]
    doc.element.body.sectPr.addprevious(element)


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def inserted(text: str) -> str:
    return f'<w:ins w:id="{next(_ids)}" w:author="审稿人" w:date="2026-05-01T08:00:00Z">{run(text)}</w:ins>'


def deleted(text: str) -> str:
    return (f'<w:del w:id="{next(_ids)}" w:author="审稿人" w:date="2026-05-01T08:00:00Z">'
            f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>')


def paragraph(*inline: str) -> str:
    return "<W><w:p>" + "".join(inline) + "</w:p></W>"


def content_control(*paragraphs: str) -> str:
    inner = "".join(f"<w:p>{run(text)}</w:p>" for text in paragraphs)
    return f"<W><w:sdt><w:sdtPr><w:alias w:val=\"正文\"/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt></W>"
