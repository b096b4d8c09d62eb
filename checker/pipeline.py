"""The whole check, in one direction: load -> segment -> genre -> signals -> rules -> score.

    from checker.pipeline import Checker
    report = Checker().check_path("稿件.docx")
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import accumulate
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple
from . import readability, registry
from .config import Config, check_config_names
from .judge import SignalSet, Signals
from .judge.facts import NARRATOR as FIRST_PERSON  # 我 as the writer, not 我们、我县、我党
from .judge.facts import SURVEY_METHOD
from .errors import RuleError
from .findings import EXCERPT_SCOPE, WHOLE_SCOPE, Finding, Report, shorten
from .genre import GenreDetector, GenreGuess
from .kinds import Context, Resources, build_kind
from .lexicon import Lexicon, first_char_skip, read_lexicon
from .load import Source, guess_title, load
from .places import text_places
from .paths import LEXICON_DIR, RULES_DIR
from .rulebook import Rule, effective, load_rules
from .schema import check_signals
from .score import (apply_caps, calibrate, deductions, depth_score, dimensions, fitted, fitted_points, length_scale,
                    own_points, profile)
from .segment import Document, segment
from .suggest import suggestions

PHRASE_CHARS = 40  # longer spans are whole sentences or paragraphs, not competing phrases


class Scored(NamedTuple):
    """What a set of findings costs (Checker._scored): each rule's deductions, the dimensions, the
    depth score, the caps' deductions, the points the genre's calibration added (score.calibrate)
    and what rules took from the score itself (score.fitted)."""
    deductions: Sequence = ()
    dimensions: Mapping = MappingProxyType({})
    score: int = 0
    capped: Sequence = ()
    calibration: int = 0
    overall: Sequence = ()


class Analysis(NamedTuple):
    document: Document
    signals: Signals
    genre: GenreGuess
    findings: list[Finding]  # the judgement: every rule, as it applies to the genre
    shown: list[Finding]  # what the user sees and is scored on: after ignore and severity settings
    # dimensions an excerpt could not be judged on: a rule needing the whole draft would have
    # fired there (no proposals in the part given); they are left out of the depth score
    not_judged: frozenset = frozenset()
    # the judgement's cost (every rule, no user settings): the score is a model feature, so the
    # adoption probability sees the same verdict whatever the user switched off; the report
    # reuses it whole when the user adjusts nothing
    judged_scored: Scored = Scored()

    @property
    def judged_score(self) -> int:
        return self.judged_scored.score


# a paragraph that opens with the unit's next steps (下一步，…; 下步工作打算): a plan closing any item
PLAN_CLOSING = re.compile(r"^[（(]?[一二三四五六七八九十\d]*[)）、.]?\s*(?:工作)?(?:下一步|下步)")
# A news lead: 近日 / a date, possibly after a masthead (本报讯（记者…）、某某网长沙3月9日电、…网消息).
DATED_LEAD = re.compile(
    r"^\s*(?:[^，。,\n]{0,16}(?:讯|电|消息)\s*(?:[（(][^）)]{0,20}[）)])?\s*)?"
    # (after where it was learned, 从某部获悉，…, or a purpose clause, 为深入贯彻…，近日，…: the lead of a news report)
    r"(?:(?:记者)?从[^，。,\n]{2,30}(?:获悉|了解到)[，,]\s*)?"
    # (the day before the source, 记者近日从某部获悉，…: set 149, a release of figures read as a problem piece)
    r"(?:(?:记者)?(?:近日|日前|近期|今日|昨日)从[^，。,\n]{2,30}(?:获悉|了解到)|"
    r"(?:为了?[^。；！？\n]{4,120}?[，,]\s*)?"
    # (6月28日这一天，是…: a diary's opening, not a news lead)
    r"(?:截至|截止)?(?:近日|日前|近期|今日|昨日|(?:\d{4}年)?\d{1,2}月\d{1,2}(?:[、至-]\d{1,2})?日(?!起|这一?天|那一?天)|\d{1,2}日(?:上午|下午|晚|[，,])"
    # (a part of a month, 6月初，…完成…、7月上旬，…: set 124 and 126, two reports of a thing done read as practice)
    r"|(?:\d{4}年)?\d{1,2}月(?:初|上旬|中旬|下旬|底|末)[，,]))"
    # or the actor first and then the day, in the lead's first clause: 县委组织部5日召开…、
    # 国家主席某某3日在京会见… (not a standing day: 每月5日; nor a dispatch line's date, 某地9月19日电, which
    # opens a feature as often as a report: set 134)
    r"|^[^，。,；\n]{2,30}?(?<!每月)(?<!每月\d)(?<![\d日])(?:\d{1,2}月)?\d{1,2}日(?!电|起|前|之前|以前|以后|后|这一?天|那一?天)")
# A day named in the lead paragraph with what happened on it (10月31日下午，某党支部为党员集体庆祝政治
# 生日; a quotation first, then 1月5日下午，…到…参观学习): the report of one event, news, though its lead
# does not open with the date (blind sets 128-142: seven such items read as practice and scored 51-93,
# all rated 2-2.5 by both editors)
DAY_NAMED = re.compile(r"(?<!每)(?<!每月)(?:\d{1,2}月)?\d{1,2}日(?!电|起|前|之前|以前|以后|后|这一?天|那一?天)")
# (开展“…”主题党日活动: a quoted theme may stand between the verb and the event; set 153)
EVENT_VERB = re.compile(r"举行|召开|举办|开展了?(?:“[^”\n]{1,40}”)?[^，。]{0,20}活动|参观|观摩|庆祝|签约|启动|开班|开幕|揭牌|走进|来到|前往|赴|"
                        r"组织[^，。]{0,20}(?:开展|参加|观看|学习)")
# A commentary's news peg: its first paragraph retells a report and ends by citing it, the day and
# the paper or site in brackets (…火线提拔了一批干部。(2月22日 人民网)); what follows argues about it
# (sets 147 and 152: two such commentaries, rated 1 and 2, read as practice items and scored 69 and 88)
NEWS_PEG = re.compile(r"[（(]\s*(?:据\s*)?(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*[^（）()\n]{0,20}(?:报|网|社|台|客户端|新闻)[》」]?"
                      r"|[^（）()\n]{1,20}(?:报|网|社|台|客户端)[》」]?\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:报道|消息)?)\s*[)）]\s*$")
# The writer introducing themselves as the speaker (作为…大队的党组织负责人，我结合…；作为一名网点负责人，我…):
# an exchange speech or a 心得 (sets 128, 151, 153: all three such texts were labelled speeches; two were
# read as practice or story items)
SPEAKER_INTRO = re.compile(r"作为[^，。；！？\n]{2,40}?(?:负责人|书记|队长|局长|所长|主任|校长|院长|站长|馆长|部长|党员|干部|代表|"
                           r"一员|成员|委员|组长|工作者|选调生)[，,]\s*我(?!们)")
WRITER_FOUND = re.compile(r"笔者[^，。；]{0,12}(?:发现|注意到|看到|感到|认为)")
THIRD_PERSON = re.compile(r"[他她]")
QUOTED = re.compile(r"“[^”\n]{0,300}”")
ADDRESS = re.compile(r"^\s*(?:同志们|各位[^，。]{0,12}|大家好)[：:，,！!]")
EXHORTATION = first_char_skip(re.compile(r"(?:^|[，,：:])(?:我们|大家|各级[^，。]{0,10}|广大[^，。]{0,8}|组工干部|党员干部|年轻干部)?"
                                         r"(?:一定要|要|必须|务必|应当|要始终|要坚持)"))
# Someone's words reported (组织部王青副部长强调，…; 他说：…): wider than signals.yaml's reported_speech,
# which also decides whose proposal a sentence is; here it only keeps a news item's quoted
# requirements from reading as a speech's exhortation
REPORTED_SPEECH = re.compile(r"(?:强调|指出|表示|要求|提出|希望|说)[，,：:]")
REQUIRED_LEXICONS = ("boilerplate", "policy_formulations", "vague_problem", "weak_countermeasure")


class Checker:
    """Compiles rules and lexicons once; checks any number of drafts."""

    def __init__(self, config: Config | None = None, rules_dir: Path = RULES_DIR, model=None,
                 evidence: bool = False):
        self.evidence = evidence  # attach each sentence's judgements and their cues to the report
        self._kinds: dict[str, Any] | None = None  # (built on first use: Checker.kinds)
        self.config = config or Config()
        self.rules_dir = rules_dir
        self.lexicons = load_lexicons(rules_dir / "lexicons", self.config)
        self.tables = user_tables(rules_dir / "lexicons", self.config)
        self.all_rules = load_rules(rules_dir)
        check_config_names(self.config, {r.id for r in self.all_rules}, registry.families(rules_dir))
        self.rules = [r for r in self.all_rules if not self.config.disables(r.id, r.family)]
        self.rules_by_id = {r.id: r for r in self.all_rules}
        for rule in self.all_rules:
            unknown = [name for name in rule.spec.get("yields_to", ()) if name not in self.rules_by_id]
            if unknown:
                raise RuleError(f"{rule.path}：yields_to：没有这条规则 {', '.join(unknown)}")
        self.signal_set = SignalSet(_signals(rules_dir / "signals.yaml", self.lexicons), self.lexicons)
        self.genre_names = registry.genres(rules_dir)
        self.genres = GenreDetector(registry.genre_spec(rules_dir))
        spec = registry.genre_spec(rules_dir)["genres"]
        self.error_caps = {name: entry.get("error_cap") for name, entry in spec.items()}
        self.calibration = {name: entry.get("calibration", 0) for name, entry in spec.items()}
        # a genre whose drafts are cut before their problems and plans only when the title says so
        # (a 述职 or 总结 ends with them; a speech says what it says): rules/genres.yaml excerpt_titles
        self.excerpt_titles = {name: re.compile(entry["excerpt_titles"]) for name, entry in spec.items()
                               if "excerpt_titles" in entry}
        self.score_settings = registry.read_yaml(rules_dir / "score.yaml")
        self.fitted_points = fitted_points(self.score_settings.get("fitted_points") or {}, self.all_rules,
                                           rules_dir / "score.yaml")
        self.model = model
        self._settings: dict[tuple[str, bool, bool, str | None], dict[str, Rule]] = {}

    def settings(self, genre: str, user: bool = True, excerpt: bool = False, form: str | None = None) -> dict[str, Rule]:
        """Each rule's effective settings in a genre (see rulebook.effective: defaults < genre
        override < form override < user configuration), by rule id; rules that do not apply are left out.
        With user=False, the judgement's settings: every rule, no user configuration. For an
        excerpt, rules that conclude from what the whole draft lacks (`needs_whole`) are left
        out too: the missing proposals may be in the part not given; rules that say what the
        part given lacks so far (`excerpt_only`) run on an excerpt only. `form`: the form of piece
        (GenreGuess.form), whose overrides a rule may have (`forms:`)."""
        key = (genre, user, excerpt, form)
        if key not in self._settings:
            rules = self.rules if user else self.all_rules
            resolved = {rule.id: effective(rule, genre, self.config.settings(rule.id, rule.family) if user else None, form)
                        for rule in rules}
            self._settings[key] = {rule_id: rule for rule_id, rule in resolved.items()
                                   if rule is not None and not (excerpt and rule.needs_whole)
                                   and not (rule.excerpt_only and not excerpt)}
        return self._settings[key]

    @property
    def kinds(self) -> dict[str, Any]:
        # (built once, on first use; not a functools.cached_property: a class compiled by mypyc has
        # no __dict__ to keep it in, and would build every kind again at every access)
        if self._kinds is None:
            resources = Resources(self.lexicons, self.rules_dir / "lexicons", self.tables)
            self._kinds = {rule.id: build_kind(rule, resources) for rule in self.all_rules}
        return self._kinds

    # -- entry points -----------------------------------------------------------------

    def check_path(self, path: str, genre: str | None = None, excerpt: bool = False) -> Report:
        source = load(path)
        return self.check_source(replace(source, excerpt=True) if excerpt else source, genre)

    def check_text(self, text: str, genre: str | None = None, name: str = "-") -> Report:
        return self.check_source(Source(name=name, text=text, title=guess_title(text)), genre)

    def check_source(self, source: Source, genre: str | None = None) -> Report:
        return self.report(self.analyse(source, genre))

    def analyse(self, source: Source, genre: str | None = None) -> Analysis:
        """Everything the rules conclude about a draft; the model's features come from here too."""
        document = segment(source)
        signals = self.signal_set.analyse(document)
        guess = self.detect_genre(signals, genre)
        excerpt = self._cut_short(source, guess.genre)
        judging = self.settle_close(self.settings(guess.genre, user=False, excerpt=excerpt, form=guess.form), guess)
        matches = self.matches(document, signals, judging)
        judged = self.findings(document, matches, judging)
        shown = self.findings(document, matches, self.settle_close(self.settings(guess.genre, excerpt=excerpt, form=guess.form), guess)) \
            if self.config.adjusts_rules() else judged
        not_judged = self._not_judged(document, signals, guess.genre, guess.form) if excerpt else frozenset()
        # a dimension an excerpt-only rule spoke on is judged on the part given
        not_judged -= {f.dimension for f in judged if judging[f.rule].excerpt_only}
        judged_scored = self._scored(document, judged, judging, guess.genre, not_judged)
        return Analysis(document, signals, guess, judged, shown, not_judged, judged_scored)

    def _cut_short(self, source: Source, genre: str) -> bool:
        """Whether the draft is judged as a part whose rest may hold what it lacks (`needs_whole`
        rules left out): an excerpt, in a genre with `excerpt_titles` only under such a title."""
        titles = self.excerpt_titles.get(genre)
        return source.excerpt and (titles is None or bool(titles.search(source.title or "")))

    def _not_judged(self, document: Document, signals: Signals, genre: str, form: str | None = None) -> frozenset:
        """The dimensions of the rules an excerpt skips (`needs_whole`) that would have fired:
        what the part given lacks may be in the rest, so those dimensions are not scored."""
        every = self.settings(genre, user=False, form=form)
        skipped = [every[rule_id] for rule_id in every.keys() - self.settings(genre, user=False, excerpt=True, form=form).keys()]
        if not skipped:
            return frozenset()
        ctx = Context(signals, document_measures(signals, self.signal_set))
        return frozenset(rule.dimension for rule in skipped if next(iter(self.kinds[rule.id].run(ctx)), None) is not None)

    # -- stages -----------------------------------------------------------------------

    def detect_genre(self, signals: Signals, genre: str | None) -> GenreGuess:
        """The genre (the user's, or guessed) and the form of piece, which the user's genre does
        not settle: a policy explainer given as 网宣 is still an explainer."""
        document = signals.document
        body = genre_body(document)
        form = self.genres.form(document.title, body)
        if genre:
            if genre not in self.genre_names:
                raise RuleError(f"未知文体“{genre}”，可选：{', '.join(self.genre_names)}")
            return GenreGuess(genre, {}, given=True, form=form)
        title = next(((p.start, p.end) for p in document.paragraphs if p.is_title), None)
        found = self.genres.words_found(document.literal_hits(), title)
        return replace(self.genres.detect(document.title, body, self.genre_evidence(signals), found), form=form)

    def genre_evidence(self, signals: Signals) -> dict[str, int]:
        """What the sentence judgements and the text's shape say about the genre (counts and
        flags, weighted by rules/genres.yaml `evidence`)."""
        document = signals.document
        body = genre_body(document)
        storytelling = len(THIRD_PERSON.findall(body)) * 1000 / max(len(body), 1) > 4
        quotations = _quotations(signals)
        # (a commentary's first paragraph retells the report it argues about, dated as a report is:
        # its day is the report's, not this piece's lead)
        news_peg = bool(NEWS_PEG.search(body.lstrip().split("\n", 1)[0]))
        unquoted = QUOTED.sub("", body)  # the writer's own words
        return {
            "problem": signals.count("problem"),
            "analysis": signals.count("analysis"),
            "effect": signals.count("effect"),
            # (a 建议/对策 heading; not a closing 下一步，…将继续…, which news and practice items end with too)
            "proposal_heading": any(not PLAN_CLOSING.match(document.paragraphs[index].text)
                                    for index in (signals.signal_set or self.signal_set).forward_paragraphs(document)),
            "quote": quotations,
            "title_problem": signals.title.problem,
            "title_effect": signals.title.effect,
            # a short body is a news brief; an excerpt is short because it was cut, which says nothing
            "short": len(body) < 450 and not document.source.excerpt,
            # (近日，笔者走访时发现…: a commentator's own finding, a problem piece's way in, not a news
            # lead; 近日，笔者从县委组织部获悉… is one)
            "dated_lead": bool(DATED_LEAD.match(body)) and not WRITER_FOUND.search(body, 0, body.find("。") + 1)
                          and not news_peg,
            "dated_event": _dated_event(body) and not news_peg,
            "news_peg": news_peg,
            # (not inside quotation marks: someone in a story saying 作为一名党员，我…)
            "speaker_intro": bool(SPEAKER_INTRO.search(unquoted)),
            "storytelling": storytelling,
            # a story under a headline that names a problem (关注“走读干部”：…吃“闭门羹”), or states one in plain
            # words (乡镇人手紧张：…、山村卫生室后继无人), reports the problem
            "problem_story": (storytelling or quotations >= 2) and
                             (signals.title.problem or self.genres.title_cues(document.title, "problem") > 0),
            # (the writer's 我: not one inside quotation marks, a slogan 我是党员我带头 or someone's words)
            "first_person": len(FIRST_PERSON.findall(unquoted)) * 1000 / max(len(body), 1) > 4,
            # (not a leader's words reported in a news item: 会议强调，要…、他指出，必须…)
            "exhortation": _share(signals, EXHORTATION, REPORTED_SPEECH) >= 0.25,
            "address": bool(ADDRESS.search(body)),
        }

    def matches(self, document: Document, signals: Signals, settings: dict[str, Rule]) -> dict[str, list]:
        """Every rule of `settings` (those that apply to the genre), run once: rule id -> its matches."""
        ctx = Context(signals, document_measures(signals, self.signal_set))
        return {rule_id: list(self.kinds[rule_id].run(ctx)) for rule_id in settings}

    @staticmethod
    def settle_close(settings: dict[str, Rule], guess: GenreGuess) -> dict[str, Rule]:
        """`settings` without the rules that stay silent because the genre is in doubt: a rule
        with `unless_close: {propaganda: 3}` is left out when the genre was guessed (not given)
        and the propaganda cues came within 3 points of the guess's (a piece that may be a story
        is not told it lacks what a practice answers); and when no genre had a cue at all and the
        guess is only the default (a commentary, a short essay). Better silent than wrong."""
        if guess.given or not guess.scores:
            return settings
        top = guess.scores.get(guess.genre, 0.0)
        silenced = {rule_id for rule_id, rule in settings.items() if rule.unless_close and (top <= 0 or any(
            name != guess.genre and guess.scores.get(name, 0) > 0 and top - guess.scores[name] <= margin
            for name, margin in rule.unless_close.items()))}
        return {rule_id: rule for rule_id, rule in settings.items() if rule_id not in silenced} if silenced else settings

    def findings(self, document: Document, matches: dict[str, list], settings: dict[str, Rule]) -> list[Finding]:
        """The matches of the rules in `settings` as findings with those settings; where rules
        compete for the same words, one speaks (drop_overlaps, yields)."""
        found = [make_finding(settings[rule_id], document, *match)
                 for rule_id, spans in matches.items() if rule_id in settings
                 for match in spans]
        found = drop_overlaps(sorted(found, key=lambda f: (f.start, f.end, f.rule)))
        found = self._yield_to_specific(found)
        fired = {f.rule for f in found}
        return [f for f in found if not fired.intersection(self.rules_by_id[f.rule].spec.get("yields_to", ()))]

    def _yield_to_specific(self, findings: list[Finding]) -> list[Finding]:
        """A general rule marked `yields: true` (套话 ZG101) stays silent on words that a more
        specific rule already explains (空泛的问题表述、高大全、文件提法)."""
        specific = sorted((f.start, f.end) for f in findings if not f.document_level and not self._yields(f.rule)
                          and self.rules_by_id[f.rule].kind != "absent" and _is_phrase(f))
        starts = [start for start, _ in specific]
        reach = list(accumulate((end for _, end in specific), max))  # the farthest end among the first k

        def covered(finding: Finding) -> bool:  # a specific span with start < finding.end and end > finding.start
            before = bisect_left(starts, finding.end)
            return before > 0 and reach[before - 1] > finding.start

        return [f for f in findings if not (self._yields(f.rule) and covered(f))]

    def _yields(self, rule_id: str) -> bool:
        return bool(self.rules_by_id[rule_id].spec.get("yields"))

    def _scored(self, document: Document, findings: list[Finding], rules: dict[str, Rule], genre: str,
                not_judged: frozenset) -> Scored:
        """What these findings cost; the calibration is added before the caps (a capped draft
        stays capped)."""
        body_chars = sum(len(p.text) for p in document.paragraphs if p.is_body)
        deducted = deductions(findings, rules, length_scale(body_chars, self.score_settings.get("length")))
        dims = dimensions(deducted)
        weights = self.genres.weights[genre]
        if not_judged:
            weights = {name: 0 if name in not_judged else weight for name, weight in weights.items()}
        score, shift = calibrate(depth_score(dims, weights), self.calibration.get(genre, 0))
        overall = fitted(findings, self.fitted_points, score)
        score -= round(sum(d.points for d in overall))
        own = own_points(findings, rules, score)
        score -= round(sum(d.points for d in own))
        overall += own
        score, capped = apply_caps(score, findings, rules, self.error_caps.get(genre))
        return Scored(deducted, dims, score, capped, shift, tuple(overall))

    def report(self, analysis: Analysis) -> Report:
        document, signals, guess, judged, findings, not_judged, judged_scored = analysis
        rules = self.settings(guess.genre, excerpt=self._cut_short(document.source, guess.genre), form=guess.form)
        # shown is judged when the user adjusts no rule: the judgement's score is the report's
        deducted, dims, score, capped, shift, overall = judged_scored if findings is judged \
            else self._scored(document, findings, rules, guess.genre, not_judged)
        probability = self.model.probability(analysis) if self.model else None
        source = document.source
        places = source.places or text_places(source.text, source.title)
        faults = [f for f in findings if not f.advice]  # advice (提升建议) costs its points but is no fault
        return Report(
            source=document.source.name,
            title=document.title,
            genre=guess.genre,
            genre_given=guess.given,
            genre_alternative=guess.alternative,
            form=guess.form,
            score=score,
            dimensions=dims,  # type: ignore[arg-type]  # a dict (score.dimensions)
            profile=profile(signals, judged, self.score_settings.get("profile"), guess.genre),
            adoption_probability=probability,
            findings=faults,
            advice=[f for f in findings if f.advice],
            suggestions=suggestions(faults, deducted, places),  # type: ignore[arg-type]  # a list (score.deductions)
            stats={"chars": len(document.text), "sentences": len(document.body_sentences()),
                   "paragraphs": sum(1 for p in document.paragraphs if p.is_body)},
            deductions=list(deducted) + list(overall) + list(capped),
            text=document.text,
            evidence=signals.evidence() if self.evidence else None,
            places=places,
            readability=readability.measure(signals),
            excerpt=document.source.excerpt,
            not_judged=tuple(name for name in registry.DIMENSIONS if name in not_judged),
            calibration=shift,
        )


def genre_body(document: Document) -> str:
    """The text genre detection reads besides the title: every paragraph but the title."""
    return "\n".join(p.text for p in document.paragraphs if not p.is_title)


def _dated_event(body: str) -> bool:
    """A day and an event in one of the first three sentences of the body's first paragraph."""
    lead = body.lstrip().split("\n", 1)[0]
    for sentence in re.findall(r"[^。！？]+[。！？]?", lead)[:3]:
        day = DAY_NAMED.search(sentence)
        if day and EVENT_VERB.search(sentence, day.end()):
            return True
    return False


def _quotations(signals: Signals) -> int:
    """Quotations in the body: a run of sentences in direct speech is one quotation."""
    count, previous = 0, False
    for _, sig in signals.body():
        quoted = "quote" in sig.facts
        count += quoted and not previous
        previous = quoted
    return count


def _share(signals: Signals, pattern: Any, unless: re.Pattern | None = None) -> float:
    """The share of body sentences the pattern finds something in (not those `unless` finds)."""
    body = signals.body()
    held = sum(bool(pattern.search(s.text)) and not (unless and unless.search(s.text)) for s, _ in body)
    return held / len(body) if body else 0.0


def drop_overlaps(findings: list[Finding]) -> list[Finding]:
    """Two rules of one family flagging the same words say it once: among phrases the first
    rule wins; a finding on a whole sentence or paragraph (这一段没有一个具体事实) gives way to
    the phrase findings of its family inside it (“XXX个”还是占位符), which say more exactly
    what is wrong there."""
    kept: list[Finding] = []
    taken: dict[str, list[tuple[int, int]]] = {}  # family -> spans already spoken for
    last_end: dict[str, int] = {}
    for finding in sorted(findings, key=lambda f: (not _is_phrase(f), f.start, f.rule)):
        if not finding.document_level:
            if _is_phrase(finding):
                if finding.start < last_end.get(finding.family, -1):
                    continue
                last_end[finding.family] = max(finding.end, last_end.get(finding.family, -1))
            elif any(start < finding.end and finding.start < end for start, end in taken.get(finding.family, ())):
                continue
            taken.setdefault(finding.family, []).append((finding.start, finding.end))
        kept.append(finding)
    return sorted(kept, key=lambda f: (f.start, f.rule))


def _is_phrase(finding: Finding) -> bool:
    """A span of a few words (a phrase finding), not a whole sentence or paragraph."""
    return finding.end - finding.start <= PHRASE_CHARS


def make_finding(rule: Rule, document: Document, start: int, end: int, replacement: str,
                 weight: float = 1.0) -> Finding:
    text = document.text
    matched = text[start:end]
    excerpt = shorten(matched)
    line, column = document.line_col(start)
    fields = {"match": matched, "replacement": replacement,
              "whole": EXCERPT_SCOPE if document.source.excerpt else WHOLE_SCOPE}
    return Finding(
        rule=rule.id, family=rule.family, severity=rule.severity,
        message=_fill(rule.message, fields), suggestion=_fill(rule.suggestion, fields),
        start=start, end=end, line=line, column=column, excerpt=excerpt, dimension=rule.dimension,
        weight=weight, advice=rule.advice,
    )


_FIELD = re.compile(r"\{(match|replacement|whole)\}")


def _fill(template: str, fields: dict[str, str]) -> str:
    if "{" not in template:  # a template that names no field is the text itself
        return template
    return _FIELD.sub(lambda m: fields[m.group(1)], template)


def document_measures(signals: Signals, signal_set: SignalSet) -> dict[str, int]:
    """Document-wide counts the density rules may use (computed once per document)."""
    if "measures" not in signals._counts:
        # (the document's own view of the patterns, where it has one: SignalSet.for_document)
        signals._counts["measures"] = _document_measures(signals, signals.signal_set or signal_set)
    return signals._counts["measures"]


def _document_measures(signals: Signals, signal_set: SignalSet) -> dict[str, float]:
    document = signals.document
    parallel = signal_set.patterns["parallel_marker"]
    heading = signal_set.patterns["heading_marker"]
    priority = signal_set.patterns["priority"]
    highest, prioritised = 0, 0
    for sentence in document.body_sentences():
        markers = [_numeral(m.group(0)) for m in parallel.finditer(sentence.text)]
        if markers and priority.search(sentence.text):
            prioritised += 1
        highest = max([highest, *markers])
    headings = [_numeral(p.text[:3]) for p in document.paragraphs if heading.match(p.text)]
    measures = _Measures(signals.document, signal_set)
    measures.update(parallel_points=max([highest, *headings]), priority=prioritised,
                    activity_percent=_activity_percent(signals),
                    substance=signals.substance(),
                    substance_unquoted=signals.substance_unquoted(),
                    substance_after_lead=signals.substance_after_lead(),
                    **_densities(signals),
                    moments=signals.moments(),
                    figures=signals.figures(),
                    readability=readability.measure(signals).index)
    return measures


class _Measures(dict):
    """The document measures, with the few that only some rules of some forms read (guidance:
    the policy explainer's rule) worked out the first time a rule asks for them."""

    def __init__(self, document: Document, signal_set: SignalSet):
        super().__init__()
        # the document, not the signals, which keep these measures: no reference cycle, so a
        # draft's signals are freed as soon as its check is done, not by the cyclic collector
        self._document, self._signal_set = document, signal_set

    def __missing__(self, name: str):
        if name != "guidance":
            raise KeyError(name)
        self[name] = value = _guidance(self._document, self._signal_set)
        return value


GUIDANCE = ("guidance_who", "guidance_what", "guidance_how", "guidance_when")


def _guidance(document: Document, signal_set: SignalSet) -> int:
    """How many of the four things a policy explainer owes its reader the body tells (who it
    applies to, what it gives or changes, how and where to apply, from or by when;
    rules/signals.yaml guidance_*): each counted once, 0-4."""
    sentences = [sentence.text for sentence in document.body_sentences()]
    return sum(any(signal_set.patterns[name].search(text) for text in sentences) for name in GUIDANCE)


MIN_NUMBERS_FOR_SHARE = 5


def _densities(signals: Signals) -> dict[str, float]:
    """Counts per thousand characters of body text, to one decimal (the body's length summed once):
    sentences of substance (Signals.substance: how much of the length carries facts that matter; a
    short note with two facts in four sentences is dense, not thin, so no floor on the length), the
    same without those that only quote someone (Signals.substance_unquoted), and quantities that
    count no meeting or participant (Signals.quantities)."""
    chars = max(sum(len(sentence.text) for sentence, _ in signals.body()), 1)
    counts = {"substance_density": signals.substance(), "substance_unquoted_density": signals.substance_unquoted(),
              "quantity_density": signals.quantities()}
    return {name: round(count * 1000 / chars, 1) for name, count in counts.items()}


def _activity_percent(signals: Signals) -> int:
    """Of the quantities in the draft, the share (in %) that count meetings and trainings. A
    sentence telling how a survey was done (走访企业95家、召开座谈会47场、发放问卷…) counts neither:
    its figures are the research's sample, not the work's activity (audit 76: both readers judged
    "most figures count meetings" wrong on a research report's method paragraph)."""
    numbers = activities = 0
    for sentence, sig in signals.body():
        if sig.numbers and not SURVEY_METHOD.search(sentence.text):
            numbers += len(sig.numbers)
            activities += sig.activity_counts
    return round(100 * activities / numbers) if numbers >= MIN_NUMBERS_FOR_SHARE else 0


_NUMERALS = "一二三四五六七八九十"


def _numeral(text: str) -> int:
    digits = [c for c in text if c in _NUMERALS]
    if not digits:
        return 0
    if digits[0] == "十":
        return 10 + (_NUMERALS.index(digits[1]) + 1 if len(digits) > 1 else 0)
    return _NUMERALS.index(digits[0]) + 1


def load_lexicons(directory: Path = LEXICON_DIR, config: Config | None = None) -> dict[str, Lexicon]:
    lexicons = {path.stem: read_lexicon(path) for path in sorted(directory.glob("*.txt"))
                if path.stem != "userdict"}
    tables = {path.stem for path in directory.glob("*.tsv")}  # merged by the rules that read them (user_tables)
    for name, files in (config.lexicons if config else {}).items():
        if name in tables:
            continue
        if name not in lexicons:
            raise RuleError(f"{config.source}：lexicons 中的“{name}”不是已有词表，可选：{', '.join(sorted({*lexicons, *tables}))}")  # type: ignore[union-attr]  # names only come from a config
        for file in files:
            lexicons[name] = lexicons[name].merged(read_lexicon(file, name, untrusted=True))
    for required in REQUIRED_LEXICONS:
        if required not in lexicons:
            raise RuleError(f"{directory}：缺少词表 {required}.txt")
    return lexicons


def user_tables(directory: Path, config: Config) -> dict[str, tuple[Path, ...]]:
    """An office's own tables (checker.toml `[lexicons]`, e.g. substitutions = ["本单位.tsv"]),
    by the name of the shipped .tsv table they extend; each file must exist."""
    tables = {}
    for name, files in config.lexicons.items():
        if (directory / f"{name}.tsv").is_file():
            for file in files:
                if not Path(file).is_file():
                    raise RuleError(f"{config.source}：lexicons.{name} 中的文件“{file}”不存在")  # type: ignore[union-attr]  # names only come from a config
            tables[name] = tuple(Path(f) for f in files)
    return tables


def _signals(path: Path, lexicons: dict[str, Lexicon]) -> dict:
    data = registry.read_yaml(path)
    check_signals(path, data, tuple(lexicons))
    return data
