"""Held-out drafts written by an independent reviewer (an editor who did not see the rules):
tests/data/review/expected.tsv holds the genre and score range they expected, written before
the tool was run. The tool must rank them as the editor did: strong drafts high, weak ones
low, and detect most genres."""

import csv

import pytest

from .conftest import DATA

REVIEW = DATA / "review"
ROWS = list(csv.DictReader((REVIEW / "expected.tsv").open(encoding="utf-8"), delimiter="\t"))


def expected_range(row) -> tuple[int, int]:
    low, high = row["expected_score_range"].split("-")
    return int(low), int(high)


@pytest.mark.parametrize("row", ROWS, ids=[r["file"][:2] for r in ROWS])
def test_score_is_on_the_editors_side_of_the_line(checker, row):
    low, high = expected_range(row)
    score = checker.check_path(str(REVIEW / row["file"]), row["expected_genre"]).score
    if low >= 75:  # the editor called it strong
        assert score >= 85, score
    elif high <= 40:  # the editor called it weak
        assert score <= 60, score
    else:  # in between
        assert 35 <= score <= 75, score


def test_genre_detection_on_held_out_drafts(checker):
    right = sum(checker.check_path(str(REVIEW / r["file"])).genre == r["expected_genre"] for r in ROWS)
    assert right >= 12, right
