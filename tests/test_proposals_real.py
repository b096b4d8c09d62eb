"""Proposals as real texts carry them, in our own sentences: 要/应当/必须 in reported words,
quoted rules, discourse markers and descriptions are not the writer's proposal; an actor named
is not an actor assigned. Plain assignments with no stock word still count."""

import pytest

NOT_PROPOSALS = [
    "所做的工作无非是要粮、要钱，什么事都得靠讲感情。",
    "应该说，这两期培训班充分体现了当前与长远并重的导向。",
    "村民老周说：“村里要修路，党支部要带头。”",
    "《村级组织工作规则》要求：“村党组织书记应当通过法定程序担任村委会主任。”",
    # failure classes from real texts, in our own words
    "东湾村党支部要换届了，老支书心里没底。",  # 要…了: about to happen
    "镇党委把有违纪记录的村干部所在村列为重点整治村，不设比例，应整改尽整改。",  # 应X尽X idiom
    "副县长刘明指出，各乡镇一定要在6月底前完成村级换届风险排查，县委组织部要逐村过筛。",  # reported speech
    "会上，各镇党委书记就党建重点任务进展、存在问题和下一步打算等进行了汇报。",  # 下一步打算 as a noun
    "这批年轻干部在乡镇的表现将成为下一轮选拔的重要参考。",  # a prediction, not a plan
    "考核合格后，这12名干部将有望直接提任副科。",  # an expectation for them, not a plan
    "这些刚满30岁的干部，将迎接征迁攻坚的第一仗。",
    "接到通知后，他马上着手摸排村里的党员征迁户。",  # what someone set about, told as a story
    "镇里将原来的14个网格合并为9个，每个网格配1名专职网格员。",  # 将…合并为: the object marker
    "不少部门将本该自己办的填报任务一股脑推给网格员。",  # 将…推给
    "问卷第5题：您认为，年轻干部提拔主要要看什么？",  # a question asks
    "收完稻子，党员们将卖粮的3200元一分不少地塞到老人手里。",  # 将…塞到: narrated
    "东山镇将党员积分贯穿全年的组织生活，每季度公示一次。",  # 将…贯穿: a practice described
    "各支部年初有计划、年中有督查、年底有考评。",  # 有计划 as a noun: a practice
    "工作十几年来，他将对群众的感情融进了一件件小事之中。",  # 将 = 把
    "课题组将两个山区乡镇选定为这次调查的样本，共访谈村干部96名。",  # 将…选定为: the object marker
    "县里将21名在外乡贤聘请为乡村振兴顾问。",  # 将…聘请为
    "为了将新修订的条例讲到每个支部，县委组织部在12个乡镇各办了一场宣讲会。",  # 将 in a purpose
    "《实施意见》规定，各县市区要建立容错纠错的正面清单，每年底前报送。",  # a document's provision restated
    "市里出台的积分管理办法，要求各村必须建立4本台账、每季度评议一次。",  # a requirement reported
    "按规定，预备党员要经过一年的考察期才能转正。",  # a rule restated
    "入党积极分子按要求须参加不少于24学时的集中培训。",
    # round twelve: false countermeasures on real problem and research items, in our own words
    "两相比较，县直机关干部的年收入要比乡镇干部低1万多元。",  # 要比: a comparison
    "对此，市人社局回应称，今后将不定期抽查借调情况。",  # a body's answer reported
    "调研报告提到，专班今后还要对8个乡镇开展回访。",  # a report's words reported
    "过去，社区书记每月需准备20多类台账，一项补贴就要收集上百个签名。",  # the past told
    "课题组走访了9个村，找了成因，还提出了三条具体对策和建议。",  # proposals made, narrated
    "为办好这期培训班，党校做了大量前期准备和后勤保障工作。",  # 准备 as a noun
    "挂职人选从40岁以下的科级干部中产生，优先考虑没在乡镇干过的同志。",  # a selection criterion
    "“今年我们已经招了40名网格员，计划明年再招20名。”",  # someone else's plan, quoted
    "难处在于，将镇里的干部提拔为副科的权力并不在镇党委。",  # 将…提拔为: the object marker
    "总的来看，这批选调生干劲足，住房条件亟待改善。",  # 亟待: a shortfall stated
    "该县把退役军人纳入村级后备力量，计划年底前完成摸底。",  # the place reported on, its own plan
    "长期借调到机关，违背了村官计划的本意。",  # 村官计划: a programme's name
    "乡镇处在行政末梢，承接的事务必然要更加繁杂琐碎。",  # what must be so, by nature
    "三个系统都要求录入住房资料，网格员需重复上户采集。",  # a burden described
    "一次评比，村里甚至要报五遍材料。",  # what happens, weighed
    "各条线每年都要来村里检查，村干部一年要陪十几拨人。",  # what happens every year
    "社区的运转经费基本要靠街道拨付。",  # depends on
    "新录用的人员原定要在乡镇服务满5年，实际不到一年就被借走了。",  # a plan that was
    "在督查组看来，村里的台账需逐级签字才算规范。",  # a view reported
    # audit 84: a plan named as a noun in a sentence about done work; 将…集于 as the object marker
    "2021年，县气象局完成了12个自动站的选址，确保建站计划的顺利实施。",
    "上个月，县林业局指导各乡镇将护林员、河道巡查员的岗位集于一人。",
]
NOT_ACTIONABLE = [
    "发展党员的各个阶段都必须经过党支部，党支部要把好质量关。",
    "党委将辖区6家平台的1848名骑手纳入工作范围。",
    "街道党工委将美团、饿了么、达达等6家平台在辖区注册的1848名骑手和35名党员全面纳入联系范围。",
    "行业党委先后将9名流动党员请回支部，由党委办公室负责统一管理。",
    # 负责同志 is a title (the official in charge), not 负责 assigning the job
    "各乡镇党委负责同志要吃透文件精神，把标准化建设摆上重要位置。",
]
ACTIONABLE = [
    "建议由县委组织部牵头，会同县财政局在6月底前制定村干部报酬动态增长办法。",
    "下一步，市委组织部拟对联合支部试行轮值活动，并将指导员驻企天数纳入考核。",
    "乡镇党委要在换届前逐村建立后备干部名册，每村不少于2人。",
    "县委组织部将于9月底前为每个村配备1名网格指导员，由乡镇党委负责日常管理。",
    "建议由县委组织部牵头，把村干部报酬与村集体收入挂钩，今年底前出台具体办法。",
    # 按规定 as the manner of what is proposed, not a rule restated
    "对已在外地就业的党员，乡镇党委要督促用人单位党组织按规定接转其组织关系，年底前全部办结。",
    # the past set against what is proposed; 要比照 (to follow as a standard) is not 要比 (is more than)
    "过去，村级台账由各部门分头下发，今后要由县委组织部统一归口，年底前压减一半。",
    "县委组织部要比照乡镇干部标准，年底前为村干部办理养老保险。",
    "建议选拔时优先考虑有基层经历的同志，由县委组织部每年底前建好名册。",
    "建议县委党校负责，每年都要把村干部轮训一遍，年底前完成。",  # 建议 opens it: a proposal however worded
]


@pytest.mark.parametrize("sentence", NOT_PROPOSALS)
def test_reported_and_quoted_words_are_not_proposals(signals_of, sentence):
    ((_, sig),) = signals_of(sentence).body()
    assert not sig.forward and not sig.actionable


@pytest.mark.parametrize("sentence", NOT_ACTIONABLE)
def test_an_actor_named_is_not_an_actor_assigned(signals_of, sentence):
    ((_, sig),) = signals_of(sentence).body()
    assert not sig.actionable


@pytest.mark.parametrize("sentence", ACTIONABLE)
def test_plain_assignments_are_actionable(signals_of, sentence):
    ((_, sig),) = signals_of(sentence).body()
    assert sig.forward and sig.actionable


def test_an_example_cited_under_a_proposal_heading_is_not_a_proposal(signals_of):
    """Under 对策建议 every sentence is read as a proposal, except an example of what another
    place did (例如，某县通过…): evidence for the proposal, not one."""
    body = "三、对策建议\n建议由县委编办牵头，在今年9月底前清理乡镇承担的事务，列出清单。例如，某县通过制定责任清单，剥离乡镇事务87项。"
    proposal, example = [sig for _, sig in signals_of(body).body()]
    assert proposal.forward and proposal.actionable
    assert not example.forward and not example.actionable


def test_a_proposal_lead_with_its_first_item_after_the_colon_opens_the_list(signals_of):
    """"对此建议：一是…。" proposes the items that follow in later paragraphs too (二是…); a leader's
    requirements reported the same way (部长提出两点要求：一是…) are news, not the writer's list."""
    proposals = signals_of("为此建议：一是把报到时限写进介绍信。逐人登记去向。\n二是由街道党工委每季度核对一次名册。\n"
                           "三是对失联半年以上的党员逐一上门查找。")
    assert all(sig.forward for _, sig in proposals.body())
    reported = signals_of("会上，李部长提出两点要求：一是压实责任。\n二是抓好落实。")
    assert not reported.body()[1][1].forward


@pytest.mark.parametrize("heading", ["三、意见与建议", "四、对策和建议", "（五）思考与对策", "三、几点建议"])
def test_the_items_under_a_heading_of_proposals_are_proposals(signals_of, heading):
    """The paragraphs under 意见与建议 / 对策和建议 are the writer's proposals, however plainly
    worded (round twelve: a real research item's 意见与建议 was not read as a heading of proposals)."""
    body = (f"全乡35岁以下党员只占17%，村支书中35岁以下的只占9.5%。\n{heading}\n"
            "（一）把回村创业的年轻人和返乡务工人员作为发展党员的重点，再从中物色年轻的支部书记。\n"
            "（二）县财政每年挤出一笔钱，给行政村的几名主要干部涨一档报酬，让他们安心干事。")
    judged = [sig for _, sig in signals_of(body).body()]
    assert len(judged) == 3  # the items are paragraphs of the body, not headings
    assert not judged[0].forward and judged[1].forward and judged[2].forward



def test_an_abbreviation_named_opens_no_list_of_proposals(signals_of):
    """"（以下简称《规划》）" names an abbreviation: it does not announce a list, so the sentences
    after it are not proposals (audit 84: a problem piece's background read as its proposals)."""
    body = ("根据《全省村镇排水设施建设规划》（以下简称《规划》）要求，到2025年，县城污水治理率平均要达到70%，"
            "建制镇平均要达到30%。而截至去年底，全县建制镇的污水治理率只有18%。")
    target, shortfall = [sig for _, sig in signals_of(body).body()]
    assert target.forward
    assert not shortfall.forward and not shortfall.declared
