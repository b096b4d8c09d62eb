"""Strict schemas for the rule data: rule files (per kind, genre overrides included),
rules/signals.yaml, rules/genres.yaml and rules/families.yaml.

A misspelled key, a wrong type, an unknown severity, family, genre, dimension, element or
condition is a RuleError whose Chinese message names the file and the key, so a typo in a
rule never loads silently as "no condition". Plain Python checks, no schema library: each
field is a small function that returns what is wrong with a value (or None).

The kind-specific schemas (MATCH, TOKEN_PATTERN, …) are attached to the kind classes in
checker/kinds.py, whose KINDS registry is the one list of kinds.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .judge import ELEMENTS
from .lexicon import check_regex
from .errors import RuleError
from .registry import DIMENSIONS, SEVERITIES

# Names a span rule may use in `when` / `unless` besides the sentence elements.
SPAN_CONDITIONS = (*ELEMENTS, "clause_number", "fact_nearby", "figure_nearby", "aimed", "event_name", "title", "title_topic", "negated", "measured", "hedged", "target", "assigned", "heading", "problem_section", "spelled_out", "problem_follows", "figure_follows", "asked", "said_next", "method", "leader_words", "after_formula", "object_before", "quoted", "named_work", "unclaimed", "spoken", "conditional", "decided", "words_follow", "served", "long_by_names", "purpose_lead", "purpose_tail", "listed_before", "under_review", "problems_headed", "within_speech", "planned", "circumstance", "result_stated", "in_formulation", "formula_item", "told_plainly", "defined", "names_listed", "headline", "favoured", "studied", "announced", "told_of", "stage_name", "called", "likened", "signpost", "counted")
# Document-wide counts a density rule may test (`measure`) or be silenced by (`unless`).
DOCUMENT_MEASURES = ("parallel_points", "priority", "activity_percent", "substance", "substance_unquoted", "substance_after_lead", "substance_density", "substance_unquoted_density", "quantity_density", "moments", "figures", "readability", "guidance")
# Keys a genre may override in a rule's `genres:` mapping.
OVERRIDABLE = ("severity", "penalty", "max_penalty", "cap_score", "score_points", "max_score_points", "needs_whole",
               "excerpt_only", "advice", "unless_close", "message", "suggestion")
ID_FORMAT = re.compile(r"^ZG\d{3}$")


@dataclass(frozen=True)
class Names:
    """The names a file may refer to, from the rules folder it belongs to."""

    families: tuple[str, ...]
    genres: tuple[str, ...]
    kinds: tuple[str, ...] = ()
    lexicons: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()  # rules/genres.yaml `forms` (政策解读, 答复函…)


# A check returns what is wrong with a value, in Chinese, or None.
Check = Callable[[object, Names], "str | None"]


# -- field checks -------------------------------------------------------------------------

def text(value, names) -> str | None:
    return None if isinstance(value, str) and value.strip() else "应是非空的文字"


def number(low: float | None = None, high: float | None = None) -> Check:
    def check(value, names):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return f"应是数字，而不是“{value}”"
        if (low is not None and value < low) or (high is not None and value > high):
            return f"应在 {low if low is not None else '-∞'} 到 {high if high is not None else '∞'} 之间，而不是 {value}"
        return None
    return check


def integer(low: int = 0) -> Check:
    def check(value, names):
        if isinstance(value, bool) or not isinstance(value, int):
            return f"应是整数，而不是“{value}”"
        return None if value >= low else f"应不小于 {low}，而不是 {value}"
    return check


def boolean(value, names) -> str | None:
    return None if isinstance(value, bool) else f"应是 true 或 false，而不是“{value}”"


def nullable(check: Check) -> Check:
    return lambda value, names: None if value is None else check(value, names)


def one_of(options: Callable[[Names], tuple[str, ...]] | tuple[str, ...], what: str) -> Check:
    def check(value, names):
        allowed = options(names) if callable(options) else options
        if isinstance(value, str) and value in allowed:
            return None
        return f"未知的{what}“{value}”{_hint(value, allowed)}，可选：{'、'.join(allowed)}"
    return check


def list_of(item: Check, non_empty: bool = True) -> Check:
    def check(value, names):
        if not isinstance(value, list):
            return f"应是列表（[…]），而不是“{value}”"
        if non_empty and not value:
            return "不应是空列表"
        for index, element in enumerate(value):
            problem = item(element, names)
            if problem:
                return f"第 {index + 1} 项：{problem}"
        return None
    return check


def regex(value, names) -> str | None:
    if not isinstance(value, str) or not value:
        return "应是非空的正则表达式"
    try:
        check_regex(value)
    except re.error as exc:
        return f"不是有效的正则表达式（{exc}）：{value}"
    return None


def mapping(value, names) -> str | None:
    return None if isinstance(value, dict) else f"应是映射（键: 值），而不是“{value}”"


def mapping_of(key: Check, item: Check) -> Check:
    def check(value, names):
        if not isinstance(value, dict) or not value:
            return f"应是非空的映射（键: 值），而不是“{value}”"
        for name, element in value.items():
            problem = key(name, names) or item(element, names)
            if problem:
                return f"“{name}”：{problem}"
        return None
    return check


def any_value(value, names) -> str | None:
    return None


def families(names: Names) -> tuple[str, ...]:
    return names.families


def genres(names: Names) -> tuple[str, ...]:
    return names.genres


def kinds(names: Names) -> tuple[str, ...]:
    return names.kinds


def lexicons(names: Names) -> tuple[str, ...]:
    return names.lexicons


def forms(names: Names) -> tuple[str, ...]:
    return names.forms


ELEMENT = one_of(ELEMENTS, "要素")
CONDITIONS = list_of(one_of(SPAN_CONDITIONS, "条件"))
MEASURE = one_of(DOCUMENT_MEASURES, "全文指标")
TEXT_LIST = list_of(text)
LEXICON_NAMES = list_of(one_of(lexicons, "词表"))


# -- rule files ---------------------------------------------------------------------------

COMMON = {
    "id": text,
    "family": one_of(families, "规则族"),
    "kind": one_of(kinds, "规则类型"),
    "severity": one_of(tuple(SEVERITIES), "严重程度"),
    "dimension": one_of(tuple(DIMENSIONS), "维度"),
    "penalty": number(0, 100),
    "max_penalty": number(0, 100),
    "cap_score": nullable(number(0, 100)),
    # points the rule takes from the depth score itself per unit of its finding's weight (a graded
    # rule's finding weighs how far short the draft falls), at most `max_score_points`: for a lack
    # the editors rank by across every genre, whatever a dimension weighs there (ZG517)
    "score_points": number(0, 10),
    "max_score_points": number(0, 30),
    "needs_whole": boolean,  # concludes from what the whole draft lacks: not run on an excerpt
    "excerpt_only": boolean,  # says what the part given lacks so far: run only on an excerpt
    # told as advice (提升建议), not as a fault; its points count as usual (checker/rulebook.py)
    "advice": boolean,
    # silent when the genre was guessed and another genre's cues came within this many points of
    # the guess ({propaganda: 3}: a piece that may be a story is not asked what a practice answers)
    "unless_close": mapping_of(one_of(genres, "文体"), number(0, 100)),
    # rules that say the same thing more precisely: where one of them fired, this one stays
    # silent (ZG513 问题缺少数据 where ZG511 问题没有事实支撑 already spoke)
    "yields_to": list_of(text),
    "title": text,
    "message": text,
    "suggestion": text,
    "why": text,
    "examples": mapping,  # checked in detail by _check_examples
    "genres": any_value,  # checked in detail by _check_genre_overrides
    # a form of piece (rules/genres.yaml `forms`: 政策解读, 答复函) -> overrides, or `off` (silent on
    # such a piece: a policy explainer is not asked for a story); checked by _check_form_overrides
    "forms": any_value,
    "only_forms": list_of(one_of(forms, "稿件形式")),  # runs on pieces of these forms only
}
REQUIRED = ("id", "family", "kind", "severity", "dimension", "penalty", "title", "message",
            "suggestion", "why", "examples")

# Kind-specific keys; checker/kinds.py attaches each to its kind class.
SPAN = {
    "when": CONDITIONS,
    "unless": CONDITIONS,
    "per_sentence": integer(1),
    "yields": boolean,  # a general rule that stays silent where a more specific one fires
    # silent in a document where a measure reaches a value (ZG502 空口说效果 in a piece with ten or
    # more figures that matter per thousand characters: the piece bears its claims out)
    "unless_at_least": mapping_of(MEASURE, number(0)),
}
MATCH = {**SPAN, "lexicons": LEXICON_NAMES, "terms": TEXT_LIST, "patterns": list_of(regex)}
TOKEN_PATTERN = {**SPAN, "patterns": list_of(list_of(mapping))}
SUBSTITUTION = {
    **SPAN,
    "replacements": mapping,
    "file": text,
}
FIRST_MENTION = {**SPAN, "file": text}
IDENTIFIER = {**SPAN, "identifier": one_of(("resident_id", "mobile", "bank_card"), "号码类型")}
TITLE = {"check": one_of(("length", "slogan", "pattern"), "标题检查"), "max_chars": integer(1), "pattern": regex}
ABSENT = {
    "element": ELEMENT,
    "scope": one_of(("document", "paragraph"), "范围"),
    "min": integer(1),
    "min_chars": integer(0),
    "min_sentences": integer(1),
    "if_present": ELEMENT,
    # document scope: the first sentence with this element, quoted in the message as {replacement}
    # (提了建议（如“……”）, so an editor sees which sentence was read as one)
    "cite": ELEMENT,
    "unless_present": list_of(ELEMENT),
    # silent on a draft whose title matches (a 心得体会 is not asked for problems or proposals)
    "unless_title": regex,
    # silent on a draft with a paragraph that one of these rules/signals.yaml entries finds (a heading
    # that announces its problems, 二、存在的问题: what follows states them, or the excerpt was cut there)
    "unless_heading": list_of(one_of(lambda names: SIGNAL_ENTRIES, "信号")),
    # paragraph scope: a paragraph of mostly questions (怎么融入？从哪里入手？) is a lead that asks
    # what the piece will tell, not a paragraph that preaches
    "skip_questions": boolean,
    # paragraph scope: sentences that frame rather than report (a speech's opening and its "下面讲第一个
    # 问题", a definition's "主要指…"): a paragraph of half or more such sentences is not asked for facts
    "skip_sentences": list_of(regex),
    # paragraph scope: paragraphs a pattern finds are not judged (a news lead dated 近日/日前: who did what)
    "skip_paragraphs": list_of(regex),
    # paragraph scope: only a paragraph where some sentence has this element (a paragraph that
    # preaches has a slogan in it; one with no fact and no slogan is usually a scene or a story)
    "paragraph_needs": ELEMENT,
    # document scope: on an excerpt, silent when the `if_present` element first appears within this
    # many of the last body sentences, right after a lead-in announcing a list (…建议如下：): the cut
    # fell inside the list, and the rest may be concrete
    "cut_within": integer(1),
}
DENSITY = {
    "element": ELEMENT,
    "measure": MEASURE,
    "ratio": number(0, 1),
    "count": integer(1),
    "at_least": number(0),
    "below": number(0),
    "graded": boolean,
    "per": number(0),  # a graded measure rule: one penalty per this many units under `below`
    # a measure rule under `below`: fires only if the measure is also under this share of the body
    # sentences (3 concrete sentences of 4 is a short piece, not a thin one)
    "share_below": number(0, 1),
    "min_sentences": integer(1),
    "unless": list_of(MEASURE),
    # silent where a measure reaches a value (quantity_density: 12 — a text this full of figures
    # is not thin, however long its sentences)
    "unless_at_least": mapping_of(MEASURE, number(0)),
    # silent on a draft whose title matches (六大问题制约…: a list the title announces is its plan)
    "unless_title": regex,
    # judge only drafts that have this element (问题缺少数据 asks for the figures of problems stated)
    "if_present": ELEMENT,
}
COPY = {  # what counts as a copy of another item (checker/batch/copies.py reads these)
    "min_passage": integer(1),
    "min_share": number(0, 1),
    "min_chars": integer(0),
    "long_passage": integer(1),
    "join_gap": integer(0),
}
OVERRIDES = {key: COMMON[key] for key in OVERRIDABLE}


def check_rule(path: Path, data, names: Names, kind_schemas: dict[str, dict]) -> None:
    """A rule file's data against the common schema and its kind's schema."""
    if not isinstance(data, dict):
        raise RuleError(f"{path}：规则文件应是一个映射（键: 值）")
    missing = [key for key in REQUIRED if key not in data]
    if missing:
        raise RuleError(f"{path}：缺少字段 {', '.join(missing)}")
    _check_value(path, "kind", data["kind"], COMMON["kind"], names)
    schema = {**COMMON, **kind_schemas[data["kind"]]}
    _check_fields(path, "", data, schema, names, where=f"{data['kind']} 规则")
    if not ID_FORMAT.match(str(data["id"])):
        raise RuleError(f"{path}：id：规则编号“{data['id']}”应形如 ZG101")
    if path.stem != data["id"]:
        raise RuleError(f"{path}：id：文件名应与规则编号一致（{data['id']}.yaml）")
    if path.parent.name != data["family"]:
        raise RuleError(f"{path}：family：规则应放在 rules/{data['family']}/ 目录下")
    _check_examples(path, data["examples"], names, needs_source=data["kind"] == "copy")
    if "genres" in data:
        _check_genre_overrides(path, data["genres"], names)
    if "forms" in data:
        _check_form_overrides(path, data["forms"], names)
    _check_excerpt_keys(path, "", data)
    overrides = data.get("genres") if isinstance(data.get("genres"), dict) else {}
    for genre, override in overrides.items():
        _check_excerpt_keys(path, f"genres.{genre}.", {**data, **(override or {})})
    for form, override in (data.get("forms") or {}).items():
        if isinstance(override, dict):
            _check_excerpt_keys(path, f"forms.{form}.", {**data, **override})


def _check_excerpt_keys(path: Path, prefix: str, settings: dict) -> None:
    """A rule left out of an excerpt (`needs_whole`) and run on an excerpt only (`excerpt_only`)
    would never run."""
    if settings.get("needs_whole") and settings.get("excerpt_only"):
        raise RuleError(f"{path}：{prefix}needs_whole 和 excerpt_only 不能同时为 true（这条规则将永远不会运行）")


def _check_examples(path: Path, examples: dict, names: Names, needs_source: bool = False) -> None:
    """`needs_source`: a copy rule's examples are pairs, {source: the earlier item, text: …}."""
    example_schema = {"text": text, "genre": one_of(genres, "文体"), **({"source": text} if needs_source else {})}

    def check_example(value, names_):
        if isinstance(value, str):
            return text(value, names_)
        if isinstance(value, dict):
            return None  # checked below with key names
        return "应是例句文字，或 {text: …, genre: …}"

    schema = {"trigger": list_of(check_example), "clean": list_of(check_example),
              "genre": one_of(genres, "文体")}
    _check_fields(path, "examples.", examples, schema, names, where="examples")
    if not examples.get("trigger") or not examples.get("clean"):
        raise RuleError(f"{path}：examples：必须同时有 trigger（应触发）和 clean（不应触发）两类例句")
    for group in ("trigger", "clean"):
        for index, example in enumerate(examples[group]):
            if isinstance(example, dict):
                prefix = f"examples.{group}[{index + 1}]."
                _check_fields(path, prefix, example, example_schema, names, where="例句")
                if "text" not in example:
                    raise RuleError(f"{path}：{prefix}text：缺少例句文字")
            if needs_source and (not isinstance(example, dict) or "source" not in example):
                raise RuleError(f"{path}：examples.{group}[{index + 1}]：抄袭拼凑规则的例句应写成 "
                                "{source: 较早的稿件, text: 新稿件}")


def _check_genre_overrides(path: Path, value, names: Names) -> None:
    """`genres:` is `all`, a list of genres, or a mapping genre -> overrides."""
    if value == "all":
        return
    if isinstance(value, list):
        _check_value(path, "genres", value, list_of(one_of(genres, "文体")), names)
        return
    if not isinstance(value, dict):
        raise RuleError(f"{path}：genres：应是文体列表、all，或“文体: 覆盖项”的映射")
    for genre, overrides in value.items():
        _check_value(path, "genres", genre, one_of(genres, "文体"), names)
        if overrides is None:
            continue
        if not isinstance(overrides, dict):
            raise RuleError(f"{path}：genres.{genre}：应是覆盖项映射（如 {{severity: info, penalty: 6}}）")
        _check_fields(path, f"genres.{genre}.", overrides, OVERRIDES, names, where="文体覆盖项")


def _check_form_overrides(path: Path, value, names: Names) -> None:
    """`forms:` is a mapping form -> overrides, or -> `off` (the rule is silent on that form)."""
    if not isinstance(value, dict):
        raise RuleError(f"{path}：forms：应是“稿件形式: 覆盖项或 off”的映射")
    for form, overrides in value.items():
        _check_value(path, "forms", form, one_of(forms, "稿件形式"), names)
        if overrides == "off" or overrides is False:  # (YAML 1.1 reads a bare off as False)
            continue
        if not isinstance(overrides, dict):
            raise RuleError(f"{path}：forms.{form}：应是覆盖项映射（如 {{message: …}}）或 off")
        _check_fields(path, f"forms.{form}.", overrides, OVERRIDES, names, where="形式覆盖项")


# -- rules/families.yaml ------------------------------------------------------------------

def check_families(path: Path, data) -> None:
    if not isinstance(data, dict) or not data:
        raise RuleError(f"{path}：应是“规则族: 中文名称”的映射")
    for name, label in data.items():
        if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z_]*", name):
            raise RuleError(f"{path}：{name}：规则族名称应由小写字母和下划线组成")
        _check_value(path, name, label, text, None)


# -- rules/genres.yaml --------------------------------------------------------------------

# Evidence the genre detector is given (checker/pipeline.py Checker.detect_genre computes it).
GENRE_EVIDENCE = ("problem", "analysis", "effect", "proposal_heading", "quote", "title_problem",
                  "title_effect", "short", "dated_lead", "dated_event", "news_peg", "speaker_intro", "storytelling", "first_person", "exhortation",
                  "address", "problem_story")


def cue(value, names) -> str | None:
    if not isinstance(value, str) or not value:
        return "应是非空的线索文字（正则以 re: 开头）"
    return regex(value[3:], names) if value.startswith("re:") else None


def weights(value, names) -> str | None:
    problem = mapping(value, names)
    if problem:
        return problem
    for dimension, weight in value.items():
        problem = one_of(tuple(DIMENSIONS), "维度")(dimension, names) or number(0)(weight, names)
        if problem:
            return f"{dimension}：{problem}"
    missing = [d for d in DIMENSIONS if d not in value]
    return f"缺少维度 {', '.join(missing)}" if missing else None


# The report's profile flags (checker/score.py profile()).
PROFILE_FLAGS = ("problem", "analysis", "countermeasure", "specific", "boilerplate_heavy", "exaggeration")


def dimension_labels(value, names) -> str | None:
    """What a genre calls its dimensions (网宣: specificity -> 事实与故事)."""
    problem = mapping(value, names)
    if problem:
        return problem
    for dimension, label in value.items():
        problem = one_of(tuple(DIMENSIONS), "维度")(dimension, names) or text(label, names)
        if problem:
            return f"{dimension}：{problem}"
    return None


def check_genres(path: Path, data) -> None:
    if not isinstance(data, dict):
        raise RuleError(f"{path}：应是一个映射（键: 值）")
    entries = data.get("genres")
    if not isinstance(entries, dict) or not entries:
        raise RuleError(f"{path}：genres：应是“文体: 设置”的映射，至少一种文体")
    names = Names(families=(), genres=tuple(entries))
    genre_name = one_of(genres, "文体")
    top = {
        "default": genre_name,
        "title_weight": number(0),
        "body_weight": number(0),
        "evidence_cap": integer(1),
        "uncertain_margin": number(0),
        "evidence": mapping,
        "decisive": mapping,
        "forms": mapping,
        "genres": mapping,
    }
    _check_fields(path, "", data, top, names, where=path.name, required=("default", "genres"))
    for evidence, genre_weights in data.get("evidence", {}).items():
        _check_value(path, "evidence", evidence, one_of(GENRE_EVIDENCE, "识别依据"), names)
        _check_value(path, f"evidence.{evidence}", genre_weights, mapping, names)
        for genre, weight in genre_weights.items():
            _check_value(path, f"evidence.{evidence}", genre, genre_name, names)
            _check_value(path, f"evidence.{evidence}.{genre}", weight, number(), names)
    for genre, patterns in data.get("decisive", {}).items():
        _check_value(path, "decisive", genre, genre_name, names)
        _check_value(path, f"decisive.{genre}", patterns, list_of(regex), names)
    form_schema = {"label": text, "title": regex, "body": regex, "body_min": integer(1)}
    for form, entry in data.get("forms", {}).items():
        if not isinstance(form, str) or not re.fullmatch(r"[a-z][a-z_]*", form):
            raise RuleError(f"{path}：forms.{form}：形式名称应由小写字母和下划线组成")
        _check_value(path, f"forms.{form}", entry, mapping, names)
        _check_fields(path, f"forms.{form}.", entry, form_schema, names, where="稿件形式", required=("label", "title"))
    entry_schema = {"label": text, "cues": mapping, "weights": weights, "dimension_labels": dimension_labels,
                    "profile": list_of(one_of(PROFILE_FLAGS, "画像项")), "error_cap": number(0, 100),
                    "calibration": number(-20, 20),
                    "excerpt_titles": regex}
    cue_schema = {"title": list_of(cue), "body": list_of(cue)}
    for genre, entry in entries.items():
        if not isinstance(genre, str) or not re.fullmatch(r"[a-z][a-z_]*", genre):
            raise RuleError(f"{path}：genres.{genre}：文体名称应由小写字母和下划线组成")
        _check_value(path, f"genres.{genre}", entry, mapping, names)
        _check_fields(path, f"genres.{genre}.", entry, entry_schema, names, where="文体设置",
                      required=("label", "cues", "weights"))
        _check_fields(path, f"genres.{genre}.cues.", entry["cues"], cue_schema, names, where="线索",
                      required=tuple(cue_schema))


# -- rules/signals.yaml -------------------------------------------------------------------

# The vocabularies the sentence judgements read (checker/judge/). A judgement that
# reads a new vocabulary adds its name here; an entry nobody reads is a load error.
SIGNAL_ENTRIES = (
    "jiang_not_will", "jiang_object_verb",
    "measure", "activity_context", "activity_measure", "activity_always", "training_context", "training_result", "headcount_result", "provision",
    "publicity_context", "document_context", "parameter_before", "setting_before", "parameter_after", "criterion_after", "date", "place", "organization",
    "person", "name_lead", "name_lead_plain", "surname", "quote", "surveyed", "procedure", "inventory", "talk_topic", "contact", "pledge", "resume", "case_marker", "scene", "works", "slogan_number", "problem_strong", "improved", "then_lead", "now_after",
    "problem_evaluative", "problem_generic", "problem_vague", "problem_list_lead", "addressed_lead", "addressed_noun", "addressed_cue", "setback", "resolution", "resolution_negated",
    "cause", "trend", "judgment", "forward_token", "future_start", "forward_not", "list_item",
    "vague_verb", "lead_in", "proposal_lead", "advice_reported", "declared_lead", "reported_speech", "own_plan", "forward_heading", "forward_idle", "actor", "assignment", "deadline", "instrument", "hypothetical", "maxim_then", "prohibition", "felt_shortfall", "whenever",
    "guidance_who", "guidance_what", "guidance_how", "guidance_when",
    "change", "change_destination", "priority", "parallel_marker", "heading_marker", "proceedings", "problem_heading", "problem_heading_topic", "criterion", "cited_example", "reach_context", "target_before",
)
SIGNAL_ENTRY = {
    "terms": TEXT_LIST,
    "patterns": list_of(regex),
    "lexicon": one_of(lexicons, "词表"),
    "stop": TEXT_LIST,  # words the entry's patterns find that are not what it means (place)
    "common_words": TEXT_LIST,  # words that open with the entry's suffix and are common nouns (place: 村民、县里)
    "subword": boolean,  # the vocabulary matches inside words by nature (suffix patterns: …县、…党委)
    "whole_terms": TEXT_LIST,  # in a subword vocabulary, terms that must still stand as whole words (浙江, not 浙江西部)
}


def check_signals(path: Path, data, lexicon_names: tuple[str, ...]) -> None:
    if not isinstance(data, dict):
        raise RuleError(f"{path}：应是“名称: 词汇”的映射")
    names = Names(families=(), genres=(), lexicons=lexicon_names)
    for name, entry in data.items():
        _check_value(path, "", name, one_of(SIGNAL_ENTRIES, "词汇名称"), names)
        _check_value(path, name, entry, mapping, names)
        _check_fields(path, f"{name}.", entry, SIGNAL_ENTRY, names, where="词汇条目")
        if not any(key in entry for key in ("terms", "patterns", "lexicon")):
            raise RuleError(f"{path}：{name}：需要 terms、patterns 或 lexicon 中的至少一项")
    missing = [name for name in SIGNAL_ENTRIES if name not in data]
    if missing:
        raise RuleError(f"{path}：缺少词汇 {', '.join(missing)}")


# -- shared -------------------------------------------------------------------------------

def _check_fields(path: Path, prefix: str, data: dict, schema: dict[str, Check], names: Names | None,
                  where: str, required: tuple[str, ...] = ()) -> None:
    for key, value in data.items():
        if key not in schema:
            raise RuleError(f"{path}：{prefix}{key}：未知的字段“{key}”{_hint(key, schema)}；"
                            f"{where}可用的字段：{', '.join(schema)}")
        _check_value(path, f"{prefix}{key}", value, schema[key], names)
    missing = [key for key in required if key not in data]
    if missing:
        raise RuleError(f"{path}：{prefix.rstrip('.') or where}：缺少字段 {', '.join(missing)}")


def _check_value(path: Path, key: str, value, check: Check, names: Names | None) -> None:
    problem = check(value, names)
    if problem:
        label = f"{key}：" if key else ""
        raise RuleError(f"{path}：{label}{problem}")


def _hint(value, options) -> str:
    close = difflib.get_close_matches(str(value), list(options), n=1, cutoff=0.6)
    return f"（是否想写“{close[0]}”？）" if close else ""
