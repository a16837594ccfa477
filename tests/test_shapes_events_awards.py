"""Events and awards as reports the rules were not written from write them (issue 13).

Each case is an invented sentence in a shape met when auditing real report openings of other places
against the annotation guide: what the recognisers must name in it, and what they must not take.
"""
import pytest
from test_shapes_programs import names


EVENT_FOUND = [
    # 依法行政 before a course, a seminar or a meeting tells it apart, as other topics do (sixty-sixth round)
    ("举办了某某思想专题培训班、依法行政专题培训班,有效提升能力。", "依法行政专题培训班"),
    ("举办依法行政专题培训班2期,制发文件。", "依法行政专题培训班"),
    ("举办领导干部依法行政研讨班并开展法治测试。", "领导干部依法行政研讨班"),
    # who watches a sitting, and the verb of watching, come before its name (sixty-sixth round)
    ("组织厅系统全体党员干部职工收看收听了中国共产党第二十次全国代表大会开幕会实况直播。", "中国共产党第二十次全国代表大会"),
    ("我镇组织政法单位领导干部收看某某思想和中央某某工作会议精神专题学习会。", "某某思想和中央某某工作会议精神专题学习会"),
    # 培训 unquoted ends a name for one sitting opened by a scope or a year (sixty-fourth round)
    ("组织开展1次全县某某工作法治化业务培训,深入办件。", "全县某某工作法治化业务培训"),
    ("积极组织开展2024年度执法人员业务培训,秉持理论。", "2024年度执法人员业务培训"),
    ("二是高质量承办全国某某与检察系统联合同堂培训,创新开展。", "全国某某与检察系统联合同堂培训"),
    # a meeting that weighs cases or risks (sixty-fourth round)
    ("召开某某工作专题会议3次、重点行政争议案件研判会1次,制定方案。", "重点行政争议案件研判会"),
    # …and for one told apart by the ability it raises (sixty-fourth round)
    ("干部约260人开展基层某某管理能力提升培训。", "基层某某管理能力提升培训"),
    ("组织全体干部职工开展综合素质提升集中脱产培训2期,覆盖100人。", "综合素质提升集中脱产培训"),
    # the session a statute was passed by, after 由 as after 经; a meeting where two sides are matched (sixty-third round)
    ("2024年12月《某市养老服务条例》由某市第十七届人民代表大会常务委员会第二十二次会议审议通过。",
     "某市第十七届人民代表大会常务委员会第二十二次会议"),
    ("街道组织召开“携手发展”银企对接会,达成合作意向。", "“携手发展”银企对接会"),
    ("举办2024某某大会法律科技应用场景发布及产业对接会。", "2024某某大会法律科技应用场景发布及产业对接会"),
    # a body's field of rule by law or a session listed before the last body's meeting is its own meeting, the
    # noun shared (sixty-third round)
    ("认真学习中央全面依法治国、市委全面依法治市、县委全面依法治县工作会议部署。", "中央全面依法治国工作会议"),
    ("认真学习中央全面依法治国、市委全面依法治市、县委全面依法治县工作会议部署。", "市委全面依法治市工作会议"),
    ("认真学习省委全面依法治省委员会第五次、市委全面依法治市委员会第四次会议精神。", "省委全面依法治省委员会第五次会议"),
    # …while one held, one with its session, or a lower committee's cited stays named (sixtieth round)
    ("省委书记主持召开省委某某委员会会议,研究部署工作。", "省委某某委员会会议"),
    ("认真学习省委某某委员会第五次会议精神,研究部署工作。", "省委某某委员会第五次会议"),
    ("干部在区委某某委员会会议上现场述法。", "区委某某委员会会议"),
    # a 专题会议 after the topic it sits on, not after the body that holds it, names one meeting (fifty-second round)
    ("区政府召开某某审批改革暨行政复议工作专题会议2次,研究推进。", "某某审批改革暨行政复议工作专题会议"),
    ("召开部门负责人述法专题会议,进行现场述法。", "部门负责人述法专题会议"),
    ("召开某区权力清单联席会议,统筹推进。", "某区权力清单联席会议"),
    # a 常委会议 with its session, and a routine sitting numbered after the spirit it studied, stay named (fiftieth round)
    ("召开县委第12次常委会议,专题研究法治建设。", "县委第12次常委会议"),
    ("学习省委全会精神区政府第35次常务会议,审议方案。", "学习省委全会精神区政府第35次常务会议"),
    # a quotation ending in 培训 right after a verb that holds or attends one names one training, and so does the next
    # one after 和 (forty-sixth round)
    ("干部参加省某局组织的“某某地区执法与司法衔接培训”和“省某某执法监督培训”共3人次。", "某某地区执法与司法衔接培训"),
    ("干部参加省某局组织的“某某地区执法与司法衔接培训”和“省某某执法监督培训”共3人次。", "省某某执法监督培训"),
    # a course or lecture is held, never cited for its spirit: topics joined before it are both its own, inside a
    # quotation or not (forty-sixth round)
    ("举办习近平法治思想和依法行政专题培训班,提升能力。", "习近平法治思想和依法行政专题培训班"),
    ("干部参加“习近平法治思想和基层治理”网络专题培训。", "“习近平法治思想和基层治理”网络专题培训"),
    ("街道组织法治宣传和廉政教育讲座,覆盖干部百人。", "法治宣传和廉政教育讲座"),
    # …while a meeting after what is studied is cited alone, and a study session joined before a course is its own
    ("深入学习习近平法治思想和中央全面依法治国工作会议精神。", "中央全面依法治国工作会议"),
    # …but a 宣讲活动 dated or placed before its slogan is one occasion (forty-first round)
    ("举办2024年某某区“新春第一课学法”宣讲活动。", "2024年某某区“新春第一课学法”宣讲活动"),
    # an exam sat once, opened by a scope or a year's 年度, is an event (thirty-seventh round)
    ("组织参加全省行政执法人员业务知识统一考试,参考率100%。", "全省行政执法人员业务知识统一考试"),
    ("组织2023年度全县公职人员学法考试。", "2023年度全县公职人员学法考试"),
    # a document (a 报告, a 要求) closes an item of a 、 list: the meeting after it is named alone (thirty-ninth round)
    ("认真落实区政府工作报告、全区营商环境建设推进会议部署。", "全区营商环境建设推进会议"),
    ("传达某委员会会议工作要求、县委依法治县工作会议精神。", "县委依法治县工作会议"),
    # a party congress written with its session is an event (thirty-seventh round)
    ("认真贯彻落实省第九次党代会提出的各项部署。", "省第九次党代会"),
    # a course, a rotation or a class closes an item of a 、 list: what follows is the next event (thirty-third round)
    ("组织干部学习网络法治课程、某某法治专题讲座。", "某某法治专题讲座"),
    ("依托网络学院开办科级干部能力进修班、青年干部法治思维专题研讨班。", "青年干部法治思维专题研讨班"),
    # a coaching session or lecture told apart by its topic is an event (thirty-second round)
    ("组织开展《某某条例》专题辅导会,提升纪律意识。", "《某某条例》专题辅导会"),
    ("区委中心组举行“以法治思维推动发展”专题辅导报告。", "“以法治思维推动发展”专题辅导报告"),
    # a level followed by what the meeting is about names it (thirty-first round: only levels alone name none)
    ("我局在全省法治政府建设工作会议上作交流发言。", "全省法治政府建设工作会议"),
    # …after 以及 the meeting's name starts
    ("深入学习习近平法治思想,以及省委全面依法治省工作会议精神。", "省委全面依法治省工作会议"),
    # a ceremony is an event, the oath after an appointment too (the guide names ceremonies)
    ("区政府任命国家工作人员举行宪法宣誓仪式。", "宪法宣誓仪式"),
    # 结合 and 按照 cite a meeting as 根据 does and are no part of its name
    ("结合全市司法行政年度工作会议、重点工作定期调度。", "全市司法行政年度工作会议"),
    # the regulation a session passed, and when, come before the session's name
    ("《某市教育督导条例》经十五届人大常委会四十次会议表决通过。", "十五届人大常委会四十次会议"),
    ("《某市中医药发展促进条例》于12月3日经省人民代表大会常务委员会第二十一次会议审议通过。",
     "省人民代表大会常务委员会第二十一次会议"),
    ("按照全省法治政府建设推进会部署要求,抓好落实。", "全省法治政府建设推进会"),
    # a comma inside a quoted title does not end the clause; 在…会上 makes a meeting of a 小组会 or 班子会
    ("举办“学法律,守规矩”青年干部专题培训班。", "“学法律,守规矩”青年干部专题培训班"),
    ("我县在市委全面依法治市委员会执法协调小组会上作交流发言。", "市委全面依法治市委员会执法协调小组会"),
    # a 和 between audiences stays inside the name
    ("举办全市局级领导干部和法治机构负责人法治政府建设专题培训班。", "全市局级领导干部和法治机构负责人法治政府建设专题培训班"),
    # 经过 and 分别为 lead a name and are no part of it
    ("经过全市法治政府建设推进会研究部署,印发方案。", "全市法治政府建设推进会"),
    ("组织活动7次,分别为防范非法集资宣传、安全生产培训会等活动。", "安全生产培训会"),
    # after a scope the verb belongs to the name; after a party committee it leads the name
    ("我县在全省学习宣传贯彻《某条例》会议上作典型发言。", "全省学习宣传贯彻《某条例》会议"),
    ("市委召开第十二届第5次常委会扩大会议,专题学习。", "第十二届第5次常委会扩大会议"),
    ("市委组织召开全市法治建设工作推进会。", "全市法治建设工作推进会"),
    ("市委组织部举办全市组工干部法治专题培训班。", "全市组工干部法治专题培训班"),
    # 坚决执行 leads a name
    ("坚决执行中央全面依法治国工作会议和市委的决策部署。", "中央全面依法治国工作会议"),
    # who holds an event is not part of its name; a 讲堂 before 、 is an activity of its own
    # (系列 and 主题 alone before 发布会 tell no event apart: the case names its topic)
    ("由省委宣传部主办的营商环境系列主题发布会第二场在省行政中心召开。", "营商环境系列主题发布会"),
    ("开展法治大讲堂、百名法学家百场报告会等活动。", "百名法学家百场报告会"),
    ("组织召开法治政府建设工作推进会、行政执法专项监督检查部署会等全市性会议4次。", "行政执法专项监督检查部署会"),
    # 高等, 中等 are words, not the 等 that ends examples
    ("召开全区高等院校法治工作会议,部署依法治校。", "全区高等院校法治工作会议"),
    ("组织召开中等职业学校依法治校推进会。", "中等职业学校依法治校推进会"),
    # a quotation may name a forum in few words
    ("通过“中都论坛”等载体组织学习。", "中都论坛"),
    # 领会, a verb of study, leads a meeting cited for its spirit (twenty-eighth round)
    ("深刻领会省委全面依法治省工作会议精神,推动落实。", "省委全面依法治省工作会议"),
    ("社区开展某某法治宣讲活动,提升意识。", "某某法治宣讲活动"),
    # what follows a joiner ending in 精神 just before a course's noun is a second thing studied there (twenty-ninth round)
    ("举办全县干部学习贯彻习近平法治思想和党的某次全会精神研讨班。", "全县干部学习贯彻习近平法治思想和党的某次全会精神研讨班"),
    # A暨B is one event: a verb after 暨 belongs to its second name
    ("召开区委理论学习中心组(扩大)学习会暨落实法治政府建设学习培训会议,邀请法官授课。",
     "区委理论学习中心组(扩大)学习会暨落实法治政府建设学习培训会议"),
    # a verb right after 举办 / 召开 is the name's own, unless the meeting is only cited for its spirit
    ("举办学习贯彻习近平法治思想专题培训、处级领导干部读书班。", "学习贯彻习近平法治思想专题培训"),
    ("举办学习贯彻习近平法治思想论坛和主题征文活动。", "学习贯彻习近平法治思想论坛"),
    ("召开全区传达贯彻党的二十大精神大会。", "全区传达贯彻党的二十大精神大会"),
    # a lead verb and what is studied before a 、 are no part of the meeting's name
    ("深入学习宣传习近平法治思想、中央全面依法治国工作会议精神。", "中央全面依法治国工作会议"),
    ("学习传达十一届省委全面依法治省委员会第八次会议精神。", "十一届省委全面依法治省委员会第八次会议"),
    ("贯彻落实习近平总书记重要讲话、开发开放30周年庆祝大会精神。", "开发开放30周年庆祝大会"),
    ("本市贯彻全面依法治市工作会议精神。", "全面依法治市工作会议"),
    ("认真学习省委依法治省工作会议、全面依法治省委员会第五次会议精神。", "省委依法治省工作会议"),
    ("贯彻党的十九大和十九届历次全会精神以及中央全面依法治国工作会议精神。", "中央全面依法治国工作会议"),
    # a 和 between topics or audiences joins one name
    ("举办新时代法治能力提升和政法领导干部专题培训班。", "新时代法治能力提升和政法领导干部专题培训班"),
    # a year tells one sitting of a routine meeting apart
    ("组织召开2025年街道依法治理委员会办公室会议。", "2025年街道依法治理委员会办公室会议"),
    ("2023年区政府第十次常务会议研究了方案。", "2023年区政府第十次常务会议"),
    # 及 between those honoured stays inside the name
    ("每季度组织召开基层“规范创新”流动红旗及先进个人风采展示会议。", "基层“规范创新”流动红旗及先进个人风采展示会议"),
    # a joint meeting on its own field is named; the standing 府院联席会议 is not
    ("召开示范区某某执法协作联席会议,", "示范区某某执法协作联席会议"),
    ("召开行政审判工作府院联席会议,", "行政审判工作府院联席会议"),
    # a review held is an event; a review reached everywhere is a result
    ("组织2023年度乡镇(街道)党政主要负责人述法评议。", "2023年度乡镇(街道)党政主要负责人述法评议"),
    # video meetings and contests
    ("在全省市场监管行政执法工作视频会上做典型发言。", "全省市场监管行政执法工作视频会"),
    ("在第二届山东省市场监管系统电子数据取证大比武中获团体第一名。", "第二届山东省市场监管系统电子数据取证大比武"),
    # who attends and what they study, between 举办 and the noun, are the name's own; a name opens with no 和
    ("举办4期省管干部学习贯彻党的二十大精神专题研讨班,持续提升素养。", "省管干部学习贯彻党的二十大精神专题研讨班"),
    ("举办政法系统领导干部学习贯彻习近平法治思想专题培训班。", "政法系统领导干部学习贯彻习近平法治思想专题培训班"),
    ("部署习近平法治思想学习宣传贯彻和中央全面依法治国工作会议精神贯彻落实工作。", "中央全面依法治国工作会议"),
    # after a scope only a verb of study is the name's own; 落实推进 leads a name
    ("全区开展习近平法治思想专题研讨班5期,受众广泛。", "习近平法治思想专题研讨班"),
    ("积极落实推进六届区委常委委员会第18次扩大会议审议通过的方案。", "六届区委常委委员会第18次扩大会议"),
    # a committee's sitting is named, with its session or without (every development gold lists it)
    ("召开区委依法治区委员会会议,审议年度要点。", "区委依法治区委员会会议"),
    ("召开区依法行政领导小组会议,研究部署。", "区依法行政领导小组会议"),
    ("召开市委全面依法治市委员会第六次会议,审议年度要点。", "市委全面依法治市委员会第六次会议"),
    # sessions listed under one head and noun are one event each, also with the 次 of all but the last elided
    ("学习贯彻习近平法治思想和中央全面依法治国、省委依法治省委员会第一次、第二次、第三次会议精神。", "省委依法治省委员会第一次会议"),
    ("学习贯彻习近平法治思想和中央全面依法治国、省委依法治省委员会第一次、第二次、第三次会议精神。", "省委依法治省委员会第二次会议"),
    ("学习贯彻习近平法治思想和中央全面依法治国、省委依法治省委员会第一次、第二次、第三次会议精神。", "省委依法治省委员会第三次会议"),
    ("先后提请召开县委全面依法治县委员会第七、第八次会议,研究审议。", "县委全面依法治县委员会第七次会议"),
    ("先后提请召开县委全面依法治县委员会第七、第八次会议,研究审议。", "县委全面依法治县委员会第八次会议"),
    ("召开区委全面依法治区委员会第十四、十五次会议。", "区委全面依法治区委员会第十五次会议"),
    ("区委全面依法治区委员会召开第一次、第二次会议。", "第二次会议"),
    # a session-numbered committee meeting, and a 暨-compound opened by a numbered meeting
    ("召开十四届市委全面依法治市委员会第四次会议,审议要点。", "十四届市委全面依法治市委员会第四次会议"),
    ("召开市委依法治市办第一次会议暨全市优化法治化营商环境推进会,部署工作。", "市委依法治市办第一次会议暨全市优化法治化营商环境推进会"),
    # a 述法点评 meeting with its year; a named training introduced by 依托 and held
    ("组织召开2024年度党政主要负责人述法点评会议。", "2024年度党政主要负责人述法点评会议"),
    ("依托“法治大讲堂”举办全区领导干部法治能力提升培训班。", "全区领导干部法治能力提升培训班"),
    # after a title studied, a 和 starts the meeting's name; 深入学习 leads it
    ("集中学习日深入学习《某某思想》和中央全面依法治国工作会议精神。", "中央全面依法治国工作会议"),
    # a verb after 的 is a noun and leads nothing; 对象 holds no preposition 对
    ("依托县优秀年轻干部培训班、新时代党的组织路线专题研修班等培训教育。", "新时代党的组织路线专题研修班"),
    ("召开服务对象座谈会,收集意见。", "服务对象座谈会"),
    # a meeting before a speech at it, joined by 和 to another meeting: each is named
    ("落实总书记在中央全面依法治国工作会议上的重要讲话和省委全面依法治省工作会议要求。", "中央全面依法治国工作会议"),
    ("落实总书记在中央全面依法治国工作会议上的重要讲话和省委全面依法治省工作会议要求。", "省委全面依法治省工作会议"),
    # bodies of two levels listed before one noun: the last meeting is named
    ("传达学习中央全面依法治国、省委全面依法治省工作会议精神。", "省委全面依法治省工作会议"),
    ("举办全省、全市行政执法人员专题培训班。", "全省、全市行政执法人员专题培训班"),
    # the full name, written once before its short back reference
    ("在某市深化“宪法进农村”建设现场会上了解到。建设现场会上,还举行了授旗仪式。", "某市深化“宪法进农村”建设现场会"),
    # a party committee's plenum with its term and session; a party congress studied before 和 is no part of it
    ("召开市委十二届七次全会,研究完善体制机制。", "市委十二届七次全会"),
    ("深入学习宣传贯彻党的二十大和省委十届三次全会、市委十二届四次全会精神。", "省委十届三次全会"),
    ("深入学习宣传贯彻党的二十大和省委十届三次全会、市委十二届四次全会精神。", "市委十二届四次全会"),
    # an enlarged sitting written …(扩大)会, named with its session
    ("在党委理论学习中心组2023年第8次集中学习(扩大)会上,由委员发言。", "党委理论学习中心组2023年第8次集中学习(扩大)会"),
    # one occasion named twice with 暨 ends in 活动 and is an event; 成立 ends a name
    ("举办某市宣讲团系列巡讲活动暨某区“新年首个工作日学法”宣讲活动,举行论坛。",
     "某市宣讲团系列巡讲活动暨某区“新年首个工作日学法”宣讲活动"),
    ("在区法学会成立大会上讲话。", "区法学会成立大会"),
    # 以及 joins two meetings as 及 does
    ("学习贯彻中央全面依法治国工作会议以及省委全面依法治省委员会第二次会议精神。", "中央全面依法治国工作会议"),
    ("学习贯彻中央全面依法治国工作会议以及省委全面依法治省委员会第二次会议精神。", "省委全面依法治省委员会第二次会议"),
    # a count ends an item of a 、 list
    ("组织网络学院学习依法行政内容10学时、市委党校主体班次培训班2期。", "市委党校主体班次培训班"),
    # a lecture told apart by its topic or title; an invited speaker (邀请…作了) comes before its name; 以案释法 is an
    # activity of its own in a 、 list; 与 after a meeting starts the next one
    ("邀请市委党校教授作了《关于某某问题的决议》专题讲座。", "《关于某某问题的决议》专题讲座"),
    ("举办《民法典》专题讲座,组织测试。", "《民法典》专题讲座"),
    ("邀请专家在市政府常务会上作民法典专题讲座,", "民法典专题讲座"),
    ("先后举办以案释法、《宪法》专题讲座等活动。", "《宪法》专题讲座"),
    ("定期召开党政联席会与法治政府建设工作推进会,研究工作。", "法治政府建设工作推进会"),
    # who held it before 的; a verb of study before a course or a forum is its topic, whatever verb leads the name
    ("在省司法厅举办的全省法律援助质量提升专题培训班上作交流发言。", "全省法律援助质量提升专题培训班"),
    ("组织干部参加全区领导干部学习贯彻党的二十大精神专题学习班。", "全区领导干部学习贯彻党的二十大精神专题学习班"),
    ("我局在学习贯彻习近平法治思想论坛上作交流发言。", "学习贯彻习近平法治思想论坛"),
    # an activity of study or hearing held once, told apart by its topic
    ("邀请讲师团来区开展党史学习教育集中宣讲活动;", "党史学习教育集中宣讲活动"),
    ("镇党委书记带头参加行政案件旁听庭审活动,", "行政案件旁听庭审活动"),
    # an audience before 旁听 is who hears, not the hearing's name
    ("组织领导干部旁听法院庭审活动,推动学法。", "旁听法院庭审活动"),
    # a session after a body's kind, or a named body before it, tells one sitting apart
    ("召开委员会第三次会议,审议年度要点。", "委员会第三次会议"),
    ("召开县法治政府建设领导小组会议。", "县法治政府建设领导小组会议"),
    # how long an event lasts is not part of its name
    ("在市委党校举办了为期两天的安全生产暨应急处置专题培训班。", "安全生产暨应急处置专题培训班"),
    # …but a topic before the medium tells one apart
    ("举办深入学习贯彻党的二十大精神网络培训班。", "深入学习贯彻党的二十大精神网络培训班"),
    # an adverb before the verb of study leaves it the course's topic (twenty-sixth round)
    ("举办某某培训班、2024年某市深入学习贯彻宪法精神专题培训班,提升能力。", "2024年某市深入学习贯彻宪法精神专题培训班"),
    ("参加全市认真学习宣传宪法专题研讨班。", "全市认真学习宣传宪法专题研讨班"),
    # a contest held once is an event (twenty-seventh round)
    ("本局组织参加全市道路执法技能比赛,提升执法能力。", "全市道路执法技能比赛"),
    ("举办全区执法队伍岗位练兵比武,检验培训成效。", "全区执法队伍岗位练兵比武"),
    # two bodies joined by 和 / 及 before one noun: the meeting after the joiner is named (twenty-seventh round)
    ("落实市委年度工作安排和县委五届三次全会部署。", "县委五届三次全会"),
    # a series of lectures held is still named; only a series of meetings is a kind (fifty-sixth round)
    ("区政府常务会开展某某思想系列专题法治讲座4次。", "某某思想系列专题法治讲座"),
]

EVENT_NOT_FOUND = [
    # …nor the words of watching, with 了, inside a sitting's name (sixty-sixth round)
    ("组织厅系统全体党员干部职工收看收听了中国共产党第二十次全国代表大会开幕会实况直播。",
     "厅系统全体党员干部职工收看收听了中国共产党第二十次全国代表大会"),
    ("我镇组织政法单位领导干部收看某某思想和中央某某工作会议精神专题学习会。",
     "政法单位领导干部收看某某思想和中央某某工作会议精神专题学习会"),
    # a training named by the titles studied alone is their routine study (sixty-sixth round)
    ("组织开展了《某某执法行为指引》《某某执法“十项禁令”》专题培训以及《某某办法》学习。",
     "《某某执法行为指引》《某某执法“十项禁令”》专题培训"),
    ("学习《突发事件应对法》和《安全生产法》专题培训。二是强化。", "《安全生产法》专题培训"),
    ("邀请党校教授专题作《某某思想学习辅导》专题培训。", "《某某思想学习辅导》专题培训"),
    # a field of work alone before the noun still names none (the list without 依法行政)
    ("举办法律专题培训,提升能力。", "法律专题培训"),
    # …but 专题研判会 alone names none (sixty-fourth round)
    ("通过4次专题研判会,分析基层治理短板。", "专题研判会"),
    # …but not without one, as a plan or a kind, alone after the scope, or with who attended counted (sixty-fourth round)
    ("组织执法人员开展业务培训,提升能力。", "执法人员开展业务培训"),
    ("组织执法人员开展业务培训,提升能力。", "业务培训"),
    ("将习近平法治思想纳入全县干部教育培训计划,列入党校。", "全县干部教育培训"),
    ("纳入全市各级党员领导干部教育培训的重要内容。", "全市各级党员领导干部教育培训"),
    ("组织全县培训,提升能力。", "全县培训"),
    ("组织全省近400名生态环境执法人员岗位培训,全面提升。", "全省近400名生态环境执法人员岗位培训"),
    ("全区20家运输企业、3家机动车驾驶员培训企业及所有单位。", "全区20家运输企业、3家机动车驾驶员培训"),
    # an upper committee's meetings written without a session and cited for their spirit or a speech are all its
    # sittings, not one (sixtieth round)
    ("认真学习省委某某委员会会议精神,研究部署工作。", "省委某某委员会会议"),
    ("贯彻习近平总书记在中央某某委员会会议上的重要讲话精神。", "中央某某委员会会议"),
    # 以 opening a name tells the form some work takes (forty-sixth round)
    ("围绕主题,以专家讲座、现场教学等形式开展培训。", "以专家讲座"),
    # a meeting a body founds is a standing arrangement, not one sitting (forty-sixth round)
    ("调整建立某区权力清单联席会议,统筹推进。", "调整建立某区权力清单联席会议"),
    ("推动建立党政主要负责人述法工作会,压实责任。", "推动建立党政主要负责人述法工作会"),
    # 将 moving an object before its verb, or 严格 / 精简 controlling how meetings run, opens no one sitting (forty-ninth round)
    ("将宪法学习作为年度全系统法治培训班重要课程。", "将宪法学习作为年度全系统法治培训班"),
    ("干部列席局务会,并将会议精神传达到处室。", "并将会议"),
    ("严格文件会议审批流程,提高效率。", "严格文件会议"),
    # a party committee's 常委会议 without its session, a routine sitting cited after the spirit it studied, a name
    # that holds the verb of an honour, laws and regulations as a field alone (fiftieth round)
    ("县委常委会议专题听取法治政府建设情况汇报。", "县委常委会议"),
    ("会议12次,2024年市委常委会议专题研究法治工作。", "2024年市委常委会议"),
    ("学习贯彻党的二十届三中全会精神区政府常务会议召开后,各部门抓好落实。", "党的二十届三中全会精神区政府常务会议"),
    ("县局荣获2024年全省林业行政执法比武团体二等奖。", "县局荣获2024年全省林业行政执法比武"),
    ("2项经验做法入选全国第三届数字政务创新峰会优秀案例。", "2项经验做法入选全国第三届数字政务创新峰会"),
    ("党支部召开法律法规学习会,提升干部素养。", "法律法规学习会"),
    ("创新采取“线上自学+线下培训”方式,提升能力。", "线上自学+线下培训"),
    ("严格落实“强化法治教育培训”要求。", "强化法治教育培训"),
    ("组织干部职工集体学习和专题培训,提升能力。", "干部职工集体学习和专题培训"),
    ("深入学习习近平法治思想和中央全面依法治国工作会议精神。", "习近平法治思想和中央全面依法治国工作会议"),
    # a 宣讲 campaign named by its slogan alone is a programme, not one event; a dated one stays an event (forty-first round)
    ("社区开展“学法律、讲诚信、促和谐”微宣讲活动,覆盖居民千余人。", "“学法律、讲诚信、促和谐”微宣讲活动"),
    ("组织“法治护航进万家”法律政策宣讲活动。", "“法治护航进万家”法律政策宣讲活动"),
    # a lecture named by a statute's title or a body of knowledge alone is routine study of a law (forty-fourth round)
    ("局机关举办《某某管理条例》专题讲座,提升能力。", "《某某管理条例》专题讲座"),
    ("邀请律师开展宪法知识专题讲座。", "宪法知识专题讲座"),
    # a body's name before a course or a lecture named by no topic says who holds it, not which (forty-first round)
    ("干部参加县委宣传部专题培训,提升能力。", "县委宣传部专题培训"),
    ("邀请律师为全体干部开展区市场监管局专题讲座。", "区市场监管局专题讲座"),
    # an exam named by its kind alone is sat again and again (thirty-seventh round)
    ("组织新提任干部参加任前法律知识考试。", "任前法律知识考试"),
    ("组织执法人员参加执法证考试。", "执法证考试"),
    # every congress names none; a congress's report is a document (thirty-seventh round)
    ("回顾历届党代会确定的目标任务。", "历届党代会"),
    ("把法治建设写入市第五次党代会报告。", "把法治建设写入市第五次党代会"),
    # …and the list is not read as one name (thirty-third round)
    ("组织干部学习网络法治课程、某某法治专题讲座。", "学习网络法治课程、某某法治专题讲座"),
    ("列入县委党校、全县政法单位政治轮训、某某专题培训班。", "全县政法单位政治轮训、某某专题培训班"),
    # a party committee's or a government's sitting with the body alone is routine
    ("严格落实党委(党组)会议、政府常务会议学法制度。", "党委(党组)会议"),
    ("重大行政决策方案未经合法性审查的,不得提交政府会议讨论。", "政府会议"),
    ("严格按照街工委会议研究决定重大事项。", "街工委会议"),
    # 以及 opens no name, and levels joined before a 、 list (中央和省、市) hold each its own meeting
    ("深入学习习近平法治思想,以及中央和省、市法治建设会议精神。", "以及中央和省、市法治建设会议"),
    ("深入学习习近平法治思想,以及中央和省、市法治建设会议精神。", "中央和省、市法治建设会议"),
    # a name never holds half a bracket: the noun inside it is one of the forms the bracket lists
    ("举办机关干部法治讲座(培训、报告会)120场。", "机关干部法治讲座(培训、报告会"),
    ("组织开展法治专题学习(培训、讲座)11次。", "法治专题学习(培训、讲座"),
    ("在每周学习例会上,组织民警学法。", "每周学习例会"),
    ("在镇党政班子会上,部署法治建设。", "镇党政班子会"),
    ("结合全市司法行政年度工作会议、重点工作定期调度。", "结合全市司法行政年度工作会议"),
    # 各类 / 各种 anywhere, an event noun alone after a joiner, a body's 委员会 or a plenum before 上
    ("推荐各类培训班次设置法治课程。", "推荐各类培训班"),
    ("组织干部参加各种专题培训。", "组织干部参加各种专题培训"),
    ("对《保密法》等法律法规制度和会议精神进行系统学习。", "法律法规制度和会议"),
    ("依托主体班次和专题培训班,讲授法治课程。", "依托主体班次和专题培训班"),
    ("依托主体班次和专题培训班,讲授法治课程。", "主体班次和专题培训班"),
    ("在区委全会上作说明。", "区委全会"),
    ("在镇人民调解委员会上报案件。", "镇人民调解委员会"),
    # a back reference names the event already named
    ("县组织召开年度报告评议会。县司法局主持了此次评议会。", "此次评议会"),
    ("在某市深化“宪法进农村”建设现场会上了解到。建设现场会上,还举行了授旗仪式。", "建设现场会"),
    # a meeting named only by who attends, or by 专题 alone, or a standing council's sitting
    ("在领导班子会议、全体机关干部大会、村(社区)干部会议等层面强调。", "村(社区)干部会议"),
    ("在领导班子会议、全体机关干部大会、村(社区)干部会议等层面强调。", "全体机关干部大会"),
    ("司法所列席领导班子会议并提供法律意见。", "领导班子会议"),
    ("全年召开党工委专题会议4次,研究法治工作。", "党工委专题会议"),
    ("召开区政府专题会议和领导小组专题会议,研究法治工作。", "区政府专题会议"),
    ("召开区政府专题会议和领导小组专题会议,研究法治工作。", "领导小组专题会议"),
    # …nor does one on the field of every report alone (fifty-second round)
    ("局党组召开法治政府建设专题会议,研究部署。", "法治政府建设专题会议"),
    ("通过部门党委(党组)理论学习中心组会议开展学习。", "部门党委(党组)理论学习中心组会议"),
    ("自治区党委理论学习中心组学习会专题学习。", "自治区党委理论学习中心组学习会"),
    ("积极推进人大代表联络站、街道居民议事会议等载体建设。", "人大代表联络站、街道居民议事会议"),
    # a routine meeting without its session, after the body that holds it
    ("市委召开常委会扩大会议,专题传达学习。", "常委会扩大会议"),
    ("市委召开常委会扩大会议,专题传达学习。", "市委召开常委会扩大会议"),
    # a lecture on a topic names no event by that topic; nor do meetings of whichever bodies
    ("邀请专家就政府信息公开作专题讲座。", "专家就政府信息公开作专题讲座"),
    ("镇党委召开相关会议,细化落实措施。", "相关会议"),
    ("纳入领导干部学法、各类干部培训班学习。", "干部培训班"),
    ("先后召开5次各类调度会议,", "调度会议"),
    ("定期召开委员会、办公室及各协调小组会议。", "办公室及各协调小组会议"),
    # a course put into a plan is not held
    ("将《行政处罚法》专题培训纳入干部教育重点培训项目。", "将《行政处罚法》专题培训"),
    ("将《行政处罚法》专题培训纳入干部教育重点培训项目。", "《行政处罚法》专题培训"),
    # sessions listed under one noun are named in no one piece
    ("传达学习中央全面依法治国委员会第一次、第二次、第三次会议精神。", "中央全面依法治国委员会第一次、第二次、第三次会议"),
    ("先后提请召开县委全面依法治县委员会第七、第八次会议,研究审议。", "县委全面依法治县委员会第七、第八次会议"),
    # an enumerator opens a clause: 一是会议 is the noun alone
    ("一是会议传达学习常态化。", "一是会议"),
    # a contest's prize is an award, a meeting's standing arrangement a mechanism
    ("2名教师获全市法治教育优质课竞赛二等奖。", "全市法治教育优质课竞赛"),
    ("建立每季度联席会议机制,及时研究解决问题。", "建立每季度联席会议"),
    # meetings of whichever bodies: 各级, 上级
    ("通过全区各级党委(党组)会议等形式学习。", "全区各级党委(党组)会议"),
    ("重点学习新修订的法律法规及上级法治政府建设工作会议精神。", "新修订的法律法规及上级法治政府建设工作会议"),
    ("重点学习新修订的法律法规及上级法治政府建设工作会议精神。", "上级法治政府建设工作会议"),
    ("落实总书记在中央全面依法治国工作会议上的重要讲话和省委全面依法治省工作会议要求。",
     "中央全面依法治国工作会议上的重要讲话和省委全面依法治省工作会议"),
    ("传达学习中央全面依法治国、省委全面依法治省工作会议精神。", "中央全面依法治国、省委全面依法治省工作会议"),
    ("依托县优秀年轻干部培训班、新时代党的组织路线专题研修班等培训教育。", "路线专题研修班"),
    # the last of forms listed (…等方式) is a form, no event
    ("通过电话回访、服务对象座谈会等方式收集问题。", "服务对象座谈会"),
    ("以《理论课堂》机关学习会为载体,开展机关学习。", "《理论课堂》机关学习会"),
    # a year that opens the clause dates it: a routine meeting after it is still unnamed
    ("及时召开推进会议,2023年政府常务会议研究部署法治政府工作4次。", "2023年政府常务会议"),
    # a 、 list of forms that ends in 专题 and a noun
    ("依托理论学习中心组、专题读书班等形式学习。", "理论学习中心组、专题读书班"),
    # 协调会 written on as 协调会议, or a 研讨会 on a 专题, is still a noun alone
    ("省政府主要负责同志召开协调会议,共商共建。", "协调会议"),
    ("省政府多次召开学习会、专题研讨会和法治专题讲座。", "专题研讨会"),
    ("组织执法人员参加资深法官以案释法讲座等依法行政专题培训。", "资深法官以案释法讲座等依法行政专题培训"),
    # a lecture named by its speaker and a form, and a field of any work with a noun, name none
    ("组织执法人员参加资深法官以案释法讲座等依法行政专题培训。", "资深法官以案释法讲座"),
    ("组织执法人员参加资深法官以案释法讲座等依法行政专题培训。", "依法行政专题培训"),
    ("邀请专家开展法律专题培训,让领导干部学法。", "法律专题培训"),
    ("主持召开市政府常务会议及工作推进会、调度会。", "工作推进会"),
    ("邀请高校教授召开专家论证会。", "专家论证会"),
    ("定期召开府院联席会议,推动行政争议化解。", "府院联席会议"),
    ("召开法治建设专题工作会议2次。", "法治建设专题工作会议"),
    ("市政府常务会议以讲座形式专题学习《行政复议法》。", "市政府常务会议以讲座"),
    # a course in a plan, a result reached, trainings in several places, a congress cited loosely
    ("将习近平法治思想列为县委党校主体培训班课程。", "将习近平法治思想列为县委党校主体培训班"),
    ("将习近平法治思想列为县委党校主体培训班课程。", "县委党校主体培训班"),
    ("在全省率先实现县级现场述法评议全覆盖。", "全省率先实现县级现场述法评议"),
    ("完成16个市习近平法治思想专题培训。", "16个市习近平法治思想专题培训"),
    ("深入学习党的二十大会议精神。", "党的二十大会议"),
    ("全面贯彻落实党的二十大四中全会会议精神。", "党的二十大四中全会会议"),
    ("召开区委理论学习中心组(扩大)学习会暨落实法治政府建设学习培训会议,邀请法官授课。", "法治政府建设学习培训会议"),
    # a group leaders' sitting without its session, a 全委会, a 管委会 or 办事处 sitting: the development golds
    # list them as optional, so a name of them would cost precision where a gold leaves it out
    ("经过县机构改革领导小组组长会议研究审定,印发方案。", "县机构改革领导小组组长会议"),
    ("召开县委全委会议,审议法治建设规划。", "县委全委会议"),
    ("通过党委、管委会议研究部署法治工作。", "党委、管委会议"),
    ("每月召开办事处会议研究法治工作。", "办事处会议"),
    ("召开党工委(扩大)会议,专题学习。", "党工委(扩大)会议"),
    ("举办4期省管干部学习贯彻党的二十大精神专题研讨班,持续提升素养。", "党的二十大精神专题研讨班"),
    ("部署习近平法治思想学习宣传贯彻和中央全面依法治国工作会议精神贯彻落实工作。", "和中央全面依法治国工作会议"),
    # 等重要会议 names the meetings just listed, not one more
    ("在中央全面依法治国工作会议等重要会议上的重要讲话。", "重要会议"),
    # how a body works or what it improves leads a noun alone; who attends and a noun name none;
    # meetings of whichever bodies name none, wherever the 相关 stands
    ("采用座谈会、实地走访等方式听取意见。", "采用座谈会"),
    ("完善述法评议,压实主体责任。", "完善述法评议"),
    # a court hearing attended by an audience alone names none (one with its own topic does: 行政案件旁听庭审活动)
    ("组织公职人员旁听庭审活动。", "公职人员旁听庭审活动"),
    ("深入学习中央、省委和市委相关工作会议精神。", "中央、省委和市委相关工作会议"),
    # lead words are no part of a name, nor are the 、 items before the last activity
    ("经过两轮县机构改革领导小组组长会议研究审定。", "经过两轮县机构改革领导小组组长会议"),
    ("组织活动7次,分别为防范非法集资宣传、安全生产培训会等活动。", "防范非法集资宣传、安全生产培训会"),
    # the central committee's plenum cited, every session of a term, a 和 before the plenum
    ("贯彻党的十九届五中全会精神。", "党的十九届五中全会"),
    ("认真落实市委六届历次全会及区委十五届历次全会的各项部署。", "区委十五届历次全会"),
    ("深入学习宣传贯彻党的二十大和省委十届三次全会精神。", "党的二十大和省委十届三次全会"),
    # an enlarged sitting without its session is routine
    ("举行区委中心组学习(扩大)会,学习新修订的法律。", "区委中心组学习(扩大)会"),
    ("通过党委扩大会、党委理论中心组学习会,组织学习。", "党委扩大会"),
    # a campaign carried on is no event, 暨 or not within a title
    ("印发《关于深入开展“三重四创五优化”活动暨法治清河创建活动的实施方案》。", "法治清河创建活动"),
    # 重要 before the noun names a kind of meeting; what a body sets up stands
    ("及时传达学习法治政府建设重要会议和文件精神。", "法治政府建设重要会议"),
    ("另外设立“尚城市法”论坛、建立“一月一会商”机制。", "“尚城市法”论坛"),
    ("另外设立“尚城市法”论坛、建立“一月一会商”机制。", "另外设立“尚城市法”论坛"),
    # forms listed before 等平台; a name opening with a bracket; a routine 办公会 written on as 会议; 进行 leads
    ("依托主题党日、“晨读”专题读书班等平台,开展集中学法。", "“晨读”专题读书班"),
    ("依托主题党日、“晨读”专题读书班等平台,开展集中学法。", "主题党日、“晨读”专题读书班"),
    ("组织网络学院学习依法行政内容10学时、市委党校主体班次培训班2期。", "网络学院学习依法行政内容10学时、市委党校主体班次培训班"),
    ("召开局党组中心组学习会议、(扩大)学习会议27次。", "(扩大)学习会议"),
    ("组织主任办公会会议开放和政府开放日活动。", "主任办公会会议"),
    ("组织执法人员进行专题培训,提升执法能力。", "执法人员进行专题培训"),
    # a lecture named by a field or a form alone; what is listed before 等多种形式 is a form; 与 after a meeting
    ("举办专题法治讲座2次。", "专题法治讲座"),
    # the medium a meeting or a course is held through is a way of meeting, no event's name
    ("通过线上视频会议与企业交流。", "线上视频会议"),
    ("开展线上线下法治讲座36场。", "线上线下法治讲座"),
    ("开展会前法制讲座3次。", "会前法制讲座"),
    # young cadres as the audience, and a series of whichever activities, before a noun alone (twenty-sixth round)
    ("在干部职工大会、年轻干部座谈会等会议上解读学习。", "年轻干部座谈会"),
    ("在全区组织开展系列宣讲活动。", "系列宣讲活动"),
    ("举办宣讲报告会暨读书分享会,", "宣讲报告会"),
    # generic words before a noun that opens with one of them: the noun alone (twenty-sixth round)
    ("局机关围绕宪法开展集体学法活动。", "集体学法活动"),
    # a standing arrangement after the noun: the mechanism or the routine, no one event (twenty-sixth round)
    ("建立营商环境法治专题培训长效机制,定期举办。", "建立营商环境法治专题培训"),
    ("建立营商环境法治专题培训长效机制,定期举办。", "营商环境法治专题培训"),
    ("推动行政机关领导干部学法活动常态化、制度化。", "推动行政机关领导干部学法活动"),
    # a study group ends an item of a 、 list, as an activity does
    ("将宪法纳入理论学习中心组、党校主体培训班重要内容。", "理论学习中心组、党校主体培训班"),
    ("党委班子通过中心组学习、专家学者讲座等多种形式学习。", "专家学者讲座"),
    ("通过集中学习、青年干部读书班等多种形式开展学习。", "青年干部读书班"),
    ("邀请市委党校教授作了《关于某某问题的决议》专题讲座。", "市委党校教授作了《关于某某问题的决议》专题讲座"),
    ("先后举办以案释法、《宪法》专题讲座等活动。", "以案释法、《宪法》专题讲座"),
    ("定期召开党政联席会与法治政府建设工作推进会,研究工作。", "党政联席会与法治政府建设工作推进会"),
    ("在省司法厅举办的全省法律援助质量提升专题培训班上作交流发言。", "的全省法律援助质量提升专题培训班"),
    # …but a meeting studied stays cited, and a course cited for its spirit as well
    ("认真学习贯彻全市法治政府建设推进会精神。", "学习贯彻全市法治政府建设推进会"),
    ("学习贯彻省部级主要领导干部专题研讨班精神。", "学习贯彻省部级主要领导干部专题研讨班"),
    # an activity counted is a kind held many times; one named by a form or an audience alone, or a campaign, is none
    ("全年开展主题学习宣讲活动35场,", "主题学习宣讲活动"),
    ("开展公职人员旁听庭审活动150人次,", "公职人员旁听庭审活动"),
    ("开展6次集中学法活动,重点学习宪法。", "集中学法活动"),
    ("组织辖区领导干部开展旁听庭审活动。", "旁听庭审活动"),
    ("开展普法宣传活动,发放资料。", "普法宣传活动"),
    # 等 ends examples of any kind (audiences, bodies, topics): what follows it is a kind of event
    ("分别开展了法律明白人、律师、法官等专题培训班。", "法律明白人、律师、法官等专题培训班"),
    ("先后召开县委常委会、政府常务会、书记点评法治工作等会议12次。", "书记点评法治工作等会议"),
    ("作为“一把手”能力提升、法治素养提升等多个培训班的教学内容。", "法治素养提升等多个培训班"),
    ("召开府院联动、府检联动等专项会议,及时解决有关重大问题。", "专项会议"),
    ("组织召开工作推进会、专项监督检查部署会等全市性会议4次。", "全市性会议"),
    # a body's kind with no name before it: any committee's sitting
    ("组织召开委员会会议2次,各小组会议4次。", "委员会会议"),
    ("定期召开领导小组会议,讨论法治工作。", "领导小组会议"),
    # a standing joint sitting of party and government leaders
    ("健全党政联席会议会前学法制度,全年学法12次。", "党政联席会议"),
    ("召开党政领导班子联席会议,研究法治工作。", "党政领导班子联席会议"),
    # levels written bare and listed before one noun: each level's own meeting, none of them written out
    ("传达学习中央、省、市工作会议精神,研究部署工作。", "中央、省、市工作会议"),
    ("传达学习中央、省、市工作会议精神,研究部署工作。", "市工作会议"),
    ("始终把学习宣传贯彻依法治国、治省、治市会议精神作为首要政治任务。", "依法治国、治省、治市会议"),
    # a skill alone before a contest names none; 或 joins as 和 does; a hearing attended ends an item of a list
    # (twenty-seventh round)
    ("组织开展技能比武,提升队伍素质。", "技能比武"),
    ("每月开展一次党组中心组学习或专题讲座。", "党组中心组学习或专题讲座"),
    ("组织干部旁听某类案件庭审、依法行政专题培训等活动。", "旁听某类案件庭审、依法行政专题培训"),
    ("认真贯彻党中央全面依法治国和省委全面依法治省工作会议精神。", "党中央全面依法治国和省委全面依法治省工作会议"),
    # an item of a 、 list that closes further on with 等形式 / 等载体 is a means of study (twenty-eighth round)
    ("运用“以案释法”专题讲座、网络课堂等多种载体开展学习。", "运用“以案释法”专题讲座"),
    ("通过党组会专题研学、全镇干部职工会议促学等形式学习法律。", "党组会专题研学、全镇干部职工会议"),
    # an activity held regularly (定期, 常态化 before the verb) is no one event; without them it is (twenty-ninth round)
    ("社区定期开展某某法治宣讲活动,提升意识。", "某某法治宣讲活动"),
    # the same words inside the name make it a kind held again and again (thirtieth round)
    ("积极开展“某某进社区”常态化宣讲活动,联合法院送法。", "“某某进社区”常态化宣讲活动"),
    # 自治区 heading a list of levels before one meeting names none (twenty-ninth round)
    ("认真传达自治区、市、某县依法治县工作会议精神。", "自治区、市、某县依法治县工作会议"),
    ("举办全县干部学习贯彻习近平法治思想和党的某次全会精神研讨班。", "党的某次全会精神研讨班"),
    # levels alone before the noun say where a report was given, no meeting named (thirty-first round)
    ("某项工作经验先后在全国或全省会议上作交流发言。", "全国或全省会议"),
    ("某项工作先后两次在全国会议上做经验交流。", "全国会议"),
    # a course made an important part of a plan is no event held (thirty-first round)
    ("推动宪法学习纳入党校主体培训班重要内容,组建宣讲团。", "党校主体培训班"),
    # 安排 leads a name: what it schedules, a count and a kind, names none (thirty-second round)
    ("年内已安排两次集体学法活动,提升干部素养。", "年内已安排两次集体学法活动"),
    ("年内已安排两次集体学法活动,提升干部素养。", "两次集体学法活动"),
    # public servants are an audience: who hears a hearing names none (thirty-second round)
    ("组织国家工作人员网络旁听庭审活动,增强法治意识。", "国家工作人员网络旁听庭审活动"),
    # a coaching lecture named by its form alone names none (thirty-second round)
    ("邀请专家作专题辅导报告,提升能力。", "专题辅导报告"),
    # a review of leaders' reports on their duty, written without its year, is held every year under that name
    # (forty-eighth round; with its year, 2023年度…述法评议, it is one review)
    ("首次开展部门中层干部专题述法评议,压实责任。", "部门中层干部专题述法评议"),
    # a name opened by a joiner, by 包括, or by a verb that neither holds nor attends a sitting is a clause cut
    # short (fifty-third round)
    ("接受委托报告工作,并抓好会议审议意见的落实。", "并抓好会议"),
    ("全年召开包括某某议题会议5次,研究解决问题。", "包括某某议题会议"),
    ("举办4次某某大讲堂、安排20个培训班,重点学习。", "安排20个培训班"),
    ("组织干部发放学习资料、观看讲座视频。", "发放学习资料、观看讲座"),
    # a meeting called a series, a body's daily round, its important ones, or those of every level is a kind of
    # meeting, no one sitting (fifty-sixth round)
    ("深入学习某某工作系列会议精神,推动落实。", "某某工作系列会议"),
    ("将学法纳入局长办公会以及局日常工作会等会议。", "局日常工作会"),
    ("法律顾问列席县政府重要工作会议,参与决策。", "县政府重要工作会议"),
    ("不定期在全乡各个层面的会议上开展宣传。", "全乡各个层面的会议"),
    # 关于 outside a title inside a name cites other bodies' meetings on a field, all of them (sixty-first round; a
    # title holding 关于 before a lecture is still named, above)
    ("认真落实县委、县政府和市局关于全面推进某某工作会议精神。", "县委、县政府和市局关于全面推进某某工作会议"),
    ("贯彻省委、市委关于深化某某改革工作会议部署。", "省委、市委关于深化某某改革工作会议"),
    # a closing title mark or quotation mark before any opening one: the name is cut inside the title a lecture or
    # a report was given under, not the event's (sixty-second round)
    ("邀请某某教授作题为《深入学习某某思想,为推动某某发展提供保障》的专题讲座。", "为推动某某发展提供保障》的专题讲座"),
    ("邀请专家作题为“某某思想与某某道路”的专题辅导报告。", "某某道路”的专题辅导报告"),
    # the routine study of law a body's staff hold, month after month under one name (sixty-second round)
    ("坚持开展机关干部的集中学法活动,提升能力。", "机关干部的集中学法活动"),
    ("持续组织开展“一季一主题”学法活动。", "“一季一主题”学法活动"),
    # …nor is the title before 由 with its session, while the 由 of 自由 leads nothing (sixty-third round)
    ("2024年12月《某市养老服务条例》由某市第十七届人民代表大会常务委员会第二十二次会议审议通过。",
     "《某市养老服务条例》由某市第十七届人民代表大会常务委员会第二十二次会议"),
    ("《某某条例》自由贸易试验区推进会议召开。", "贸易试验区推进会议"),
    # …while a body, a field of other work or a plan listed before it shares no noun (sixty-third round)
    ("全年召开区委依法治区委、区委依法治区办会议各2次。", "区委依法治区委会议"),
    ("全面落实省委政法、全省司法行政工作会议精神。", "省委政法工作会议"),
    ("落实中央依法治国决策部署、省委依法治省工作会议精神。", "中央依法治国决策部署工作会议"),
]

AWARD_FOUND = [
    # what a place is created as, opened by a level and closed by a kind of place, is an honour with no award noun
    # in it; 创建为 names one as 创成 does, while 示范创建为抓手 names none (fifty-third round)
    ("某县成功创建全省优化某某改革先行区。", "全省优化某某改革先行区"),
    ("我市创成国家某某质量安全市,成效明显。", "国家某某质量安全市"),
    ("2022年某县创建为全国某某进步示范县。", "全国某某进步示范县"),
    # quoted honours written back to back, then what names their kind, are each one's (forty-seventh round)
    ("我市获评“全国某某治理试点合格城市”“某某观摩会示范单位”等称号,", "全国某某治理试点合格城市"),
    ("我市获评“全国某某治理试点合格城市”“某某观摩会示范单位”等称号,", "某某观摩会示范单位"),
    # a newspaper, a publisher or an association that grants a quoted honour is not its name (forty-sixth round)
    ("我局荣获某某报社“年度宣传工作先进单位”称号。", "年度宣传工作先进单位"),
    ("我所荣获省律师协会“优秀律师事务所”称号。", "优秀律师事务所"),
    # the body that grants an honour, written whole before its quotation, is not its name (thirty-fourth round)
    ("我委荣获市政府办公厅“全市某某服务工作突出单位”称号。", "全市某某服务工作突出单位"),
    # nor is a clause naming who granted it, closed by its verb and 的 (fifty-eighth round)
    ("某队荣获某某部等3部委表彰的“最美某某救援人”称号。", "最美某某救援人"),
    # the 称号 a quoted honour is cut at is its award noun after a verb that needs one (twenty-sixth round)
    ("全街获得“清风某某政务窗口”称号的窗口有3个,", "清风某某政务窗口"),
    # a remark on how rare an honour is, written before its quotation, is not its name
    ("牟定县被命名为全国第一批、全省唯一“全国法治政府建设示范县”,法治政府建设取得了积极成效。", "全国法治政府建设示范县"),
    ("放管服改革被评为第一批全省典型案例。", "第一批全省典型案例"),
    # a selection published under a title is named by the title; 被…追授 confers an honour
    ("某案例入选市依法治市办《2025年法治政府建设优秀案例》。", "2025年法治政府建设优秀案例"),
    ("某同志被市委追授“全市优秀共产党员”。", "全市优秀共产党员"),
    ("推动2家党支部被市委组织部命名为“示范党支部”、1家党支部被省委组织部命名为“红旗党支部”。", "红旗党支部"),
    # honours listed after one verb, the last after 和
    ("荣获全国普法先进单位、全省法治宣传教育先进集体和全市平安建设先进单位。", "全省法治宣传教育先进集体"),
    ("荣获全国普法先进单位、全省法治宣传教育先进集体和全市平安建设先进单位。", "全市平安建设先进单位"),
    # a listed honour with its own passive verb is named without it
    ("我市被评为全国法治城市创建活动先进单位、被省委省政府表彰为全省法治城市创建工作先进单位。",
     "全省法治城市创建工作先进单位"),
    # how many were won is not the honour's name
    ("创成省级公正司法示范点11个。", "省级公正司法示范点"),
    # 获得“…”命名: the honour is what is named
    ("绍兴市获得“全国法治政府建设示范市”命名。", "全国法治政府建设示范市"),
    # a rank after another result in the same assessment
    ("在全省依法行政评议考核中连续4年获得优秀等次且位列第一。", "全省依法行政评议考核第一"),
    # a grade in a named assessment, named with it
    ("我县在全市法治政府建设考核中被评为优秀等次。", "全市法治政府建设考核优秀等次"),
    ("我镇在2023年度全区法治建设考核中获得第一名的好成绩。", "2023年度全区法治建设考核第一名"),
    # a batch is part of an honour's name, not a rank
    ("我区被中央依法治国办命名为第二批全国法治政府建设示范地区。", "第二批全国法治政府建设示范地区"),
    # a predicate after the honour is not part of its name
    ("两次获评优秀设区市,为此次创成全国法治政府建设示范市奠定了坚实基础。", "全国法治政府建设示范市"),
    # the report's opening formula run on where the text dropped its 。
    ("2022年,我市荣获全国法治政府建设示范市现将有关情况报告如下:", "全国法治政府建设示范市"),
    # a top-ten selection is an honour
    ("该应用入围数字法治首批十大好应用。", "数字法治首批十大好应用"),
    # a level before quoted honours written back to back is each one's
    ("入选全省“十大法治人物”“十大法治事件”;", "全省十大法治人物"),
    ("入选全省“十大法治人物”“十大法治事件”;", "全省十大法治事件"),
    # one or two characters listed after an honour share the words before them
    ("市本级、某县分别创成全省第二批法治政府建设示范市、县;", "全省第二批法治政府建设示范县"),
    ("荣获全市普法先进集体、个人。", "全市普法先进个人"),
    # an assessment named with a quotation; an incentive of the provincial government listed
    ("行政诉讼“双下降”工作考核位居全市第二。", "行政诉讼“双下降”工作考核全市第二"),
    ("两项工作列入省政府督查激励事项。", "省政府督查激励事项"),
    # a quoted honour ends at its quote when a receiver follows; a month after an honour is not its name
    ("市本级被自治区命名为“全区法治政府建设示范地区”伊金霍洛旗等4个项目命名为示范项目。", "全区法治政府建设示范地区"),
    ("分步创成全国法治政府建设示范市11月份,市本级被命名。", "全国法治政府建设示范市"),
    # an honour listed after 和 that opens with the head word of the one before shares the words before it
    ("东城等3个区和4个项目分别被命名为全国法治政府建设示范地区和示范项目。", "全国法治政府建设示范地区"),
    ("东城等3个区和4个项目分别被命名为全国法治政府建设示范地区和示范项目。", "全国法治政府建设示范项目"),
    ("荣获全市普法先进集体和先进个人。", "全市普法先进个人"),
    # an honour kept (蝉联) or joined (跻身…行列)
    ("我县连续三年蝉联全省法治建设先进县。", "全省法治建设先进县"),
    ("我县跻身全国法治政府建设示范县行列。", "全国法治政府建设示范县"),
    # the result's praise after a rank is not its name
    ("在大比武中荣获团体第一名的优异成绩。", "团体第一名"),
    # a year and a province before an honour, a numbered core in quotes, an honour built (成功建成)
    ("获评2023年广东省信访工作示范乡镇(街道)称号。", "2023年广东省信访工作示范乡镇(街道)"),
    ("我街道荣获“7个一”规范化建设先进单位。", "“7个一”规范化建设先进单位"),
    ("该工作成功建成省级优化营商环境重点领域改革试点项目。", "省级优化营商环境重点领域改革试点项目"),
    ("被表彰为全国普法工作先进单位。", "全国普法工作先进单位"),
    ("区卫生健康局被推选为“全国行政执法先进集体”。", "全国行政执法先进集体"),
    ("连续15年在全市绩效考核中获评优秀等次。", "全市绩效考核优秀等次"),
    # an honour written with its batch and without is one honour, named in full
    ("牵头创成全省法治政府建设示范县”;成功创建“第二批全省法治政府建设示范县”。", "第二批全省法治政府建设示范县"),
    # 获 names a ranking before a numbered place
    ("我区2020年度法治政府建设考核获全省第3名。", "2020年度法治政府建设考核全省第3名"),
    # a quoted grade is named whole, quotes and all
    ("我局在全市依法行政考核中获评“优秀”等次。", "全市依法行政考核“优秀”等次"),
    # a remark in brackets on how rare an honour is names no part of it; a bracket of its own name stays
    ("我市获评首批“全国禁毒示范城市”(全省唯一),连续被评为先进。", "首批“全国禁毒示范城市”"),
    ("三地被国家信访局授予信访工作“三无”县(市、区)(全省仅14个),", "信访工作“三无”县(市、区)"),
    # 并 before another award verb ends the honour; a trophy quoted whole is an honour of three characters
    ("某县获评“平安中国建设示范县”并蝉联“长安杯”,", "平安中国建设示范县"),
    ("某县获评“平安中国建设示范县”并蝉联“长安杯”,", "长安杯"),
    # 获 before a grade right after the assessment it was won in
    ("中央知识产权保护工作检查考核获“优秀”等级,", "中央知识产权保护工作检查考核“优秀”等级"),
    # kinds counted before an honour; honours listed on after a comma with no verb; a predicate after an honour
    ("先后入选综合实力、科技创新、绿色发展等3个“全国百强县(市)”;", "全国百强县(市)"),
    ("荣获全国文明单位、全国先进集体等2项荣誉称号。", "全国文明单位"),
    ("入选全国乡村治理试点县,省司法厅某某工作试点县(市);", "省司法厅某某工作试点县(市)"),
    ("开发区入选省级数字化转型示范区,2022年中国省级开发区高质量发展百强。", "2022年中国省级开发区高质量发展百强"),
    ("为我市成功创建全省第二批法治政府建设示范市做出积极贡献。", "全省第二批法治政府建设示范市"),
    # an honour whose results are kept
    ("持续巩固深化“全国法治政府建设示范市”创建成果,", "全国法治政府建设示范市"),
    ("推动“全省法治政府建设示范县”成果持续巩固,", "全省法治政府建设示范县"),
    ("不断巩固全省首批法治政府建设示范县创建成果,", "全省首批法治政府建设示范县"),
    # central party departments award as other central bodies do; an adverb alone between 被 and the verb; 贡献 after an
    # honour is a predicate, 贡献奖 is an honour's own
    ("某县被中央宣传部、司法部、全国普法办表彰为全国普法工作先进县。", "全国普法工作先进县"),
    ("某派出所被正式命名为全国第二批“枫桥式公安派出所”。", "全国第二批“枫桥式公安派出所”"),
    ("为我市成功入围全国法治政府建设示范创建城市贡献了力量。", "全国法治政府建设示范创建城市"),
    ("荣获“某市社会治理贡献奖先进集体”称号。", "某市社会治理贡献奖先进集体"),
    # 将 before a verb that names a receiver: the honour is the receiver's
    ("省委依法治省办将我县命名为第二批全省法治政府建设示范县。", "第二批全省法治政府建设示范县"),
    # 将乐县 is a place, not the 将 of a work put into a list
    ("将乐县荣获全省法治宣传教育先进县。", "全省法治宣传教育先进县"),
    # 并 ends an honour whatever verb follows it
    ("某所被中央政法委表彰为全国“枫桥式”先进典型并受到亲切会见。", "全国“枫桥式”先进典型"),
    ("荣获全省“学用并举”示范单位并受到通报表扬。", "全省“学用并举”示范单位"),
    # how many a batch holds, between the batch and the honour, is no part of its name (thirtieth round)
    ("某市作为全省唯一地区荣获首批30个“全国某某示范市”命名。", "首批“全国某某示范市”"),
    # a contest's prize, named with the contest it was won in (fifty-sixth round)
    ("某办法在2024年全市某某文件质量竞赛活动中荣获一等奖。", "2024年全市某某文件质量竞赛活动一等奖"),
    ("我局组队参加“学习党的某某精神”2024某市社科知识大赛获三等奖。", "2024某市社科知识大赛三等奖"),
    ("某代表队在“全省某某普法大赛”总决赛中荣获季军。", "“全省某某普法大赛”总决赛季军"),
]

AWARD_NOT_FOUND = [
    ("我局荣获某某报社“年度宣传工作先进单位”称号。", "某某报社“年度宣传工作先进单位”"),
    ("我委荣获市政府办公厅“全市某某服务工作突出单位”称号。", "市政府办公厅“全市某某服务工作突出单位”"),
    ("某队荣获某某部等3部委表彰的“最美某某救援人”称号。", "某某部等3部委表彰的“最美某某救援人”"),
    ("某案例入选市依法治市办《2025年法治政府建设优秀案例》。", "市依法治市办《2025年法治政府建设优秀案例》"),
    # a compilation a case is printed in is a book, no honour (twenty-ninth round)
    ("两个案例入选省依法治省办《县乡法治建设案例选编》。", "县乡法治建设案例选编"),
    ("某市作为全省唯一地区荣获首批30个“全国某某示范市”命名。", "首批30个“全国某某示范市”"),
    ("我市被评为全国法治城市创建活动先进单位、被省委省政府表彰为全省法治城市创建工作先进单位。",
     "被省委省政府表彰为全省法治城市创建工作先进单位"),
    # a listed honour with its own receiver and passive: the receiver and the awarding body are no honour
    ("推动2家党支部被市委组织部命名为“示范党支部”、1家党支部被省委组织部命名为“红旗党支部”。", "1家党支部被省委组织部"),
    ("创成省级公正司法示范点11个。", "省级公正司法示范点11个"),
    ("在全省依法行政评议考核中连续4年获得优秀等次且位列第一。", "优秀等次且位列第一"),
    # a grade or a rank alone names no honour
    ("我县在全市法治政府建设考核中被评为优秀等次。", "优秀等次"),
    ("我区法治建设工作连续三年获评全市优秀。", "全市优秀"),
    ("我镇在2023年度全区法治建设考核中获得第一名的好成绩。", "第一名的好成绩"),
    ("在大比武中荣获团体第一名的优异成绩。", "团体第一名的优异成绩"),
    ("入选全省“十大法治人物”“十大法治事件”;", "全省“十大法治人物”“十大法治事件”"),
    ("我市获评“全国某某治理试点合格城市”“某某观摩会示范单位”等称号,", "“全国某某治理试点合格城市”“某某观摩会示范单位”"),
    ("将法治建设列入对领导干部工作激励考核评价体系。", "对领导干部工作激励考核评价体系"),
    # an award verb before 的 describes who won; the honour's name ends at its 命名
    ("阜城县上榜,也是全省唯一入选的县(市、区)。", "的县(市、区)"),
    ("该县将把获得示范命名作为新的奋斗起点。", "示范命名作为新的奋斗起点"),
    # 获奖单位 names who won, not what
    ("获奖单位代表受到亲切会见。", "奖单位代表受到亲切会见"),
    ("市本级被自治区命名为“全区法治政府建设示范地区”伊金霍洛旗等4个项目命名为示范项目。", "“全区法治政府建设示范地区”伊金霍洛旗等4个项目"),
    ("东城等3个区和4个项目分别被命名为全国法治政府建设示范地区和示范项目。", "全国法治政府建设示范地区和示范项目"),
    # an honour only applied for or entered is none
    ("该项目作为全省优秀案例进行参评展示。", "全省优秀案例"),
    ("该案例入围最后评审。", "最后评审"),
    ("我局在全市依法行政考核中获评“优秀”等次。", "全市依法行政考核“优秀"),
    # an honour written with its batch and without is one honour, named in full
    ("牵头创成全省法治政府建设示范县”;成功创建“第二批全省法治政府建设示范县”。", "全省法治政府建设示范县"),
    ("牵头创成全省法治政府建设示范县”;成功创建“第二批全省法治政府建设示范县”。", "全省法治政府建设示范县”"),
    # what is put into a plan is not honoured (获 before a grade in an assessment framed by 在…中 names it since the
    # seventieth round: tests/test_shapes_framed_rankings.py)
    ("我市获评首批“全国禁毒示范城市”(全省唯一),连续被评为先进。", "首批“全国禁毒示范城市”(全省唯一)"),
    ("某县获评“平安中国建设示范县”并蝉联“长安杯”,", "“平安中国建设示范县”并蝉联“长安杯”"),
    ("某所被中央政法委表彰为全国“枫桥式”先进典型并受到领导同志、专家学者亲切会见。", "专家学者亲切会见"),
    # a bare trophy word after a verb that needs an award noun is still too short to name one
    ("获得奖杯。", "奖杯"),
    ("列入示范区处级干部、中青年干部培训计划。", "示范区处级干部"),
    # 列入 after 将 / 把 puts a work into a plan or a list
    ("将习近平法治思想列入各级党委理论学习中心组重点学习内容集体学习78次,", "各级党委理论学习中心组重点学习内容集体学习"),
    ("区委把法治政府建设列入全区示范品牌项目。", "全区示范品牌项目"),
    # a work placed in an assessment, a review or a list is assessed or listed there, not honoured
    ("工作推进情况列入领导干部年终述职及直属单位高质量发展考核。", "领导干部年终述职及直属单位高质量发展考核"),
    ("开展主要负责人述法,列入各镇(街道)、县直各单位年度目标责任考核项目,", "县直各单位年度目标责任考核项目"),
    ("12个数据创新应用场景入选全省重点场景清单。", "全省重点场景清单"),
    # an honour referred back, and the first item of an agenda
    ("是全市唯一连续三年获此荣誉的单位。", "此荣誉的单位"),
    ("将学习贯彻习近平法治思想列入局党组会“第一议题”。", "局党组会“第一议题”"),
    # a number of honours compared is no honour
    ("入选省数字化改革最佳应用数、入选省数字法治最佳应用数均居全省第二。", "省数字化改革最佳应用数"),
    ("入选省数字化改革最佳应用数、入选省数字法治最佳应用数均居全省第二。", "省数字法治最佳应用数均居全省第二"),
    # the kinds counted before an honour are none; a clause after an honour with a verb or copula of its own
    ("先后入选综合实力、科技创新、绿色发展等3个“全国百强县(市)”;", "综合实力"),
    ("先后入选综合实力、科技创新、绿色发展等3个“全国百强县(市)”;", "绿色发展等3个“全国百强县(市)”"),
    ("入选中央依法治国办《市县法治建设案例选编》,为全市唯一入选案例。", "为全市唯一入选案例"),
    # a level or a batch alone, and a rank among receivers, name no honour
    ("牟定县被命名为全国第一批、全省唯一“全国法治政府建设示范县”,法治政府建设取得了积极成效。", "全国第一批"),
    ("牟定县被命名为全国第一批、全省唯一“全国法治政府建设示范县”,法治政府建设取得了积极成效。", "全省唯一“全国法治政府建设示范县”"),
    ("放管服改革被评为第一批全省", "第一批全省"),
    ("成功入选第二批实践创新基地省级储备库,为本次入选地区唯一地级市;", "地区唯一地级市"),
    ("获评省信访工作示范乡镇(街道)称号,是全市唯一连续三年获此荣誉的单位;", "是全市唯一连续三年获此荣誉的单位"),
    ("为我市成功创建全省第二批法治政府建设示范市做出积极贡献。", "全省第二批法治政府建设示范市做出积极贡献"),
    # results of a work kept, not of an honour
    ("持续巩固示范市建设成果。", "示范市建设"),
    ("为我市成功入围全国法治政府建设示范创建城市贡献了力量。", "全国法治政府建设示范创建城市贡献了力量"),
    # a target of next year's plan is not received
    ("2025年,力争获评全国法治政府建设示范市。", "全国法治政府建设示范市"),
    ("争取入选全省法治宣传教育示范基地。", "全省法治宣传教育示范基地"),
    # 获评的 / 获得的 opens a relative clause about honours counted, none named (twenty-seventh round)
    ("全市在各级创建中获评的示范地区和项目总数居全省前列。", "评的示范地区"),
    ("全市在各级创建中获评的示范地区和项目总数居全省前列。", "示范地区"),
    # a clause after an honour that cultivates or builds more says something of its own, no honour listed on
    # (thirty-first round)
    ("某项目获评全国某某示范项目,培育一批镇街某某“最佳实践”项目。", "培育一批镇街某某“最佳实践”项目"),
    ("某项目获评全国某某示范项目,打造一批某某示范基地。", "打造一批某某示范基地"),
    # …but 创建为 after what is created, and a place's system after 创成, name none (fifty-third round)
    ("以示范创建为抓手,扎实推进某某工作。", "抓手"),
    ("我市创成省级智慧交通体系。", "省级智慧交通体系"),
    # …but a prize alone names no honour, nor the tail of a quotation before the contest (fifty-sixth round)
    ("某代表队参加比赛获得一等奖。", "一等奖"),
    ("我局组队参加“学习党的某某精神”2024某市社科知识大赛获三等奖。", "某某精神”2024某市社科知识大赛三等奖"),
]

CASES = ([("Event", *case, True) for case in EVENT_FOUND] + [("Award", *case, True) for case in AWARD_FOUND]
         + [("Event", *case, False) for case in EVENT_NOT_FOUND] + [("Award", *case, False) for case in AWARD_NOT_FOUND])


@pytest.mark.parametrize("type_,sentence,name,is_named", CASES)
def test_a_shape_is_named_and_a_look_alike_is_not(type_: str, sentence: str, name: str, is_named: bool) -> None:
    assert (name in names(sentence, type_)) is is_named
