"""find_fact by words and by value; near misses listed."""

from __future__ import annotations

import pytest

from claimcheck.errors import FactNotFoundError
from claimcheck.output.query import fact_value_text, find_fact, query_numbers
from factories import sample_report


@pytest.mark.parametrize(
    "query, exp",
    [
        ("263 agreements", "f-agreements"),
        ("agreements", "f-agreements"),
        ("Agreements signed", "f-agreements"),
        ("signed declaration", "f-date"),
        ("declaration signed 2022", "f-date"),
        ("declaration article 16", "f-article"),
        ("263", "f-agreements"),
    ],
)
def test_find_fact(query: str, exp: str) -> None:
    assert find_fact(sample_report(), query).id == exp


def test_report_fact_delegates() -> None:
    assert sample_report().fact("263 agreements").id == "f-agreements"


@pytest.mark.parametrize("query", ["300 agreements", "zebra migration patterns"])
def test_not_found_lists_nearest(query: str) -> None:
    with pytest.raises(FactNotFoundError) as info:
        find_fact(sample_report(), query)
    assert isinstance(info.value, LookupError)
    assert "agreements: 263" in str(info.value)


def test_empty_report() -> None:
    from claimcheck.model import Report

    with pytest.raises(LookupError, match="no facts"):
        find_fact(Report((), (), (), ()), "anything")


def test_query_numbers() -> None:
    assert query_numbers("1,200 troops and 3.5 percent") == [1200.0, 3.5]


def test_fact_value_text() -> None:
    from claimcheck.model import Quantity

    assert fact_value_text(Quantity(250, 240, 260, "approx")) == "about 250"
    assert fact_value_text(Quantity(40, 40, 50, "range", "day")) == "40-50 day"


# -- honest lookups on the example corpus ------------------------------------------------------


@pytest.fixture(scope="module")
def declaration(examples_dir):  # type: ignore[no-untyped-def]
    import claimcheck as cc

    return cc.check(examples_dir, workers=0)


def test_sign_declaration_finds_the_signing_date(declaration) -> None:  # type: ignore[no-untyped-def]
    fact = declaration.fact("sign declaration")
    assert fact.kind == "date" and fact.subject == "sign declaration"


@pytest.mark.parametrize("query", ["signing date", "when was it signed", "date of signing"])
def test_a_signing_date_is_never_the_dateline(declaration, query: str) -> None:  # type: ignore[no-untyped-def]
    try:
        fact = declaration.fact(query)
    except FactNotFoundError as err:  # several signings: it lists them, dateline not first
        assert "matches" in str(err) and "sign" in str(err).split("\n")[1]
    else:
        assert "sign" in fact.subject
    with pytest.raises(FactNotFoundError) as info:
        declaration.fact("signing date")
    assert "dateline" not in str(info.value)


def test_a_conflicting_value_finds_its_fact_and_says_so(declaration) -> None:  # type: ignore[no-untyped-def]
    fact = declaration.fact("236 agreements")
    assert fact.value == 263
    assert fact.note.startswith("236 is a conflicting value of this fact")
    assert declaration.fact("263 agreements").note == ""
    assert fact.value == 263 and fact.value != 236


def test_ambiguous_queries_list_the_candidates(declaration) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(FactNotFoundError) as info:
        declaration.fact("trilateral statement")
    message = str(info.value)
    assert "matches 3 facts equally well" in message
    assert message.count("trilateral statement") >= 4  # the query and each candidate
    fact_id = message.split("report.fact('")[1].split("'")[0]
    assert declaration.fact(fact_id).id == fact_id  # an id always finds its fact


@pytest.mark.parametrize(
    "query, subject",
    [
        ("visits to Russia", "visits"),
        ("agreemnts", "agreements"),  # a typo
        ("44 day war", "war"),
        ("263", "agreements"),
        ("Article 16", "article 16"),
    ],
)
def test_lookups_on_the_examples(declaration, query: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    assert declaration.fact(query).subject == subject


def test_rank_facts_gives_similarities(declaration) -> None:  # type: ignore[no-untyped-def]
    from claimcheck.output.query import rank_facts

    ranked = rank_facts(declaration, "sign agreement")
    assert ranked[0].similarity == 100.0
    assert [m.similarity for m in ranked] == sorted((m.similarity for m in ranked), reverse=True)
