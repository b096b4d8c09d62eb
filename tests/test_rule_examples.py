"""Every rule's own examples are its tests (LanguageTool style): each `trigger` example must
produce a finding of that rule (on the marked [[span]] where one is marked) and each `clean`
example must produce none. Adding a rule is adding a YAML file; this file runs it."""

import re

import pytest

from checker.load import Source, guess_title
from checker.registry import families, genres
from checker.rulebook import load_rules, rule_files

RULES = load_rules()
MARK = re.compile(r"\[\[(.+?)\]\]")
TITLE = "测试稿件\n"


def _cases(kind):
    for rule in RULES:
        if rule.kind == "copy":  # pairs of items: run by tests/test_copies.py
            continue
        for number, example in enumerate(rule.examples[kind]):
            yield pytest.param(rule, example, id=f"{rule.id}-{kind}-{number}")


def _genre(rule, example):
    if isinstance(example, dict) and "genre" in example:
        return example["genre"]
    if "genre" in rule.examples:
        return rule.examples["genre"]
    return next(iter(rule.genres)) if rule.genres else "experience"


def _text(example):
    return example["text"] if isinstance(example, dict) else example


def _title(rule):
    """Title rules' examples bring their own title (their first line), and so do the examples of a
    rule of some forms only (`only_forms`: the title shows the form); the others get TITLE."""
    return "" if rule.kind == "title" or "title" in rule.spec.get("when", []) or rule.only_forms else TITLE


def _spans(marked, title=TITLE):
    """The example without markers, and the spans the markers enclosed (offsets after `title`)."""
    spans, plain, position = [], "", 0
    for match in MARK.finditer(marked):
        plain += marked[position:match.start()]
        start = len(title) + len(plain)
        plain += match.group(1)
        spans.append((start, len(title) + len(plain)))
        position = match.end()
    return plain + marked[position:], spans


def _check(checker, rule, text, genre):
    """A rule that speaks on an excerpt only (`excerpt_only`) has excerpts for its examples."""
    if not rule.excerpt_only:
        return checker.check_text(text, genre=genre)
    return checker.check_source(Source(name="-", text=text, title=guess_title(text), excerpt=True), genre)


@pytest.mark.parametrize("rule,example", list(_cases("trigger")))
def test_trigger_example_fires(checker, rule, example):
    title = _title(rule)
    plain, spans = _spans(_text(example), title)
    report = _check(checker, rule, title + plain, _genre(rule, example))
    # (a rule told as advice, 提升建议, fires into report.advice)
    found = [(f.start, f.end) for f in report.findings + report.advice if f.rule == rule.id]
    assert found, f"{rule.id} did not fire on: {plain}"
    for span in spans:
        assert span in found, f"{rule.id} should flag {title + plain}[{span[0]}:{span[1]}], found {found}"


@pytest.mark.parametrize("rule,example", list(_cases("clean")))
def test_clean_example_is_silent(checker, rule, example):
    report = _check(checker, rule, _title(rule) + _text(example), _genre(rule, example))
    found = [f.excerpt for f in report.findings + report.advice if f.rule == rule.id]
    assert not found, f"{rule.id} fired on a clean example: {found}"


def test_every_family_has_a_rule():
    assert {r.family for r in RULES} == set(families())


def test_ids_unique_and_match_files():
    assert len({r.id for r in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.path.stem == rule.id
        assert rule.path.parent.name == rule.family


def test_span_rules_mark_their_span():
    for rule in RULES:
        if rule.kind in ("lexicon", "regex", "token_pattern", "substitution", "identifier", "title"):
            assert all(MARK.search(_text(e)) for e in rule.examples["trigger"]), rule.id


def test_rule_files_found():
    assert len(rule_files()) == len(RULES) >= 20


def test_example_genres_are_known():
    for rule in RULES:
        for example in rule.examples["trigger"] + rule.examples["clean"]:
            assert _genre(rule, example) in genres()


def test_a_rule_without_examples_does_not_load(tmp_path):
    from checker.errors import RuleError
    from checker.rulebook import load_rule

    folder = tmp_path / "boilerplate"
    folder.mkdir()
    path = folder / "ZG199.yaml"
    path.write_text(
        "id: ZG199\nfamily: boilerplate\nkind: lexicon\nseverity: info\ndimension: style\npenalty: 1\n"
        "title: t\nmessage: m\nsuggestion: s\nwhy: w\nterms: [高度重视]\nexamples: {trigger: ['[[高度重视]]']}\n",
        encoding="utf-8")
    with pytest.raises(RuleError, match="clean"):
        load_rule(path)


def test_a_broken_rule_file_names_the_file_and_line(tmp_path):
    from checker.errors import RuleError
    from checker.rulebook import load_rule

    folder = tmp_path / "boilerplate"
    folder.mkdir()
    path = folder / "ZG198.yaml"
    path.write_text("id: ZG198\nfamily: [unclosed\n", encoding="utf-8")
    with pytest.raises(RuleError) as raised:
        load_rule(path)
    assert "ZG198.yaml" in str(raised.value) and "行" in str(raised.value)
