"""Facts in a sentence: quantities (outcome, activity or parameter), dates, named places,
units and persons, quotations and cases. Only outcomes are facts that matter: 召开会议12次 is
activity, 每次不超过1小时 a rule's setting."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..lexicon import first_char_skip
from ..segment import Sentence, segmenter
from .core import PROVERB_LEAD, SentenceSignals, _clause_span, _idiom_number, _overlaps

# the subject of a title or heading, set off: 李秀兰：把家门口的小事办实、王生兵——带领全村…
TITLE_SUBJECT = re.compile(r"([\u4e00-\u9fa5]{2,3})(?:[：:]|——|—)")
# a speaker opening a paragraph of an interview or a panel (冯亚宁：…)
SPEAKER = re.compile(r"([\u4e00-\u9fa5]{2,3})[：:]")
PLACE_ENDS = frozenset("省市县区镇乡村")  # a two- or three-character word ending so names a place (于集乡、马家村), not a person
# a function word jieba kept on the end of an unknown name (涂某与…、颜某和…): the name is the part before it
NAME_NOT_ENDS = frozenset("与和及等在是的了说为把被向对跟同")
# endings of village and hamlet names met bare (王瓜店、冯庄、秦桥、白庙、郝堂、郑场): a recurring word
# so ended is a place, not a person the story never introduced
HAMLET_ENDS = PLACE_ENDS | frozenset("庄店庙堂港桥埠坝湾沟岭坪屯寨铺营集街河场")

READS = ()
COHORT = ("届", "级")
DURATIONS = ("年", "个月", "月", "天", "周")
# a name withheld but there (**市、XX县、×镇、某某乡镇): the writer knows where it happened
# a job title and the surname after it (组织部部长罗建平作报告、记者方晓), even where jieba
# runs the name into the next word and the person judgement cannot see it
TITLED_NAME = re.compile(r"(?:部长|书记|主任|县长|市长|镇长|乡长|区长|村长|记者|通讯员|校长|院长|局长|主席)([\u4e00-\u9fa5])")
# (text pasted from a PDF or a web page may have a space between the mask and the suffix: XX 区)
MASKED_NAME = first_char_skip(re.compile(r"(?:\*{2,}|[XＸ×]{1,3}|(?<![A-Za-z])[xｘ]{2,4}|某某)[ \u00a0]?"
                                         r"(?:省|市|县|区|镇|乡|村|街道|社区|乡镇|公司|单位)"))
# a sentence that only says who spoke the quotation before it (区委书记张伟说。、村民老周笑着说。)
ATTRIBUTION = re.compile(r"[^，。！？；：“”「」,\d]{2,24}(?:说|表示|介绍说?|告诉记者|感慨道|笑着说)[。！]?\s*")
# a place or person given a pseudonym (龙船巷社区（化名）、老李（化名）): named, the name withheld on purpose
PSEUDONYM = re.compile(r"[\u4e00-\u9fa5][（(]化名[）)]")
YEAR = re.compile(r"(?:19|20)\d\d")
# the writer as the one it happened to (我被抽调、我记了一整天), not 我们, 我县、我部 (a place or unit)
NARRATOR = re.compile(r"我(?![们县市区镇乡村省部局委厅校院所处科队国党])")
# a survey's or a study's method in the sentence (问卷、样本、访谈…; 采用座谈、走访等方式) or the opinions
# it gathered (收集7000余人次意见、广泛征求了…的意见建议): the counts in it are a sample, not activities
# reported as results (set 68 and audit 76: both readers judged 只报活动次数 wrong on 共召开座谈会9场、
# 发放问卷1083份 in a research report's method, and on opinions counted before a change they led to)
SURVEY_METHOD = first_char_skip(re.compile(r"问卷|样本|抽样|访谈|受访|课题组|(?:采用|采取|通过)[^。；;]{0,16}(?:座谈|走访|调研|调查)"
                                           r"|(?:收集|征集|征求|听取)了?[^。；;]{0,30}?(?:意见|建议|诉求)"))
ASSIGNS = ('facts', 'numbers', 'outcomes', 'activity_counts', 'scene', 'named', 'locale')
NAMED = frozenset({"place", "org", "person"})  # the facts that name where or who
LOCALE_SUFFIXES = ("社区", "街道", "村", "镇", "乡", "屯", "寨")  # a place a story can happen in
PLACE_WORDS = ("社区", "街道", "小区", "村", "镇", "乡", "县", "市", "区", "组", "合作社", "公司", "集团", "学校", "中学",
               "小学", "医院", "工作室", "驿站", "广场", "公园", "水库", "大桥", "工业园", "园区", "景区")
# common nouns of the place stop list that also end names of districts and cities (鼎城区、禹城市、西山区)
REGION_NOUNS = ("城市", "城区", "山区")
GENERIC_REGION = frozenset("大主老半新小中旧全各本该我外郊近偏")
NUMERALS = frozenset("一二三四五六七八九十百千万两几")
DEMONSTRATIVES = frozenset({"这", "那", "此", "上述", "以上", "前述", "下述", "如下"})  # before a number: a reference back


def judge(vocab, text: str, sentence: Sentence, within, sig: SentenceSignals) -> None:
    dates = within("date")
    slogans = within("slogan_number")
    if dates:
        sig.facts.add("date")
    shares = within("percent")
    if shares:
        sig.facts.add("percent")
    for start, end in within("number"):
        if _overlaps((start, end), dates) or _overlaps((start, end), slogans):
            continue
        number = text[start:end].rstrip(" \u00a0")
        if start > 0 and text[start - 1] == "第":
            continue  # 第一 is an ordinal
        measure = vocab.patterns["measure"].match(text, end)
        measure_text = measure.group(0) if measure else ""
        if _idiom_number(number) and not _rough_count(text, start, measure_text):
            continue  # 十分、千家万户、一批 are not quantities
        if text[max(0, start - 1):start] in DEMONSTRATIVES or text[max(0, start - 2):start] in DEMONSTRATIVES:
            continue  # 这两种制度、上述三个问题: things already named, pointed back at, not counted
        if measure_text in COHORT and YEAR.fullmatch(number):
            continue  # 2023届青干班、2019级: a cohort named by its year, neither a count nor a date of an event
        sig.numbers.append((start, end + len(measure_text)))
        kind = _quantity_kind(vocab, text, sentence, start, end + len(measure_text), measure_text)
        if kind == "activity":
            sig.activity_counts += 1
        else:
            sig.facts.add(kind)
        if kind == "outcome":
            sig.outcomes.append((start, end + len(measure_text)))
    # a share told in tenths (近六成受访干部、七成以上的村) is a figure as 60% is, though no digit
    # stands in it (set 147, both readers: "no figure at all" beside 近六成、近四成)
    for share in shares:
        if not _overlaps(share, sig.numbers):
            sig.numbers.append(share)
    for start, end in within("place"):
        if not _place_stopped(vocab, text, end):
            sig.facts.add("place")
            if _locale(text, end):
                sig.locale = True
                break
    # 乡镇党委、各级党委、村党支部、刚来组织部 name a kind of unit, not one: the characters before
    # the suffix (a named document, 印发了《…意见》, is named whatever stands before it)
    before = vocab.organization_stop_width
    organizations = within("organization")
    if organizations and any(text[start] == "《" or not text[max(0, start - before):start].endswith(vocab.organization_stop)
                             for start, _ in organizations):
        sig.facts.add("org")
    if within("person"):
        sig.facts.add("person")
    quotes = within("quote")
    if quotes and not all(_stock_quote(quote, within, sig.numbers, text) for quote in quotes):
        sig.facts.add("quote")
    if len(sentence.text) <= 32 and ATTRIBUTION.fullmatch(sentence.text):
        sig.facts.clear()  # 镇党委书记李明说。: who said the quotation before it; the facts are in the quotation
        sig.locale = False
    if within("resume"):
        sig.facts -= {"date", "place", "org"}  # 男，汉族，1997年7月入党，现任…: who the person is, not what happened
        sig.locale = False
    if within("case_marker"):
        sig.facts.add("case")
    if "date" in sig.facts and NARRATOR.search(sentence.text):
        sig.facts.add("narrator")  # 那年冬天我跟着考察组下乡: the writer at a moment of the story
    sig.scene = bool(within("scene"))
    sig.named = not sig.facts.isdisjoint(NAMED) or bool(MASKED_NAME.search(sentence.text)) or \
        ("化名" in sentence.text and bool(PSEUDONYM.search(sentence.text))) or \
        any(m.group(1) in vocab.surnames for m in TITLED_NAME.finditer(sentence.text)) or \
        ("percent" in sig.facts and bool(vocab.patterns["surveyed"].search(sentence.text)))
    if within("works"):
        sig.facts.add("works")  # 修好了排水沟: a deed anyone can go and see, specific without a figure
    if vocab.patterns["procedure"].search(sentence.text):
        sig.facts.add("procedure")  # concrete (a step of a practice), not specific
    if ("、" in sentence.text or "《" in sentence.text) and vocab.patterns["inventory"].search(sentence.text):
        sig.facts.add("inventory")  # 设有谈心室、宣泄室、沙盘室: what a practice is made of; concrete, not specific
    if "“" in sentence.text and vocab.patterns["talk_topic"].search(sentence.text):
        sig.facts.add("topic")  # 以“…的几点体会”为题作交流发言: who spoke on what; concrete, not specific
    if "parameter" in sig.facts and vocab.patterns["provision"].search(sentence.text):
        sig.facts.add("rule")  # 《办法》规定，同一职位任职满10年的，一般应当交流: a rule with its number, specific
    if vocab.patterns["contact"].search(sentence.text):
        sig.facts.add("contact")  # 举报电话：…、电子邮箱：…: where to reach someone; concrete, not specific


def _locale(text: str, end: int) -> bool:
    """A village, town or neighbourhood named (白果树村、塔庄镇、海龙村): where a story happens. Not a
    suffix that closes a common word with the character before it (同乡、乡村、城镇)."""
    for suffix in LOCALE_SUFFIXES:
        if text.endswith(suffix, 0, end):
            return not segmenter().is_word(text[end - len(suffix) - 1:end])
    return False


def _place_stopped(vocab, text: str, end: int) -> bool:
    """A place suffix closing a word of the `place` stop list (全县、各乡镇、大城市、贫困山区): a
    kind of place, not one that is named. Not a district's or city's own name that ends like the
    common noun (鼎城区、禹城市、西山区: the dictionary knows them as words), unless its first
    character is a common modifier (主城区、老城区、大城市、半山区)."""
    stop = vocab.place_stop
    if not any(text[end - size:end] in stop for size in (2, 3, 4, 5)):
        return False
    return not (text[end - 2:end] in REGION_NOUNS and text[end - 3] not in GENERIC_REGION
                and segmenter().is_word(text[end - 3:end]))


# a one-character word that leads a place word rather than starting its name (在|沛县 is lost with them;
# 干活的|村民、偏远的|乡村: after 的 a two-character word ending in a place suffix is a common noun)
NOT_NAME_CHARS = frozenset("在到从向于和与及对把被给让为是回进离下驻返去来的")


def place_names(document, spans: list[tuple[int, int]], common_words: frozenset = frozenset()) -> list[tuple[int, int]]:
    """The place suffixes (…村、…乡、…街道) that can close a name as jieba cut it. Left out: a
    suffix in the middle of a word (驻村第一书记), and a two-character dictionary word made of
    one character and the suffix after a longer word or a preposition (青壮年|离乡、回到|家乡、
    一起|进村): a verb and its object or a common noun, not a name. Kept: the suffix as a
    word or starting one after a name (永久|村、海棠|园|村党支部、汉川|市委), a word holding two
    characters of name (凤朝村、城关镇), a word jieba made up from a name's end (七里|店村) and a
    one-character word starting the name (马|家村、丫|河村). A word that starts with the suffix
    after a conjunction or preposition (全国会议和|市委…、到|县委) has no name before it, and a
    word in `common_words` (村民、村干部、村里) names none after any word."""
    tokens, starts = document.tokens, document.token_starts
    is_word = segmenter().is_word
    kept = []
    for start, end in spans:
        index = bisect_right(starts, end - 1) - 1
        if index < 0:
            continue
        token_start = starts[index]
        token_end = token_start + len(tokens[index])
        if token_end != end:
            if start != token_start:
                continue  # the suffix inside a longer word
            if tokens[index] in common_words:
                continue  # 组织|村民、带着|村干部、留在|村里 (signals.yaml place.common_words): names no place
            if index > 0 and tokens[index - 1] in NOT_NAME_CHARS:
                continue  # 会议和|市委部署: a word that starts with the suffix after a conjunction names no place
        elif start - token_start == 1 and is_word(tokens[index]):
            before = tokens[index - 1] if index > 0 else ""
            if len(before) != 1 or before in NOT_NAME_CHARS:
                continue
        kept.append((start, end))
    return kept


def named_people(vocab, document, person_hits=()) -> list[tuple[int, int]]:
    """Every mention of a name the text introduces (社区书记李秀兰、王建华书记、李文树告诉我, or
    the title's subject: 李秀兰：把家门口的小事办实) and names again: the bare 李秀兰 of the
    story is a person too. A candidate is a surname and one or two characters standing as whole
    jieba words, and not a word of the dictionary (书记高度重视, 干部常态化: no one is called 高度);
    it counts only when it recurs at least twice in the text. The title's subject, set off by a
    colon or a dash, is taken as a name even when the dictionary knows it."""
    text = document.text
    starts = set(document.token_starts)
    starts.add(len(text))
    surnames = vocab.surnames
    is_word = segmenter().is_word

    def whole(start: int, end: int) -> bool:
        return start in starts and end in starts and all("\u4e00" <= ch <= "\u9fa5" for ch in text[start:end])

    def named(at: int) -> list[str]:
        if text[at:at + 1] not in surnames:
            return []
        # 于集乡、马家村、高新区: a place's suffix ends it, the surname is the place's first character
        return [text[at:at + size] for size in (2, 3) if whole(at, at + size) and not is_word(text[at:at + size])
                and text[at + size - 1] not in PLACE_ENDS and text[at + size - 1] not in NAME_NOT_ENDS]

    candidates: set[str] = set()
    single: set[str] = set()  # a full name right after a job title: a person even if it never recurs
    for match in vocab.patterns["name_lead"].finditer(text):
        names = named(match.end())
        candidates.update(names)
        single.update(name for name in names if len(name) == 3)
    for match in vocab.patterns["name_lead_plain"].finditer(text):  # 村民谭显华: a full name only
        names = [name for name in named(match.end()) if len(name) == 3]
        candidates.update(names)
        single.update(names)
    for start, end in person_hits:  # 李文树告诉我、王建华书记: the name at the start of the hit
        candidates.update(named(start))
    for paragraph in document.paragraphs:
        if paragraph.is_title or paragraph.role == "heading":
            subject = TITLE_SUBJECT.match(paragraph.text)
            if subject and paragraph.text[0] in surnames and subject.group(1)[-1] not in PLACE_ENDS:
                candidates.add(subject.group(1))
        else:
            # an interview's speaker (冯亚宁：2023年7月，我刚到村时…): a name, not a dictionary word (主持人：)
            speaker = SPEAKER.match(paragraph.text)
            if speaker and paragraph.text[0] in surnames and not is_word(speaker.group(1)):
                candidates.add(speaker.group(1))
                single.add(speaker.group(1))
    candidates.update(_recurring_names(document, vocab.surname_char, starts, is_word))
    found: list[tuple[int, int]] = []
    for name in candidates:
        spans, at = [], text.find(name)
        while at >= 0:
            if whole(at, at + len(name)):
                spans.append((at, at + len(name)))
            at = text.find(name, at + 1)
        if len(spans) >= 2 or (spans and name in single):
            found += spans
    return sorted(found)


def _recurring_names(document, surname_char, starts: set[int], is_word) -> set[str]:
    """A person the story names without a title and then keeps naming (吴海兵是合作社的总经理…
    一开始，吴海兵不愿回乡): a surname and one or two characters that jieba keeps as one word of
    its own and its dictionary does not know, met three times (two characters) or twice (three),
    not after a number (300余人) and not ending as a hamlet's name does (冯庄、王瓜店)."""
    counts: dict[str, int] = {}
    tokens, offsets = document.tokens, document.token_starts
    # the few tokens of two or three characters that open with a surname, found where a surname
    # character (surname_char: one of them) stands at a token's start (`starts`: the tokens'
    # offsets): a scan of the text in `re`, not a one-character string made for every token
    for at in [found.start() for found in surname_char.finditer(document.text) if found.start() in starts]:
        index = bisect_left(offsets, at)
        token = tokens[index]
        if not 1 < len(token) < 4:
            continue
        if token[-1] in HAMLET_ENDS:
            continue
        if index and (tokens[index - 1][-1:].isdigit() or tokens[index - 1][-1:] in NUMERALS):
            continue
        if index + 1 < len(tokens) and tokens[index + 1].startswith(PLACE_WORDS):
            continue  # 卢医社区、白马合作社: the first part of a place's or unit's name
        counts[token] = counts.get(token, 0) + 1
    return {token for token, count in counts.items()
            if count >= (3 if len(token) == 2 else 2) and _all_han(token) and not is_word(token)}


def _all_han(token: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fa5" for ch in token)


def _stock_quote(quote: tuple[int, int], within, numbers: list[tuple[int, int]], text: str) -> bool:
    """A quotation that is a stock line put in someone's mouth (他常说：“群众的事再小也是大事。”),
    a saying (俗话说“…”), or a pledge or feeling without a figure (“我要多为乡亲们干实事。”
    “我非常开心！”): not the person's own words about something that happened."""
    if _overlaps(quote, within("hero")):
        return True
    if PROVERB_LEAD.search(text[max(0, quote[0] - 8):quote[0] + 3]):  # (the span may hold 说“)
        return True
    return _overlaps(quote, within("pledge")) and not _overlaps(quote, numbers)


def _rough_count(text: str, start: int, measure: str) -> bool:
    """A round count given roughly (数千只候鸟、上百名志愿者、近千亩): 数、上 or 近 before a lone
    十/百/千/万 and a measure after it. Not a span of time (数十年如一日、上百年的老街: how long,
    not how many)."""
    return start > 0 and text[start - 1] in "数上近" and text[start] in "十百千万" and \
        bool(measure) and not measure.startswith(DURATIONS) and measure not in ("小时", "个小时", "分钟")


def _quantity_kind(vocab, text: str, sentence: Sentence, start: int, end: int, measure: str) -> str:
    """outcome (42个村、由9人增至31人), activity (召开会议12次、培训486人、出台文件5个、悬挂横幅60条)
    or parameter (每次不超过1小时、30个工作日内): only outcomes are facts that matter."""
    before = text[max(sentence.start, start - 6):start]
    after = text[end:min(sentence.end, end + 4)]
    if vocab.patterns["parameter_before"].search(before) or vocab.patterns["parameter_after"].search(after):
        return "parameter"
    span = _clause_span(sentence, start)
    if span is not None and vocab.patterns["setting_before"].search(text[span[0]:start]):
        return "parameter"  # 距县城39公里、辖10个村63个村民小组: the profile's backdrop, not a result
    if measure in DURATIONS and text.startswith("来", end):
        return "parameter"  # 两年来、三个月来: how long it has been, not how much was done
    if measure != "岁" and vocab.patterns["criterion_after"].match(text, end, sentence.end):
        return "parameter"  # 党员不足3名的，联合组建: the case a rule sorts by a number
    if vocab.patterns["target_before"].search(text, sentence.start, start):
        return "parameter"  # 力争到年底30个村突破5万元: a target set, not a result
    clause = text[span[0]:span[1]] if span else sentence.text
    patterns = vocab.patterns
    if (patterns["activity_always"].fullmatch(measure) and not patterns["headcount_result"].search(clause)) or \
            (patterns["activity_measure"].fullmatch(measure) and patterns["activity_context"].search(clause)) or \
            (measure in ("人", "名", "位", "家") and patterns["training_context"].search(clause)
             and not patterns["training_result"].search(clause, end - (span[0] if span else sentence.start))) or \
            (measure in ("个", "份", "项") and patterns["document_context"].search(clause)) or \
            (measure in ("条", "册", "张", "幅", "份") and patterns["publicity_context"].search(clause)) or \
            (measure.startswith("个") and _reached(patterns["reach_context"], text, sentence, start)):
        return "activity"
    return "outcome"


def _reached(pattern, text: str, sentence: Sentence, start: int) -> bool:
    """Whether the number at `start` is where an effort went (深入9个乡镇、对12个乡镇进行督查):
    inside a match of the reach vocabulary in its clause, not merely beside one (对12个乡镇
    进行测评时有3个乡镇的台账是补写的: the 3 is what the inspection found)."""
    span = _clause_span(sentence, start)
    return span is not None and any(match.start() <= start < match.end() for match in pattern.finditer(text, *span))
