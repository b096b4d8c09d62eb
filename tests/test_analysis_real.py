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


def test_an_outcome_stated_as_a_result_is_an_effect(signals_of):
    assert only(signals_of, "全县清理村级组织牌子1300余块，化解矛盾纠纷36起。").effect
    assert only(signals_of, "两年来回村任职的大学生中，有30多人当选村委会主任。").effect


def test_activity_counts_with_a_result_verb_are_not_effects(signals_of):
    assert not only(signals_of, "累计组织参观学习420人次，完成培训任务。").effect
    assert not only(signals_of, "召开推进会12次，完成了年度部署。").effect


def test_a_warning_or_condition_is_not_a_problem_found(signals_of):
    assert not only(signals_of, "如果不认真学习，就会跟不上时代前进的步伐。").problem
    assert not only(signals_of, "躺平心态绝不能成为年轻干部的倾向。").problem


def test_a_problem_followed_by_a_warning_is_still_a_problem(signals_of):
    sig = only(signals_of, "有3个村连续两年没有发展一名党员，如果不及时补充，换届时将无人可选。")
    assert sig.problem
