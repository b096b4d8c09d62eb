"""The two segmenters behind `segment.cut` give the same words: rjieba (used when its wheel is
installed) and pure-Python jieba (the fallback), both with the domain dictionary, on every
text of the repository and on ASCII runs that the two cut differently unless told how."""

import json
import random
import tempfile
from pathlib import Path

import pytest

from checker.load import load
from checker.rulebook import load_rules
from checker.segment import jieba_segmenter, private_cache_dir, user_words

from .conftest import DATA, ROOT

rjieba = pytest.importorskip("rjieba")


@pytest.fixture(scope="module")
def both():
    from checker.segment import rjieba_segmenter

    return rjieba_segmenter(), jieba_segmenter()


def repository_texts() -> list[str]:
    """Every text we wrote: corpus items, examples, test data, rule examples."""
    texts = []
    for path in sorted([*(ROOT / "corpus").glob("*.jsonl"), *DATA.rglob("*.jsonl")]):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                texts += [value for value in item.values() if isinstance(value, str) and len(value) > 1]
    for path in sorted([*(ROOT / "examples").iterdir(), *DATA.rglob("*.txt"), *DATA.rglob("*.md")]):
        if path.suffix in (".txt", ".md", ".docx"):
            texts.append(load(str(path)).text)
    for rule in load_rules():
        for kind in ("trigger", "clean"):
            for example in rule.examples[kind]:
                texts.append((example["text"] if isinstance(example, dict) else example).replace("[[", "").replace("]]", ""))
    return texts


ASCII_CASES = [
    "请把材料发到e-mail邮箱", "编号D-019的村", "COVID-19疫情期间", "2023-2024年度", "A-B-C三类",
    "3.5-4.2万元", "电话0571-87654321", "占X.X%", "2023.10.1召开", "PM2.5浓度", "C++培训",
    "word-word-", "a--b", "x_1和Z_Z", "AI-赋能", "T恤-X光", "1-2月", "v1.2.3版本", "No.1", "增长12.5%-15%",
]


def test_the_two_segmenters_agree_on_every_text_of_the_repository(both):
    fast, python = both
    texts = repository_texts()
    assert len(texts) > 1000 and sum(map(len, texts)) > 150_000  # the sample is wide
    for text in texts:
        assert fast.cut(text) == python.cut(text), text[:60]


def test_ascii_runs_joined_by_hyphen_dot_or_underscore_are_cut_alike(both):
    fast, python = both
    for text in ASCII_CASES:
        assert fast.cut(text) == python.cut(text), text
    # the Python cut is the one both give: letters and digits apart from their joiners
    assert fast.cut("e-mail地址") == ["e", "-", "mail", "地址"]
    assert fast.cut("编号D-019")[-3:] == ["D", "-", "019"]
    assert "PM2.5" in fast.cut("PM2.5浓度")


def test_random_mixtures_of_ascii_and_chinese_are_cut_alike(both):
    fast, python = both
    pieces = list("aZx19.-_%+&#/:@'( \n\t") + list("中文的，年月。（）“”《》、１Ａé·—…") + \
        ["组织部", "县委组织部", "e-mail", "2023", "PM2.5", "\r\n", "进一步加强"]
    generator = random.Random(7)
    for _ in range(3000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(1, 16)))
        assert fast.cut(text) == python.cut(text), repr(text)


def test_both_know_the_domain_dictionary(both):
    fast, python = both
    words = [word for word, _, _ in user_words()]
    assert len(words) > 300
    for word in words:
        assert fast.is_word(word) and python.is_word(word), word
    assert fast.cut("县委组织部召开会议") == python.cut("县委组织部召开会议") == ["县委组织部", "召开", "会议"]


def test_python_jieba_caches_its_dictionary_in_a_private_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = private_cache_dir()
    assert folder == tmp_path / "checker"
    assert folder.stat().st_mode & 0o077 == 0
    folder.chmod(0o777)  # a folder others may write to is not used
    assert private_cache_dir() is None
    before = set(Path(tempfile.gettempdir()).glob("checker-jieba-*"))
    assert jieba_segmenter().cut("县委组织部召开会议") == ["县委组织部", "召开", "会议"]
    assert set(Path(tempfile.gettempdir()).glob("checker-jieba-*")) == before  # its temporary cache is gone
