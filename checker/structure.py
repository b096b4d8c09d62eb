"""What a paragraph is before anything is judged: heading, meta (byline, masthead, date line,
editor's note) or body. Patterns are data in rules/structure.yaml. Kept free of jieba so that
loading a file and guessing its title stay cheap."""

from __future__ import annotations

import re
from functools import cache

from .paths import RULES_DIR


@cache
def _structure() -> dict:
    from .registry import read_yaml  # noqa: PLC0415 (yaml loaded on first use)

    spec = read_yaml(RULES_DIR / "structure.yaml")  # (the same loader as every rule file: a key twice is refused)
    heading = spec["heading"]
    return {"marker": re.compile(heading["marker"]), "max_chars": heading["max_chars"],
            "colon_max_chars": heading["colon_max_chars"],
            "bare_max_chars": heading["bare_max_chars"], "label": re.compile(heading["label"]),
            "label_max_chars": heading["label_max_chars"], "meta": [re.compile(p) for p in spec["meta"]],
            "meta_any": _any_of(spec["meta"])}


def _any_of(patterns: list[str]):
    """A function telling whether any of the patterns has a match in a text. When every one is
    anchored at the start (^…, as the meta patterns are), one alternation of them matched at
    the start finds the same in one call, instead of one search per pattern."""
    if all(_anchored(p) for p in patterns):
        try:
            return re.compile("|".join(f"(?:{p})" for p in patterns)).match
        except re.error:  # (a pattern that compiles alone only: global flags in the middle)
            pass
    compiled = [re.compile(p) for p in patterns]
    return lambda text: any(p.search(text) for p in compiled)


def _anchored(pattern: str) -> bool:
    """Every match begins at the start of the text: the pattern opens with ^ (not only one
    branch of it), without the multi-line flag, and refers to no group by number."""
    from re import _constants as sre, _parser  # type: ignore[attr-defined]  # typeshed has no re._parser / re._constants

    tree = _parser.parse(pattern)
    return bool(tree.data) and tree.data[0] == (sre.AT, sre.AT_BEGINNING) and \
        not tree.state.flags & re.MULTILINE and "(?P=" not in pattern and not re.search(r"\\\d", pattern)


_ENDS = re.compile(r"[。！？；!?;]")
# A speech's occasion after a dash (——张明同志在全市干部大会上的讲话) says who spoke where, as a
# byline does: the title proper is what stands before it (load.guess_title, the title rules)
SPEECH_OCCASION = re.compile(r"\s*(?:——|--|—)\s*[^—]{0,40}?(?:在|于)[^—]{2,40}?[上中]的"
                             r"(?:讲话|发言|报告|致辞|总结讲话|主持词|讲话提纲)\s*$")


def without_occasion(title: str) -> str:
    """A title without a speech's occasion after the dash (the whole title when that is all)."""
    return SPEECH_OCCASION.sub("", title).strip() or title.strip()


# a row of a table typed as text (Markdown's | 项目 | 措施 | 目标 |, or one pasted from a web page): data,
# as a Word table's row is (segment._split_paragraphs), unless a sentence ends inside it
PIPE_ROW = re.compile(r"^\|(?:[^|\n]*\|){2,}$")


def paragraph_role(text: str) -> str:
    """heading, meta, table or body for a non-title paragraph."""
    if PIPE_ROW.match(text):
        return "body" if _ENDS.search(text) else "table"
    structure = _structure()
    if structure["meta_any"](text):
        return "meta"
    ends = _ENDS.findall(text)
    one_clause = len(ends) == 0 or (len(ends) == 1 and _ENDS.match(text[-1]) is not None)
    if one_clause and len(text) <= structure["label_max_chars"]:
        marker = structure["marker"].search(text)
        # short, or a section's label and a colon before one summing-up line (一、基本做法：…)
        if marker and (len(text) <= structure["max_chars"] or structure["label"].match(text, marker.end())):
            return "heading"
    if not ends and len(text) <= structure["colon_max_chars"] and text.endswith(("：", ":")):
        return "heading"
    if len(text) <= structure["bare_max_chars"] and not re.search(r"[，,。！？；;!?、\d]", text):
        return "heading"
    return "body"


def is_meta(text: str) -> bool:
    return bool(_structure()["meta_any"](text))
