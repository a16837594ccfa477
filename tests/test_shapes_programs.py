"""Shapes of programmes, events and awards as real reports write them (issue 13).

Each case is an invented sentence in one shape of the project's genre notes ("Where extraction goes
quiet"): what the recognisers must find in it, and what they must not take.
"""
import pytest

from kg.extract import extract
from shapes import names


PROGRAM_FOUND = [
    # …while the principles quoted before 的 still name the mechanism, and another noun after 的 is read as before
    ("完善“党委决策、政府实施、部门联动”的依法行政工作机制,", "党委决策、政府实施、部门联动"),
    ("推广全省统一的行政执法备案智能管理系统,提升效率。", "行政执法备案智能管理系统"),
    # a quotation glued to 政策, 措施 or 政策措施 and nothing after it names the package (fifty-ninth round)
    ("制定出台“某镇8条”政策,支持企业发展。", "某镇8条政策"),
    ("出台“惠企12条”政策措施,推行容缺受理。", "惠企12条政策措施"),
    # 整治 after a quotation names the campaign of rectification it heads, a tail before it included (fifty-eighth round)
    ("推动城市管理领域“三违”整治,年内完成。", "三违整治"),
    ("持续开展“迎大会”沿街环境综合整治,改善市容。", "迎大会沿街环境综合整治"),
    # the yearly evaluation a body runs of its rule-of-law work is named after 开展, 全面依法治 whole (fifty-sixth round)
    ("组织各单位开展法治某区建设考评,完成年度任务。", "法治某区建设考评"),
    ("对各部门开展全面依法治县考评。", "全面依法治县考评"),
    # a quotation before the kind of activity that spreads it is named without that tail (fifty-first round)
    ("组织开展“法治护航企业”主题宣传活动,提升群众满意度。", "法治护航企业"),
    ("开展“学法进万家”巡回宣讲活动,", "学法进万家"),
    ("开展“宪法宣传周”集中宣传活动,", "宪法宣传周"),
    # inside a 《》 title the campaign the document carries out keeps its tail
    ("印发《全区“学法进万家”法治宣讲活动实施方案》,", "学法进万家法治宣讲活动"),
    # …活动 after a quotation with no such kind before it keeps its noun, as before
    ("开展“普法进农村”活动,", "普法进农村活动"),
    # a programme verb right before a pair “A”向“B” pushes one programme on to the next: both are named (fiftieth round)
    ("推进“窗口受理”向“上门服务”延伸,完善机制。", "窗口受理"),
    ("推进“窗口受理”向“上门服务”延伸,完善机制。", "上门服务"),
    # a two-character count alone or with its field still names a programme (forty-ninth round)
    ("积极推进审批事项“四免”、“一窗通办”,", "四免"),
    # the study of a doctrine written between it and a quotation is part of the name, as the doctrine is
    # (forty-eighth round)
    ("深入开展习近平法治思想学习贯彻“五进”活动,", "习近平法治思想学习贯彻五进活动"),
    # kinds of one noun listed before the institution are all its own: the whole list names it (forty-eighth round)
    ("全面推行许可清单、监管清单、禁入清单制度,", "许可清单、监管清单、禁入清单制度"),
    ("推行街道权力清单和服务清单制度,向街道放权。", "街道权力清单和服务清单制度"),
    # the noun after quotations back to back is all theirs: the last one is named without it, as the first
    # (forty-seventh round)
    ("大力实施“村镇通办”“掌上随时办”改革试点,", "掌上随时办"),
    ("大力实施“村镇通办”“掌上随时办”改革试点,", "村镇通办"),
    # study of law before a body's own meetings is one practice, named after any programme verb, unlike the routine
    # …学法制度 (forty-seventh round)
    ("严格落实局务会会前学法制度,全年学法6次。", "局务会会前学法制度"),
    ("建立村干部会前学法制度,制定学习计划。", "村干部会前学法制度"),
    # a quotation right after 形成 that ends its clause is what the work built (forty-fifth round)
    ("汇编相关法规,形成“执法一本通”,推动执法规范。", "执法一本通"),
    ("推进改革,形成“一刻钟便民服务圈”,实现通办。", "一刻钟便民服务圈"),
    # a national reform of the State Council, a row of national_programs.tsv, named wherever written: quoted with no
    # programme verb, unquoted after any word (forty-fifth round)
    ("某类许可证书“多证合一”,试行电子证照,", "多证合一"),
    ("在已推行多证合一的基础上,整合许可事项,", "多证合一"),
    ("落实“一站通办”“减证便民”等工作要求,", "减证便民"),
    ("全部事项实现最多跑一次,", "最多跑一次"),
    ("推动群众办事“全程网办”和“最多跑一次”。", "最多跑一次"),
    # …after 落实 the national system of cadres' study of law is named (forty-second round)
    ("认真落实领导干部学法用法制度,", "领导干部学法用法制度"),
    # 在 right after a quotation opens where the programme takes hold, no tail of its name (forty-first round)
    ("推动行政执法“四项制度”在全系统落地见效,", "行政执法四项制度"),
    # the matter glued before a quoted “一件事” names which of the reform's matters it is (forty-first round)
    ("推行残疾人证办理“一件事”,", "残疾人证办理一件事"),
    # a quotation inside a 《》 title that names a campaign or a reform the document carries out (thirty-fifth round)
    ("印发《某区推进依法行政“五项提升行动”实施方案》,", "五项提升行动"),
    ("制定《某市“营商环境优化年”活动实施方案》,", "营商环境优化年活动"),
    # a quotation before 的 and a mechanism, a 模式 or a 体系 names it, the head after 的 up to eight or ten words
    # (thirty-fifth round)
    ("形成“一次申请、一窗受理、一网办结”的全流程联动审批模式。", "一次申请、一窗受理、一网办结"),
    ("构建“班子带头学、干部全员学”的分层分类学习体系。", "班子带头学、干部全员学"),
    ("建立“专人对接、定期会商”的三级联动协调机制。", "专人对接、定期会商"),
    # a field written right before a quotation is part of the programme's name (thirty-fourth round, edges)
    ("创新开展行政执法“群众点评”活动,", "行政执法群众点评活动"),
    ("建立习近平法治思想“一讲一评”制度,", "习近平法治思想一讲一评制度"),
    # …but a two-word quotation that counts its parts is still a name (thirty-fourth round)
    ("全面推行“四免”服务,", "四免"),
    # a quotation's tail of more than ten words, read where the first ten end in no programme noun (thirty-third round)
    ("认真落实“谁审批谁监管”责任单位季度履职情况评议制度,", "谁审批谁监管责任单位季度履职情况评议制度"),
    # two verbs joined by 和 share one object, the name after the second (thirty-second round)
    ("建立和完善某镇企业纠纷多元化解工作机制,", "某镇企业纠纷多元化解工作机制"),
    # a quotation of three words or more after a 、 in a clause a programme verb opens is an item of its list
    # (thirty-first round)
    ("亲自部署推动某某条例修订、“河道智慧监管”,", "河道智慧监管"),
    ("统筹推进营商环境改革、“邻里帮帮团”、“小院议事”。", "邻里帮帮团"),
    # an activity that takes something into a place, four words of its own, a count of times after it (thirty-first round)
    ("今年以来开展送法进工地活动6场次,", "送法进工地活动"),
    ("全年开展审计法进党校活动3次。", "审计法进党校活动"),
    # …工程 after a verb that pushes on, the verb's whole object (thirtieth round)
    ("持续深化干部素质提升工程,", "干部素质提升工程"),
    ("扎实推进社区治理强基工程。", "社区治理强基工程"),
    # the last item of a 、 list before 等 and a kind names itself when it ends in a programme noun (thirtieth round)
    ("实施产业赋能提升行动、新市民入学暖心行动等助企专项行动,", "新市民入学暖心行动"),
    ("建立首问负责制度、限时办结制度等工作制度,", "限时办结制度"),
    # 推行 and its whole unquoted object to the clause's end, no programme noun in it (twenty-eighth round)
    ("全面推行涉企事项一网联审。", "涉企事项一网联审"),
    ("大力推行惠农补贴免申直达,", "惠农补贴免申直达"),
    # a slogan noun after a qualifier leaves a quotation glued to a noun before it or closing a list with 等 a programme
    # (twenty-seventh round)
    ("全面落实某某市“1234”部署要求,", "1234"),
    ("全面落实“1234”等要求,", "1234"),
    # a slogan noun that opens a longer name ending in a programme noun is that name's (twenty-seventh round)
    ("全面构建“1+3+N”规划体系,", "1+3+N规划体系"),
    ("坚持实施“5210”战略工程,", "5210战略工程"),
    ("持续完善“1211”法治政府建设推进机制,", "1211法治政府建设推进机制"),
    # an adverb and a verb inside an unquoted object start the next predicate (twenty-seventh round)
    ("组建某某示范创建指挥部严格落实法治建设季度通报制度。", "法治建设季度通报制度"),
    # a quotation holding another (‘’ is read as “”)
    ("持续开展“某市司法行政系统法治护航“一二三”高质量发展行动”,成效明显。", "某市司法行政系统法治护航一二三高质量发展行动"),
    # a quotation that names its own kind, with no verb before it
    ("区公安分局“建立执法源头监督管理新机制”工作被评为示范项目。", "建立执法源头监督管理新机制"),
    # ASCII quotation marks
    ('建立班子成员"述职必述法"制度,将法治建设写入述职。', "述职必述法制度"),
    # a verb a few words before the quotation, a noun glued between
    ("依托普法公交创新推进习近平法治思想“五进”。", "习近平法治思想五进"),  # the field is in the name (thirty-fourth round)
    # unquoted names after a verb that starts or takes something on, ending in 制度 / 活动 / 机制 / 专项整治 / 清单 / 征文 …
    ("建立定期走访联系企业制度,及时解决诉求。", "定期走访联系企业制度"),
    ("完成乡镇综合执法改革试点工作;", "乡镇综合执法改革试点"),
    ("建立了企业诉求常态化沟通机制。", "企业诉求常态化沟通机制"),
    ("开展全区中小学生宪法主题征文,收到作品300篇。", "全区中小学生宪法主题征文"),
    ("组织“宪法宣传周”主题征文,", "宪法宣传周主题征文"),
    # a list: two names, the second after a quotation
    ("建立“三重一大”决策机制、重大事项合法性审核机制,强化把关。", "重大事项合法性审核机制"),
    # 和 inside one name, 、 between two
    ("扎实开展执法领域重点问题专项整治、道路交通和运输执法领域突出问题专项整治,", "道路交通和运输执法领域突出问题专项整治"),
    ("扎实开展执法领域重点问题专项整治、道路交通和运输执法领域突出问题专项整治,", "执法领域重点问题专项整治"),
    # 及 joins the words of one name, as 和 does, unless a programme noun stands before it (twenty-sixth round)
    ("开展非法营运及违规揽客专项整治,", "非法营运及违规揽客专项整治"),
    ("建立问题会商机制及整改销号制度,", "整改销号制度"),
    # …and after any noun of a programme's name, also one that ends no unquoted name (twenty-sixth round)
    ("认真组织开展法治政府建设示范创建和诚信经营示范单位创建活动,", "诚信经营示范单位创建活动"),
    # a count before the name is not part of it; a 并 joins another verb phrase
    ("实施政务、市场等4个环境提升工程,", "环境提升工程"),
    ("梳理并公布开发区五大类改革清单并实施动态管理。", "开发区五大类改革清单"),
    ("深入开展法治政府示范创建,成效明显。", "法治政府示范创建"),
    ("以开展法治乡村示范创建活动为抓手,", "法治乡村示范创建活动"),
    ("打造某某镇司法所法治教育基地,", "某某镇司法所法治教育基地"),
    ("推行“不罚”“轻罚”清单,", "不罚轻罚清单"),
    # a clause that opens with the name and says it is under way
    ("同时,政企通办平台升级至2.0版本,", "政企通办平台"),
    ("某某开发区全链赋权改革有序推进,", "某某开发区全链赋权改革"),
    # a column opened on a website or an account (“X”专栏)
    ("开辟“政治理论学习-习近平法治思想”专栏,发布文章。", "政治理论学习-习近平法治思想专栏"),
    # a quotation of principles followed by 的 and the mechanism or system built on them names it
    ("完善“党委领导、部门负责、司法所统筹、社会参与”的工作机制,明确职责。", "党委领导、部门负责、司法所统筹、社会参与"),
    # the lever of the year's work (以…为抓手, 以…为重点) named without a verb
    ("以法治政府建设提升工程为抓手,以提升行政执法质量三年行动为重点,全面推动工作。", "法治政府建设提升工程"),
    ("以法治政府建设提升工程为抓手,以提升行政执法质量三年行动为重点,全面推动工作。", "提升行政执法质量三年行动"),
    # a quotation that opens its clause, named by the noun after it
    ("承接业务套餐41组。“无证明城市”应用成效持续推进,", "无证明城市"),
    # 应用 after a quotation names the app in use
    ("坚持数字赋能,持续推动“某通码”应用,提升服务效能。", "某通码"),
    # 事项 counts the matters a quoted programme covers
    ("上线“一照通办”事项333件,“AI智慧审批”事项33项。", "AI智慧审批"),
    # 工作 after a quotation: a line of work
    ("完成法治天津建设专项考核和行政执法“优差双评”工作,推动法治建设。", "行政执法优差双评"),
    # a programme verb before the plan carries out the programme
    ("深入实施“八五”普法规划,推进普法与依法治理有机融合。", "八五普法"),
    # quotations followed by 等 and the kind of programme they are examples of
    ("持续深化“无感办理”服务、“审管执信服”等重点改革,", "审管执信服"),
    ("依托学法考试、“某i学”等线上平台,组织开展教育培训。", "某i学"),
    # a result verb before the quotation
    ("新增“接诉即办”事项12项。", "接诉即办"),
    ("全区300个高频事项实现“全区通办”。", "全区通办"),
    # a gloss in brackets between the quotation and its noun
    ("探索推行“三个到位”(事前告知、事中说理、事后回访)工作法。", "三个到位工作法"),
    # a noun after the quotation says it names no document, though it ends in 报告
    ("法治政府建设“双报告”制度获评优秀案例。", "双报告制度"),
    # the national demonstration campaign, at any level or batch, with or without a verb before it
    ("积极申报第二批全省法治政府建设示范创建,报送2个候选项目。", "第二批全省法治政府建设示范创建"),
    ("全域联动开展全国法治政府建设示范市创建工作,成效明显。", "全国法治政府建设示范市创建"),
    ("2019年8月,法治政府示范创建通过第三方评估。", "法治政府示范创建"),
    ("2.全力争创全国法治政府建设示范区。制发年度方案,", "全国法治政府建设示范区"),
    # a national programme's name in quotes needs neither verb nor noun
    ("“高效办成一件事”全面推进,重点事项全部上线。", "高效办成一件事"),
    ("全面推行“不见面审批”,政务服务“好差评”主动评价率超95%。", "好差评"),
    ("将习近平法治思想列入局党组会“第一议题”、局务会议重要议程,", "第一议题"),
    ("“综合查一次”覆盖全部执法部门,入企检查次数明显减少。", "综合查一次"),
    # “N个一” counts one of each of N things: a programme's code, not a figure
    ("“六个一”活动深化主题教育,做法被省委简报刊发。", "六个一活动"),
    # a time word closes a name: what follows it is another phrase's
    ("编印“八五”普法期间重点普法目录等,", "八五普法"),
    # the count of places a teaching reaches takes the teaching glued before it into the name
    ("开展习近平法治思想“七进”相关活动200多场次,", "习近平法治思想七进相关活动"),
    ("将“高效办成一件事”与优化营商环境深度融合,", "高效办成一件事"),
    # a 制度 or 机制 with nine or more words of its own is one institution after any programme verb
    ("落实定期走访服务包企业制度,及时解决企业疑难问题。", "定期走访服务包企业制度"),
    ("持续落实领导干部应知应会党内法规和法律法规清单制度,", "领导干部应知应会党内法规和法律法规清单制度"),
    # a platform the work is built on
    ("基于东城区政务服务一体化受理审批平台,构建移动端服务,", "东城区政务服务一体化受理审批平台"),
    # a system put to use after a verb that starts something
    ("在全省率先建设上线行政职权管理系统,出台管理办法。", "行政职权管理系统"),
    # a 、 list of short quotations right after a programme verb: each is one
    ("持续推进政务服务“极简办”、“集成办”、“跨域通办”、“全域办”。", "跨域通办"),
    ("建立企业诉求沟通机制、深入开展执法领域突出问题专项整治,", "执法领域突出问题专项整治"),
    # after a verb that improves or carries out, a national campaign's name is still one
    ("不断深化法治政府建设示范创建活动,发挥引领作用。", "法治政府建设示范创建活动"),
    # a column opened on an account
    ("在阳城普法公众号开设习近平法治思想学习专栏,", "习近平法治思想学习专栏"),
    # introducing a measure, putting a system into practice
    ("同步引入“综合查一次”、柔性执法等举措,", "综合查一次"),
    ("实行行政处罚指导案例制度,规范裁量权。", "行政处罚指导案例制度"),
    # quotations back to back share the noun after the last one, and the last is named without it (forty-seventh round)
    ("推动政务服务事项“一网通办”“全城通办”“办事不求人”清单全覆盖,", "全城通办"),
    ("推动政务服务事项“一网通办”“全城通办”“办事不求人”清单全覆盖,", "办事不求人"),
    ("利用“芦台司法”“平安芦台”微信公众号发布文章,", "芦台司法"),
    # a quotation that names nothing alone takes the noun glued before it
    ("构建高新区政务服务体系“一体化”工程,实现多点可办。", "高新区政务服务体系一体化工程"),
    ("组织开展纪念法治浙江建设“十五周年”系列活动,", "纪念法治浙江建设十五周年系列活动"),
    # a noun in Latin letters
    ("开发并启用本县“两山”生态检察APP。", "两山生态检察APP"),
    # a version number names one thing, whatever its noun
    ("深化综合窗口2.0改革,事项集中进驻。", "综合窗口2.0改革"),
    ("率先出台区级优化营商环境4.0版措施;", "营商环境4.0版措施"),
    # taking part in a campaign
    ("积极参与第二批全国法治政府建设示范创建活动,", "第二批全国法治政府建设示范创建活动"),
    # after a verb that improves one system (完善, 优化, 固化), an unquoted …制度 named after more than the
    # rule-of-law machinery is one
    ("完善投资项目容缺受理机制、企业诉求直达制度,", "企业诉求直达制度"),
    # a verb that starts something inside an improving verb's object takes the name
    ("完善企业信用信息构建分级分类监管机制,", "分级分类监管机制"),
    # a code of counted parts names a programme whatever the words around it
    ("紧盯行政复议“两升一降”,压实责任。", "两升一降"),
    ("行政执法“两严一快”成效明显。", "行政执法两严一快"),
    ("以“三查三改”为抓手,推动整改落实。", "三查三改"),
    ("坚持“一中心三网格”治理模式,", "一中心三网格治理模式"),
    # a 专项整治 or 专项行动 names its campaign after any verb, or none (the name starts after it, a 、 or the clause break)
    ("抓好城市管理执法领域突出问题专项整治工作,全面排查。", "城市管理执法领域突出问题专项整治"),
    ("各村围绕普法强基补短板专项行动开展专题述法。", "普法强基补短板专项行动"),
    ("梳理年度报告、规范涉企检查专项行动等事项,", "规范涉企检查专项行动"),
    ("成立以各社区负责人为成员的某某街道普法强基补短板专项行动工作专班,", "某某街道普法强基补短板专项行动"),
    # so does a battle fought, its name starting after the verb that fights it (打好, 打赢)
    ("全力打好农业农村面源污染防治攻坚战,探索实践生态环境领域依法行政。", "农业农村面源污染防治攻坚战"),
    ("深入打赢蓝天保卫战。坚持每微克必争,", "蓝天保卫战"),
    ("联合公安等部门开展学校食堂食品安全攻坚战、校园周边食品安全整治攻坚战,", "校园周边食品安全整治攻坚战"),
    # a series and its motto joined by a middle dot is a brand, with no verb or noun around it
    ("“普法夜校·周三必学”课程参学人数增长。", "普法夜校·周三必学"),
    # a quotation listing names that each end in a programme noun holds one programme per item
    ("推出特色事项“某县茶叶加工一件事、某县开办农家乐一件事”,已上线。", "某县茶叶加工一件事"),
    ("推出特色事项“某县茶叶加工一件事、某县开办农家乐一件事”,已上线。", "某县开办农家乐一件事"),
    ("上线“企业码上办平台、群众随手拍系统”,", "群众随手拍系统"),
    # a programme noun after such a list (的 between or not) makes the mottos one system's (fifty-third round)
    ("各部门落实“谁执法谁普法、谁服务谁普法”普法责任制,年内开展宣传。", "谁执法谁普法、谁服务谁普法普法责任制"),
    ("严格落实“谁主管谁普法、谁执法谁普法”的普法责任制度,全年开展活动。", "谁主管谁普法、谁执法谁普法"),
    # the seventh round (classified on the 28 openings that joined dev last, counted over all 200 golds)
    # a code of counted parts is no manner, though its last part ends in 化
    ("探索开展法治督察“三创三化”等特色试点项目,", "三创三化"),
    # a party committee's quotation with a programme noun of its name after it is the committee's programme
    ("认真落实市委“885”工作机制,高质量完成考核。", "885工作机制"),
    # an unquoted …活动 with eight or more words of its own is one campaign
    ("持续统筹开展政法机关走访企业活动,累计走访600家。", "政法机关走访企业活动"),
    # quotations back to back: the last names its kind, and so the kind of those before it
    ("主动融入市级“八张报表”“八项问题清单”,积极研究重构指标体系。", "八张报表"),
    # a lecture series is a brand
    ("街道党工委中心组学习暨“虹动力”课堂精心设计法治培训,", "虹动力课堂"),
    ("组织开展“法治大讲堂”23次,", "法治大讲堂"),
    # a quotation that receives an honour is the project honoured, even when it ends like a slogan
    ("某新区“府院创新三协同,共建知识产权保护新格局”荣获全市第二批示范项目。", "府院创新三协同,共建知识产权保护新格局"),
    # the demonstration campaign for streets and towns
    ("专项部署法治示范街镇创建工作,统筹安排法治工作。", "法治示范街镇创建"),
    # a study brand: a quoted …学堂
    ("抓实“某某法治大学堂”工作,组建讲师团。", "某某法治大学堂"),
    # the demonstration campaign created keeps its verb, as the golds name it; striven for, the honour's name alone
    ("认真落实某市创建全国法治政府建设示范县工作,", "创建全国法治政府建设示范县"),
    ("全力争创全国法治政府建设示范区。", "全国法治政府建设示范区"),
    # an unquoted …改革 with six or more words of its own after a verb that starts something
    ("开展行政调解员制度改革,提升调解质效。", "行政调解员制度改革"),
    # a national institution's wording after a programme verb, with no noun of its own, its count included
    ("全面推行证明事项告知承诺制,首批实行事项79项。", "证明事项告知承诺制"),
    ("全面推行行政执法三项制度,确保执法透明。", "行政执法三项制度"),
    ("严格落实党政主要负责人履行推进法治建设第一责任人职责清单制度。", "党政主要负责人履行推进法治建设第一责任人职责清单制度"),
    # the central rules on leading cadres' study of law and on reporting major matters, named as the golds name them
    ("二是严格落实领导干部学法制度,全年学法12次。", "领导干部学法制度"),
    ("认真落实领导干部学法用法制度,提高依法行政能力。", "领导干部学法用法制度"),
    ("严格执行重大事项请示报告制度,行政立法及时请示。", "重大事项请示报告制度"),
    # the central rules on government legal counsel and public lawyers, carried out (落实) as every government does
    ("全面落实政府法律顾问制度和公职律师制度,按照规定聘请顾问。", "政府法律顾问制度"),
    ("全面落实政府法律顾问制度和公职律师制度,按照规定聘请顾问。", "公职律师制度"),
    # the State Council's negative list for market access, an institution every government carries out
    ("落实市场准入负面清单制度,加强对企业的服务。", "市场准入负面清单制度"),
    ("持续开展告知承诺制工作,组织清理证明事项。", "告知承诺制"),
    # 责任 is a slogan noun, 责任制 the start of none: it says what the quotation names
    ("坚持“谁执法谁普法”,推进“谁管理谁普法”“谁服务谁普法”责任制落实。", "谁服务谁普法"),
    # quotations written back to back: the verb before the first introduces each of them
    ("统筹推进“一门一窗”“一业一证”“一事联办”“跨区通办”等,事项进驻大厅。", "一事联办"),
    ("统筹推进“一门一窗”“一业一证”“一事联办”“跨区通办”等,事项进驻大厅。", "跨区通办"),
    ("开展“党建大讲堂”“送学下基层”,推动学习走深走实。", "送学下基层"),
    # 将 after a quotation starts the next predicate: the quotation is named alone (twenty-sixth round)
    ("依托“一村一法官”将法律课堂送进社区,", "一村一法官"),
    ("定期开展清理三是建立定期走访企业制度,", "定期走访企业制度"),
    # a verb in the tail right before the noun modifies it (twenty-sixth round)
    ("持续完善以“一平台、一考核”为主体的“121”依法行政推进机制,", "121依法行政推进机制"),
    # a standing forum set up under a quoted name is named with its noun, as a 讲堂 is (twenty-sixth round)
    ("创新开设“法润企业”论坛,定期开展活动,", "法润企业论坛"),
    # the means a thing is done by: a quotation after 通过 or 采取 (twenty-sixth round)
    ("通过“上减下补”,推动人员编制下沉。", "上减下补"),
    ("畅通沟通渠道,采取“企业早餐会”“部门直通站”等方式交流。", "部门直通站"),
    # a platform's name may hold a manner (一体化): no way of working there, the platform is named (twenty-sixth round)
    ("依托市一体化政务服务平台,实现事项网上办理。", "市一体化政务服务平台"),
    # an inspection campaign of its own, …专项督察, after a verb that starts something (twenty-sixth round)
    ("组织开展全市营商环境法治保障专项督察,反馈问题20个。", "全市营商环境法治保障专项督察"),
    # a promise system of its own, …承诺制, unquoted after a verb that starts something or quoted (twenty-sixth round)
    ("全面推行建设工程施工许可告知承诺制,压缩办理时间。", "建设工程施工许可告知承诺制"),
    ("在全省率先开展危险货物运输许可“一证承诺制”,审批提速。", "一证承诺制"),
    # the demonstration campaign applied for (…示范创建申报工作) is named without the application (twenty-sixth round)
    ("积极做好第三批全国法治政府建设示范创建申报推荐工作。", "第三批全国法治政府建设示范创建"),
    # a quotation right after 以 that is the lever or the means of the work (twenty-sixth round)
    ("以“某某普法”视频号为载体,推出普法短视频。", "某某普法"),
    ("以“台账制+销号制”方式,逐项推进整改。", "台账制+销号制"),
    # the first of its kind set up: 首推, 首设 start something (twenty-sixth round)
    ("在全省首推涉企检查事项备案制度,减少重复检查。", "涉企检查事项备案制度"),
    ("在全区首设“夜间政务驿站”,方便群众办事。", "夜间政务驿站"),
    # a brand put to use or grown (twenty-sixth round)
    ("应用“信用画像”大数据,实施分级分类监管。", "信用画像"),
    ("在村社培育“和事佬”等调解品牌,化解纠纷。", "和事佬"),
    # strengthening a named institution or brand: 强化 (twenty-sixth round)
    ("强化法治“周周讲”,提升学习质效。", "周周讲"),
    ("全面强化领导干部学法制度,提升法治素养。", "领导干部学法制度"),
    # joining a mechanism others run: 加入 takes part, as 参与 does (twenty-sixth round)
    ("加入长三角十城市执法协作机制,开展联合执法。", "长三角十城市执法协作机制"),
    # a chief system, …长制, names its institution whatever verb stands before it, a list's items each (twenty-seventh round)
    ("全面落实河长制、林长制、田长制,压实属地责任。", "林长制"),
    ("全面落实河长制、林长制、田长制,压实属地责任。", "田长制"),
    ("某区街巷长制全面推开,环境明显改善。", "某区街巷长制"),
    ("各社区结合楼栋长制成立议事小组,", "楼栋长制"),
    # a quotation joined to the one before by 和, 及 or 与 shares that one's verb (twenty-seventh round)
    ("认真落实“马上办、网上办”及“某城通办”等工作要求,", "某城通办"),
    # the party's study campaign on the central eight rules is one campaign whatever verb stands before it (twenty-ninth round)
    ("一是开展深入贯彻中央八项规定精神学习教育,查摆问题。", "中央八项规定精神学习教育"),
    ("将中央八项规定精神学习教育与作风建设相结合,", "中央八项规定精神学习教育"),
    # the annual rule-of-law report as the report words it is a programme after any programme verb (thirty-sixth round)
    ("严格落实法治政府建设年度报告制度,按时报送。", "法治政府建设年度报告制度"),
    ("严格执行法治政府建设情况报告制度,定期研究。", "法治政府建设情况报告制度"),
    # the party's study campaign of a year under its whole name is a programme after a programme verb (thirty-sixth round)
    ("全局深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育,查摆问题。", "学习贯彻习近平新时代中国特色社会主义思想主题教育"),
    # a verb after a quotation's own noun starts the next predicate (thirty-sixth round)
    ("以“三个一”活动深化主题教育,推动整改。", "三个一活动"),
    # a national programme of `program_named_anywhere.txt` is one wherever written, with no verb (thirty-seventh round)
    ("紧扣民法典宣传月、宪法宣传周等节点,组织宣讲。", "民法典宣传月"),
    ("紧扣民法典宣传月、宪法宣传周等节点,组织宣讲。", "宪法宣传周"),
    ("宪法宣传周期间,机关干部集中学习。", "宪法宣传周"),
    ("会议研究了行政复议体制改革等事项。", "行政复议体制改革"),
    ("各科室健全普法责任制、法律顾问制度等。", "普法责任制"),
    ("全区稳步推进政务服务增值化改革,", "政务服务增值化改革"),
    ("推进“一窗受理”和高效办成一件事改革,", "高效办成一件事"),
    # …and the national reforms and systems whose whole wording it lists, after an improving verb (fortieth round)
    ("一是深入推进简政放权、放管结合、优化服务改革。", "简政放权、放管结合、优化服务改革"),
    ("全面推行谁执法谁普法普法责任制,", "谁执法谁普法普法责任制"),
    ("持续深化证照分离改革,压缩办理时限。", "证照分离改革"),
    ("全力打造15分钟政务服务圈,", "15分钟政务服务圈"),
    ("认真贯彻领导干部学法用法制度,", "领导干部学法用法制度"),
    # the 一 of 统一 counts nothing: the name runs on over it (forty-fifth round)
    ("建立服务建设全国统一大市场跨部门协调机制,", "服务建设全国统一大市场跨部门协调机制"),
    # …the same quotation and noun with no such document after it stays a programme (forty-sixth round)
    ("严格执行“两个一”事项集体决策制度,规范决策。", "两个一事项集体决策制度"),
    # a quotation's tail stops before a verb that only confers honours: what follows is the honour (fifty-second round)
    ("某镇“和美议事”模式入选全省基层治理改革优秀案例。", "和美议事模式"),
    ("“法润乡邻”获评省优秀普法工作项目。", "法润乡邻"),
    # 出台 sets up the unquoted system or mechanism right after it, as a founding verb does (sixty-first round)
    ("某局出台行政执法案件集体讨论制度,规范办案。", "行政执法案件集体讨论制度"),
    ("街道率先出台重大执法决定法制审核工作机制,明确程序。", "重大执法决定法制审核工作机制"),
    ("某局出台了执法人员轮岗交流制度,", "执法人员轮岗交流制度"),
    # a layout of rivers and lakes followed by a programme noun still names it (sixty-second round)
    ("建立“两河三湖”巡查机制,", "两河三湖巡查机制"),
    # a province's or a city's website is named by the jurisdiction alone, its short name too, with a branch after it;
    # 法治督察 after a quotation is in the inspection's name, and a noun alone before 与 heads one name (sixty-third round)
    ("积极利用北京市政务服务网推出的企业服务,", "北京市政务服务网"),
    ("事项已全部纳入海南政务服务网对外公布,", "海南政务服务网"),
    ("优化江西政务服务网西湖分厅建设,", "江西政务服务网西湖分厅"),
    ("创新开展“1+1”法治督察,制定问责办法。", "1+1法治督察"),
    ("建立法治督察与纪检监察监督协作配合机制,", "法治督察与纪检监察监督协作配合机制"),
    # a campaign with words of its own stays one beside the generic words, and away from a working body (sixty-fourth
    # round)
    ("深入开展安全生产专项整治行动,强化监管。", "安全生产专项整治行动"),
    ("扎实开展普法强基补短板专项行动,成效明显。", "普法强基补短板专项行动"),
    ("积极推进法治政府建设示范创建,召开推进会。", "法治政府建设示范创建"),
    # an unquoted …行动 after a verb that pushes on (推进, 深化) names its campaign, as …工程 does (ninety-seventh round)
    ("深入推进营商环境监督行动,推动营商环境持续优化。", "营商环境监督行动"),
    ("统筹推进新区高质量发展支撑引领行动,凝心聚力。", "新区高质量发展支撑引领行动"),
    # a rectification or clean-up with words of its own is a campaign like a 专项整治 (ninety-seventh round)
    ("开展法治政府建设领域突出问题集中整治,建立健全长效机制。", "法治政府建设领域突出问题集中整治"),
    ("开展涉企规范性文件专项清理;加强合法性审查。", "涉企规范性文件专项清理"),
]

PROGRAM_NOT_FOUND = [
    # the routine study of law a body's staff hold, unquoted, is no programme (sixtieth round)
    ("组织各科室开展全体干部职工学法用法活动,提升素养。", "全体干部职工学法用法活动"),
    ("开展4次全体村干部集中学法活动。", "全体村干部集中学法活动"),
    ("深入开展机关干部法治学习教育活动,", "机关干部法治学习教育活动"),
    # a mechanism, system, list or activity right after 的 is a kind described, no name (sixtieth round)
    ("建立以信用为基础的新型监管机制,加强监管。", "新型监管机制"),
    ("建立以服务为导向的多元调解机制,化解纠纷。", "多元调解机制"),
    ("完善“党委决策、政府实施、部门联动”的依法行政工作机制,", "依法行政工作机制"),
    # …with a noun after it the policy word is another phrase's, and unquoted …政策 is under way of nothing (fifty-ninth round)
    ("熟悉“某某工程”政策法规,提升能力。", "某某工程政策"),
    ("以公开促进依法行政和政策落地见效。", "以公开促进依法行政和政策"),
    # unquoted, 整治 alone names nothing: a 专项整治 is needed (fifty-eighth round)
    ("开展沿街环境整治,改善市容。", "沿街环境整治"),
    # …and after a quotation the bare quotation is not the name
    ("持续开展“迎大会”沿街环境综合整治,改善市容。", "迎大会"),
    # …考评 after another verb is a task or a score, and after a quotation another phrase's (fifty-sixth round)
    ("牵头完成3项部门服务效能考评任务。", "部门服务效能考评"),
    ("将“年度任务完成率”纳入全市目标绩效考评。", "年度任务完成率纳入全市目标绩效考评"),
    ("将“年度任务完成率”纳入全市目标绩效考评。", "年度任务完成率"),
    # the mottos before a programme noun are no programmes of their own (fifty-third round)
    ("各部门落实“谁执法谁普法、谁服务谁普法”普法责任制,年内开展宣传。", "谁服务谁普法"),
    ("严格落实“谁主管谁普法、谁执法谁普法”的普法责任制度,全年开展活动。", "谁主管谁普法"),
    # the tail of a spreading activity is no part of the quotation's name (fifty-first round)
    ("组织开展“法治护航企业”主题宣传活动,提升群众满意度。", "法治护航企业主题宣传活动"),
    ("开展“学法进万家”巡回宣讲活动,", "学法进万家巡回宣讲活动"),
    # a two-character count quoted before words it qualifies, no programme noun, names no programme (forty-ninth round)
    ("实现办事清单同“三定”有机衔接,", "三定"),
    ("推进考核工作“三级”全覆盖,压实责任。", "三级"),
    ("常态化研究部署“三农”领域法治工作。", "三农"),
    # …the last kind alone is none of them (forty-eighth round)
    ("全面推行许可清单、监管清单、禁入清单制度,", "禁入清单制度"),
    ("推行街道权力清单和服务清单管理制度,向街道放权。", "服务清单管理制度"),
    ("认真履行“双汇报”“三评议”工作机制,", "三评议工作机制"),
    # an unquoted …学习机制 or …学习制度 is the routine study every body keeps (forty-sixth round)
    ("各党支部建立习近平法治思想常态化学习机制,", "习近平法治思想常态化学习机制"),
    ("建立执法人员针对性普法学习制度,", "执法人员针对性普法学习制度"),
    # a quotation and its noun before 规定 or (的)实施办法 is a document's title written without 《》 (forty-sixth round)
    ("严格执行党组“两个一”事项集体决策制度规定,规范决策。", "两个一事项集体决策制度"),
    ("制定落实“两个一”事项集体决策制度的实施办法,", "两个一事项集体决策制度"),
    # a quotation after 形成 that goes on into what was formed is no name (forty-fifth round)
    ("全镇上下形成“一盘棋”格局。", "一盘棋"),
    # an unquoted …机制 after a verb that improves it (完善, 优化, 固化, 建立健全) is a mechanism already running, no
    # programme (forty-fifth round)
    ("完善接诉即办工作机制,实现数据共享。", "接诉即办工作机制"),
    ("优化营商环境法治保障工作协调机制,", "营商环境法治保障工作协调机制"),
    ("固化区政府常务会议会前学法机制,推动带头守法。", "区政府常务会议会前学法机制"),
    ("建立健全涉企行政检查备案审核工作机制,", "涉企行政检查备案审核工作机制"),
    ("不断完善某区法治建设工作督导机制,", "某区法治建设工作督导机制"),
    # …and so is one right after 健全 (forty-sixth round); a …制度 after 健全 is read as before
    ("健全社区矛盾纠纷多元化解处置机制,", "社区矛盾纠纷多元化解处置机制"),
    ("进一步健全企业诉求快速响应办理机制,", "企业诉求快速响应办理机制"),
    # a system of the study of law after a verb that improves it: the routine study every body keeps (forty-second round)
    ("持续完善机关工作人员学法用法制度,", "机关工作人员学法用法制度"),
    ("进一步完善落实领导干部学法用法制度,", "领导干部学法用法制度"),
    # …but not a quotation whose noun starts the title's own plan of action (thirty-fifth round)
    ("印发《某县推动纠错率“双下降”行动方案》,", "双下降行动"),
    # …but after 学习 or 贯彻 the doctrine is what is studied, not part of the name (thirty-fourth round, edges)
    ("各单位开展学习习近平法治思想“十个坚持”共8次。", "习近平法治思想十个坚持"),
    # a quotation of two words and no number word, no programme noun after it: a word set off (thirty-fourth round)
    ("对全镇法治建设开展全面“体检”,推动问题整改。", "体检"),
    ("推动普法宣传进“校园”、进“农村”,", "校园"),
    ("集中清理涉企刑事“积案”,", "积案"),
    # …but after 建立健全, five words of its own or fewer are a kind (thirty-second round)
    ("建立健全协同办理工作机制,", "协同办理工作机制"),
    ("建立健全以服务为导向的新型帮扶机制,", "新型帮扶机制"),
    # two verbs joined by 和 share one object: the second verb leads it, it opens no name (thirty-second round)
    ("积极完善和落实某局内部重大事项合法性审查机制,", "和落实某局内部重大事项合法性审查机制"),
    # …but not a two-word one, a stage or a figure (thirty-first round)
    ("完善审核机制,强化“事前”把关、“事中”跟踪,", "事中"),
    # …but a count of times after any other activity still leaves it out (thirty-first round)
    ("全年开展集中学法活动3次。", "集中学法活动"),
    # …but not a kind after an owner and 和, nor another noun after such a verb (thirtieth round)
    ("作为推进全区发展的重点任务和主体工程,", "重点任务和主体工程"),
    ("深化项目审批制度改革清单,", "项目审批制度改革清单"),
    ("开展送法进企业、法律咨询进社区等主题活动,", "法律咨询进社区"),
    # …but not a list, a relative clause or a phrase past the clause's end (twenty-eighth round)
    ("推行网上申报和窗口受理,", "网上申报和窗口受理"),
    ("推行企业开办的便利措施,", "企业开办的便利措施"),
    # the study of law every government body keeps by rule (the rule-of-law annual report is named since the
    # thirty-sixth round)
    ("全面落实党委理论学习中心组学法制度。", "党委理论学习中心组学法制度"),
    ("严格落实县政府常务会议学法制度,", "县政府常务会议学法制度"),
    # right after a verb that only confers an honour, a quotation is the honour, whatever noun ends it
    ("执法局获评“全国农业综合行政执法示范窗口”,", "全国农业综合行政执法示范窗口"),
    ("宣传教育中心获评“山东省法治宣传教育示范基地”;", "山东省法治宣传教育示范基地"),
    ("该县获评省级“平安建设示范平台”,", "平安建设示范平台"),
    # a manner and one activity name a way of working (a mechanism of its own says whose: 企业诉求常态化沟通机制)
    ("与企业建立常态化沟通机制。", "常态化沟通机制"),
    ("建立规范化管理制度,", "规范化管理制度"),
    # a count of principles stays a figure
    ("牢记“两个维护”活动要求,", "两个维护活动"),
    # after a verb that carries out what every government has (健全, 落实), an unquoted …机制 / …制度 is a
    # kind of mechanism, not a named one; after one that improves (完善), so is one named after the
    # rule-of-law machinery itself
    ("一是健全矛盾纠纷多元化解机制。", "矛盾纠纷多元化解机制"),
    ("完善依法行政制度,发挥行政立法引领作用。", "依法行政制度"),
    # an improving verb's mechanism with two words of its own besides the machinery: a kind
    ("1.完善法治政府推进机制。修订工作规则,", "法治政府推进机制"),
    ("二是完善配套机制。出台实施办法,", "配套机制"),
    ("坚持问题导向,完善体制机制,", "体制机制"),
    # 完善 followed by a verb that carries out: that verb says what is done, and it names no mechanism this short
    ("3.不断完善落实依法决策机制。严格按照实施办法,", "依法决策机制"),
    # a call for comments is a step of a procedure, no programme
    ("对条例草案开展了立法意见征集,并按要求上报。", "立法意见征集"),
    # a name that holds a word of plurality is a kind with many members
    ("健全完善依法治镇各项制度机制,全面推进依法治理,", "依法治镇各项制度机制"),
    ("建立各部门相关工作制度,", "各部门相关工作制度"),
    # two kinds of institution together are a field of them
    ("持续健全政府治理体系,完善行政执法体制机制,提升执法质量。", "行政执法体制机制"),
    ("推动全市乡镇建立法治建设领导体制和工作机制,", "法治建设领导体制和工作机制"),
    # 列入 also files things under headings: a quotation before it is no honoured project
    ("将“习近平法治思想”列入年度学习计划,", "习近平法治思想"),
    ("落实重大行政决策公开制度,主动公开。", "重大行政决策公开制度"),
    ("进一步完善法治政府建设推进机制,", "法治政府建设推进机制"),
    ("建立健全依法行政制度,", "依法行政制度"),
    # a mechanism named only by what it does in any government is a kind
    ("1.持续完善行政权力运行机制。严格落实权力清单。", "行政权力运行机制"),
    ("二是创新执法规范机制,全面落实依法行政。", "执法规范机制"),
    ("紧扣完善市场经济基础制度、构建全国统一大市场的任务目标,", "市场经济基础制度"),
    # a lever that ends in no programme noun
    ("坚持以法治政府建设为重点,以高频事项为切入点,", "法治政府建设"),
    ("优化法治建设统筹工作机制,", "法治建设统筹工作机制"),
    ("完善企业信用信息构建分级分类监管机制,", "企业信用信息构建分级分类监管机制"),
    # an improving verb before a noun that names kinds as often as one (体系, 改革)
    ("完善便民服务体系,", "便民服务体系"),
    ("深化行政审批制度改革,", "行政审批制度改革"),
    # a context noun (建设) several words after a slogan is another phrase's
    ("推动各级“一把手”自觉将法治建设扛在肩上。", "一把手"),
    # an unquoted activity is an ordinary one (开展…活动): only a campaign's own noun names one (…示范创建活动, …系列活动)
    ("开展普法宣传活动,发放资料。", "普法宣传活动"),
    # a period or a slogan after a word that only points at it (紧扣, 聚焦, 围绕)
    ("紧扣“十四五”开局之年目标任务,", "十四五"),
    ("聚焦我市“四六四五”发展战略,", "四六四五"),
    # a slogan noun after the quotation
    ("紧扣“两个维护”要求,狠抓落实。", "两个维护"),
    ("认真落实党政主要负责人“第一责任人”职责,", "第一责任人"),
    # figures: a manner (…化), a count of principles (两个…), a record (…连升), with no programme noun after
    ("从“一体化”协作、“网格化”管理两个方面推进,", "网格化管理"),
    ("从“一体化”协作、“网格化”管理两个方面推进,", "网格化"),
    ("全区率先实现“两个首次”,", "两个首次"),
    ("营商环境排名实现“十连升”。", "十连升"),
    # a verb before another quotation is that one's
    ("全面打造“三最”城市“升级版”。", "升级版"),
    # a figure with a decimal is a measure, not a version
    ("设立企业0.5天办结率实现95%。", "企业0.5天办结率"),
    # a list's part led by an adverb is a predicate of its own, not a name under the first verb
    ("首批事项全部上线运行、率先出台省级统一大市场任务清单,", "率先出台省级统一大市场任务清单"),
    # a count that heads its list, a way of doing something before the verb, an honour, a kind of which there are many
    ("三是推进“5项改革”:构建起特色解纷体系;", "5项改革"),
    ("首次采取“线下大会+线上直播”形式开展专题述法活动。", "线下大会+线上直播形式开展专题述法活动"),
    ("成功创建“全国法治政府建设示范区”。", "全国法治政府建设示范区"),
    ("火星村成功创建“全国民主法治示范村”,", "全国民主法治示范村"),
    ("打造了一批叫得响、有特色、受欢迎的普法宣传品牌,", "普法宣传品牌"),
    ("实行规范执法能力提升等5大提升工程,", "规范执法能力提升等5大提升工程"),
    # a set of documents named by a code
    ("统筹落实法治建设的“一规划两方案”。", "一规划两方案"),
    # a plan period
    ("全面建成小康社会和“十三五”规划收官之年,", "十三五"),
    # examples of a kind (A和B等…活动) are no one name
    ("组织开展法治进校园和法官谈法治等主题活动,", "法治进校园和法官谈法治等主题活动"),
    # …推进会 is a meeting, not a programme under way
    ("州司法局召开全州行政复议体制改革推进会。", "全州行政复议体制改革"),
    # short quotations back to back with no programme noun after them
    ("构建“亲”“清”新型政商关系,", "亲清"),
    # what the demonstration campaign produced, and the campaign inside a title or a quotation
    ("“五免之城”建设获省推荐全国法治政府建设示范创建项目;", "全国法治政府建设示范创建"),
    ("不断巩固全省首批法治政府建设示范县创建成果,", "法治政府建设示范县创建"),
    ("印发《某市全面推进法治政府建设示范创建工作方案》,", "法治政府建设示范创建"),
    # a short 制度 after a verb that carries out what every government has is a kind, not one
    ("落实重大行政决策公开制度,", "重大行政决策公开制度"),
    # the demonstration honour won is an award's
    ("我区成功创建全国法治政府建设示范区,", "全国法治政府建设示范区"),
    # a manner of working names no mechanism
    ("二是建立常态化机制。将学习纳入年度要点,", "常态化机制"),
    ("2.构建联动化工作推进机制。", "联动化工作推进机制"),
    # a year's work points are a document
    ("以落实“2023年法治上城建设工作要点”具体任务为牵引,", "2023年法治上城建设工作要点"),
    # a percentage is no version
    ("参加省行政执法资格考试通过率99.05%,", "省行政执法资格考试通过率99.0"),
    # a 、 list of short quotations
    ("推行政务服务事项“马上办”、“网上办”、“就近办”等方式,", "马上办"),
    ("推行政务服务事项“马上办”、“网上办”、“就近办”等方式,", "就近办"),
    # a code of counted parts that lays out places or bodies is a slogan; so is a five-year period and a set of rules
    ("服务“一核两翼”发展格局,推动落实。", "一核两翼"),
    ("明确“一办八组”组织架构及职责。", "一办八组"),
    ("全面完成“十四五”法治建设规划中期评估。", "十四五"),
    ("修订完善“两规则一细则”,规范议事。", "两规则一细则"),
    # a 专项整治 with no words of its own, and one inside a meeting's name
    ("四是从严抓好专项整治。", "从严抓好专项整治"),
    ("召开全区执法突出问题专项整治工作推进会,", "全区执法突出问题专项整治"),
    # a quoted statement (someone's words) names nothing, though it ends in a programme noun
    ("落实关于“法治是治理体系的基础工程”的重要指示,", "法治是治理体系的基础工程"),
    # examples of a kind: 等 anywhere before the noun
    ("认真落实日常学法和年度考法等学法用法制度。", "日常学法和年度考法等学法用法制度"),
    # the state a change starts from, quoted before 到 or 向 and the state it reaches
    ("推动政务服务实现从“能办”到“好办”的转变,", "能办"),
    ("推动政务服务实现从“能办”到“好办”的转变,", "好办"),
    ("推动执法理念由“被动应对”向“主动服务”转变,", "被动应对"),
    ("推动执法理念由“被动应对”向“主动服务”转变,", "主动服务"),
    ("推动法律顾问从“善后者”向“防控者”转变。", "善后者"),
    # a party committee's quoted code or slogan, whatever its shape
    ("紧密围绕省委“2468”具体部署和市委“135”思路举措,", "2468"),
    ("围绕县委“四个大抓”推动落实,", "四个大抓"),
    # a list of phrases in one quotation stays one name
    ("实现“一窗受理、集成服务”,", "一窗受理"),
    # a quotation ending in a slogan noun is an ideology or a slogan, unless a programme noun follows it
    ("把“习近平法治思想”列入中心组学习内容,", "习近平法治思想"),
    ("不断增强“四个意识”,", "四个意识"),
    # a role: who is meant, not what is done
    ("全年两次开展“一把手”集中述法和现场测评。", "一把手"),
    ("推行抓住“关键少数”,压实责任。", "关键少数"),
    # an aim: what a place means to become
    ("打造营商服务“新高地”,精准服务企业。", "新高地"),
    ("建成全国“茶叶之都”营造良好环境。", "茶叶之都"),
    ("全面推进高新区“升级版”建设,", "升级版"),
    # a date joined by a middle dot is no series
    ("利用“4·15”国家安全教育日开展宣传,", "4·15"),
    # an unquoted reading class is a meeting, not a brand
    ("举办普法读书班学习,", "普法读书班"),
    # an unquoted …改革 with fewer than six words of its own is a kind of reform
    ("开展体制机制改革,", "体制机制改革"),
    ("开展审批制度改革,", "审批制度改革"),
    # a quotation followed by 的 qualifies what follows
    ("建立“党委领导、政府负责、部门联动”的“大法治”工作格局。", "党委领导、政府负责、部门联动"),
    ("以“作示范、勇争先”的昂扬斗志推进工作,", "作示范、勇争先"),
    ("形成“主要领导亲自抓、分管领导具体抓”的工作格局。", "主要领导亲自抓、分管领导具体抓"),
    # the last item of a 、 list of phrases that share its noun names nothing alone
    ("与区纪委监委机关建立督察计划共商、线索移交、督察成果共享机制。", "督察成果共享机制"),
    ("努力创建主体明确、权责统一、运转协调、廉洁高效的依法治镇新机制。", "依法治镇新机制"),
    # a manner written …式
    ("组织干部开展“沉浸式”法治教育,", "沉浸式"),
    ("对“一门式”窗口办事员开展集中培训,", "一门式窗口"),
    # a count of articles or items is a document's set of measures
    ("研究制定依法推进疫情防控“十条举措”,", "十条举措"),
    ("出台落实帮扶企业政策“12条”措施及配套细则,", "12条"),
    # the routine work of learning and spreading the law, unquoted
    ("开展习近平法治思想学习活动和主任办公会学法,", "习近平法治思想学习活动"),
    ("邀请讲师团来区开展党史学习教育集中宣讲活动;", "党史学习教育集中宣讲活动"),
    # a national day or task named without a noun after a verb is no institution
    ("扎实开展宪法日、宪法宣传周活动,", "宪法日"),
    ("三是开展减证便民,清理并公布证明事项。", "减证便民"),
    # an unquoted list of what a body may and must do is the document every body keeps, not a programme
    ("编制公布市县两级行政许可事项清单,实现同一事项同标准。", "市县两级行政许可事项清单"),
    ("梳理、公布并动态调整某某局权力清单和责任清单,", "某某局权力清单"),
    ("完成某市应急管理局2024年版权责清单,并在局门户网站公布。", "某市应急管理局2024年版权责清单"),
    # a count of battles after the 等 that sums up their list names none of them
    ("打好法治思维、法治满意度等5大攻坚战,压实责任,", "法治满意度等5大攻坚战"),
    ("打好法治思维、法治满意度等5大攻坚战,压实责任,", "5大攻坚战"),
    # a national programme's plan is a document; the bodies a congress oversees are no code
    ("认真做好迎接“八五”普法规划中期评估工作。", "八五普法"),
    ("支持“一府一委两院”依法依规开展工作。", "一府一委两院"),
    # an activity the event step names (a hearing attended on a day) is that event, not a programme
    ("组织各街道主要负责同志参加行政案件旁听庭审活动,", "行政案件旁听庭审活动"),
    # a quotation that opens its clause with no verb or noun of a programme around it: a figure or an example
    ("集中清理存量文件。“小切口”精准立法。", "小切口"),
    ("“医疗报销”等本地特色“一件事”线上运行,", "医疗报销"),
    # a working body's name is an agency's, quoted or followed by its word
    ("一是强化领导,建立“工业园区普法工作领导小组”,", "工业园区普法工作领导小组"),
    ("建立首家诉源治理工作站,“最优解”特色调解工作室有效运行。", "最优解特色调解工作室"),
    # the last of a 、 list joined by 及 shares the noun with the items before it: it names none alone
    ("建立主要领导周调度、工作专班日调度及挂销账机制,", "挂销账机制"),
    ("认真组织开展法治政府建设示范创建和诚信经营示范单位创建活动,", "法治政府建设示范创建和诚信经营示范单位创建活动"),
    # the routine work of spreading the law, unquoted, is no programme (twenty-sixth round)
    ("积极开展法治宣传教育活动,营造良好氛围。", "法治宣传教育活动"),
    ("组织开展学习宣传贯彻宪法精神系列活动,", "学习宣传贯彻宪法精神系列活动"),
    ("持续完善行政权力运作机制,规范权力运行。", "行政权力运作机制"),
    # an adverb and a verb in a clause that seems to open with a name under way make a predicate (twenty-sixth round)
    ("二是规范服务。政务服务事项全部纳入统一服务平台运行,群众满意。", "政务服务事项全部纳入统一服务平台"),
    ("通过细化任务台账,有力推动责任清单落地。", "有力推动责任清单"),
    # a quotation followed by 称号 is an honour's name (twenty-sixth round)
    ("全街获得“清风某某政务窗口”称号的窗口有3个,", "清风某某政务窗口"),
    # an enumerator opens the next clause where the text drops the punctuation before it (twenty-sixth round)
    ("定期开展清理三是建立定期走访企业制度,", "清理三是建立定期走访企业制度"),
    # a quotation's tail stops at 将 and at a verb right after the closing quote (twenty-sixth round)
    ("依托“一村一法官”将法律课堂送进社区,", "一村一法官将法律课堂"),
    ("通过“干部走流程”完善制度机制8项。", "干部走流程完善制度机制"),
    # a bare kind after 和 names nothing, nor does the list it ends (twenty-sixth round)
    ("对5家单位开展综合督察和专项督察,推动整改。", "综合督察和专项督察"),
    ("对5家单位开展综合督察和专项督察,推动整改。", "专项督察"),
    # a quotation that a few words qualify as an aim or a demand, ending the clause, is no programme (twenty-seventh round)
    ("全年实现了“零事故、零投诉”安全目标,", "零事故、零投诉"),
    ("对标打造“示范之城”新定位,细化任务。", "示范之城"),
    # the aim the whole report serves, quoted, is no programme (twenty-seventh round)
    ("严格落实“法治政府”各项考核指标,", "法治政府"),
    ("组建某某示范创建指挥部严格落实法治建设季度通报制度。", "指挥部严格落实法治建设季度通报制度"),    # sitting in on a court's hearing is routine study, no programme (twenty-ninth round)
    ("组织执法人员开展行政诉讼庭审观摩活动,提升能力。", "行政诉讼庭审观摩活动"),
    ("班子成员参加线上旁听庭审活动,撰写心得。", "线上旁听庭审活动"),
    # other reports a body owes by rule stay routine; only the rule-of-law report is named (thirty-sixth round)
    ("严格落实重大行政决策年度报告制度,按时报送。", "重大行政决策年度报告制度"),
    ("督促各部门刚性落实法治政府建设年度报告制度。", "督促各部门刚性落实法治政府建设年度报告制度"),
    # the campaign noun needs its whole name before it, and a quotation's noun ends its name (thirty-sixth round)
    ("扎实开展党史主题教育,查摆问题。", "党史主题教育"),
    ("以“三个一”活动深化主题教育,推动整改。", "三个一活动深化主题教育"),
    # …but inside a document's title it is the title's (thirty-seventh round)
    ("印发《某区宪法宣传周工作方案》,", "宪法宣传周"),
    ("贯彻落实《某市行政复议体制改革实施方案》,", "行政复议体制改革"),
    ("全面落实普法责任制。按照要求,落实“谁执法谁普法”普法责任制,", "普法责任制"),
    # …and the honour is no part of the programme's name (fifty-second round)
    ("某镇“和美议事”模式入选全省基层治理改革优秀案例。", "和美议事模式入选全省基层治理改革"),
    ("“法润乡邻”获评省优秀普法工作项目。", "法润乡邻获评省优秀普法"),
    # a plan carried out by any verb but 实施 is the document (fifty-fifth round)
    ("某局认真贯彻落实“八五”普法规划,结合工作实际,", "八五普法"),
    ("今年是全面落实“八五”普法规划的关键一年。", "八五普法"),
    ("启动某区“八五”普法规划编制,", "八五普法"),
    # …but no other noun: a list or a reform issued is a document's content (sixty-first round)
    ("某局出台年度重点任务清单,逐项落实。", "年度重点任务清单"),
    ("某局出台执法全过程记录制度改革,", "执法全过程记录制度改革"),
    # a quotation before 为主题 is a session's theme, and counted rivers, lakes, roads, stations and yards lay out
    # places, whatever verb stands before them (sixty-second round)
    ("深入开展“学法守法共建和谐”为主题的学习研讨,", "学法守法共建和谐"),
    ("全面完成“三河两湖”流域渔船退捕任务,", "三河两湖"),
    ("重点强化“两站一场”客运秩序常态化治理,", "两站一场"),
    # …but a network is no website, nor is a site with no jurisdiction before it, and the quotation alone is not the
    # inspection (sixty-third round)
    ("完善公交客运服务网络,", "公交客运服务网络"),
    ("积极拓展电子营业执照在政务服务网办事项中的场景,", "政务服务网"),
    ("郑州政务服务网\n你所在的位置: 首页 新闻中心", "郑州政务服务网"),
    ("创新开展“1+1”法治督察,制定问责办法。", "1+1"),
    # an unquoted …行动 whose head is only words for the kind of work names no campaign, and a campaign's name right
    # before a working body or a meeting named for it is that body's or meeting's (sixty-fourth round)
    ("围绕中心工作开展法治建设专项行动,", "法治建设专项行动"),
    ("3.开展专项监管行动。一是开展餐饮检查。", "专项监管行动"),
    ("开展旅游社专项整治等6次专项整治行动,共出动执法人员。", "专项整治行动"),
    ("加强部门协调配合,开展定期联合执法行动,共同打击违法行为。", "定期联合执法行动"),
    ("推动成立区级层面专项整治领导小组,共发现问题。", "区级层面专项整治"),
    ("成立了健康龙江行动推进委员会专项行动工作组,部署实施。", "委员会专项行动"),
    ("区委、区政府主要领导担任法治政府建设示范创建工作领导小组组长,", "法治政府建设示范创建"),
    ("高规格召开全县法治政府建设示范创建会,部署任务。", "法治政府建设示范创建"),
    # a clause that opens with a list's marker or holds its own verb (了, 更多) names no programme under way (sixty-fifth)
    ("各项工作的顺利开展。二是局系统推进权责清单管理,按期完成。", "二是局系统"),
    ("制定工作方案,成立了某市健康行动推进小组,明确分工。", "成立了某市健康行动"),
    ("园区运营良好,吸引更多优质法律服务活动落地园区。", "吸引更多优质法律服务活动"),
    # the country's system and its system of law are a doctrine, no programme (sixty-fifth round)
    ("主动适应坚持和完善中国特色社会主义制度、推进治理现代化的新要求。", "中国特色社会主义制度"),
    ("三中全会对“完善中国特色社会主义法治体系”作出部署,", "完善中国特色社会主义法治体系"),
    # …pushed on, a 行动 with only the kind of work or 的 before it, and a clean-up with no words of its own, name none
    ("深入推进法治建设行动,", "法治建设行动"),
    ("把学习成果转化为推进法治政府建设的实际行动。", "法治政府建设的实际行动"),
    ("定期组织集中清理,及时报送备案。", "定期组织集中清理"),
    ("开展各类规范性文件专项清理,", "各类规范性文件专项清理"),
]


EVENT_FOUND = [
    ("组织各街道主要负责同志参加行政案件旁听庭审活动,", "行政案件旁听庭审活动"),
    ("举办全市领导干部法治专题研讨班,提升能力。", "全市领导干部法治专题研讨班"),
    ("组织干部参加习近平法治思想网络专题班学习,", "习近平法治思想网络专题班"),
    # a quotation that ends in an event noun is the event's name, not a programme
    ("组织开展干部“提升基层法治能力专题培训班”,", "提升基层法治能力专题培训班"),
    ("举办第三届法治文化节系列活动,", "第三届法治文化节系列活动"),
    ("召开市委十二届36次常委会(扩大)会议,", "市委十二届36次常委会(扩大)会议"),
    ("召开市政府第十三次常务会议,", "市政府第十三次常务会议"),
    # a list: the name starts after the last 、
    ("召开区委常委会会议、全区法治政府建设工作会议,", "全区法治政府建设工作会议"),
    ("开展干部集中学习、宪法专题报告会,", "宪法专题报告会"),
    ("多次召开市政府党组会、常务会、全市法治工作会议,", "全市法治工作会议"),
    # a 、 after words that are no activity lists the topics of one name
    ("召开全区行政执法监督与便民热线、网格平台建立协作机制工作推进会,", "全区行政执法监督与便民热线、网格平台建立协作机制工作推进会"),
    ("及时召开了全市法治政府建设示范创建工作推进大会,", "全市法治政府建设示范创建工作推进大会"),
    ("召开全县法治建设工作动员部署会,", "全县法治建设工作动员部署会"),
    ("组织全区党政主要负责人述法评议会,", "全区党政主要负责人述法评议会"),
    ("组织“提升行政执法能力”专题培训班,", "“提升行政执法能力”专题培训班"),
    # a count after a name is not part of it, and ends it before a 、 (会议2次、…)
    ("举办法治专题培训班3期、全区执法人员轮训班2期,", "全区执法人员轮训班"),
    ("召开全区法治建设推进会2次、全区行政执法工作会议1次,", "全区法治建设推进会"),
    # the 作 of 工作 is no verb before a name
    ("召开“我为群众办实事”工作推进会,", "“我为群众办实事”工作推进会"),
    # a count before a name is not part of it either
    ("筹备召开4次法治某市(法治政府)建设工作推进会。", "法治某市(法治政府)建设工作推进会"),
    # …会 written on as …会议 keeps its 议
    ("召开了全县示范创建工作协调会议,对任务作出部署。", "全县示范创建工作协调会议"),
]

EVENT_NOT_FOUND = [
    ("先后召开5次各类调度会议,", "5次各类调度会议"),
    ("先后召开5次各类调度会议,", "各类调度会议"),
    ("每年年初召开一次专题会议部署全年工作,", "专题会议"),
    ("在县人民代表大会及其常委会的监督下,依法行政。", "县人民代表大会"),
    ("常务会议会前开展专题法治讲座2次。", "常务会议"),
    ("开展法治政府示范创建活动,", "法治政府示范创建活动"),
    ("推动主要负责人会议专题述法全覆盖。", "主要负责人会议"),
    ("开展干部集中学习、宪法专题报告会,", "干部集中学习、宪法专题报告会"),
    # a lecture named by a field or a form alone is no event (one told apart by its topic is: test_shapes_events_awards)
    ("邀请专家在市政府常务会上作专题讲座,", "专题讲座"),
    ("邀请专家为领导干部作法治专题讲座。", "法治专题讲座"),
    # a standing body's routine meeting without its session tells no one meeting apart
    ("主持召开区政府常务会议研究法治工作。", "区政府常务会议"),
    ("召开县委常委会会议、县政府常务会议,", "县委常委会会议"),
    ("召开局党组会议,研究部署。", "局党组会议"),
    ("召开区委依法治区委员会会议2次、办公室会议2次,", "办公室会议"),
    # a 、 list that ends in an event noun alone lists forms of study
    ("通过传达学习、系统解读、专题讲座、集中研讨等形式学习。", "、系统解读、专题讲座"),
    ("通过传达学习、系统解读、专题讲座、集中研讨等形式学习。", "系统解读、专题讲座"),
]


@pytest.mark.parametrize("sentence,programmes", [
    ("组织开展干部“提升基层法治能力专题培训班”,", set()),
    ("举办第五届“法治文化节”系列活动,", set()),
    ("召开全区“七五”普法总结表彰大会,", {"七五普法"}),
    ("举办“服务企业发展”专项法律服务行动启动仪式,", {"服务企业发展专项法律服务行动"}),
    ("参加全国首届“行政规范性文件法治化与高质量”建设研讨会。", set()),
])
def test_a_quotation_that_names_an_event_is_no_programme(sentence: str, programmes: set[str]) -> None:
    assert names(sentence, "Program") == programmes


AWARD_FOUND = [
    # a ranking in a named assessment: the assessment and the rank
    ("在全省法治政府建设考评中排名第一,成效明显。", "全省法治政府建设考评第一"),
    ("在市委依法治市办组织的2022年度法治建设考核中,我县位列全市9县区第一名;", "2022年度法治建设考核全市9县区第一名"),
    ("我区2023年度法治政府建设考核位列全市第二。", "2023年度法治政府建设考核全市第二"),
    ("在省发展改革委的营商环境评价中位居全省首位。", "省发展改革委营商环境评价全省首位"),
    # the awarding bodies inside the passive
    ("我局被省司法厅、省普法办确定为全省普法示范单位。", "全省普法示范单位"),
    ("我局被省司法厅、省普法办联合确定为全省普法示范单位。", "全省普法示范单位"),
    ("我县获评第二批全省法治政府建设示范地区。", "第二批全省法治政府建设示范地区"),
    ("我区被命名为第二批全国法治政府建设示范地区。", "第二批全国法治政府建设示范地区"),
    # quoted honours written back to back are one each; a quotation may hold another
    ("获评“全国公共法律服务工作先进集体”“全国“八五”普法中期表现突出单位”。", "全国公共法律服务工作先进集体"),
    ("获评“全国公共法律服务工作先进集体”“全国“八五”普法中期表现突出单位”。", "全国“八五”普法中期表现突出单位"),
    # a rank won (获得, 取得), and a rank held for years
    ("在2022年度全市法治政府建设考核中获得第一名。", "2022年度全市法治政府建设考核第一名"),
    ("我区法治政府建设考核连续三年位列全市第一。", "法治政府建设考核全市第一"),
    # two titles joined by 和
    ("荣获全国法治政府建设示范区称号和全省平安建设先进县称号。", "全省平安建设先进县"),
    ("荣获全国法治政府建设示范区称号和全省平安建设先进县称号。", "全国法治政府建设示范区"),
    # the genre's other selection verbs: 被评选为, 入围, 被选树为, 被确认为, 列入…名单
    ("我区被评选为全省法治宣传教育示范区。", "全省法治宣传教育示范区"),
    ("该项目入围全国法治政府建设示范项目。", "全国法治政府建设示范项目"),
    ("我局被选树为全市法治建设先进典型。", "全市法治建设先进典型"),
    ("该村被确认为全省民主法治示范村。", "全省民主法治示范村"),
    ("成功列入全省首批法治乡村试点名单。", "全省首批法治乡村试点"),
    # 上榜 a list of honours
    ("连续五年上榜全省高质量发展先进区,", "全省高质量发展先进区"),
]

AWARD_NOT_FOUND = [
    ("群众获得感满意度明显提升。", "得感满意度明显提升"),
    ("群众获得感满意度明显提升。", "感满意度明显提升"),
    ("积极申报创成全国法治政府建设示范市。", "全国法治政府建设示范市"),
    # a rank without the assessment it was won in is no award
    ("其中5月市级排名第5,区级排名第1。", "市级第5"),
    # 被 … 确定为 with words other than awarding bodies between
    ("该案被作为典型确定为示范案例。", "示范案例"),
    ("相关话题上榜热搜。", "热搜"),
    # 列入 and 入围 with no honour after them
    ("将法治建设列入年度重点工作。", "年度重点工作"),
    ("入围决赛。", "决赛"),
]


FOUND = ([("Program", *case) for case in PROGRAM_FOUND] + [("Event", *case) for case in EVENT_FOUND]
         + [("Award", *case) for case in AWARD_FOUND])
NOT_FOUND = ([("Program", *case) for case in PROGRAM_NOT_FOUND] + [("Event", *case) for case in EVENT_NOT_FOUND]
             + [("Award", *case) for case in AWARD_NOT_FOUND])


@pytest.mark.parametrize("type_,sentence,name", FOUND)
def test_shape_is_found(type_: str, sentence: str, name: str) -> None:
    assert name in names(sentence, type_)


@pytest.mark.parametrize("type_,sentence,name", NOT_FOUND)
def test_look_alike_is_not_taken(type_: str, sentence: str, name: str) -> None:
    assert name not in names(sentence, type_)


LABELLED = [
    # “两山”生态观察员制度 and “两山”生态检察APP share their quotation, not their name
    ("浮梁县2022年法治政府建设情况报告\n建立“两山”生态观察员制度,开发并启用“两山”生态检察APP。\n",
     {"两山生态观察员制度", "两山生态检察APP"}),
    # “高效办成一件事” is the national programme; “高效办成一件事”综合受理窗口 a county's own window built on it
    ("姚安县2025年法治政府建设情况报告\n以“高效办成一件事”为牵引,设立线下“高效办成一件事”综合受理窗口。\n",
     {"高效办成一件事", "高效办成一件事综合受理窗口"}),
    # national labels as every gold that lists them accepts them: 谁执法谁普法 (8 of 8), 告知承诺制 as written (2 of 2)
    ("城阳区2023年法治政府建设情况报告\n推动落实“谁执法谁普法”普法责任制,持续开展告知承诺制工作。\n",
     {"谁执法谁普法", "告知承诺制"}),
]


@pytest.mark.parametrize("report,labels", LABELLED)
def test_programmes_sharing_a_quotation_keep_their_own_labels(tmp_path, report: str, labels: set[str]) -> None:
    path = tmp_path / "report.txt"
    path.write_text(report, encoding="utf-8")
    assert labels <= {e.label for e in extract(path).entities.values() if e.type == "Program"}
