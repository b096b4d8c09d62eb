"""Higher-level formulas (文件返销): the common ones are recognised, and a place or unit name
next to them does not make the sentence local; an outcome figure, a dated event in a named
place or a concrete problem does."""

import pytest


def only(signals_of, sentence: str):
    body = signals_of(sentence).body()
    assert len(body) == 1, [s.text for s, _ in body]
    return body[0][1]


@pytest.mark.parametrize("sentence", [
    "我们以马克思列宁主义、毛泽东思想和党的创新理论为指导，统一思想、凝聚共识。",
    "全镇紧紧团结在县委周围，一心一意谋发展。",
    "坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念。",
    "要以新时代党的组织路线为指引，建强村级战斗堡垒。",
    "广大党员干部认真学习贯彻省委全会精神。",
    "奋进新征程，推动基层党建高质量发展。",
])
def test_common_formulas_are_echo(signals_of, sentence):
    assert only(signals_of, sentence).echo > 0


@pytest.mark.parametrize("sentence", [
    "以农机合作社为引领，带动40户农户入社。",       # 以…为引领 with a local subject is no formula
    "他紧紧团结在身边的几个老党员，把合作社办了起来。",  # no 党中央/党委 周围
    "我们稳中求进，先在两个村试点。",
])
def test_plain_sentences_are_not_echo(signals_of, sentence):
    assert only(signals_of, sentence).echo == 0


@pytest.mark.parametrize("sentence", [
    "全县上下以党的创新理论为指导，坚持稳中求进工作总基调。",
    "青松县委组织部紧密团结在以习近平同志为核心的党中央周围，扎实做好各项工作。",
    "临河县坚持稳中求进工作总基调，推动组织工作高质量发展。",
])
def test_a_formula_with_a_place_name_is_still_empty(signals_of, sentence):
    sig = only(signals_of, sentence)
    assert sig.echo and sig.empty and not sig.substantive


@pytest.mark.parametrize("sentence", [
    "以新时代党的组织路线为指引，2023年3月起青松县在12个乡镇试行“村事村议”，半年收集群众意见417条。",
    "对照好干部标准，全县有7名村党组织书记长期不在村，群众办事找不到人。",
    "为推动高质量发展，建议由县委组织部牵头，年底前为每个乡镇配齐1名专职组织员。",
])
def test_a_formula_with_local_substance_is_not_empty(signals_of, sentence):
    sig = only(signals_of, sentence)
    assert sig.echo and sig.substantive and not sig.empty


def test_zg701_speaks_on_formula_plus_place_and_not_on_substance(checker):
    def zg701(body):
        report = checker.check_text("测试稿件\n" + body, genre="experience")
        return [f.excerpt for f in report.findings if f.rule == "ZG701"]

    assert zg701("青松县坚持稳中求进工作总基调，扎实推进各项工作。") == ["稳中求进工作总基调"]
    assert zg701("青松县坚持稳中求进工作总基调，今年新增村级集体经济收入20万元以上的村14个。") == []
