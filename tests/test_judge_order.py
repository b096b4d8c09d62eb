"""The judgements run in a declared order, and each reads only what an earlier one assigned."""

import types

import pytest

from checker import judge


def test_the_shipped_order_is_consistent():
    judge.check_order()
    assert judge.ORDER[0] is judge.facts


def test_a_judgement_reading_what_is_not_yet_assigned_is_an_error():
    early = types.SimpleNamespace(__name__="early", READS=("problem",), ASSIGNS=("x",))
    with pytest.raises(RuntimeError, match="early reads"):
        judge.check_order((judge.facts, early, judge.problem))


def test_every_judgement_declares_reads_and_assigns():
    for module in judge.ORDER:
        assert isinstance(module.READS, tuple) and module.ASSIGNS
