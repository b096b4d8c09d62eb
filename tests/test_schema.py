"""The rule data is checked strictly: a misspelled key, an unknown severity, genre, element
or condition is a load error that names the file and the key (checker/schema.py)."""

import shutil

import pytest
import yaml

from checker import registry
from checker.errors import RuleError
from checker.kinds import KINDS
from checker.paths import RULES_DIR
from checker.pipeline import Checker
from checker.rulebook import load_rule, load_rules, rule_files

GOOD = {
    "id": "ZG199", "family": "boilerplate", "kind": "lexicon", "severity": "info", "dimension": "style",
    "penalty": 1, "title": "测试规则", "message": "“{match}”是套话", "suggestion": "删去", "why": "测试",
    "terms": ["高度重视"], "examples": {"trigger": ["[[高度重视]]"], "clean": ["召开会议"]},
}


def write_rule(tmp_path, **changes):
    """A rule file built from GOOD with some keys changed (None removes a key)."""
    data = {**GOOD, **changes}
    data = {key: value for key, value in data.items() if value is not None}
    folder = tmp_path / data.get("family", "boilerplate")
    folder.mkdir(exist_ok=True)
    path = folder / f"{data.get('id', 'ZG199')}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def load_error(path) -> str:
    """The refusal's message with the folder part of the path cut off: tmp_path holds the
    test's own name, and a test asserting that a key's name is in the message must not pass
    because the test is named after that key."""
    with pytest.raises(RuleError) as raised:
        load_rule(path)
    return str(raised.value).replace(str(path.parent), "")


def test_the_good_rule_loads(tmp_path):
    rule = load_rule(write_rule(tmp_path))
    assert rule.id == "ZG199" and rule.spec == {"terms": ["高度重视"]}


def test_a_misspelled_key_names_file_key_and_the_likely_one(tmp_path):
    message = load_error(write_rule(tmp_path, unles=["local"]))
    assert "ZG199.yaml" in message and "unles" in message and "unless" in message


def test_a_key_of_another_kind_is_unknown(tmp_path):
    # `element` belongs to absent and density rules, not to a lexicon rule
    message = load_error(write_rule(tmp_path, element="problem"))
    assert "ZG199.yaml" in message and "element" in message and "lexicon" in message


def test_an_unknown_severity(tmp_path):
    message = load_error(write_rule(tmp_path, severity="warn"))
    assert "ZG199.yaml" in message and "severity" in message and "warn" in message and "warning" in message


def test_an_unknown_genre_in_overrides(tmp_path):
    message = load_error(write_rule(tmp_path, genres={"speeches": {"penalty": 3}}))
    assert "ZG199.yaml" in message and "genres" in message and "speeches" in message


def test_an_unknown_genre_in_a_genre_list(tmp_path):
    message = load_error(write_rule(tmp_path, genres=["news", "report"]))
    assert "ZG199.yaml" in message and "genres" in message and "report" in message


def test_a_genre_may_not_override_a_kind_key(tmp_path):
    message = load_error(write_rule(tmp_path, genres={"news": {"unless": ["local"]}}))
    assert "ZG199.yaml" in message and "genres.news.unless" in message


def test_a_rule_that_would_never_run_on_whole_drafts_or_excerpts(tmp_path):
    message = load_error(write_rule(tmp_path, needs_whole=True, excerpt_only=True))
    assert "ZG199.yaml" in message and "needs_whole" in message and "excerpt_only" in message
    message = load_error(write_rule(tmp_path, excerpt_only=True, genres={"research": {"needs_whole": True}}))
    assert "genres.research.needs_whole" in message
    assert load_rule(write_rule(tmp_path, excerpt_only=True, genres={"research": {"excerpt_only": False,
                                                                                 "needs_whole": True}}))


def test_a_genre_override_of_the_wrong_type(tmp_path):
    message = load_error(write_rule(tmp_path, genres={"news": {"penalty": "high"}}))
    assert "ZG199.yaml" in message and "genres.news.penalty" in message


def test_a_misspelled_severity_in_a_genre_override(tmp_path):
    message = load_error(write_rule(tmp_path, genres={"news": {"severity": "notice"}}))
    assert "genres.news.severity" in message and "notice" in message


def test_an_unknown_condition_name(tmp_path):
    message = load_error(write_rule(tmp_path, when=["forwards"]))
    assert "ZG199.yaml" in message and "when" in message and "forwards" in message and "forward" in message


def test_an_unknown_element_of_an_absent_rule(tmp_path):
    path = write_rule(tmp_path, kind="absent", terms=None, element="problems", examples={
        "trigger": ["没有问题的稿件"], "clean": ["有问题的稿件"]})
    message = load_error(path)
    assert "ZG199.yaml" in message and "element" in message and "problems" in message


def test_an_absent_rule_silenced_by_a_heading_names_a_known_signal_entry(tmp_path):
    base = dict(kind="absent", terms=None, element="problem", examples={
        "trigger": ["没有问题的稿件"], "clean": ["有问题的稿件"]})
    message = load_error(write_rule(tmp_path, **base, unless_heading=["problem_headings"]))
    assert "unless_heading" in message and "problem_headings" in message and "problem_heading" in message
    assert load_rule(write_rule(tmp_path, **base, unless_heading=["problem_heading"])).id == "ZG199"


def test_an_unknown_measure_in_density_unless(tmp_path):
    path = write_rule(tmp_path, kind="density", terms=None, measure="parallel_points", at_least=6,
                      unless=["priorities"])
    message = load_error(path)
    assert "unless" in message and "priorities" in message and "priority" in message


def test_a_density_rule_silenced_at_a_measure_names_a_known_measure_and_a_number(tmp_path):
    base = dict(kind="density", terms=None, measure="substance_density", below=8)
    message = load_error(write_rule(tmp_path, **base, unless_at_least={"quantity_densty": 12}))
    assert "unless_at_least" in message and "quantity_densty" in message and "quantity_density" in message
    message = load_error(write_rule(tmp_path, **base, unless_at_least={"quantity_density": "many"}))
    assert "unless_at_least" in message and "many" in message
    assert load_rule(write_rule(tmp_path, **base, unless_at_least={"quantity_density": 12})).id == "ZG199"


def test_an_unknown_dimension_family_and_kind(tmp_path):
    message = load_error(write_rule(tmp_path, dimension="depth"))
    assert "dimension" in message and "depth" in message
    message = load_error(write_rule(tmp_path, kind="lexicons"))
    assert "kind" in message and "lexicons" in message and "“lexicon”" in message
    message = load_error(write_rule(tmp_path, family="boilerplat"))
    assert "family" in message and "boilerplat" in message and "boilerplate" in message


def test_a_lexicon_that_does_not_exist(tmp_path):
    message = load_error(write_rule(tmp_path, lexicons=["boilerplates"]))
    assert "lexicons" in message and "boilerplates" in message


def test_a_broken_regular_expression_names_the_key(tmp_path):
    message = load_error(write_rule(tmp_path, terms=None, kind="regex", patterns=["(unclosed"]))
    assert "ZG199.yaml" in message and "patterns" in message


def test_examples_are_checked_too(tmp_path):
    message = load_error(write_rule(tmp_path, examples={"trigger": ["[[高度重视]]"], "clean": ["x"], "genres": "news"}))
    assert "examples.genres" in message
    message = load_error(write_rule(tmp_path, examples={"trigger": [{"text": "[[高度重视]]", "genre": "story"}],
                                                        "clean": ["x"]}))
    assert "examples.trigger[1].genre" in message and "story" in message


def test_a_number_where_text_belongs(tmp_path):
    message = load_error(write_rule(tmp_path, penalty="五"))
    assert "penalty" in message


# -- signals.yaml, genres.yaml, families.yaml ---------------------------------------------

@pytest.fixture
def rules_copy(tmp_path):
    """A copy of the shipped rules folder to break."""
    folder = tmp_path / "rules"
    shutil.copytree(RULES_DIR, folder)
    return folder


def edit_yaml(path, change):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def checker_error(folder) -> str:
    with pytest.raises(RuleError) as raised:
        Checker(rules_dir=folder)
    return str(raised.value)


def test_the_copied_rules_folder_loads(rules_copy):
    assert len(Checker(rules_dir=rules_copy).all_rules) == len(rule_files())


def test_a_signals_entry_with_an_unknown_key(rules_copy):
    edit_yaml(rules_copy / "signals.yaml", lambda data: data["cause"].update(term=["由于"]))
    message = checker_error(rules_copy)
    assert "signals.yaml" in message and "cause.term" in message and "terms" in message


def test_an_unknown_signals_entry(rules_copy):
    edit_yaml(rules_copy / "signals.yaml", lambda data: data.update(causes={"terms": ["由于"]}))
    message = checker_error(rules_copy)
    assert "signals.yaml" in message and "causes" in message


def test_a_signals_entry_naming_an_unknown_lexicon(rules_copy):
    edit_yaml(rules_copy / "signals.yaml", lambda data: data["problem_vague"].update(lexicon="vague_problems"))
    message = checker_error(rules_copy)
    assert "problem_vague.lexicon" in message and "vague_problems" in message


def test_genre_weights_naming_an_unknown_dimension(rules_copy):
    def misspell(data):
        weights = data["genres"]["news"]["weights"]
        weights["specifity"] = weights.pop("specificity")
    edit_yaml(rules_copy / "genres.yaml", misspell)
    message = checker_error(rules_copy)
    assert "genres.yaml" in message and "genres.news.weights" in message and "specifity" in message


def test_a_genre_without_a_label_or_with_an_unknown_key(rules_copy):
    edit_yaml(rules_copy / "genres.yaml", lambda data: data["genres"]["news"].update(lable="动态"))
    message = checker_error(rules_copy)
    assert "genres.yaml" in message and "genres.news.lable" in message and "label" in message


def test_genre_evidence_for_an_unknown_genre(rules_copy):
    edit_yaml(rules_copy / "genres.yaml", lambda data: data["evidence"]["short"].update(story=1.0))
    message = checker_error(rules_copy)
    assert "evidence.short" in message and "story" in message


def test_a_rule_overriding_a_genre_that_genres_yaml_does_not_define(rules_copy):
    edit_yaml(rules_copy / "genres.yaml", lambda data: data["genres"].pop("speech"))
    message = checker_error(rules_copy)
    assert "genres" in message and "speech" in message and ".yaml" in message


def test_a_rule_in_a_family_that_families_yaml_does_not_define(rules_copy):
    edit_yaml(rules_copy / "families.yaml", lambda data: data.pop("risk"))
    message = checker_error(rules_copy)
    assert "ZG951.yaml" in message and "family" in message and "risk" in message


def test_a_new_genre_needs_only_genres_yaml(rules_copy):
    """Adding a genre is an entry in genres.yaml (and, optionally, rules' genre overrides)."""
    def add(data):
        data["genres"]["memo"] = {"label": "备忘", "cues": {"title": ["备忘"], "body": ["备忘"]},
                                  "weights": dict(data["genres"]["news"]["weights"])}
    edit_yaml(rules_copy / "genres.yaml", add)
    checker = Checker(rules_dir=rules_copy)
    report = checker.check_text("工作备忘\n今年以来，全县42个村全部完成换届，平均年龄下降6.1岁。", genre="memo")
    assert report.genre == "memo" and registry.genres(rules_copy)["memo"] == "备忘"


# -- what ships -----------------------------------------------------------------------------

def test_every_shipped_rule_file_loads_against_its_kind_schema():
    rules = load_rules()
    assert len(rules) == len(rule_files()) >= 20
    assert {rule.kind for rule in rules} <= set(KINDS)


def test_every_kind_has_a_label_and_a_schema():
    for name, kind in KINDS.items():
        assert kind.label and isinstance(kind.schema, dict), name


def test_every_family_folder_is_a_known_family():
    folders = {path.parent.name for path in rule_files()}
    assert folders == set(registry.families())


def test_genre_evidence_named_in_genres_yaml_is_computed(checker, monkeypatch):
    """The evidence names genres.yaml may use are the ones the checker computes."""
    from checker.schema import GENRE_EVIDENCE

    seen = {}
    original = checker.genres.detect

    def spy(title, body, evidence=None, found=None):
        seen.update(evidence or {})
        return original(title, body, evidence, found)

    monkeypatch.setattr(checker.genres, "detect", spy)
    checker.check_text("标题\n今年以来，全县42个村全部完成换届。")
    assert set(seen) == set(GENRE_EVIDENCE)


def test_a_genre_naming_an_unknown_dimension_label_or_profile_flag(rules_copy):
    edit_yaml(rules_copy / "genres.yaml",
              lambda data: data["genres"]["propaganda"]["dimension_labels"].update(stories="故事"))
    message = checker_error(rules_copy)
    assert "genres.propaganda.dimension_labels" in message and "stories" in message
    edit_yaml(rules_copy / "genres.yaml", lambda data: data["genres"]["propaganda"]["dimension_labels"].pop("stories"))
    edit_yaml(rules_copy / "genres.yaml", lambda data: data["genres"]["news"].update(profile=["specifics"]))
    message = checker_error(rules_copy)
    assert "genres.news.profile" in message and "specifics" in message


def test_share_below_needs_a_below_threshold(rules_copy):
    def change(data):
        data.pop("below"), data.pop("graded"), data.pop("per")
        data["at_least"] = 4

    edit_yaml(rules_copy / "slogan_no_story" / "ZG633.yaml", change)
    with pytest.raises(RuleError) as raised:
        Checker(rules_dir=rules_copy).kinds  # kinds are built on first use
    assert "ZG633" in str(raised.value) and "share_below" in str(raised.value)


def test_share_below_outside_zero_to_one_is_refused(rules_copy):
    edit_yaml(rules_copy / "slogan_no_story" / "ZG633.yaml", lambda data: data.update(share_below=5))
    message = checker_error(rules_copy)
    assert "ZG633" in message and "share_below" in message


def test_skip_questions_only_with_paragraph_scope(rules_copy):
    edit_yaml(rules_copy / "slogan_no_story" / "ZG632.yaml", lambda data: data.update(scope="document"))
    with pytest.raises(RuleError) as raised:
        Checker(rules_dir=rules_copy).kinds  # kinds are built on first use
    assert "ZG632" in str(raised.value) and "skip_questions 只能用于" in str(raised.value)


def test_skip_sentences_only_with_paragraph_scope(rules_copy):
    edit_yaml(rules_copy / "not_specific" / "ZG501.yaml", lambda data: data.update(scope="document"))
    with pytest.raises(RuleError) as raised:
        Checker(rules_dir=rules_copy).kinds  # kinds are built on first use
    assert "ZG501" in str(raised.value) and "skip_sentences 只能用于" in str(raised.value)


def test_skip_sentences_that_do_not_compile_are_refused(rules_copy):
    edit_yaml(rules_copy / "not_specific" / "ZG501.yaml", lambda data: data.update(skip_sentences=["(?:主要指"]))
    with pytest.raises(RuleError) as raised:
        Checker(rules_dir=rules_copy).kinds
    assert "ZG501" in str(raised.value)


def test_yielding_to_a_rule_that_does_not_exist(rules_copy):
    edit_yaml(rules_copy / "not_specific" / "ZG513.yaml", lambda data: data.update(yields_to=["ZG5111"]))
    message = checker_error(rules_copy)
    assert "ZG513.yaml" in message and "yields_to" in message and "ZG5111" in message


def test_paragraph_needs_only_with_paragraph_scope(rules_copy):
    def to_document(data):
        data.update(scope="document")
        data.pop("skip_questions")
    edit_yaml(rules_copy / "slogan_no_story" / "ZG632.yaml", to_document)
    with pytest.raises(RuleError) as raised:
        Checker(rules_dir=rules_copy).kinds  # kinds are built on first use
    assert "ZG632" in str(raised.value) and "paragraph_needs 只能用于" in str(raised.value)


def test_unless_close_names_known_genres_and_a_margin(tmp_path):
    rule = load_rule(write_rule(tmp_path, genres={"experience": {"unless_close": {"propaganda": 3}}}))
    assert rule.genres["experience"]["unless_close"] == {"propaganda": 3}
    assert "宣传稿" in load_error(write_rule(tmp_path, genres={"experience": {"unless_close": {"宣传稿": 3}}}))
    assert "unless_close" in load_error(write_rule(tmp_path, genres={"experience": {"unless_close": {"propaganda": "近"}}}))


TITLE_RULE = {"kind": "title", "family": "title", "terms": None, "message": "标题",
              "examples": {"trigger": ["[[柳溪镇举行签约仪式]]"], "clean": ["召开会议"]}}


def test_a_title_pattern_needs_check_pattern_and_the_other_way_round(tmp_path):
    from checker.kinds import Resources, build_kind
    from checker.pipeline import load_lexicons

    resources = Resources(load_lexicons(), RULES_DIR / "lexicons")
    for spec in ({"check": "pattern"}, {"check": "slogan", "pattern": "仪式"}):
        path = write_rule(tmp_path, **TITLE_RULE, **spec)
        with pytest.raises(RuleError, match="check: pattern"):
            build_kind(load_rule(path), resources)
    build_kind(load_rule(write_rule(tmp_path, **TITLE_RULE, check="pattern", pattern="仪式")), resources)


def test_a_broken_title_pattern_names_the_key(tmp_path):
    message = load_error(write_rule(tmp_path, **TITLE_RULE, check="pattern", pattern="仪式("))
    assert "ZG199.yaml" in message and "pattern" in message


def test_a_key_given_twice_is_refused_with_its_file_and_line(tmp_path):
    # YAML itself keeps the last of two equal keys without a word: a second `speech:` under a
    # mapping would drop the first one's patterns unseen (it happened to rules/genres.yaml's
    # `decisive` while it was being edited)
    path = write_rule(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "penalty: 3\n", encoding="utf-8")
    message = load_error(path)
    # load_error cuts the folder off: the message starts with the file's whole path
    assert message.startswith("/ZG199.yaml：第 ") and "“penalty”" in message and "两次" in message
    nested = tmp_path / "genres.yaml"
    nested.write_text("decisive:\n  speech: [讲话]\n  news: [召开]\n  speech: [致辞]\n", encoding="utf-8")
    with pytest.raises(RuleError, match="第 4 行.*speech"):
        registry.read_yaml(nested)


def test_a_list_as_a_key_is_a_yaml_error_not_a_crash(tmp_path):
    # the duplicate-key check must leave an unhashable key to YAML's own error, with the file named
    path = tmp_path / "genres.yaml"
    path.write_text("? [a, b]\n: 1\n", encoding="utf-8")
    with pytest.raises(RuleError, match="genres.yaml.*YAML 格式错误"):
        registry.read_yaml(path)


def test_skip_paragraphs_only_with_paragraph_scope(rules_copy):
    def to_document(data):
        data.update(scope="document")
        data.pop("skip_sentences"), data.pop("paragraph_needs")  # (each refused first otherwise)
    edit_yaml(rules_copy / "not_specific" / "ZG501.yaml", to_document)
    with pytest.raises(RuleError) as raised:
        Checker(rules_dir=rules_copy).kinds  # kinds are built on first use
    # (the message, not the path: the test's own name, in its tmp path, holds "skip_paragraphs")
    assert "ZG501" in str(raised.value) and "skip_paragraphs 只能用于" in str(raised.value)
