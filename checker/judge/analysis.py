"""Analysis: causes, trends and judgments count only when a fact backs them, in the sentence or
next door (由于领导高度重视 is a slogan, not a cause), or when the sentence itself states a
concrete problem in a draft that is about somewhere (names a place, unit or person): 由于…导致
监督流于形式 there is a cause worked out; in a draft that names nothing it is the stock chain true
of any county."""

from __future__ import annotations

from ..segment import Document, Sentence
from .core import _inside

READS = ('facts', 'named', 'boilerplate', 'problem')
ASSIGNS = ('analysis', 'judged')


def judge(vocab, document: Document, body: list[Sentence], result: dict, hits) -> None:
    """Causes, trends and judgments count only when a fact backs them, here or next door, or
    when the sentence states a concrete problem and the draft names somewhere."""
    somewhere = any(result[s.index].named for s in body)
    for position, sentence in enumerate(body):
        sig = result[sentence.index]
        within = hits.within(sentence)
        quotes = within("quote")
        cues = [_unquoted(within(name), quotes) for name in ("cause", "trend", "judgment")]
        if not any(cues):
            continue  # (a cause or a trend inside someone's quoted words is their story, not the writer's reading)
        if sig.boilerplate >= 2 or (sig.boilerplate and not sig.specific):
            continue  # "由于领导高度重视，取得明显成效" is a slogan, not a cause
        neighbours = [body[i] for i in (position - 1, position + 1) if 0 <= i < len(body)]
        backed = sig.specific or (sig.problem and somewhere) or any(result[n.index].specific for n in neighbours)
        sig.analysis = backed
        sig.judged = backed and bool(cues[2])


def _unquoted(spans, quotes) -> list:
    """The spans that do not lie inside any quotation."""
    quoted = {span for start, end in quotes for span in _inside(spans, start, end)}
    return [span for span in spans if span not in quoted]
