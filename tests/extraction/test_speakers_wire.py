"""Speakers in wire copy: pronouns, described speakers, listeners, clause subjects."""

from __future__ import annotations

import pytest

from claimcheck.extraction import extract_source
from claimcheck.model import Source


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    out = []
    for c in extract_source(Source(id="t", text=text), kinds=["quote"]):
        mention = next((n.split(": ", 1)[1] for n in c.notes if n.startswith("speaker mention: ")), None)
        out.append((c.speaker, mention))
    return out


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        (  # a pronoun refers to the last named speaker
            'Ana Ruiz spoke to the council. "We will rebuild every school," Ruiz said.\n\n'
            '"And every clinic too, before the winter comes," she said.',
            [("Ana Ruiz", "Ruiz"), ("Ana Ruiz", "she")],
        ),
        (  # no speaker named yet: the last full name before the pronoun
            "Ana Ruiz arrived at the rally in the square.\n\n"
            '"We will rebuild every school by spring," she said.',
            [("Ana Ruiz", "she")],
        ),
        (  # the listener after "told" is never the speaker
            '"We will rebuild every school by spring," Ana Ruiz told Mark Lee.',
            [("Ana Ruiz", None)],
        ),
        ('Mark Lee told Ana Ruiz: "We will not sign the deal under these terms."', [("Mark Lee", None)]),
        (  # a described speaker named elsewhere in the text
            '"The reform has failed the poorest families," the influential newspaper wrote.\n\n'
            "The newspaper, Kuryer, is owned by the state.",
            [("Kuryer", "the influential newspaper")],
        ),
        (  # a described speaker the text never names stays the description
            '"The plan is dead and buried for this year," a senior official said.',
            [("a senior official", None)],
        ),
        (  # any verb after a clause subject: "projects that", "chanted"
            'The Sanders campaign projects that "a small tax on trades would raise billions every year."',
            [("the Sanders campaign", "The Sanders campaign")],
        ),
        (
            'In the square, the protesters chanted "no more cuts to the schools of this city."',
            [("the protesters", None)],
        ),
    ],
)
def test_wire_speakers(text: str, exp: list[tuple[str | None, str | None]]) -> None:
    assert speakers(text) == exp
