"""Problem: does a sentence state a concrete problem? Strong cues stand on their own; evaluative
ones (不够、薄弱) need a fact to pin them down; a cue in a solved-it clause (解决了…问题) or
a vague formula (存在一些不足) is no problem; two figures set against each other are."""

from __future__ import annotations

import re
from itertools import takewhile

from ..segment import Sentence
from .core import (CLAUSE_BREAK, DISPARITY, NEGATORS, PERCENT, PROVERB_LEAD, SentenceSignals, _clauses, _inside,
                   _overlaps, _question_form, may_have_percent)

BOOK_TITLE = re.compile(r"《[^》\n]{1,80}》")

READS = ('facts', 'boilerplate')
ASSIGNS = ('problem', 'vague_problem', 'grounded_problem', 'stock_problem', 'addressed', 'setback')


def judge(vocab, text: str, sentence: Sentence, within, sig: SentenceSignals, listed: bool = False) -> None:
    """`listed`: the sentence stands under a heading that announces problems (二、存在的问题): an
    evaluative cue there states a problem found even without a figure (一是措施不硬)."""
    vague = within("problem_vague")
    if vague and not sig.specific:
        # (or an evaluative cue: 仍面临诸多挑战：会员间联系不够紧密，…: set 118, both readers saw problems named)
        if _announces(text, sentence, vague, [*within("problem_strong"), *within("problem_evaluative")]):
            vague, listed = [], True  # 仍存在不少问题：年轻人偏少，……: the colon opens the list of them
        else:
            # "还存在一些薄弱环节，个别地方重视程度不够": a token admission, however many cue words
            sig.vague_problem = True
            return
    if _disparity(vocab, sentence, sig):
        sig.problem = True  # 占35%，而担任中层以上职务的比例达71%: the figures state the problem
        return
    strong_hits = within("problem_strong")
    # "激励机制不够健全" is a stock complaint until a fact pins it down, or instances that show it
    # (looked for only where a weaker cue stands: most sentences have none)
    pinned = sig.specific or listed or \
        bool(within("problem_evaluative") or within("problem_generic")) and _instanced(text, sentence)
    evaluative = within("problem_evaluative") if pinned else []
    generic = within("problem_generic") if pinned else []
    if not (strong_hits or evaluative or generic):
        sig.vague_problem = bool(vague)  # no cue at all (most sentences): nothing to read clause by clause
        return
    for clause_start, clause_end in _clauses(sentence):
        clause = text[clause_start:clause_end]
        strong = _cues(strong_hits, vague, text, clause_start, clause_end)
        weaker = _cues(evaluative, vague, text, clause_start, clause_end)
        weaker += _inside(generic, clause_start, clause_end)
        cues = sorted(strong + weaker)
        if not cues or ("只有" in clause and "才" in text[clause_start:sentence.end]):
            continue
        if _solved(vocab, text[clause_start:cues[0][0]]) or vocab.patterns["improved"].search(clause):
            continue  # 解决了…问题 / 从不足四成提高到86%: the shortfall is what was overcome
        if PROVERB_LEAD.search(text[sentence.start:cues[0][0]]):
            continue  # 常言道：“干部不愿带头干……”: a saying quoted, not a problem found
        if vocab.patterns["hypothetical"].search(text[sentence.start:cues[0][0]]) or \
                vocab.patterns["prohibition"].search(clause) or vocab.patterns["whenever"].search(clause.strip()):
            continue  # 如果不学习，就会跟不上 / 绝不能成为…: a warning, not a problem found
        if _named_document(text, sentence, cues) or vocab.patterns["criterion"].search(clause):
            continue  # 《…形式主义…通知》 names a document; 对考核靠后的干部一律约谈: whom a rule acts on
        if not pinned and vocab.patterns["felt_shortfall"].search(clause.lstrip()):
            continue  # 总感觉自己本领跟不上: the writer's own feeling, a problem once a fact pins it down
        if _in_lead(vocab, text, sentence, cues):
            continue  # 针对办事群众排长队、停车难等问题，…: the problem a practice answers (addressed)
        if _maxim(vocab, text, sentence, clause, clause_end):
            continue  # 支部不强，发展就没有主心骨: a saying, not a problem found
        if _then_and_now(vocab, text, sentence, cues[0][0], clause_end):
            continue  # 以前到村里办事找不着人，现在…: the trouble of then, told to show the change
        sig.problem = True
        sig.stock_problem = listed and not strong and not sig.specific
        return
    sig.vague_problem = bool(vague)


# How far an addressed_lead may stand from its addressed_noun: a list of a few short problems
ADDRESSED_SPAN = 45
# Cues that in such a lead are a category, not a problem named (解决群众反映强烈的各类问题、解决软弱涣散问题)
ADDRESSED_STOCK = frozenset(("反映强烈", "软弱", "涣散", "形式主义", "官僚主义"))
# Nouns that say by themselves that what they close is wrong (…等陈规陋习、…等乱象)
ILL_NOUNS = ("陋习", "乱象", "歪风", "不正之风", "顽疾", "弊端")
# Where one named problem of a list begins: 针对…、…等问题, quoted items (“用餐难、用电难”)
ITEM_START = "、“”‘’「」"
# 针对这一习俗，…、针对这种情况，…: the practice answers what the sentence before it told
ADDRESSED_BACK = re.compile(r"针对(?:这一|这种|这些|这个|此种?|上述)[\u4e00-\u9fa5]{0,4}[，,]")


def addressed(vocab, text: str, sentence: Sentence, within) -> bool:
    """The sentence names the problem a practice answers, in a lead that frames it as solved
    (针对村部用房面积狭小、设备不全的问题，…; 着力解决入党程序错乱、档案管理混乱等问题): a cue
    with something it is said of before it (场所面积|狭小, 档案管理|混乱). A solved-it clause is no
    problem found (解决了群众急难愁盼问题 is none at all), but an experience item that says which
    problem it tackles has answered "why was this done" (ZG201)."""
    lead_pattern = vocab.patterns["addressed_lead"]
    if not lead_pattern.search(text, sentence.start, sentence.end):
        return False
    if sentence.start > 0 and text[sentence.start - 1] != "\n" and ADDRESSED_BACK.search(text, sentence.start, sentence.end):
        return True  # (set 59: readers saw the reason given in the sentence before, 群众农闲爱聚在街头)
    vague = within("problem_vague")  # 存在的一些不足 admits, names nothing
    cues = [hit for hit in (*within("problem_strong"), *within("problem_evaluative"))
            if text[hit[0]:hit[1]] not in ADDRESSED_STOCK and not _overlaps(hit, vague)]
    for lead in lead_pattern.finditer(text, sentence.start, sentence.end):
        start = lead.end()
        noun = vocab.patterns["addressed_noun"].search(text, start, min(sentence.end, start + ADDRESSED_SPAN))
        if noun is None or CLAUSE_BREAK.search(text, start, noun.start()):
            continue
        end = noun.start()
        if noun.group().endswith(ILL_NOUNS) and end - start >= 2:
            return True  # 针对天价彩礼、铺张办席等陈规陋习: the noun itself says what is wrong (set 64)
        found = [hit for hit in cues if start <= hit[0] and hit[1] <= end]
        found += [match.span() for match in vocab.patterns["addressed_cue"].finditer(text, start, end)]
        if any(_said_of_something(text, start, cue) for cue, _ in found):
            return True
    return False


def story(vocab, text: str, sentence: Sentence, within, sig: SentenceSignals) -> None:
    """What a practice or a story says stood in the way, besides a problem found: the problem a
    practice answers (`addressed`) and a setback someone met (`setback`: 吃了闭门羹、回家哭了)."""
    sig.addressed = addressed(vocab, text, sentence, within) or _then_against_now(vocab, text, sentence)
    sig.setback = bool(vocab.patterns["setback"].search(sentence.text))


# the words rules/signals.yaml `now_after` opens a later clause with (现在、如今、两年多来…)
NOW_WORDS = re.compile("现在|如今|而今|眼下|这下|年多?来")


def _then_against_now(vocab, text: str, sentence: Sentence) -> bool:
    """How things were, set against how they are since the practice (以前办一件事要跑好几个部门，现在
    一个窗口就办完了): the trouble the practice answers, told by the people it served (audit 85: an
    experience item was asked what problem it answers after a villager said so)."""
    if not NOW_WORDS.search(text, sentence.start, sentence.end):
        return False  # (most sentences: no now to set a then against; skips the clause split)
    clauses = _clauses(sentence)
    if len(clauses) < 2:
        return False
    first_start, first_end = clauses[0]
    return bool(vocab.patterns["then_lead"].search(text, first_start, first_end)) and \
        _now_follows(vocab, text, sentence, first_end)


def _said_of_something(text: str, start: int, cue: int) -> bool:
    """At least two characters of its own list item stand before the cue, and the cue follows
    what it is said of (功能|不全, 管理|混乱), not a bare 形式主义 nor the 一些不足、存在的不足 of
    a token admission."""
    item = max(start, *(text.rfind(mark, start, cue) + 1 for mark in ITEM_START))
    return cue - item >= 2 and text[cue - 1] not in "的些在种多有"


# a shortfall followed by its instances: 存在台账登记不够规范的问题，如：日志只写姓名、…; or by where it
# shows (缺乏存在感，则体现在全年未办一次影展: set 167, a society's summary, both readers saw the shortfall)
INSTANCE_LEAD = re.compile(r"(?:问题|现象|情况|不足|不够[\u4e00-\u9fa5]{1,3}|不[\u4e00-\u9fa5]{1,2}|(?:缺乏|缺少|欠缺)[\u4e00-\u9fa5]{1,6})"
                           r"[，,]?\s*(?:如[：:]|比如|例如|譬如|(?:则|就|主要|具体)?(?:体现在|表现在|表现为))")
# how many characters of instances must follow the lead
INSTANCE_SPAN = 6


def _instanced(text: str, sentence: Sentence) -> bool:
    """The sentence names a shortfall and goes on to give its instances (…不够规范的问题，如：交接
    记录只写姓名、来电内容没登记): what it finds is shown, not only asserted (set 162, an inspection's
    findings read as empty words, 部分…、少数…、个别… with no figure)."""
    lead = INSTANCE_LEAD.search(text, sentence.start, sentence.end)
    return lead is not None and sentence.end - lead.end() >= INSTANCE_SPAN


# the rules/signals.yaml entries of a heading that announces problems: with its topic before it
# (一、村务公开工作存在的问题) or without (二、存在的问题)
PROBLEM_HEADINGS = ("problem_heading", "problem_heading_topic")


# a numbered item of a list (1.…、（二）…、三是…)
LIST_ITEM = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[一二三四五六七八九十]是)")


def problem_paragraphs(vocab, document, hits, headings=("problem_heading",), list_leads: bool = True) -> set[int]:
    """Paragraphs under a heading that announces problems (存在的问题、问题和不足: the vocabularies
    `headings` of rules/signals.yaml), or that states one itself (（一）村务公开执行不到位、
    （二）后备力量青黄不接), up to the next heading; the heading's own paragraph too when it
    announces them and goes on (存在的问题：一是…); a heading that states a problem is not thereby
    one itself (（三）监督合力尚未有效形成 is a stock line). `list_leads`: also the numbered paragraphs
    after a paragraph that ends by announcing them (…暴露出两个难点：, rules/signals.yaml problem_list_lead)."""
    patterns = [vocab.patterns[name] for name in headings]
    marked: set[int] = set()
    inside = False
    listing = False  # after a paragraph that ends by announcing its problems (暴露出两大痛点：)
    for paragraph in document.paragraphs:
        if paragraph.is_title:
            continue
        if listing:
            listing = bool(LIST_ITEM.match(paragraph.text))
            if listing:
                marked.add(paragraph.index)
                continue
        if list_leads and vocab.patterns["problem_list_lead"].search(paragraph.text):
            listing = True  # the numbered paragraphs after it are its items
        announces = any(pattern.search(paragraph.text) for pattern in patterns)
        if paragraph.role == "heading" or announces:
            inside = announces or (paragraph.role == "heading" and _states_problem(vocab, document, paragraph, hits))
            if inside and not announces:
                continue
        if inside:
            marked.add(paragraph.index)
    return marked


def _states_problem(vocab, document, paragraph, hits) -> bool:
    """A heading read as a problem statement: its evaluative cues count as stated (a heading
    names the problem the paragraphs under it bear out); solved-it, vague and bare problem-noun
    ones do not."""
    first = document.sentence_at(paragraph.start).index  # its sentences are contiguous from here
    for sentence in takewhile(lambda s: s.paragraph == paragraph.index, document.sentences[first:]):
        sig = SentenceSignals()
        judge(vocab, document.text, sentence, without_generic(hits.within(sentence)), sig, listed=True)
        if sig.problem:
            return True
    return False


def ground(body: list[Sentence], result: dict[int, SentenceSignals]) -> None:
    """A problem is grounded when its own sentence or another in its paragraph gives a fact
    (a figure, a share, a case, a quotation, a named person somewhere): 一些村干部不愿坐班 with
    东山村6名村干部中有4人… beside it; the same complaint with nothing beside it could be
    written about any county (problem and research items with no grounded problem: ZG511)."""
    factual = {s.paragraph for s in body if result[s.index].specific}
    for sentence in body:
        sig = result[sentence.index]
        sig.grounded_problem = sig.problem and (sig.specific or sentence.paragraph in factual)


def without_generic(within):
    """A heading's problem nouns (当前…中存在的主要问题) name a topic, the section's, not a problem
    (problem_heading decides whether it announces one)."""
    return lambda name: [] if name == "problem_generic" else within(name)


# what follows a vague formula and says which shortfalls it means (…还有提升空间，集中体现为…)
SHOWN_AS = re.compile(r"[，,]?\s*(?:集中|主要|具体|突出)?(?:体现|表现)(?:为|在)[：:]?")


def _announces(text: str, sentence: Sentence, vague, strong) -> bool:
    """A vague formula that a colon closes and a strong cue follows (存在不少问题：……偏少) names
    the problems it admits, in the same sentence; so does one that goes on to say what it shows as
    (…提升空间，集中体现为…不足、…不强: set 128, both readers saw three problems named)."""
    end = max(stop for _, stop in vague)
    if text[end:end + 1] not in "：:":
        shown = SHOWN_AS.match(text, end)
        if shown is None:
            return False
        end = shown.end()
    return any(start >= end for start, _ in strong)


LIST_CLOSE = ("；", ";")  # how an item of a list of problems ends


def after_admission(body: list[Sentence], position: int, result: dict[int, SentenceSignals]) -> int | None:
    """The token admission (its sentence index) whose list the sentence is an item of, in its
    paragraph (显现出一些不足。阵地投入不足；人员短缺，…；活动吸引力不强，…。): the
    admission announces the problems and the ；-closed items name them, as under a problem heading."""
    sentence = body[position]
    for earlier in range(position - 1, -1, -1):
        before = body[earlier]
        if before.paragraph != sentence.paragraph:
            return None
        if result[before.index].vague_problem:
            listed = earlier < position - 1 or sentence.text.rstrip().endswith(LIST_CLOSE)
            return before.index if listed else None
        if not before.text.rstrip().endswith(LIST_CLOSE):
            return None
    return None


def pinned_by_next(body: list[Sentence], position: int, result: dict[int, SentenceSignals]) -> bool:
    """The next sentence of the same paragraph gives the figures (问题比较突出。342个村中有228个…，
    占66.9%): a judgement named first and then pinned down by a count or a share."""
    if position + 1 >= len(body):
        return False
    sentence, following = body[position], body[position + 1]
    facts = result[following.index].facts
    return following.paragraph == sentence.paragraph and not facts.isdisjoint(("outcome", "percent"))


# a sentence that sums up the shortfalls it lists (存在素质较低、老龄化严重、待遇低下等问题)
SUMS_UP = re.compile(r"等[^，,。；;！？]{0,4}(?:问题|不足|短板|困难)")


def pinned_by_previous(body: list[Sentence], position: int, result: dict[int, SentenceSignals]) -> bool:
    """The sentence before it in the paragraph gave the figures, and this one sums them up as a list
    of shortfalls (40-60岁的占90%…。存在素质较低、老龄化严重、待遇低下等问题): the judgements are
    pinned by the counts just given (audit 84: a research item's problems read as none)."""
    if position == 0 or not SUMS_UP.search(body[position].text):
        return False
    sentence, before = body[position], body[position - 1]
    return before.paragraph == sentence.paragraph and not result[before.index].facts.isdisjoint(("outcome", "percent"))


def _in_lead(vocab, text: str, sentence: Sentence, cues: list[tuple[int, int]]) -> bool:
    """Every cue of the clause stands in the lead of the problem a practice answers (针对…等问题、
    聚焦…的难题, up to the noun that closes it): what the practice set out to solve, which
    `addressed` records, not a problem the writer found still standing."""
    spans = []
    for lead in vocab.patterns["addressed_lead"].finditer(text, sentence.start, sentence.end):
        start = lead.end()
        noun = vocab.patterns["addressed_noun"].search(text, start, min(sentence.end, start + ADDRESSED_SPAN))
        if noun is not None and not CLAUSE_BREAK.search(text, start, noun.start()):
            spans.append((start, noun.start()))
    return bool(spans) and all(any(a <= cue_start and cue_end <= b for a, b in spans) for cue_start, cue_end in cues)


# Who or how many a problem is said of (部分村、有的干部、3名): a clause with one states a finding
QUANTIFIED = re.compile(r"部分|一些|有的|个别|不少|许多|很多|多数|少数|大多|普遍|\d|[一二两三四五六七八九十几]+[个名户人家位所]")


def _maxim(vocab, text: str, sentence: Sentence, clause: str, clause_end: int) -> bool:
    """A short clause with no one and no number in it (党组织不强) and the next clause telling what
    then follows (发展就没有主心骨): a saying about how things go, not a shortfall found."""
    if len(clause.strip()) > 8 or QUANTIFIED.search(clause):
        return False
    following = [(start, end) for start, end in _clauses(sentence) if start >= clause_end]
    return bool(following) and bool(vocab.patterns["maxim_then"].search(text[following[0][0]:following[0][1]]))


def _then_and_now(vocab, text: str, sentence: Sentence, cue: int, clause_end: int) -> bool:
    """The cue belongs to a time gone by (以前、三年前、没…前 before it) and a later clause of the
    sentence opens on the present (现在、如今、两年多来), not on the trouble again (现在又…、如今仍…)."""
    return bool(vocab.patterns["then_lead"].search(text, sentence.start, cue)) and \
        _now_follows(vocab, text, sentence, clause_end)


def _now_follows(vocab, text: str, sentence: Sentence, after: int) -> bool:
    """A clause of the sentence from `after` on opens on the present (现在、如今、两年多来), not on
    the trouble again (现在又…、如今仍…): rules/signals.yaml `now_after`."""
    now = vocab.patterns["now_after"]
    return any(start >= after and now.search(text[start:end]) for start, end in _clauses(sentence))


def _disparity(vocab, sentence: Sentence, sig: SentenceSignals) -> bool:
    """Two figures set against each other with 而/却/但, not reported as an improvement."""
    text = sentence.text
    figures = len(sig.outcomes) + (len(PERCENT.findall(text)) if may_have_percent(text) else 0)
    return figures >= 2 and bool(DISPARITY.search(text)) and not vocab.patterns["improved"].search(text)


def _cues(hits, vague, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cue hits in a clause, leaving out those inside a vague formula or negated (不流失)."""
    return [h for h in _inside(hits, start, end)
            if not _overlaps(h, vague) and (text[h[0] - 1:h[0]] not in NEGATORS or text[h[0] - 2:h[0]] in AFFIRMED_BEFORE)
            and text[h[0] - 2:h[0]] not in NEGATED_BEFORE and not _question_form(text, h[0])]


# 再也不用发愁了、不必担心: a worry that is over, not a problem; 没有负债、并无欠款: a trouble denied
NEGATED_BEFORE = frozenset(("不用", "不必", "无需", "无须", "用不着", "没有", "并无",
                            # 不敢懈怠、不能松懈: diligence, the reverse of the cue (set 61)
                            "不敢", "不能"))
# 难免力有不逮、不免流于形式: "inevitably", the 免 of which negates nothing (unlike 避免流失)
AFFIRMED_BEFORE = frozenset(("难免", "不免", "未免"))


def _named_document(text: str, sentence: Sentence, cues: list[tuple[int, int]]) -> bool:
    """Every cue lies inside a 《…》 title: the name of a document, not a problem found."""
    titles = [(m.start(), m.end()) for m in BOOK_TITLE.finditer(text, sentence.start, sentence.end)]
    return bool(titles) and all(any(a <= start and end <= b for a, b in titles) for start, end in cues)


def _solved(vocab, clause: str) -> bool:
    """The words before a problem cue report it solved or warned against (解决了…、防止…)."""
    return bool(vocab.patterns["resolution"].search(clause)) and \
        not vocab.patterns["resolution_negated"].search(clause)
