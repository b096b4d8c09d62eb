"""Proposal: is a sentence a plan or proposal (forward), and does it name who, by when, how
much or through what (actionable)? Read across sentences: headings and list lead-ins turn the
items after them into proposals."""

from __future__ import annotations

import re

from ..segment import Document, Sentence
from .core import NARRATED, SentenceSignals, _tokens_within

READS = ('facts', 'numbers', 'boilerplate', 'weak')
ASSIGNS = ('forward', 'declared', 'actionable')


def judge(vocab, document: Document, body: list[Sentence], result: dict) -> None:
    """Proposals: a forward-looking token; anything under a 建议/下一步 heading; and the
    list items (一是…、（一）…) that follow a lead-in such as "建议从以下几个方面着力："."""
    marked = forward_paragraphs(vocab, document)
    in_list = False
    declaring = None  # the paragraph a declared lead opens (下一步，我们将…。一要…)
    speaking: dict[int, bool] = {}  # sentence index -> someone reported speaking in it (他表示，…。希望…一是要…)
    # headings are not judged, but a heading lead-in ("针对上述情况，提出以下建议：") opens a list
    readable = [s for s in document.sentences if document.paragraphs[s.paragraph].role in ("body", "heading")]
    previous = None  # the sentence before and its signals
    so_far: list[Sentence] = []  # the paragraph's sentences up to this one
    for sentence in readable:
        sig = result.get(sentence.index)
        if sig is None:
            sig = SentenceSignals()  # a heading: it only moves the list state
        if so_far and so_far[-1].paragraph == sentence.paragraph:
            so_far.append(sentence)
        else:
            so_far = [sentence]
        own = _forward_words(vocab, document, sentence)
        lead = vocab.patterns["proposal_lead"].search(sentence.text)
        starts_paragraph = sentence.start == document.paragraphs[sentence.paragraph].start
        # (whether someone was reported speaking earlier in the paragraph, or in this sentence, is
        # asked only of a sentence with a plan word, a few a draft)
        if own and any(_reported(vocab, earlier, speaking) for earlier in so_far) and \
                not _own_plan(vocab, document, sentence):
            # the speaker's requirement carried on (…指出，…。联络站要当好桥梁…), or given in the same
            # sentence (…提出四点希望，一要…): news, not the writer's proposal
            own = False
        if starts_paragraph and in_list and not vocab.patterns["list_item"].search(sentence.text):
            in_list = False  # a plain paragraph ends the list
        # "提出以下建议：一是…" proposes what follows the colon, in this sentence and the list after it
        proposes_after_colon = bool(lead) and len(sentence.text) - lead.end() > 4
        # a marked proposal run on after a semicolon (某代表建议，对发达地区…；对欠发达地区，优先…。): the same
        # list (set 118: the second half of a deputy's proposal was read as a claim of what was done); not
        # an agenda's items after a plan word (…拟开工、在建项目推进情况；…排名情况。), which propose nothing
        carried = previous is not None and previous[1].forward and previous[0].paragraph == sentence.paragraph \
            and previous[0].text.rstrip().endswith(("；", ";")) and \
            (previous[1].declared or bool(ADVICE_LEAD.search(previous[0].text)))
        # (a cited example is searched for only where it would undo a proposal)
        sig.forward = (own or in_list or carried or proposes_after_colon or sentence.paragraph in marked) and \
            not vocab.patterns["cited_example"].search(sentence.text)
        if (own or lead) and vocab.patterns["lead_in"].search(sentence.text):
            in_list = True
        elif proposes_after_colon and re.search("建议|对策", lead.group()) and \
                vocab.patterns["list_item"].match(sentence.text[lead.end():].lstrip()):
            # "对此建议：一是…。" opens the list its first item begins (二是… follow); not a leader's
            # requirements reported (部长提出三点要求：一是…), which are news, not the writer's proposals
            in_list = True
        if sig.forward:
            sig.actionable = _actionable(vocab, document.text[sentence.start:sentence.end], sig)
            # marked as the writer's proposal: a lead (建议…、下一步，…), a 对策 section or list, or the
            # paragraph such a lead opens; a bare 要/将 in a narrative may be a rule, a cause or a quote
            declares = bool(vocab.patterns["declared_lead"].search(sentence.text))
            if starts_paragraph and declares:
                declaring = sentence.paragraph
            sig.declared = declares or in_list or proposes_after_colon or sentence.paragraph in marked or \
                sentence.paragraph == declaring or carried
        previous = (sentence, sig)


BOOK_TITLE = re.compile(r"《[^》\n]{0,60}》")
ADVICE_LEAD = re.compile(r"建议[，,：:]")  # someone's advice opening its list (王某某建议，对…；对…)
QUOTED = re.compile(r"“[^”\n]*”|^“[^”\n]*$|^[^“\n]*”")  # closed, or opened or closed by another sentence


def _reported(vocab, sentence: Sentence, found: dict[int, bool]) -> bool:
    """Someone reported speaking in the sentence (rules/signals.yaml reported_speech), searched
    once: in news the sentences after it in the paragraph carry on the speaker's words."""
    if sentence.index not in found:
        found[sentence.index] = bool(vocab.patterns["reported_speech"].search(sentence.text))
    return found[sentence.index]


def _forward_words(vocab, document: Document, sentence: Sentence) -> bool:
    words = _tokens_within(document, sentence)
    if vocab.forward_tokens.isdisjoint(words) and "将" not in words:
        # no plan word and no 将 (most sentences): only a start date ahead (9月起) can make it a plan
        # (the title and quotation checks of _plan_words only take words away)
        return bool(vocab.patterns["future_start"].search(sentence.text)) and not NARRATED.search(sentence.text) and \
            _not_otherwise(vocab, sentence)
    return _plan_words(vocab, sentence, set(words))


def _plan_words(vocab, sentence: Sentence, tokens: set[str]) -> bool:
    """_forward_words read in full, from the sentence's tokens."""
    if "《" in sentence.text:  # 《…对策研究》 names a report; its words propose nothing
        outside = BOOK_TITLE.sub("", sentence.text)
        tokens = {token for token in tokens if token in outside}
    if ("“" in sentence.text or "”" in sentence.text) and not vocab.patterns["advice_reported"].search(sentence.text):
        # someone's words (“今后我会把这块牌子擦得更亮”) or a slogan (“要我干”变“我要干”): not the
        # writer's plan; an expert's or an interviewee's advice stays the piece's (advice_reported)
        outside = QUOTED.sub("", sentence.text)
        tokens = {token for token in tokens if token in outside}
    if vocab.forward_tokens.intersection(tokens) and vocab.patterns["forward_idle"].search(sentence.text):
        # 有计划地安排、“百名干部培训计划”、统筹考虑: the word names a plan or a manner, proposes nothing
        outside = vocab.patterns["forward_idle"].sub("", sentence.text)
        tokens = {token for token in tokens if token not in vocab.forward_tokens or token in outside}
    # 将 as "will" or a start date ahead (9月起); a sentence that narrates what was done (先后、已经) plans nothing
    future = (("将" in tokens and bool(vocab.future_jiang.search(sentence.text))) or
              bool(vocab.patterns["future_start"].search(sentence.text))) and not NARRATED.search(sentence.text)
    if not (future or vocab.forward_tokens.intersection(tokens)):
        return False
    return _not_otherwise(vocab, sentence)


def _not_otherwise(vocab, sentence: Sentence) -> bool:
    """The plan words are not used otherwise (rules/signals.yaml forward_not: 拟提拔, 建议23条),
    or the sentence opens as a proposal, or reports an expert's advice."""
    return not vocab.patterns["forward_not"].search(sentence.text) or \
        bool(re.search(r"^(?:建议|下一步|今后)", sentence.text)) or \
        bool(vocab.patterns["advice_reported"].search(sentence.text))  # 专家认为，…应…: the piece's proposal


def _own_plan(vocab, document: Document, sentence: Sentence) -> bool:
    """A plan word (计划、拟、下一步) or a lead the writer opens (下一步，…): the unit's plan told as
    news, which stays a plan even in a paragraph that reports a speaker."""
    return bool(vocab.plan_tokens.intersection(_tokens_within(document, sentence))) or \
        bool(vocab.patterns["declared_lead"].search(sentence.text))


def forward_paragraphs(vocab, document: Document) -> set[int]:
    """A paragraph opening with 建议/下一步; a short heading like "建议：" covers the rest."""
    heading = vocab.patterns["forward_heading"]
    marked: set[int] = set()
    for paragraph in document.paragraphs:
        if paragraph.is_title or not heading.search(paragraph.text):
            continue
        marked.add(paragraph.index)
        if len(paragraph.text) <= 20 or paragraph.text.endswith(("：", ":")):
            marked.update(range(paragraph.index, len(document.paragraphs)))
    return marked


def _actionable(vocab, sentence_text: str, sig: SentenceSignals) -> bool:
    """Who, by when, how much, through what: a usable proposal names at least two."""
    has_actor = bool(vocab.patterns["actor"].search(sentence_text))
    markers = has_actor + sum(bool(vocab.patterns[name].search(sentence_text)) for name in ("deadline", "instrument"))
    markers += bool(sig.numbers)
    slogans = sig.weak + sig.boilerplate
    if has_actor and not slogans and not vocab.patterns["vague_verb"].search(sentence_text) and \
            vocab.patterns["assignment"].search(sentence_text):
        return True  # 由区委社会工作部牵头，会同区大数据中心清理网格系统: who is assigned, and a plain action
    return markers >= (3 if slogans >= 2 else 2)
