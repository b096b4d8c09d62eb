"""Sentence-level judgements, one module per judgement, run in a declared order.

    facts -> style -> problem -> effect      (per sentence)
    proposal -> analysis                     (across sentences)

Each module declares what it READS and what it ASSIGNS on SentenceSignals; the order below is
checked when this package is imported, so a judgement can never read what has not been
assigned yet. Words and thresholds live in rules/signals.yaml; the terms are defined in
GLOSSARY.md beside this file.
"""

from __future__ import annotations

import copy
import re
from typing import Any

try:  # compiled with mypyc: SignalSet stays a regular class (for_document copies it; its methods are compiled)
    from mypy_extensions import mypyc_attr
except ImportError:  # pure Python without mypy_extensions: the decorator does nothing
    def mypyc_attr(*args, **kwargs):  # type: ignore[misc, no-redef]
        return lambda cls: cls
from dataclasses import replace

from ..lexicon import (LITERALS, GatedEntries, TermMatcher, as_subword, bare, compile_terms, first_char_skip, needs_literal,
                       required_literals, term_matcher)
from ..segment import Document, Sentence
from . import analysis, effect, facts, problem, proposal, style
from .core import (ELEMENTS, EVIDENCE_CUES, EVIDENCED, NUMBER, PERCENT, SCANNED, RegexScanner, future_jiang,
                   SentenceSignals, Signals, _Hits, element_holds)

__all__ = ["ELEMENTS", "EVIDENCE_CUES", "EVIDENCED", "SentenceSignals", "SignalSet", "Signals", "element_holds"]

# vocabularies of many regex entries of which a sentence holds the strings of few, searched by
# those entries first (lexicon.GatedEntries); measured one by one, only forward_not (72 entries,
# some 30 µs a search as one alternation) gains: the others cost more to gate than to search
GATED = frozenset({"forward_not"})

PER_SENTENCE = (facts, style, problem, effect)
ACROSS_SENTENCES = (proposal, analysis)
ORDER = PER_SENTENCE + ACROSS_SENTENCES


def check_order(order=ORDER) -> None:
    """Every judgement reads only what an earlier one assigned."""
    assigned: set[str] = set()
    for judgement in order:
        missing = set(judgement.READS) - assigned
        if missing:
            raise RuntimeError(f"{judgement.__name__} reads {sorted(missing)} before any judgement assigns it")
        assigned |= set(judgement.ASSIGNS)


check_order()


@mypyc_attr(native_class=False)
class SignalSet:
    """The compiled vocabularies of rules/signals.yaml plus the lexicons they lean on."""

    def __init__(self, spec: dict, lexicons: dict):
        self.patterns = {name: self._compile(name, entry, lexicons) for name, entry in spec.items()
                         if name not in SCANNED}
        self.place_stop = set(spec.get("place", {}).get("stop", ()))
        self.place_common_words = frozenset(spec.get("place", {}).get("common_words", ()))
        self.organization_stop = tuple(spec.get("organization", {}).get("stop", ()))
        self.organization_stop_width = max(map(len, self.organization_stop), default=0)
        self.surnames = frozenset(spec.get("surname", {}).get("terms", ()))
        # one surname character (facts._recurring_names looks for the tokens that open with one)
        single = "".join(sorted(re.escape(name) for name in self.surnames if len(name) == 1))
        self.surname_char = re.compile(f"[{single}]" if single else "(?!)")
        self.forward_tokens = set(spec["forward_token"]["terms"])
        self.plan_tokens = frozenset(spec["own_plan"]["terms"])
        self.future_jiang = future_jiang(*(compile_terms(*self._vocabulary(spec[name], lexicons), where=name).pattern
                                           for name in ("jiang_not_will", "jiang_object_verb")))
        # a figure pasted from a PDF or a web page often has a space before its measure word (共推动63 个
        # 项目、增收93 万元): the space belongs to the number's span, so the measure still follows it
        measure = self.patterns["measure"].pattern
        self.number = first_char_skip(re.compile(NUMBER + "(?:(?<=\\d)[ \u00a0](?=" + measure + ")|(?=" + measure + "))"))
        self.scanners: dict[str, Any] = {name: self._matcher(spec[name], lexicons) for name in SCANNED}
        self.scanners["boilerplate"] = lexicons["boilerplate"].matcher()
        self.scanners["policy"] = lexicons["policy_formulations"].matcher()
        self.scanners["weak"] = lexicons["weak_countermeasure"].matcher()
        self.scanners["hero"] = lexicons["hero_cliches"].matcher()  # a stock line is no quotation
        self.scanners["number"] = RegexScanner(self.number)
        self.scanners["percent"] = RegexScanner(PERCENT)
        # per pattern, sets of literals (ids in LITERALS) such that every match holds one of each
        self._gates = {name: gates for name, pattern in self.patterns.items() if (gates := _literal_gates(pattern))}

    def for_document(self, document: Document) -> "SignalSet":
        """This set with the patterns that cannot match anywhere in the document replaced by
        Absent: every match holds one of a set of strings of which the text's one literal pass
        found none. The judgements search sentences, clauses and stretches of this text only,
        none of which can hold a match then, and most patterns are searched in every sentence."""
        present = document.literal_hits().present
        absent = [name for name, gates in self._gates.items() if any(map(present.isdisjoint, gates))]
        if not absent:
            return self
        view = copy.copy(self)
        view.patterns = self.patterns | {name: Absent(self.patterns[name]) for name in absent}  # type: ignore[operator]  # an Absent searches like a Pattern
        return view

    @staticmethod
    def _vocabulary(entry: dict, lexicons: dict) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """An entry's own terms and patterns, plus those of a lexicon file it names."""
        terms, patterns = list(entry.get("terms", ())), list(entry.get("patterns", ()))
        if "lexicon" in entry:
            lexicon = lexicons[entry["lexicon"]]
            terms += lexicon.literals
            patterns += lexicon.patterns
        return tuple(terms), tuple(patterns)

    def _compile(self, name: str, entry: dict, lexicons: dict) -> Any:
        """The vocabulary as one pattern; searched sentence by sentence, it skips to the
        characters a match can begin with where `re` would not (lexicon.first_char_skip), and is
        not run on a sentence without a string every match needs, where a few are enough to
        tell (lexicon.needs_literal)."""
        terms, patterns = self._vocabulary(entry, lexicons)
        compiled = needs_literal(first_char_skip(compile_terms(terms, patterns, where=name)))
        if name in GATED and not terms:
            return GatedEntries(compiled, tuple(map(bare, patterns)))
        return compiled

    def _matcher(self, entry: dict, lexicons: dict) -> TermMatcher:
        terms, patterns = self._vocabulary(entry, lexicons)
        if entry.get("subword"):  # suffix patterns (…县、…党委、王…书记) match inside tokens
            terms, patterns = as_subword(terms), as_subword(patterns)
        return term_matcher(terms + tuple(entry.get("whole_terms", ())), patterns)

    def analyse(self, document: Document) -> Signals:
        return self.for_document(document)._analyse(document)

    def _analyse(self, document: Document) -> Signals:
        found = {name: document.scan(m) for name, m in self.scanners.items()}
        found["place"] = facts.place_names(document, found["place"], self.place_common_words)
        named = facts.named_people(self, document, found["person"])
        if named:
            found["person"] = sorted(set(found["person"]) | set(named))
        hits = _Hits(document, found)
        result = self._table_facts(document, hits)
        body = document.body_sentences()
        result |= {s.index: self._sentence(document, s, hits) for s in body if s.index not in result}
        listed = problem.problem_paragraphs(self, document, hits)
        admissions: set[int] = set()  # "显现出一些不足。" whose list names them
        for position, sentence in enumerate(body):
            sig = result[sentence.index]
            if sig.problem or sig.vague_problem:
                continue
            admission = problem.after_admission(body, position, result)
            if sentence.paragraph in listed or problem.pinned_by_next(body, position, result) or \
                    problem.pinned_by_previous(body, position, result) or admission is not None:
                problem.judge(self, document.text, sentence, hits.within(sentence), sig, listed=True)
                if sig.problem and admission is not None:
                    admissions.add(admission)
        for index in admissions:
            result[index].vague_problem = False
        section = frozenset(problem.problem_paragraphs(self, document, hits, problem.PROBLEM_HEADINGS,
                                                              list_leads=False))
        if not any(result[s.index].problem for s in body if s.paragraph in section):
            section = frozenset()  # a section that names no problem: its 存在一些问题 stays a token admission
        for sentence in body:
            if sentence.paragraph in section:
                result[sentence.index].vague_problem = False  # "…也存在一些问题。" then the list
        problem.ground(body, result)
        proposal.judge(self, document, body, result)
        analysis.judge(self, document, body, result, hits)
        title = [s for s in document.sentences if document.paragraphs[s.paragraph].is_title]
        title_signals = self._sentence(document, title[0], hits) if title else SentenceSignals()
        return Signals(document, result, title_signals, hits=hits, signal_set=self, problem_section=section)

    def _table_facts(self, document: Document, hits: _Hits) -> dict[int, SentenceSignals]:
        """A table row (role "table") is body when it states a quantity (一线挂职锻炼 45人) or a
        fact; a header row, or a row of bare figures whose units stand in the header, is data
        the sentence judgements cannot read, and neither counts for nor against the draft."""
        found: dict[int, SentenceSignals] = {}
        for sentence in document.sentences:
            paragraph = document.paragraphs[sentence.paragraph]
            if paragraph.role != "table":
                continue
            sig = self._sentence(document, sentence, hits)
            if sig.numbers or sig.specific:
                document.paragraphs[paragraph.index] = replace(paragraph, role="body")
                found[sentence.index] = sig
        return found

    def _sentence(self, document: Document, sentence: Sentence, hits: _Hits) -> SentenceSignals:
        sig = SentenceSignals()
        text = document.text
        within = hits.within(sentence)
        facts.judge(self, text, sentence, within, sig)
        style.judge(self, text, sentence, within, sig)
        problem.judge(self, text, sentence, within, sig)
        problem.story(self, text, sentence, within, sig)
        sig.effect = effect.judge(self, text, sentence, within("change"), sig)
        return sig

    def forward_paragraphs(self, document: Document) -> set[int]:
        return proposal.forward_paragraphs(self, document)


def _literal_gates(pattern) -> tuple[frozenset[int], ...]:
    """The sets of strings of two or more characters one of each of which every match of the
    pattern holds (lexicon.required_literals), as their ids in LITERALS: the one literal pass
    over a text then tells which patterns cannot match in it (SignalSet.for_document). (Sets
    with single characters are left out, as the literal pass leaves them out: looking for
    them cost more than it saved.)"""
    if pattern.flags & re.IGNORECASE:
        return ()
    return tuple(LITERALS.register(one) for one in required_literals(pattern.pattern) or () if min(map(len, one)) >= 2)


class Absent:
    """A pattern known to have no match in the text it is searched in (SignalSet.for_document):
    finds nothing without running; its other attributes are the pattern's."""

    def __init__(self, pattern):
        self._pattern = pattern
        self.pattern, self.flags, self.groups, self.groupindex = pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex

    def search(self, string, pos=0, endpos=None):
        return None

    def match(self, string, pos=0, endpos=None):  # (not `match = search`: mypyc takes a class-level
        return None  # assignment for an instance attribute's default)

    def fullmatch(self, string, pos=0, endpos=None):
        return None

    def finditer(self, string, pos=0, endpos=None):
        return iter(())

    def findall(self, string, pos=0, endpos=None):
        return []

    def sub(self, repl, string, count=0):
        return string

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._pattern, name)
