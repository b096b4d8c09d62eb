"""Genre detection: the twin drafts and examples (not used to write the cues) must all be
recognised; on the bootstrap corpus's genre labels, accuracy must stay above a floor."""

import json

import pytest
import yaml

from .conftest import DATA, ROOT

MANIFEST = yaml.safe_load((DATA / "twins" / "manifest.yaml").read_text(encoding="utf-8"))
DRAFTS = [(pair[version], pair["genre"]) for pair in MANIFEST for version in ("strong", "weak")]
EXAMPLES = [("样稿.docx", "experience"), ("样稿.txt", "experience"), ("问题建议样稿.txt", "problem"),
            ("网宣样稿.md", "propaganda")]


@pytest.mark.parametrize("name,genre", DRAFTS)
def test_twin_genre_is_detected(checker, name, genre):
    assert checker.check_path(str(DATA / "twins" / name)).genre == genre


@pytest.mark.parametrize("name,genre", EXAMPLES)
def test_example_genre_is_detected(checker, name, genre):
    assert checker.check_path(str(ROOT / "examples" / name)).genre == genre


def test_bootstrap_genre_accuracy_floor(checker):
    from checker.load import Source

    items = [json.loads(line) for line in (ROOT / "corpus" / "bootstrap.jsonl").read_text(encoding="utf-8").splitlines()]
    correct = sum(
        checker.check_source(Source(i["id"], f"{i['title']}\n{i['text']}", i["title"])).genre == i["genre"]
        for i in items)
    assert correct / len(items) >= 0.8
