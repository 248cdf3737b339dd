"""The box-selection experiment (bench/facts_select.py): its logistic fit and its event-independent features.

Made-up facts and rows, never a judged event's: the fit must find the signs of a known rule and give the same
weights every run; the features must read a fact's shape and place, not its words.
"""
from __future__ import annotations

from bench.facts_select import Row, features, fit, probability
from site_builder.facts.sentences import Sentence
from site_builder.model import Citation, Fact


def row(keep: bool, **found: float) -> Row:
    return Row("set", "event", "id", "number", True, found, keep, False)


def test_fit_learns_the_sign_of_each_feature_and_is_the_same_every_run() -> None:
    # told by several sources: mostly kept; one source's aside: mostly noise; a few rows against each rule
    table = [row(True, **{"sources (log2)": 1.0}) for _ in range(30)] + [row(False, **{"sources (log2)": 1.0}) for _ in range(5)]
    table += [row(False, **{"single source": 1.0}) for _ in range(30)] + [row(True, **{"single source": 1.0}) for _ in range(6)]
    weights = fit(table)
    assert weights["sources (log2)"] > 0 > weights["single source"]
    assert probability({"sources (log2)": 1.0}, weights) > 0.7 > 0.3 > probability({"single source": 1.0}, weights)
    assert fit(list(table)) == weights


def test_an_editors_fact_is_learnt_as_a_keeper_whatever_the_judge_said() -> None:
    assert Row("set", "event", "id", "person", True, {}, False, True).keep is True
    assert Row("set", "event", "id", "person", True, {}, None, False).keep is None


def sentences(source: str, *texts: str) -> list[Sentence]:
    return [Sentence(source, n, n, text) for n, text in enumerate(texts)]


def test_features_read_where_and_how_often_a_fact_is_told_not_its_words() -> None:
    by_source = {
        "s1": sentences("s1", "A barge sank in the estuary near Lindholm Harbour on Friday.", "Its crew of six were rescued.",
                        "The tide was high.", "A diver said the wreck lay \"about 40 metres down\" in the channel."),
        "s2": sentences("s2", "Six crew were rescued after a barge sank near Lindholm Harbour.", "Lindholm is a fishing town."),
    }
    harbour = Fact("place-lindholm-harbour", "place", "place", "Lindholm Harbour", "agreed", (
        Citation("s1", by_source["s1"][0].text), Citation("s2", by_source["s2"][0].text)))
    town = Fact("place-lindholm", "place", "place", "Lindholm", "single-source", (Citation("s2", by_source["s2"][1].text),))
    depth = Fact("number-distance-metres", "number", "distance (metres)", "about 40 metres", "single-source",
                 (Citation("s1", by_source["s1"][3].text),))
    box = [harbour, town, depth]

    told_by_both = features(harbour, box, by_source)
    assert told_by_both["share of sources"] == 1.0 and told_by_both["in a lead sentence"] == 1.0
    assert "single source" not in told_by_both and "position" not in told_by_both  # the first sentence of each
    assert told_by_both["generic label"] == 1.0 and "restates another" not in told_by_both

    inside = features(town, box, by_source)
    assert inside["restates another"] == 1.0 and inside["single source, place"] == 1.0  # 'Lindholm' of 'Lindholm Harbour'

    aside = features(depth, box, by_source)
    assert aside["distance"] == 1.0 and aside["measure"] == 1.0 and aside["only inside quotations"] == 1.0
    assert aside["position"] == 0.75 and "in a lead sentence" not in aside
