"""How long checker serve takes to answer a check of a 1,000-character draft (target: 50 ms).

    python bench/serve.py            # 60 drafts, each posted once to /api/check and once to /api/report
    python bench/serve.py --drafts 200

Drafts come from the repository's own corpus (corpus/bootstrap.jsonl), each item's text cut
or repeated to about 1,000 characters. Requests go through the app in this process (FastAPI's
test client: the full request, validation, check and JSON or HTML response, no socket), with
the model and dictionary loaded once as `checker serve` loads them. Wall-clock time per request.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fastapi.testclient import TestClient  # noqa: E402

from checker.serve import create_app  # noqa: E402


def drafts(count: int, chars: int = 1000) -> list[str]:
    rows = [json.loads(line) for line in (ROOT / "corpus" / "bootstrap.jsonl").read_text(encoding="utf-8").splitlines()]
    out = []
    for row in rows[:count]:
        body = row["text"]
        while len(body) < chars:
            body += "\n" + row["text"]
        out.append(f"{row['title']}\n{body[:chars]}")
    return out


def timed(call) -> float:
    start = time.perf_counter()
    response = call()
    elapsed = (time.perf_counter() - start) * 1000
    assert response.status_code == 200, response.text
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=60)
    args = parser.parse_args()
    started = time.perf_counter()
    client = TestClient(create_app())
    print(f"app ready (checker, model, dictionary loaded): {time.perf_counter() - started:.2f} s")
    texts = drafts(args.drafts)
    client.post("/api/check", json={"text": texts[0]})  # first request: lazy imports of the response path
    for name, call in (("POST /api/check (JSON)", lambda t: client.post("/api/check", json={"text": t})),
                       ("POST /api/report (HTML)", lambda t: client.post("/api/report", data={"text": t, "format": "html"}))):
        times = sorted(timed(lambda: call(text)) for text in texts)
        print(f"{name}: {len(texts)} drafts of ~{len(texts[0])} chars: median {statistics.median(times):.1f} ms, "
              f"90th percentile {times[int(len(times) * 0.9) - 1]:.1f} ms, max {times[-1]:.1f} ms")


if __name__ == "__main__":
    main()
