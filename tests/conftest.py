from pathlib import Path

import pytest

from checker.pipeline import Checker

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="session")
def checker() -> Checker:
    return Checker()


@pytest.fixture(scope="session")
def signals_of(checker):
    """The sentence judgments of a draft given as text (first line is the title)."""
    from checker.load import Source
    from checker.segment import segment

    def analyse(body: str, title: str = "测试稿件"):
        text = f"{title}\n{body}"
        return checker.signal_set.analyse(segment(Source("-", text, title)))

    return analyse
