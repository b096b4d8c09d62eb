"""JSON output (schema 1): one object for one file, an array for several.

Serialised with orjson (several times faster than the standard library) into exactly the
text `json.dumps(payload, ensure_ascii=False, indent=2)` gives (tests/test_json_output.py);
the standard library is used where orjson is missing or refuses a value (a lone surrogate).
"""

from __future__ import annotations

import json
import re

from ..findings import SCHEMA, Report

try:
    import orjson
except ImportError:  # pragma: no cover - orjson is a dependency; the output is the same without it
    orjson = None


def error_object(source: str, message: str) -> dict:
    return {"schema": SCHEMA, "source": source, "error": message}


def render(items: list[Report | dict], single: bool) -> str:
    objects = [item.to_json() if isinstance(item, Report) else item for item in items]
    payload = objects[0] if single and len(objects) == 1 else objects
    return dumps(payload)


# orjson and Python write a float alike except where Python switches to an exponent (below
# 1e-4: 1e-05, orjson 0.00001; 1.5e-07, orjson 1.5e-7). Output with anything of the sort, even
# inside a string, is written by the standard library instead. The test is `\d[eE]` or
# `0.0000` anywhere, done as a substring test and two regexes that open with one letter: `re`
# looks for one character five times faster than for either of two ([eE]), and E is rare.
_DIGIT_E = re.compile(r"e(?<=\de)")
_DIGIT_CAPITAL_E = re.compile(r"E(?<=\dE)")


def _float_form_differs(text: str) -> bool:
    return "0.0000" in text or _DIGIT_E.search(text) is not None or \
        ("E" in text and _DIGIT_CAPITAL_E.search(text) is not None)


def dumps(payload) -> str:
    if orjson is not None:
        try:
            text = orjson.dumps(payload, option=orjson.OPT_INDENT_2).decode("utf-8")
        except (TypeError, orjson.JSONEncodeError):
            text = None
        if text is not None and not _float_form_differs(text):
            return text
    return json.dumps(payload, ensure_ascii=False, indent=2)
