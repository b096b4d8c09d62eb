"""Analysis on real text needs facts behind it: a cause stated in general words about a
general problem (由于…较少，导致…难以…) is the stock analysis editors strike out; the same
cause with a figure is analysis."""


def only(signals_of, sentence):
    ((_, sig),) = signals_of(sentence).body()
    return sig


def test_generic_cause_of_a_generic_problem_is_not_analysis(signals_of):
    sig = only(signals_of, "由于多数企业规模小，党员数量相对较少，导致组织活动难以开展。")
    assert not sig.analysis


def test_the_same_cause_with_figures_is_analysis(signals_of):
    sig = only(signals_of, "由于全镇43家企业中有31家员工不足20人，党员平均每家不到2名，导致组织活动难以开展。")
    assert sig.analysis


def test_a_monthly_pay_figure_is_a_fact_not_a_rule_setting(signals_of):
    assert "parameter" not in only(signals_of, "村干部报酬每月不到2000元。").facts
    assert "parameter" in only(signals_of, "每周学习不少于1次。").facts
