"""The learned filter of event names: its features, its weights as data, and what the shipped weights keep."""
import pytest

from kg.recognise import STAGES, make_pipeline, pipeline, recognise
from kg.recognise.mention_filter import MentionFilter, features
from kg.recognise.mentions import ReportContext

# A held meeting and a routine activity, as the event rules both name them.
SENTENCE = "区司法局召开全区行政执法工作会议,开展习近平法治思想专题宣讲活动。"
WEIGHTS = [{"type": "Event", "feature": "(bias)", "weight": "1.0"},
           {"type": "Event", "feature": "E2:活动", "weight": "-3.0"}]


def events(nlp, sentence: str) -> set[str]:
    doc = recognise(nlp, sentence, [0], ReportContext(level_char="区"))
    return {getattr(m, "name", "") or m.text for m in doc._.mentions.of("Event")}


@pytest.mark.parametrize("threshold, kept", [
    (0.0, {"全区行政执法工作会议", "习近平法治思想专题宣讲活动"}),  # keeps every name: the rules' own output
    (0.5, {"全区行政执法工作会议"}),  # 活动 outweighs the bias: 1 / (1 + e^2) = 0.12
    (0.99, set()),  # the meeting's 1 / (1 + e^-1) = 0.73 falls short too
])
def test_weights_given_as_data_decide_what_is_kept(threshold: float, kept: set[str]) -> None:
    nlp = make_pipeline({"fazhi_mention_filter": {"weights": WEIGHTS, "threshold": threshold}})
    assert events(nlp, SENTENCE) == kept


@pytest.mark.parametrize("sentence, name, kept", [
    ("2月,区政府召开全区行政执法工作会议,部署全年工作。", "全区行政执法工作会议", True),
    ("区政府召开法治政府建设推进会,部署全年工作。", "法治政府建设推进会", True),
    # activities the golds of real reports leave out: a kind of activity rather than one held (宣讲, 旁听庭审)
    ("开展习近平法治思想专题宣讲活动,覆盖干部。", "习近平法治思想专题宣讲活动", False),
    ("组织领导干部开展网上旁听庭审活动。", "网上旁听庭审活动", False),
    ("组织全区领导干部旁听庭审活动。", "全区领导干部旁听庭审活动", False),
])
def test_the_shipped_weights(sentence: str, name: str, kept: bool) -> None:
    assert name in events(make_pipeline({"fazhi_mention_filter": {"threshold": 0.0}}), sentence)  # the rules name it
    assert (name in events(pipeline(), sentence)) is kept


def test_the_filter_runs_after_every_recogniser_and_before_the_actions() -> None:
    assert STAGES[-2:] == ("fazhi_mention_filter", "fazhi_actions")
    assert [name for name, _ in pipeline().pipeline] == list(STAGES)


def test_a_name_is_read_with_the_characters_around_it_on_one_line() -> None:
    found = features("", "宣讲活动", "设。\n开展", "。\t二")
    assert {"E2:活动", "B1:展", "BB:。⏎", "A1:。", "A2:。␣"} <= set(found)
    assert MentionFilter([], 0.5).probability("Event", "", "宣讲活动", "", "") == 0.5  # no weights: no opinion


def test_a_names_shape_as_a_whole() -> None:
    # an ordinal and a level word (a session held), a quotation opening before it, the verb that leads it
    found = set(features("", "第三次全区法治工作会议", "区委召开“", "”"))
    assert {"X:ord", "X:lvlin", "X:qopen", "X:insideq", "X:lenl", "V2:召开"} <= found
    assert {"X:lvl", "X:qin"}.isdisjoint(found)
    assert {"X:lvl", "X:lens", "X:insideq"} <= set(features("", "全市大会", "“开展", "”"))
