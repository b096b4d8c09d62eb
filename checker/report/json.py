"""JSON output (schema 1): one object for one file, an array for several."""

from __future__ import annotations

import json

from ..findings import SCHEMA, Report


def error_object(source: str, message: str) -> dict:
    return {"schema": SCHEMA, "source": source, "error": message}


def render(items: list[Report | dict], single: bool) -> str:
    objects = [item.to_json() if isinstance(item, Report) else item for item in items]
    payload = objects[0] if single and len(objects) == 1 else objects
    return json.dumps(payload, ensure_ascii=False, indent=2)
