"""Style: how much of a sentence is stock wording (the words in rules/lexicons/)."""

from __future__ import annotations

from ..segment import Sentence
from .core import SentenceSignals

READS = ()
ASSIGNS = ('boilerplate', 'echo', 'weak', 'exhortation')


def judge(vocab, text: str, sentence: Sentence, within, sig: SentenceSignals) -> None:
    """Stock phrases counted per sentence: slogans, restated higher-level formulations, vague
    countermeasure phrases, and exhortation (verbs that name no action)."""
    sig.boilerplate = len(within("boilerplate"))
    sig.echo = len(within("policy"))
    sig.weak = len(within("weak"))
    sig.exhortation = sig.weak > 0 or bool(vocab.patterns["vague_verb"].search(sentence.text))
