from __future__ import annotations

import pytest

from claimcheck.fusion.names import author_list_similarity, normalize_author_list, parse_author_list


@pytest.mark.parametrize(
    "text, exp",
    [
        ("Knuth, Donald E.", "knuth d"),
        ("Donald E. Knuth", "knuth d"),
        ("KNUTH, DONALD ERVIN", "knuth d"),
        ("Knuth", "knuth"),
        ("Peter van der Linden", "linden p"),
        ("Van Der Linden, Peter", "linden p"),
        ("O'Leary, Timothy J.; O'Leary, Linda I.", "oleary t|oleary l"),
        ("Russell, Stuart J.; Norvig, Peter", "russell s|norvig p"),
        ("Stuart Russell & Peter Norvig", "russell s|norvig p"),
        ("Stuart Russell and Peter Norvig", "russell s|norvig p"),
        ("Richard Johnsonbaugh, Marcus Schaefer", "johnsonbaugh r|schaefer m"),
        ("Dowd, Mark, McDonald, John, Schuh, Justin", "dowd m|mcdonald j|schuh j"),
        ("Dowd, Mark McDonald, John Schuh, Justin", "dowd m|mcdonald j|schuh j"),
        ("Dowd, Mark/ McDonald, John", "dowd m|mcdonald j"),
        ("Mark DowdJohn McDonaldJustin Schuh", "dowd m|mcdonald j|schuh j"),
        ("Farquhar, Erin (Author) Bunce, Philip J. (Author)", "farquhar e|bunce p"),
        ("By (author) Han, Jiawei By (author) Kamber, Micheline", "han j|kamber m"),
        ("Han, Jiawei Kamber, Micheline", "han j|kamber m"),
        ("Hornick, Mark et al", "hornick m"),
        ("Mark F. Hornick; Erik Marcad&Atilde;&copy;; Sunil Venkayala", "hornick m|marcade e|venkayala s"),
        ("Connolly, Thomas M.Begg, Carolyn E.", "connolly t|begg c"),
        ("Przybylski, Steven A.,", "przybylski s"),
        ("MacLennan, B. J.", "maclennan b"),
        ("Bruce MacKay and Ann McDonald", "mackay b|mcdonald a"),
    ],
)
def test_formats(text: str, exp: str) -> None:
    assert normalize_author_list(text) == exp


@pytest.mark.parametrize("text", [None, "", "Not Available", "  ", "n/a"])
def test_missing(text: object) -> None:
    assert parse_author_list(text) is None
    assert normalize_author_list(text) is None


def test_order_matters() -> None:
    assert normalize_author_list("Russell, Stuart; Norvig, Peter") != normalize_author_list(
        "Norvig, Peter; Russell, Stuart"
    )


def test_similarity_is_asymmetric_and_bounded() -> None:
    full, first = "han j|kamber m", "han j"
    assert author_list_similarity(full, first) == 1.0  # the short listing is consistent with the full one
    assert author_list_similarity(first, full) == 0.5
    assert author_list_similarity(full, full) == 1.0
    assert author_list_similarity("han j", "smith k") == 0.0
    assert author_list_similarity("han j", "han") == 0.9
