"""Hard cases: verdicts an experienced editor would give, in both directions.

Traps must not fire (a cue word is not a judgment); plain-worded substance must be
recognised (problems, causes and proposals are often written without the stock words)."""

import pytest


def only(signals_of, sentence: str):
    body = signals_of(sentence).body()
    assert len(body) == 1, [s.text for s, _ in body]
    return body[0][1]


# -- problem statements ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "全镇35岁以下村干部只有6人，占村干部总数的8%。",
    "有3个村连续两年没有发展一名年轻党员。",
    "不少年轻干部“材料写得好，群众工作接不住”。",
    "部分年轻干部不愿到乡镇任职，3年里有7人申请调回县直单位。",
    "村党组织书记平均年龄58岁，青黄不接。",
    "138名外出党员中有53人一年未参加组织生活。",
    "培训内容和岗位需要脱节，学员反映听完用不上。",
    "受访的选调生里，低工资和没有住房成为最大的困扰。",
    "学的是水利，分到的是文秘岗，人职错配让不少人想调走。",
    "全镇有6个村的村干部补贴不能按时发放，最长拖欠了5个月。",
    "这片老小区60岁以上的住户占32%，上下楼是困扰他们最多的事。",
    # a vague admission whose colon opens the list of what it admits
    "村干部队伍仍然存在不少问题：年轻人偏少，有的村书记年纪偏大、不会用电脑。",
    # round thirteen: a lack of skill said loosely; a felt burden with its subject; 谁 as "nobody"
    "这个村的两委成员大多不怎么会用电脑，台账全靠文书一个人录。",
    "不少村干部感到压力大，3个村的书记提出辞职。",
    "村里的事谁也不愿意管，一拖就是半年。",
    "系统没有提醒，4个村的材料不能按时上报。",
    "全县有26名外出党员失联，最长的已经3年没有联系。",
    # a village's poverty and hollowing said plainly
    "白塔村在全镇是有名的空白村，一无矿产，二无项目。",
    "青壮年都外出务工，留在村里的大多是老人和孩子。",
    "没有钱难办事，村里想修一条路都要靠上级补助。",
    # a shortage said in one word (set 126: 针对…奇缺状况 was read as no problem at all)
    "针对全县懂双语的乡村干部奇缺的状况，县里决定分三年集中培训。",
])
def test_plain_problem_is_recognised(signals_of, sentence):
    assert only(signals_of, sentence).problem


@pytest.mark.parametrize("sentence", [
    "我们解决了群众急难愁盼问题。",
    "帮助群众解决实际困难43件。",
    "我县年轻干部工作成效明显，但也存在一些不足。",
    "个别干部还存在能力不足、作风不实等问题。",
    "当前后备力量建设还存在一些薄弱环节，个别地方重视程度不够。",
    "让流动党员离乡不离党、流动不流失。",
    "要防止培训走过场。",
    "只有这样才能把工作做好。",
    "全年没有发生一起安全事故。",
    "坚持对受到不实举报的干部及时澄清正名。",
    "县里出台3项措施，破解困扰村干部多年的养老保险难题。",
    "干群关系由紧张走向融洽，信访量下降了四成。",
    "党群服务中心要符合村情实际，不能内卷化建设，单纯追求建设面积。",
    "心得体会在于，理论武装不能停留在口头上，必须落实到具体工作中。",
    "2013年起，略阳县推行村干部积分管理，专治村干部不作为、慢作为、乱作为等现象。",
    "3月5日，许晖同志在巢湖市详细分析了当前组工信息工作存在的问题及规避方法。",
    # whom a rule acts on, a document's name and a problem left behind are not problems found
    "对挂职考核排名靠后、群众评价不高的干部，2023年以来召回了12人。",
    "县里把“班子不团结、集体收入偏低”等6类情况作为后进村的认定标准。",
    "全镇38个村党组织认真学习《关于解决形式主义突出问题为基层减负的通知》。",
    "轮值制改变了以往楼道党员不愿参事的现象。",
    # round thirteen: the sanction a rule sets (谁…就拿不到) and the writer's own felt inadequacy
    "村民说：“镇上每月给村干部打分，谁表现不好、得分低就拿不到绩效工资。”",
    "凡是连续两次考核靠后的就不能参加年度评优。",
    "对照这几年新出的政策法规，总感觉自己本领跟不上。",
    "我深感自身理论水平不足。",
    "镇里结对帮扶三年，白塔村告别了集体经济空白村的历史。",
    "三年投入专项资金，到年底实现全市集体经济无“空白村”的目标。",
    # a worry that is over, and people found again (spent blind set 28)
    "老人笑着说：“路修好了，下雨天再也不用发愁了！”",
    "截至目前，全县累计排查外出党员380名，找回失联党员26名。",
    "老人连夜赶到儿子家，告诫他说：“回村当干部不能出头，出头就要得罪人！”",
])
def test_token_or_solved_problem_is_not_a_problem(signals_of, sentence):
    assert not only(signals_of, sentence).problem


# -- countermeasures ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "建议进一步加强村级后备力量建设。",
    "下一步，要持续推进年轻干部培养工作。",
    "要进一步完善考核激励机制。",
    "下一步，要坚持严管和厚爱相结合，持续加强第一书记教育培训和管理监督，进一步健全考核激励机制。",
])
def test_vague_proposal_is_not_actionable(signals_of, sentence):
    sig = only(signals_of, sentence)
    assert sig.forward and not sig.actionable


@pytest.mark.parametrize("sentence", [
    "建议由县委组织部牵头，今年底前为每个村建立不少于2人的后备干部名册。",
    "建议县人社局年内把村干部基本报酬提高到每月2500元。",
    "县委组织部计划在9月底前从县直单位抽调6名干部建立考察人员库。",
])
def test_concrete_proposal_is_actionable(signals_of, sentence):
    sig = only(signals_of, sentence)
    assert sig.forward and sig.actionable


def test_list_item_under_a_proposal_heading_is_a_proposal(signals_of):
    signals = signals_of("建议：\n由县大数据中心牵头，年底前把6类常用数据接入共享平台。")
    proposal = [sig for s, sig in signals.body() if "大数据" in s.text][0]
    assert proposal.forward and proposal.actionable


def test_past_action_is_not_a_proposal(signals_of):
    assert not only(signals_of, "今年我们进一步加强了村干部培训，全年培训村干部1260人。").forward


def test_anxu_is_a_manner_not_a_need(signals_of):
    # 按需施教 is "taught as needed" (jieba cuts 按|需): a practice told, no plan (set 130: a 党校's
    # work told as done was read as proposals); a plan in the same words still proposes
    assert not only(signals_of, "近年来，县委党校根据学员的岗位和年龄积极调整课程，按需施教，着力提高课程的实用性。").forward
    # (按需所学 names a way of training done: set 143, both readers)
    assert not only(signals_of, "去年以来，县里推行按需所学的干部培训办法，课程由干部从清单里自选。").forward
    assert only(signals_of, "县委党校要在明年3月前按需施教，按学员岗位重新调整课程，由教务科负责。").forward


def test_jiang_moving_something_somewhere_is_the_object_marker(signals_of):
    # a practice told: 将 marks what is moved (将课堂搬到…), it does not say "will"
    assert not only(signals_of, "党日活动后，结对党员将课堂搬到行动不便的老党员家中。").forward
    assert only(signals_of, "下一步，镇党委将把学习课堂搬到各村，年底前覆盖全部28个村。").forward


def test_jiang_shi_predicts_it_plans_nothing(signals_of):
    # 将是 / 仍将是 is "will be": a forecast or a flourish, not the writer's plan
    assert not only(signals_of, "乡村振兴路还长，第一书记仍将是基层治理中一支离不开的力量。").forward
    assert only(signals_of, "明年县里将在12个乡镇推行这项办法，由组织部负责督导。").forward


# -- facts that matter ---------------------------------------------------------------

def test_meeting_count_is_activity_not_fact(signals_of):
    sig = only(signals_of, "今年以来召开会议12次，开展培训3期。")
    assert sig.activity_only and not sig.specific


@pytest.mark.parametrize("sentence", [
    "全部42个村已完成换届。",
    "全县35岁以下科级干部由18人增加到31人。",
    "2024年3月，石桥镇党委把村务公开栏搬进了微信群。",
    "柳树村党支部书记王某说：“今年第一次有大学生回村报名。”",
])
def test_concrete_fact_is_specific(signals_of, sentence):
    assert only(signals_of, sentence).specific


@pytest.mark.parametrize("sentence", [
    "县委组织部高度重视年轻干部培养工作。",
    "驻村第一书记政治站位高、责任意识强。",
    "牢固树立“四个意识”，坚决做到“两个维护”。",
    # numbers that name a formula, a congress term, an anniversary or a span of time (formula
    # text such as a plenum communiqué is full of them), and a leader named inside a formula
    "党员干部要严格落实中央八项规定精神，准确运用“四种形态”。",
    "深入学习贯彻党的二十届三中全会精神，统筹推进“五位一体”总体布局。",
    "今年是建党105周年，也是三年行动计划的收官之年。",
    "五年来，我们始终坚持以习近平同志为核心的党中央的坚强领导。",
    "党的十九大以来的5年，党和国家事业取得历史性成就。",
    # numbers inside a short quoted name (a target, a project, a complaint named as a slogan)
    "全县紧扣“两年任务一年完成”的目标，千方百计拓宽增收渠道。",
    "镇里着力解决党建和业务“两张皮”的现象。",
    # a committee's sessions in order, and a unit word after a conjunction (…和|县委), name no fact
    "要认真落实省委组织部会议和县委十四届九次、十次全会的部署要求。",
])
def test_slogan_is_not_specific(signals_of, sentence):
    assert not only(signals_of, sentence).specific


@pytest.mark.parametrize("sentence", [
    # the same kinds of numbers beside a real fact: the fact still counts
    "三年来，全县新建村级党群服务中心42个。",
    "二十届三中全会召开后，石桥镇6个村完成了集体资产清产核资。",
    "王建华同志在柳树村当了8年党支部书记，村集体收入从3万元增至41万元。",
    # a quotation of someone that runs on with its own punctuation keeps its figures
    "老周说：“去年我们村卖了3万斤猕猴桃，比前年多了一倍。”",
])
def test_fact_beside_a_named_number_is_specific(signals_of, sentence):
    assert only(signals_of, sentence).specific


# -- analysis ------------------------------------------------------------------------

def test_slogan_cause_is_not_analysis(signals_of):
    assert not only(signals_of, "由于领导高度重视、措施得力，工作取得明显成效。").analysis


def test_cause_backed_by_fact_is_analysis(signals_of):
    assert only(signals_of, "主要原因是村干部报酬每月不到2000元，年轻人宁愿外出务工。").analysis


@pytest.mark.parametrize("sentence", [
    "这期轮训为期5天，来的主要是各乡镇的组织委员，共38人。",  # who the trainees are, not why
    "近期主要是通过入户排查，摸清全镇83名流动党员的底数。",  # what comes next, not why
    "通过竞争上岗，全镇减少干部编制32个。",  # a change made, not a trend read
    "新来的文书每天做的多是与电脑有关的活，全村46户低保台账都由她录入。",  # a kind of work, not a cause
])
def test_a_list_a_plan_or_a_change_is_not_analysis(signals_of, sentence):
    assert not only(signals_of, sentence).analysis


@pytest.mark.parametrize("text", [
    "这期轮训班为期5天，安排了理论辅导和现场教学。",  # the length of a class is activity
    "镇党委书记李明说。",  # who spoke, after a quotation: the facts are in the quotation
    "“希望大家把这几天学到的好做法带回去用起来。”",  # a speaker exhorting the audience
])
def test_a_class_length_an_attribution_and_an_exhortation_state_no_fact(signals_of, text):
    sig = only(signals_of, text)
    assert not sig.specific and not (sig.facts - {"procedure"}), sig.facts


def test_a_quotation_about_what_happened_stays_a_fact(signals_of):
    assert "quote" in only(signals_of, "“以前办个证明要跑三趟，现在村里就能办。”").facts


def test_a_named_place_before_the_unit_word_stays_a_fact(signals_of):
    assert "place" in only(signals_of, "10月8日，汉川市委召开专题会议，研究村级后备力量建设。").facts


def test_a_cause_said_with_you_guan_is_analysis(signals_of):
    assert only(signals_of, "年轻干部留不住与待遇偏低有关，去年辞职的7人中有5人月收入不足3000元。").analysis


def test_a_cause_named_after_what_it_explains_is_analysis(signals_of):
    assert only(signals_of, "村干部流失的原因主要是补贴太低，全镇村干部月补贴只有1500元。").analysis


def test_plain_contrast_next_to_a_fact_is_analysis(signals_of):
    signals = signals_of("近三年提拔的86名干部中，考察材料写有具体事例的不到两成。谈话对象说好话的多，讲实绩的少。")
    assert any(sig.analysis for _, sig in signals.body())


# -- exaggeration: supported absolutes stay silent ------------------------------------------

def test_absolute_with_count_is_not_exaggeration(checker):
    report = checker.check_text("测试\n全县42个村全部完成换届，全部42个村党组织书记都参加了培训。")
    assert not [f for f in report.findings if f.family == "exaggeration"]


def test_unsupported_absolute_is_exaggeration(checker):
    report = checker.check_text("测试\n全县村级活动场所实现全覆盖，群众满意度100%。")
    assert {f.excerpt for f in report.findings if f.family == "exaggeration"} >= {"全覆盖", "100%"}


# -- later refinements, each from a disagreement with the hand labels ---------------------------

@pytest.mark.parametrize("sentence", [
    "乡土人才信息在部门之间没有共享，有的部门还得重新到乡镇摸底。",
    "去世未减员的74名党员中，最早的一名已去世9年。",
    "部分县（市、区）的人才服务尚未接入，人才在县里办事还要“另起炉灶”。",
    "36至49岁的2409人，占35%，而这一年龄段担任中层以上职务的比例达71%。",
])
def test_institutional_failure_is_a_problem(signals_of, sentence):
    assert only(signals_of, sentence).problem


@pytest.mark.parametrize("sentence", [
    "醒来后第一句话就是“卡口的人手够不够”。",
    "把沿河闲置的3处村小校舍改造为粮食烘干中心。",
    "她几乎没有休过一个完整的节假日。",
    "参加组织生活的比例从原来的不足四成提高到86%。",
    "以前每月只能办结12件，而现在提高到每月40件。",
])
def test_question_hero_and_improvement_are_not_problems(signals_of, sentence):
    assert not only(signals_of, sentence).problem


def test_units_that_did_something_are_a_fact(signals_of):
    assert only(signals_of, "全区已有42家快递企业建立党组织，覆盖快递员1300多人。").specific


def test_people_trained_and_documents_issued_are_activity(signals_of):
    for sentence in ("此次培训共分3期举办，共培训新录用公务员486人。", "出台平时考核实施细则及配套文件5个。",
                     "吸引各类人才3万余人次参与。",
                     # the effort put in (leaders assigned, inspectors sent), not what it changed
                     "县里安排28名县级领导挂点联系后进村。", "抽调16名干部组成督导组开展督查。",
                     # the people and units a round of talks reached
                     "部长先后同40家单位的260位领导干部谈心谈话。"):
        assert not only(signals_of, sentence).specific, sentence


def test_rule_settings_are_concrete_but_not_outcome_facts(signals_of):
    sig = only(signals_of, "组织生活安排在晚上8点后，每次不超过1小时。")
    assert not sig.specific and sig.concrete


def test_bare_exhortation_is_an_empty_sentence(signals_of):
    assert only(signals_of, "三是强化督促指导。").empty
    assert not only(signals_of, "三是由县委组织部每季度督导一次，结果在全县通报。").empty


# a check of whether something is so (是否健全、能否落实) names what an inspection looked at, not a call
# to do it (set 124: a survey's method step, 现场查看站点设施是否健全, was read as a slogan)
def test_whether_a_thing_is_done_is_no_exhortation(signals_of):
    assert not only(signals_of, "调研组到站点逐一查看设备是否健全、运行是否正常。").exhortation
    assert not only(signals_of, "督查组重点看整改措施能否落实到村。").exhortation
    assert only(signals_of, "要进一步健全站点设施设备。").exhortation
    assert only(signals_of, "是否有人管，关键在于健全站点管理制度。").exhortation


def test_a_name_alone_is_not_a_fact(signals_of):
    assert not only(signals_of, "老周戴上头盔，推车出了门。").specific
    assert only(signals_of, "柳树村党支部书记王某2023年回村任职。").specific


def test_items_under_a_problem_heading_state_problems(signals_of):
    text = ("县直机关党建述职报告\n"
            "一、主要工作\n"
            "今年全系统党建工作措施不硬、推进不够平衡。\n"
            "二、存在的问题及原因\n"
            "一是在抓基层打基础上措施不硬。\n"
            "二是部分党组织书记抓党建的主责意识不强。\n"
            "三、下一步打算\n"
            "明年3月前由机关党委对12个支部逐一过堂。")
    judged = {s.text: sig.problem for s, sig in signals_of(text).body()}
    assert judged["一是在抓基层打基础上措施不硬。"] and judged["二是部分党组织书记抓党建的主责意识不强。"]
    assert not judged["今年全系统党建工作措施不硬、推进不够平衡。"]  # the same words outside the section: a stock complaint


def test_the_problems_met_as_a_heading_of_their_own_announce_problems(signals_of):
    # a summary's own words for its problem section (出现的问题：、面临的主要困难); the same
    # words opening a requirement (出现的问题要及时整改) head no section
    for heading in ("出现的问题：", "三、面临的主要困难", "（二）问题和困难"):
        text = ("秸秆回收工作总结\n"
                f"{heading}\n"
                "各镇之间的回收进度不够平衡，有的镇相对滞后。")
        assert _problem_sentences(signals_of, text) == ["各镇之间的回收进度不够平衡，有的镇相对滞后。"], heading
    text = ("秸秆回收工作总结\n"
            "出现的问题要及时整改。\n"
            "各镇之间的回收进度不够平衡，有的镇相对滞后。")
    assert _problem_sentences(signals_of, text) == []


def test_items_under_a_heading_that_names_a_problem_state_problems(signals_of):
    # （一）…执行不到位 names a problem itself; the items under it are its particulars. A heading
    # that names what was done (主要做法) or a problem overcome (破解…难题) announces nothing.
    text = ("村级组织建设调研\n"
            "（一）村务公开执行不到位\n"
            "一些村的财务公开不规范，只贴总数、不列明细。\n"
            "（二）着力破解后备力量断档难题\n"
            "一些村对后备人选的培养认识不到位。\n"
            "（三）主要做法\n"
            "部分村干部对网格化管理的要求认识不到位。")
    judged = {s.text: sig.problem for s, sig in signals_of(text).body()}
    assert judged["一些村的财务公开不规范，只贴总数、不列明细。"]
    assert not judged["一些村对后备人选的培养认识不到位。"]
    assert not judged["部分村干部对网格化管理的要求认识不到位。"]


# -- a judgement named first, pinned down by the next sentence's figures -------------------

def _problem_sentences(signals_of, body: str) -> list[str]:
    return [s.text for s, sig in signals_of(body).body() if sig.problem]


def test_a_shortfall_pinned_by_the_next_sentences_figures_is_a_problem(signals_of):
    body = ("调查发现，村级后备干部储备问题比较突出。"
            "全镇21个村中，有13个村没有35岁以下的后备人选，占61.9%。")
    assert "调查发现，村级后备干部储备问题比较突出。" in _problem_sentences(signals_of, body)


def test_the_same_judgement_without_figures_after_it_is_no_problem(signals_of):
    body = ("调查发现，村级后备干部储备问题比较突出。"
            "各村要高度重视，把后备干部培养摆上重要位置。")
    assert _problem_sentences(signals_of, body) == []


def test_figures_in_another_paragraph_do_not_pin_a_judgement(signals_of):
    body = ("调查发现，村级后备干部储备问题比较突出。\n"
            "全镇21个村中，有13个村今年完成了换届，占61.9%。")
    assert "调查发现，村级后备干部储备问题比较突出。" not in _problem_sentences(signals_of, body)


def test_finding_and_correcting_problems_is_a_task_not_a_problem(signals_of):
    body = ("督查组采取随机抽查的方式，及时发现和纠正工作中存在的问题。"
            "今年共抽查单位36个，占全部单位的80%。")
    assert _problem_sentences(signals_of, body) == []


# -- a routine that names who does what is a practice, not an exhortation ------------------

def test_a_routine_with_its_actor_is_concrete_not_a_slogan(signals_of):
    sig = only(signals_of, "县委组织部每月安排一名科室负责人到乡镇讲解业务，确保讲解内容管用。")
    assert sig.concrete and not sig.empty


def test_a_routine_without_an_actor_doing_something_stays_a_slogan(signals_of):
    sig = only(signals_of, "县委组织部坚持定期研究，确保各项工作落到实处。")
    assert sig.empty


# -- an anecdote is a case -----------------------------------------------------------------

def test_an_anecdote_opened_by_you_yi_ci_is_a_case(signals_of):
    sig = only(signals_of, "有一次，他在去镇上的路上碰到一位卖菜的大娘，顺手帮她把菜筐抬上了车。")
    assert "case" in sig.facts and sig.specific


@pytest.mark.parametrize("sentence", [
    "村里没有一次是因为工作没干好被通报的。",
    "对连续干满两届的村干部，县里发放一次性补贴。",
])
def test_none_and_one_off_are_no_anecdote(signals_of, sentence):
    assert "case" not in only(signals_of, sentence).facts


# -- words in someone else's mouth, or a necessity described, propose nothing ---------------

def test_the_end_of_a_quotation_is_not_the_writers_proposal(signals_of):
    body = "老支书拉着他的手说：“别急。办事要赶紧，晚了就白跑。”"
    assert not any(sig.forward for _, sig in signals_of(body).body())


def test_a_necessity_described_is_not_a_proposal(signals_of):
    assert not only(signals_of, "在人口多的村，配一名专职网格员是必须的。").forward


def test_the_writers_own_must_is_still_a_proposal(signals_of):
    assert only(signals_of, "各乡镇必须在6月底前为每个村配齐一名专职网格员。").forward


# -- a month of a named year is a date, not a duration -------------------------------------

def test_last_years_march_is_a_date_not_an_outcome(signals_of):
    sig = only(signals_of, "县委组织部从去年3月起推行村干部坐班制度，每周二全体村干部在村部坐班。")
    assert "date" in sig.facts and not sig.outcomes and not sig.effect


def test_three_months_is_still_a_quantity(signals_of):
    sig = only(signals_of, "全镇后备干部由9人增至31人，只用了3个月。")
    assert sig.effect and "outcome" in sig.facts


def test_a_quotation_that_is_its_own_sentence_is_direct_speech(signals_of):
    # mid-paragraph, after the narrator's sentence: what someone said, a fact of the story;
    # a slogan in quotation marks opening a sentence has no stop inside and is not speech
    judged = {s.text: sig.specific for s, sig in signals_of(
        "老周蹲在田埂上看了很久。“这片苗是去年冬天一棵一棵栽下的，说拔就拔了！”\n"
        "镇里开展了主题教育。“不忘初心、牢记使命”主题教育在全镇铺开。").body()}
    assert judged["“这片苗是去年冬天一棵一棵栽下的，说拔就拔了！”"]
    assert not judged["“不忘初心、牢记使命”主题教育在全镇铺开。"]


def test_a_scene_told_through_the_senses_is_concrete_a_metaphor_is_not(signals_of):
    assert only(signals_of, "清晨，雾气还没散，他已经踩着田埂往坡上的茶园走。").concrete
    assert not only(signals_of, "他用汗水浇灌希望，在风雨中砥砺初心，身上始终沾着泥土的芬芳。").concrete


# -- cadre-work stock phrases and a recruitment's vacancies (blind set 9, our own sentences) -----

@pytest.mark.parametrize("sentence", [
    "通过个别谈话、实地考察等方式，严把选人用人关，真正把想干事的干部推出来、选出来、用起来。",
    "充分发挥年度考核的“指挥棒”作用，始终保持后备干部队伍一池活水。",
])
def test_stock_phrases_of_cadre_work_are_empty(signals_of, sentence):
    assert only(signals_of, sentence).boilerplate >= 1


# a ceremony's scene (开工、揭牌、开班 news) told in stock words says nothing; the same
# morning told with who came and what was decided does
def test_a_ceremonys_stock_scene_is_empty_its_facts_are_not(signals_of):
    stock = only(signals_of, "当天上午，小区里热闹非凡，居民们欢聚一堂，脸上洋溢着幸福的笑容。")
    assert stock.boilerplate >= 2 and stock.empty
    plain = only(signals_of, "当天上午，6号楼的23户居民来到楼下，看着工人把第一节钢架吊上去。")
    assert not plain.boilerplate


@pytest.mark.parametrize("sentence", [
    "县委组织部根据编制空缺设置报名条件，今年面向高校招录12人。",
    "为补上财会、规划两类空缺岗位，今年公开遴选了5名干部。",
])
def test_the_vacancies_a_recruitment_fills_are_no_problem(signals_of, sentence):
    assert not only(signals_of, sentence).problem


def test_a_post_left_vacant_is_still_a_problem(signals_of):
    assert only(signals_of, "东坪村党支部书记一职空缺已有8个月，村里的事没人拍板。").problem


@pytest.mark.parametrize("sentence", [
    "住的是村部后头一间旧仓库，墙角长着霉斑，推开门先闻到一股霉味。",
    "屋顶一下雨就漏雨，他拿脸盆接了一夜，地上还是湿漉漉的。",
])
def test_a_room_told_by_its_smell_and_damp_is_a_scene(signals_of, sentence):
    assert only(signals_of, sentence).scene


def test_damp_and_smell_as_figures_of_speech_are_no_scene(signals_of):
    assert not only(signals_of, "他始终把群众冷暖放在心上，身上散发着泥土的芬芳。").scene


@pytest.mark.parametrize("sentence", [
    "青年干部守住底线，立足岗位讲“本色”，交好“实干卷”。",  # a term in quotation marks after 讲
    "大家都说“实干”二字最要紧。",
])
def test_a_quoted_term_after_a_speech_verb_is_no_quotation(signals_of, sentence):
    sig = only(signals_of, sentence)
    assert "quote" not in sig.facts and not sig.specific, sig.facts


@pytest.mark.parametrize("sentence", [
    "老支书说“这条路我们等了二十年”，眼圈一下就红了。",
    "轮到值夜班，几个年轻干部私下嘀咕“顶不住”。",  # short, but 嘀咕 takes only speech
])
def test_direct_speech_without_a_colon_stays_a_quotation(signals_of, sentence):
    assert "quote" in only(signals_of, sentence).facts


@pytest.mark.parametrize("sentence", [
    "不知不觉，我在这个岗位上已经干了近两年时间。",
    "三年的时间里，我学会了倾听，也学会了拿主意。",
])
def test_how_long_someone_has_served_is_no_outcome(signals_of, sentence):
    sig = only(signals_of, sentence)
    assert "outcome" not in sig.facts and not sig.specific, sig.facts


def test_a_result_inside_a_span_of_time_stays_an_outcome(signals_of):
    sig = only(signals_of, "两年的时间里，柳林村新建蔬菜大棚46个，集体收入增加了9万元。")
    assert "outcome" in sig.facts and sig.specific


@pytest.mark.parametrize("sentence", [
    "村民张大姐说：“因为合作社每年分红3000元，大家越来越愿意入股了。”",
    "“回村的后生越来越多，光2023年就回来了6个。”",
])
def test_a_cause_or_trend_in_someone_elses_quoted_words_is_not_the_writers_analysis(signals_of, sentence):
    sig = only(signals_of, sentence)
    assert sig.specific and not sig.analysis


def test_the_writers_own_cause_beside_a_quotation_stays_analysis(signals_of):
    sig = only(signals_of, "入股农户由12户增至45户，主要原因是分红兑现及时，村民张大姐说：“钱是真到手了。”")
    assert sig.analysis


@pytest.mark.parametrize("sentence", [
    "想起第一次进村入户的情景，我的心情久久不能平静。",  # a feeling, not an inability
    "别看小周只有24岁，到柳林村才只有一年半的时间，村里的账却记得清清楚楚。",  # age and time in post, said in praise
    "在村里的事一时无法推开时，我就对自己说：再去一趟。",  # a moment recalled in general
])
def test_a_feeling_an_age_and_a_recalled_moment_are_no_problem(signals_of, sentence):
    assert not only(signals_of, sentence).problem


@pytest.mark.parametrize("sentence", [
    "全镇35岁以下的村干部只有6人。",
    "村里的文书不能按时拿到补贴，已经拖了5个月。",
    "群众在村里无法办理社保，最近的窗口在30公里外。",
])
def test_a_shortfall_with_an_age_or_a_place_stays_a_problem(signals_of, sentence):
    assert only(signals_of, sentence).problem


@pytest.mark.parametrize("sentence", [
    "我来村里的第一年，大路硬化了，装上了路灯，还修好了排水沟。",
    "那年秋天，工作队和村民一起修通了进山的便道。",
])
def test_physical_works_done_are_specific_without_a_figure(signals_of, sentence):
    sig = only(signals_of, sentence)
    assert "works" in sig.facts and sig.specific


@pytest.mark.parametrize("sentence", [
    "要加快推进道路硬化和路灯安装工作。",  # a task still to push
    "驻村干部要修好干群之间的连心路，架起致富桥。",  # a metaphor
    "全面做好大路硬化工作，确保群众满意。",
])
def test_works_named_as_a_task_or_a_metaphor_are_not_specific(signals_of, sentence):
    sig = only(signals_of, sentence)
    assert "works" not in sig.facts and not sig.specific, sig.facts


def test_works_not_done_are_no_deed(signals_of):
    assert "works" not in only(signals_of, "北坡组的几段路还没有安装路灯，晚上出门得打手电。").facts


def test_an_inference_drawn_after_the_figures_is_judged_analysis(signals_of):
    sig = only(signals_of, "全村党员中40岁以下的只有6人，仅占9.5%，说明党员队伍的年龄断档已经很明显。")
    assert sig.analysis and sig.judged


@pytest.mark.parametrize("sentence", [
    "会上，镇党委书记王海就村级换届工作作了说明，提出3点要求。",
    "每组有1名老接访员在旁听着，结束后逐人点评，说明哪句话说得不妥。",
])
def test_explaining_a_matter_is_no_inference(signals_of, sentence):
    assert not only(signals_of, sentence).analysis


@pytest.mark.parametrize("sentence", [
    "村里有三个委员说干满这一届就撂挑子，换届时怕是凑不齐人。",
    "西片几个村的干部至今没能参加社保，退下来以后生活没有着落。",
    "看到有的农户春耕时没钱买种子，我就去信用社问贷款的事。",
])
def test_plainly_worded_hardships_are_problems(signals_of, sentence):
    assert only(signals_of, sentence).problem


@pytest.mark.parametrize("sentence", [
    "老周说现在看病不用花钱了，心里踏实。",
    "这项工作没能难住他，三天就把台账理清了。",
])
def test_hardship_words_in_good_news_are_no_problem(signals_of, sentence):
    assert not only(signals_of, sentence).problem


@pytest.mark.parametrize("sentence", [
    "从摸底的情况看，全镇外出党员有四个特点：",
    "这次蹲点调研梳理出村级班子的五个短板。",
])
def test_the_size_of_a_list_is_no_count(signals_of, sentence):
    sig = only(signals_of, sentence)
    assert "outcome" not in sig.facts and not sig.specific, sig.facts


def test_things_built_stay_a_count(signals_of):
    assert "outcome" in only(signals_of, "两年来全镇新增三个蔬菜基地，带动农户86户。").facts


@pytest.mark.parametrize("sentence", [
    "青石乡位于县城西北，距县城46公里，辖9个村71个村民小组。",
    "全镇东西长约30公里，南北宽约18公里，幅员面积412平方公里。",
])
def test_where_a_place_lies_and_how_big_it_is_is_backdrop(signals_of, sentence):
    sig = only(signals_of, sentence)
    assert "outcome" not in sig.facts and not sig.specific, sig.facts


@pytest.mark.parametrize("sentence", [
    "去年全乡新修通村公路46公里，9个村都通了客车。",
    "全镇辖12个村，其中3个村至今没有卫生室。",
    "村里离最近的卫生院有15公里，老人看病要倒两趟车。",
    "两个村的人均收入差距3000元，班子的心气也不一样。",
])
def test_a_result_or_a_hardship_in_kilometres_stays_a_fact(signals_of, sentence):
    assert only(signals_of, sentence).specific


def test_a_figure_referred_to_is_no_count(signals_of):
    sig = only(signals_of, "近三年全镇入党申请人数的变化如图2所示。")
    assert "outcome" not in sig.facts and not sig.specific, sig.facts


def test_a_place_masked_with_lowercase_x_is_named(checker):
    report = checker.check_text("xx县村干部队伍调研\nxx县xx镇现有村干部186人，其中35岁以下的只有21人。\n"
                                "近三年有14名村干部辞职外出务工，主要原因是每月报酬不到2000元。\n", genre="research")
    assert "ZG509" not in {f.rule for f in report.findings}


def test_a_turn_to_the_shortcomings_is_no_proposal(signals_of):
    assert not only(signals_of, "但同时也要看到，全镇后备人选中45岁以上的还有31人。").forward


@pytest.mark.parametrize("sentence", [
    "调研组走了9个村，有了一些看法和建议，现将调研所得分述如下：",
    "全县将近四成的村没有35岁以下的党员。",
    "这是一份关于村级组织运转问题及对策的调研，共分四个部分。",
])
def test_report_formulas_and_nearly_propose_nothing(signals_of, sentence):
    assert not only(signals_of, sentence).forward


@pytest.mark.parametrize("sentence", [
    "群众盼的是增收、要的是方便，村里却连个代办点都没有。",
    "全县党员中60岁以上的占37%，今后几年还要面临一批老党员集中离世的考验。",
    "材料写得漂亮、村里却说不出几户人家的干部，对他的实绩要打个问号。",
])
def test_wants_prospects_and_doubts_are_no_proposals(signals_of, sentence):
    assert not only(signals_of, sentence).forward


def test_a_quoted_talk_title_proposes_nothing(signals_of):
    assert not only(signals_of, "培训期间，市委党校的老师就“县域产业发展的新路子、新对策”作了辅导。").forward


def test_a_proposal_that_names_a_quoted_event_stays_one(signals_of):
    assert only(signals_of, "建议把“问题与对策”座谈会改为每季度开一次，由组织科负责召集。").forward


def test_what_a_need_costs_someone_is_no_plan(signals_of):
    sig = only(signals_of, "去年秋天，村口的便桥被洪水冲垮了，要去镇上只能绕行12公里山路。")
    assert not sig.forward


# round fifteen: 将 as the object marker before a long list (将…等情形列入…), people's own
# intentions narrated (都在忙着准备考试), a document's requirements narrated (印发了…并要求…),
# and a research item's stated purpose (为摸清…的对策，调研组…): none is the writer's plan
@pytest.mark.parametrize("sentence", [
    "南方几个省份对调整干部的情形作了细化，将不敬畏纪律规矩、遇事推诿扯皮、抓党建履职不力、"
    "群众反映强烈、连续两年年度考核排名靠后等情形列入调整范围。",
    "据了解，这个乡的年轻干部大多想调回县城，不少人正忙着准备参加公开遴选。",
    "去年3月，县委组织部印发了《村级组织运转经费管理办法》，并要求把经费公开作为今后村务公开的必选项。",
    "为了弄清楚村干部待遇偏低的原因和可行的对策，调研组走访了4个乡镇的28名村干部。",
    # set 58's sentence sample: being ready told in a story (做足了…的准备), preparing papers
    # (准备评审材料), and 将 before a long object that is handed out to households (分包到户)
    "她原以为做足了进企业当党建指导员的准备，可第一天还是被问住了。",
    "刚下夜班的护士顾不上吃早饭，又在值班室准备晋升评审材料。",
    "村党支部按居住相邻的原则，将全村有劳动能力的党员分包到户。",
])
def test_narrated_lists_intentions_and_purposes_are_no_proposals(signals_of, sentence):
    assert not only(signals_of, sentence).forward


@pytest.mark.parametrize("sentence", [
    # the twins: a plan stays a plan beside a purpose clause, and 将 before a short object is "will"
    "为了弄清楚村干部待遇偏低的原因，建议县委组织部明年上半年对全县村干部报酬作一次普查。",
    "明年起，县里将把村干部补贴提高到每月3000元。",
    "县委组织部将于年底前印发村级组织运转经费管理办法。",
    "下一步，我们准备在全县推开积分制管理。",
])
def test_plans_beside_those_traps_stay_plans(signals_of, sentence):
    assert only(signals_of, sentence).forward


# round fifteen, from a report on paperwork done to leave a trace: a burden forced on people,
# records faked, and an errand that costs a count of files are problems in plain words
@pytest.mark.parametrize("sentence", [
    "怕考核扣分，村干部不得不把大半精力花在整理台账上。",
    "有的驻村干部甚至伪造了半年的走访记录。",
    "两个村的党员活动签到表被查出造假。",
    "镇里开一次安全生产会，村里就要交7份材料。",
    "台账越做越厚，早就背离了规范管理的初衷。",
])
def test_forced_burdens_and_faked_records_are_problems(signals_of, sentence):
    assert only(signals_of, sentence).problem


@pytest.mark.parametrize("sentence", [
    "看到乡亲们脱了贫，让人不得不佩服这位老书记的眼光。",
    "镇里开一次村干部大会，就要把下个月的重点说清楚。",
    "这次专项整治严查数据造假，对弄虚作假的一律通报。",
])
def test_idioms_rules_and_crackdowns_are_no_such_problems(signals_of, sentence):
    assert not only(signals_of, sentence).problem


def test_a_dwelling_in_disrepair_is_a_scene(signals_of):
    assert only(signals_of, "他家是几十年的土坯房，年久失修，后墙裂开了一道缝。").scene


@pytest.mark.parametrize("sentence", [
    "后来，几个年轻人又想了个办法，将打卡定位固定在村部。",
    "后来，大家要走访就先在群里报位置。",
])
def test_what_happened_later_is_told_not_planned(signals_of, sentence):
    assert not only(signals_of, sentence).forward


def test_a_motive_behind_a_practice_is_a_cause(signals_of):
    sig = only(signals_of, "怕被问责，柳河村的干部不得不把一半时间花在补台账上。")
    assert sig.problem and sig.analysis


def test_fearlessness_is_no_motive(signals_of):
    assert not only(signals_of, "柳河村的老支书不怕被问责，把3件积案都接了下来。").analysis


@pytest.mark.parametrize("sentence", [
    "县里先后废止不合理的证明事项9种，取消不必要的评比4项。",
    "镇里清理了闲置的村级工作群11个。",
])
def test_what_was_scrapped_is_no_problem(signals_of, sentence):
    assert not only(signals_of, sentence).problem


def test_what_was_left_unscrapped_stays_a_problem(signals_of):
    assert only(signals_of, "全县还有9种不合理的证明事项没有废止，群众办事仍要来回跑。").problem


# round fifteen, from experience items and 述职: a list of open questions (哪些事该村里办), a rule
# the place reported on has set (该市明确…需…), a report announcing itself (我将围绕…进行汇报),
# someone's pledge quoted (“…我将放下包袱…”) and 将 before a matter passed up (将情况上报) plan nothing
@pytest.mark.parametrize("sentence", [
    "哪些证明该村里开、哪些检查不应压到村里，过去谁也说不清。",
    "该县明确各类到村调研活动，需提前报乡镇党委备案。",
    "本年度，我将围绕“稳、实、新”三个字进行汇报。",
    "“谢谢组织还我清白，我将甩开膀子好好干。”",
    "按照有关办法，镇纪委将核查结果上报县纪委。",
])
def test_questions_rules_announcements_and_quoted_pledges_are_no_plans(signals_of, sentence):
    assert not only(signals_of, sentence).forward


@pytest.mark.parametrize("sentence", [
    "县委组织部将于下月把核查结果上报市委组织部。",
    "厘清哪些证明该由村里开，建议由县委社会工作部在6月底前列出清单。",
])
def test_plans_beside_reports_and_questions_stay_plans(signals_of, sentence):
    assert only(signals_of, sentence).forward


# experts and the people interviewed advising, in a reporter's problem piece, give its
# countermeasures; a leader's requirements reported stay news
@pytest.mark.parametrize("sentence", [
    "几位受访专家认为，市里应把台账在考核中的分值降到一成以内。",
    "不少乡镇干部和专家都表示，上级应当减少台账检查，考核多看实绩。",
])
def test_experts_advice_reported_is_a_proposal(signals_of, sentence):
    assert only(signals_of, sentence).forward


def test_a_leaders_requirement_reported_stays_news(signals_of):
    assert not only(signals_of, "县委书记指出，要把抓基层党建作为最大的政绩。").forward


@pytest.mark.parametrize("sentence", [
    "到去年底，全县集体经济“空白村”已全部消除，收入10万元以上的村有31个。",
    "镇里定下了两年内消灭集体经济空白村的目标。",
])
def test_a_shortfall_gone_or_targeted_is_no_problem(signals_of, sentence):
    assert not only(signals_of, sentence).problem


def test_a_shortfall_still_there_stays_a_problem(signals_of):
    assert only(signals_of, "到去年底，全县还有6个集体经济“空白村”，收入10万元以上的村只有3个。").problem


# a story's person named by title as he does something (第一书记罗某突然蹲下) is a person in
# the scene; the lie of the land on the way in is a scene
def test_a_titled_person_acting_is_concrete(signals_of):
    sig = only(signals_of, "走到半路，第一书记罗强突然蹲下，把鞋带系紧。")
    assert "person" in sig.facts and sig.concrete


def test_the_lie_of_the_land_is_a_scene(signals_of):
    assert only(signals_of, "从村部到最远的小组要翻过两道山梁，一路都是羊肠小道。").scene


def test_what_a_trip_takes_is_no_plan(signals_of):
    assert not only(signals_of, "各组住得很散，从最东头的组到最西头的组，骑摩托都要花上40分钟。").forward


def test_a_plan_with_a_duration_stays_one(signals_of):
    assert only(signals_of, "建议每个网格员每周要花半天时间入户走访。").forward


def test_what_stands_in_peoples_way_is_a_problem(signals_of):
    assert only(signals_of, "对山里人来说，这条河成了他们出门办事最大的障碍。").problem


def test_people_made_to_run_about_is_a_problem(signals_of):
    assert only(signals_of, "过去开一张证明，村民往往要镇里县里来回跑。").problem


@pytest.mark.parametrize("sentence", [
    "为了这个项目，他跑了好几趟县里，终于把资金争取了下来。",
    "如今在家门口就能办，村民再也不用来回跑了。",
])
def test_legwork_and_trips_saved_are_no_problem(signals_of, sentence):
    assert not only(signals_of, sentence).problem


# from a holiday story: the hour (还不到上午8点), time gone by (一晃五年过去了) and things got
# ready (年货早已准备好了、在院里做着准备) are a scene, not a scarcity, a count or a plan
def test_the_hour_is_no_scarcity(signals_of):
    assert not only(signals_of, "那天还不到上午8点，村部门口就排起了队。").problem


def test_time_gone_by_is_no_count(signals_of):
    sig = only(signals_of, "回头看，一晃五年过去了。")
    assert "outcome" not in sig.facts and not sig.specific


@pytest.mark.parametrize("sentence", [
    "给老人们的米面油早已准备好了，整整齐齐码在院里。",
    "村干部们一大早就在院子里做着准备。",
])
def test_things_got_ready_are_no_plan(signals_of, sentence):
    assert not only(signals_of, sentence).forward


# from a speech: the talk's own shape (再讲三句话十二个字) and a saying (俗话说“…”) are no facts
@pytest.mark.parametrize("sentence", [
    "今天我再讲三句话十二个字，和大家交交心。",
    "俗话说“打铁还需自身硬”，道理就在这里。",
])
def test_a_talks_shape_and_a_saying_are_no_facts(signals_of, sentence):
    assert not only(signals_of, sentence).specific


def test_a_villagers_own_words_stay_a_quotation(signals_of):
    assert only(signals_of, "老周说：“路修通以后，我家的桃子一天能卖出去300斤。”").specific


# from problem reports and an experience item: a burden worked out (平均每人要联系…), a
# consequence foreseen (一旦…，村里将出现…), a calculation reported (…曾算过，…) and a practice
# narrated with 将 before its object (由单位将指标分解到个人) plan nothing
@pytest.mark.parametrize("sentence", [
    "算下来，平均每名副镇长要联系17个县直部门。",
    "他们都是外出务工的年轻人，一旦有人辞职，村里将第一次出现补选。",
    "镇组织委员曾算过，全镇一年要迎接各类检查40多次。",
    "考核每年初由各单位将当年任务分配到每名干部，年底按完成情况打分。",
])
def test_burdens_consequences_and_practices_told_are_no_plans(signals_of, sentence):
    assert not only(signals_of, sentence).forward


@pytest.mark.parametrize("sentence", [
    "明年起，县里将把当年的考核任务分解到每一名干部。",
    "建议由县委组织部牵头，6月底前将考核指标细化到岗位。",
    "我们将不断完善村干部的报酬增长机制，今年底前出台办法。",
])
def test_plans_with_those_words_stay_plans(signals_of, sentence):
    assert only(signals_of, sentence).forward


# from a problem report and two surveys: what some places do, described (一些乡镇每年要签…), the
# checks there are to deal with (要应付的检查), readiness of mind (有思想准备) and advice heard
# (听取了…对策建议) are no plans
@pytest.mark.parametrize("sentence", [
    "记者走访发现，一些乡镇每年要和上级签三十多份目标责任书。",
    "责任书签得多，要应付的督查考核自然也多。",
    "多数受访干部对这次交流轮岗有思想准备，只有少数人顾虑较大。",
    "调研组走访了9个村，听取了村干部的情况介绍和对策建议。",
])
def test_what_some_do_checks_to_face_readiness_and_advice_heard_are_no_plans(signals_of, sentence):
    assert not only(signals_of, sentence).forward


def test_a_proposal_for_some_places_stays_one(signals_of):
    assert only(signals_of, "对集体经济薄弱的村，建议县里每年安排50万元专项资金扶持。").forward


# a sanction named by whom it falls on (履职不力约谈) and a lesson learned (我体会到不能操之过急) are
# no problems found. (What a practice is aimed at, 针对…基础薄弱的情况, stays a problem stated: an
# experience item is asked for exactly that, ZG201.)
@pytest.mark.parametrize("sentence", [
    "镇里推行“述职评议、履职不力约谈”工作法，管住了18个村的书记。",
    "这几个月跟着老书记跑村，我体会到不能操之过急。",
])
def test_sanctions_targets_and_lessons_are_no_problems(signals_of, sentence):
    assert not only(signals_of, sentence).problem


def test_a_duty_left_undone_stays_a_problem(signals_of):
    assert only(signals_of, "督查发现，有5个村的书记履职不力，连续三个月没开支委会。").problem


def test_what_a_practice_is_aimed_at_is_the_problem_it_states(signals_of):
    assert only(signals_of, "针对全县38个山区村基础设施薄弱的情况，县里把党员中心户建到了每个自然村。").problem


# a trip that takes miles (到镇上要绕几十里山路), a programme's name (“墩苗”历练计划) and what a
# works project needs (修路要占…的林地) plan nothing
@pytest.mark.parametrize("sentence", [
    "白岩村在全乡最北边，从村里到镇上要绕几十里山路。",
    "全县选派一批年轻干部参加“墩苗”历练计划，到信访一线跟班学习。",
    "修这条路要占九户人家的自留地，换了三任书记都没谈下来。",
])
def test_trips_programmes_and_a_projects_needs_are_no_plans(signals_of, sentence):
    assert not only(signals_of, sentence).forward


# from set 32: whom a selection favours, a topic talked over, a resolve in the first person, an
# obstacle that did not stop someone and a state left behind are no problems found
@pytest.mark.parametrize("sentence", [
    "这次选派的32人，优先考虑基层经历相对薄弱、接触群众较少的年轻同志。",
    "全镇18个村的书记逐一述职，并就本村工作存在的不足和明年的思路谈了想法。",
    "老支书说：“我不能躺在过去的成绩上，能干一天就干一天。”",
    "刮风下雨都不能阻止她每周三到敬老院陪老人说话。",
    "曾经的落后村，如今村集体年收入超过30万元。",
])
def test_selections_topics_resolves_and_states_left_behind_are_no_problems(signals_of, sentence):
    assert not only(signals_of, sentence).problem


@pytest.mark.parametrize("sentence", [
    "我不能按时把材料报上去，因为系统一直登不上。",
    "这个村至今仍是集体经济空白村，村部连电费都交不上。",
])
def test_an_inability_and_a_state_still_there_stay_problems(signals_of, sentence):
    assert only(signals_of, sentence).problem


# from a reporter's piece on village cadres who live in town: a cadre not there or not on the job,
# told in plain words, is a problem
@pytest.mark.parametrize("sentence", [
    "书记在县城开了家饭馆，村里的大小事务常常推给文书。",
    "村里的活儿他是三天打鱼、两天晒网，有事只能打电话找。",
    "村民们说，平时想找书记办事，跑到村部也见不着人。",
])
def test_a_cadre_not_on_the_job_is_a_problem(signals_of, sentence):
    assert only(signals_of, sentence).problem


# from set 35: people worn down or at a loss and money stretched, told in idioms, are problems;
# overtime worked with a will (加班加点，三天完成…) is praise, not a burden
@pytest.mark.parametrize("sentence", [
    "几个部门要的数字口径各不相同，让村会计无所适从。",
    "村里要办的事一年比一年多，这点运转经费捉襟见肘。",
    "检查组、督导组轮番上门，乡镇干部不堪重负。",
    "年纪大了，再让老支书跑项目，他已经力不从心。",
])
def test_worn_down_at_a_loss_and_stretched_are_problems(signals_of, sentence):
    assert only(signals_of, sentence).problem


# from set 36: work that stalled or fell through, and a mistake that cost something, are problems;
# a policy that tolerates mistakes is not
@pytest.mark.parametrize("sentence", [
    "由于测算失误，水渠修到一半钱就花光了。",
    "工程款迟迟不到位，村里的活动中心一度濒临停工。",
    "县里答应的配套资金，到年底还是落空了。",
])
def test_work_stalled_or_fallen_through_is_a_problem(signals_of, sentence):
    assert only(signals_of, sentence).problem


def test_a_policy_that_tolerates_mistakes_is_no_problem(signals_of):
    assert not only(signals_of, "区里出台了宽容失误的办法，为敢闯敢试的干部撑腰。").problem


# from set 37: idioms of feeling built on 难以/无法/从未 (无法弥补的痛、难以忘怀、从未如此轻快) state no
# problem; the same words as "cannot" or "never" about the work still do
@pytest.mark.parametrize("sentence", [
    "老人走后，儿女心里是无法弥补的痛。",
    "那一幕至今让我难以忘怀。",
    "走在新修的路上，大家的心情从未如此轻快。",
])
def test_idioms_of_feeling_are_no_problems(signals_of, sentence):
    assert not only(signals_of, sentence).problem


@pytest.mark.parametrize("sentence", [
    "山体滑坡后，村里的路至今无法通车。",
    "老人们难以适应新的办事流程，常常白跑一趟。",
    "这个村三年来从未发展过一名年轻党员。",
    "账目混乱给集体造成了无法弥补的损失。",
])
def test_cannot_and_never_about_the_work_stay_problems(signals_of, sentence):
    assert only(signals_of, sentence).problem


# 比/较 measure a change only against an earlier time: a gap between two quantities (实有人数比
# 编制数少了近两成) and 较 as "rather" (较好地) are no effect; 比去年、较上年 are
@pytest.mark.parametrize("sentence,effect", [
    ("全镇实有人数比编制数少了近两成。", False),
    ("这个村的人均收入比全县平均水平高出1200元。", False),
    ("村集体收入较好地保持在每年30万元以上。", False),
    ("全县村干部平均年龄比去年下降了3.2岁。", True),
    ("今年党员发展数量较上年增加了12名。", True),
])
def test_a_gap_is_no_effect_a_change_over_time_is(signals_of, sentence, effect):
    assert only(signals_of, sentence).effect is effect


def test_overtime_worked_with_a_will_is_no_problem(signals_of):
    assert not only(signals_of, "他们加班加点，三天完成了全村的核查。").problem


def test_what_others_demand_named_as_a_thing_is_no_plan(signals_of):
    assert not only(signals_of, "几个部门要的数字口径各不相同，让村会计无所适从。").forward


def test_a_job_handed_on_is_no_problem(signals_of):
    assert not only(signals_of, "村里把调解的事交给了退休教师老李，大家都服气。").problem


# from set 32: a burden worked out, requirements reported, a higher body's line cited, a habit on a
# visit and 将 before a service carried down (将服务延伸至…) plan nothing
@pytest.mark.parametrize("sentence", [
    "这样算下来，光一项安全检查，镇里一年要接待5拨人。",
    "会上，县委组织部负责同志对各村书记提出四点要求：一是抓学习，二是抓队伍。",
    "党的十九大提出，要把基层党组织建强。",
    "每到一处，调研组都要仔细查看台账、询问群众。",
    "小小的联系卡，将便民服务延伸至每一个楼栋。",
])
def test_reckonings_reported_requirements_citations_and_habits_are_no_plans(signals_of, sentence):
    assert not only(signals_of, sentence).forward


# from set 33: a consequence foreseen (素质的高低将直接影响…), a dependence described (都要靠乡镇去
# 落实), a motive (出于种种考虑), a paper announcing itself (本文将探讨…) and not knowing where to
# start (不知从何着手) plan nothing
@pytest.mark.parametrize("sentence", [
    "党员队伍素质的高低，将直接影响基层党组织的战斗力。",
    "县直部门布置的工作，最后都要靠乡镇干部一件件去落实。",
    "也有一部分年轻人出于种种考虑，选择了离开乡镇。",
    "本文将探讨村里后备力量培养中存在的问题和解决办法。",
    "刚到村里时，想为群众办点实事，却不知从何着手。",
])
def test_forecasts_dependences_motives_papers_and_doubts_are_no_plans(signals_of, sentence):
    assert not only(signals_of, sentence).forward


def test_a_plan_to_influence_stays_a_plan(signals_of):
    assert only(signals_of, "明年起，县里将对软弱涣散村逐村派驻第一书记。").forward


# from set 34: the reporter's way in (走进…村，…) is a scene; where a practice started (村党支部从
# 整治村容着手，…) is told, not planned, unless a forward word is left (要从…着手)
def test_the_reporters_way_in_is_a_scene(signals_of):
    assert only(signals_of, "走进青石镇上河村，新修的文化广场上，几位老人正在下棋。").scene


def test_where_a_practice_started_is_no_plan(signals_of):
    assert not only(signals_of, "村党支部从整治村容着手，组织党员带头拆除了旱厕17座。").forward


def test_where_to_start_stays_a_plan(signals_of):
    assert only(signals_of, "下一步，要从群众最急的饮水问题着手，年底前建成3座蓄水池。").forward


# from set 33: money still short and a village with nothing but debts are problems; debts paid off
# are not
@pytest.mark.parametrize("sentence", [
    "争取到的项目资金8万元加上村民凑的1万多元，修路的钱仍有不小的缺口。",
    "那时村里既无存款，又无收入，账上还挂着欠款。",
])
def test_money_short_and_debts_are_problems(signals_of, sentence):
    assert only(signals_of, sentence).problem


@pytest.mark.parametrize("sentence", [
    "合作社办起来的第二年，村里就还清了历年的欠款。",
    "村集体一年收入300多万元，没有负债。",
])
def test_debts_paid_off_or_denied_are_no_problem(signals_of, sentence):
    assert not only(signals_of, sentence).problem
