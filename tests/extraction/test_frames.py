"""Frames: what each claim is about, read from its sentence (sentences written by us)."""

from __future__ import annotations

import datetime as dt

import pytest

import claimcheck as cc
from claimcheck.extraction.frames import topic
from claimcheck.model import Claim, Frame, Source

DAY = dt.date(2022, 3, 1)


def claims_of(text: str) -> list[Claim]:
    return list(cc.extract([Source("s", text, published=DAY)]).claims)


def frame_at(text: str, words: str) -> Frame:
    found = [c for c in claims_of(text) if text[c.span.start : c.span.end] == words]
    assert found, [text[c.span.start : c.span.end] for c in claims_of(text)]
    assert found[0].frame is not None
    return found[0].frame


@pytest.mark.parametrize(
    "text, words, measure, noun",
    [
        ("At least 31 people were killed in the blast on Tuesday.", "At least 31", "killed", ""),
        ("The blast killed 31 people and 50 people were injured.", "50", "injured", ""),
        ("Rescuers found 12 dead under the rubble.", "12", "killed", ""),
        ("Exports worth $5 billion were recorded in 2021.", "$5 billion", "recorded", "exports"),
        ("Shipments of $4.8 billion left the port in 2021.", "$4.8 billion", "", "exports"),
        ("The report has 12 chapters.", "12", "", "chapters"),
        ("The report runs to a dozen sections.", "a dozen", "", "chapters"),
        ("The firm employs 4,000 workers at the plant.", "4,000", "", "staff"),
        ("Police questioned 12 people after the raid.", "12", "questioned", ""),
        ("Households making $100,000 or more switched sides.", "$100,000", "making", ""),
        # a length takes its verb of motion (tests/extraction/test_frames_lengths.py)
        ("Rushing 226 yards, he set a record.", "226 yards", "ran", "measure"),
        ("The two sides have signed 40 agreements so far.", "40", "signed", "agreements"),
        # the speaker before a speech verb is not what is counted
        ("Residents said about 14 miners were killed.", "about 14", "killed", "miner"),
        ("Workers said 30 trucks were damaged.", "30", "damaged", "truck"),
    ],
)
def test_what_a_figure_measures(text: str, words: str, measure: str, noun: str) -> None:
    frame = frame_at(text, words)
    assert (frame.measure, frame.noun) == (measure, noun)


@pytest.mark.parametrize(
    "text, words, place",
    [
        ("Four people were killed in Lyon on Sunday.", "Four", "lyon"),
        ("Floods killed 9 people in the town of Varna.", "9", ""),  # "the town": no name after "in"
        ("The fire injured 14, including 3 firefighters.", "3", "part of a larger figure"),
        ("Officials found 200 cases among foreigners.", "200", "among foreigners"),
    ],
)
def test_where_or_of_whom(text: str, words: str, place: str) -> None:
    assert frame_at(text, words).place == place


@pytest.mark.parametrize(
    "text, words, period, cumulative",
    [
        ("Sales reached $3 billion in 2021.", "$3 billion", "2021", False),
        ("The firm expects sales of $2 billion by 2025.", "$2 billion", "2025", True),
        ("Exports fell to $7 billion last year.", "$7 billion", "2021", False),
        ("So far 263 agreements have been signed.", "263", "", True),
        ("They have signed 260 agreements since relations opened in 1992.", "260", "", True),
    ],
)
def test_the_time_a_figure_holds_for(text: str, words: str, period: str, cumulative: bool) -> None:
    frame = frame_at(text, words)
    assert (frame.period, frame.cumulative) == (period, cumulative)


@pytest.mark.parametrize(
    "text, words, status",
    [
        ("The bridge opened on 12 March 2021.", "12 March 2021", "fact"),
        ("The minister said on Tuesday that the bridge opened on Monday.", "Tuesday", "statement"),
        ("The minister said on Tuesday that the bridge opened on Monday.", "Monday", "fact"),
        ("The president condemned the attack on Tuesday.", "Tuesday", "reaction"),
        ("On Wednesday the mayor welcomed the decision.", "Wednesday", "reaction"),
        ("On Tuesday, officials said the talks would resume.", "Tuesday", "statement"),
        ("Twelve people were killed on Friday, police said.", "Friday", "fact"),
        (
            "The two leaders signed the accord in Rome on 4 May 2021, the agency reported.",
            "4 May 2021",
            "fact",
        ),
        ("ROME (Wire) - 4 May 2021 - The accord was signed today.", "4 May 2021", "dateline"),
    ],
)
def test_dates_of_statements_reactions_and_datelines_are_not_facts(
    text: str, words: str, status: str
) -> None:
    assert frame_at(text, words).status == status


@pytest.mark.parametrize(
    "text, words",
    [
        ("Some 40 people were there.", "Some 40"),
        # a measure's subject is "measure" and its block is its unit's kind: "150 pounds" is
        # compared with other weights, never with money
    ],
)
def test_generic_words_give_no_topic(text: str, words: str) -> None:
    frame = frame_at(text, words)
    assert topic(frame) == ""


def test_variants_share_a_frame() -> None:
    opened = frame_at("The bridge opened on 12 March 2021.", "12 March 2021")
    inaugurated = frame_at("The new crossing was inaugurated on 12 March 2021.", "12 March 2021")
    assert opened.measure == inaugurated.measure == "open"
    killed = frame_at("The quake left 31 dead.", "31")
    died = frame_at("In all 31 people died.", "31")
    assert killed.measure == died.measure == "killed"


def test_frame_round_trips_through_the_export() -> None:
    report = cc.check([Source("s", "At least 31 people were killed in Lyon.", published=DAY)])
    framed = [c for c in report.claims if c.frame is not None]
    assert framed
    assert cc.Report.from_json(report.to_json()) == report


@pytest.mark.parametrize(
    "text, words, measure",
    [
        # a verb of the date's own clause names the event the date dates
        ("The former mayor was convicted in June 1998 of fraud.", "June 1998", "convicted"),
        ("The council repealed the ordinance in 2013.", "2013", "repealed"),
        (
            "The firm filed for bankruptcy in 2015 after years of losses; regulators were prepared.",
            "2015",
            "filed",
        ),
        # a date that opens its sentence dates the main clause's verb
        ("On March 3, President Obama directed the agencies to review it.", "March 3", "directed"),
        ("On 4 August, several environmental groups granted the permit.", "4 August", "granted"),
        ("On 9 May, sales reached $3 billion.", "9 May", ""),
        ("In 2005, the House passed a bill on wildfires.", "2005", "passed"),
        ("In 2013, a Republican-controlled legislature repealed the law.", "2013", "repealed"),
        ("In August, the regulator fined the bank.", "August", "fined"),
        ("In 2021, sales reached $3 billion.", "2021", ""),  # a figure follows: its period
        ("In June 2019, with talks near collapse, the envoys met.", "June 2019", "meet"),
        # a figure between the verb and the year: the year is the figure's period, no event
        ("Sales reached $3 billion in 2021.", "2021", ""),
        # a name, a light verb or a verb too far away names nothing
        ("The United Nations in 2010 took up the matter.", "2010", "took"),
        ("The vote is expected in June.", "June", ""),
        ("Its renovated hall of 2019 is small.", "2019", ""),  # an adjective after "its"
        # another instance of the event: the date dates no fact of the story's
        ("Another strong quake struck the coast in 1996.", "1996", ""),
        ("Similar floods that swept the valley in 2002 left hundreds homeless.", "2002", ""),
    ],
)
def test_the_verb_of_the_dates_clause_names_its_event(text: str, words: str, measure: str) -> None:
    frame = frame_at(text, words)
    assert frame.status == "fact"
    assert frame.measure == measure


def test_one_event_verb_links_dates_across_outlets() -> None:
    report = cc.check(
        [
            Source("a", "The striker was arrested on 6 January in the city centre.", published=DAY),
            Source("b", "Police said the striker was arrested on 6 January after a chase.", published=DAY),
        ]
    )
    dated = [f for f in report.facts if f.kind == "date"]
    assert [len(f.supporting) for f in dated] == [2]


@pytest.mark.parametrize(
    "text, words, noun",
    [
        # an amount whose words give only its unit takes the noun phrase after it ...
        ("Together they would have a 68 % overall market share.", "68 %", "market share"),
        ("She would set a 30 percent effective tax rate for the rich.", "30 percent", "tax rate"),
        # ... or the noun before "of"
        ("The driver stayed below the legal limit of 0.05 percent.", "0.05 percent", "legal limit"),
        ("Tests showed a blood alcohol level of 0.2 percent in the driver.", "0.2 percent", "alcohol level"),
        # time words, places of reach and quantifiers name nothing
        ("Shares rose 5 percent last year.", "5 percent", ""),
        ("Most of 40 percent went unused.", "40 percent", ""),
        ("Some 40 percent want change.", "Some 40 percent", ""),  # a bare figure is a verb's subject
        ("It charges a rate of 5 percent.", "5 percent", ""),  # "rate" alone is generic
        # a bare percentage before a share, a rate or a change: that is its noun
        ("Together the firms would have 68 % overall market share.", "68 %", "market share"),
        ("The mayor drew 38 percent support in the poll.", "38 percent", "support"),
        ("The nominee sits at 85 percent support among black voters.", "85 percent", "support"),
        ("He cited a 59 percent unemployment rate.", "59 percent", "unemployment rate"),
        ("Youth face 59 percent unemployment rate in the city.", "59 percent", "unemployment rate"),
        ("About 40 percent went unused.", "About 40 percent", ""),  # no share noun: nothing
        # the subject of the verb the figure completes
        ("Unemployment rose to 5 percent in March.", "5 percent", "unemployment"),
        ("Turnout reached 64 percent nationwide.", "64 percent", "turnout"),
        ("In May, the jobless rate for teenagers was 18.7 percent.", "18.7 percent", "jobless rate"),
        ("The deficit stood at $3 billion.", "$3 billion", "deficit"),
        ("Police said 20 percent of them fled.", "20 percent", ""),  # "said" is no figure verb
    ],
)
def test_an_amount_is_named_by_its_noun_phrase(text: str, words: str, noun: str) -> None:
    assert frame_at(text, words).noun == noun


@pytest.mark.parametrize(
    "text, words, period",
    [
        ("Police made 61 arrests over the course of Friday's marches.", "61", "friday"),
        ("As the crowd grew, 40 were arrested Tuesday night.", "40", "tuesday"),
        ("Three soldiers lost their lives on Monday.", "Three", "monday"),
        ("About 30 died in last week's floods.", "About 30", "last week"),
        ("Some 12 were hurt yesterday in the crush.", "Some 12", "yesterday"),
        # the day of a statement, and a running total from a day, are no period
        ("Police said Tuesday that 40 were arrested.", "40", ""),
        ("Police have arrested 40 since Friday.", "40", ""),
        ("Police arrested 40 in the night.", "40", ""),
    ],
)
def test_the_day_a_figure_holds_for(text: str, words: str, period: str) -> None:
    assert frame_at(text, words).period == period


@pytest.mark.parametrize(
    "text, words, holder",
    [
        ("Okafor joined Lagos in 2019. He has 53 catches this season.", "53", "okafor"),
        ("Okafor joined Lagos in 2019. Mensah has 53 catches this season.", "53", ""),  # named
        ("He has 53 catches this season.", "53", ""),  # no one named before
        # the pronoun is the sentence's subject, far from the figure
        (
            "Okafor is fit again. But he missed 10 games this season and had only 269 yards on 29 catches.",
            "29",
            "okafor",
        ),
        (
            "Mr Quint's group was poorly equipped. One of them fell 300 metres to his death.",
            "300 metres",
            "quint",
        ),
    ],
)
def test_the_person_a_pronoun_holding_a_figure_stands_for(text: str, words: str, holder: str) -> None:
    assert frame_at(text, words).holder == holder


@pytest.mark.parametrize(
    "text, words, measure",
    [
        # the teller after the comma does not date the told event
        (
            "The clerk was hit by a stray bullet outside a shop in March 2019, investigators said.",
            "March 2019",
            "hit",
        ),
        ("The woman was shot in her car in Oct. 2014, authorities said.", "Oct. 2014", "shot"),
        ("A boy was wounded near the station in May 2020, officers said on Friday.", "May 2020", "wounded"),
    ],
)
def test_a_teller_after_the_comma_leaves_the_date_to_the_event(text: str, words: str, measure: str) -> None:
    frame = frame_at(text, words)
    assert (frame.status, frame.measure) == ("fact", measure)


@pytest.mark.parametrize(
    "text, words",
    [
        # no event verb before the date in its clause: the date stays the statement's
        ("On Tuesday, officials said the talks would resume.", "Tuesday"),
        ("In a statement on Monday, the ministry said the talks had failed.", "Monday"),
        ("Police said Thursday, in a brief note, that nobody was hurt.", "Thursday"),
        # a hyphened participle is an adjective, no event
        ("Only two state-funded stations were on the air as of 2009, a spokesman said.", "2009"),
    ],
)
def test_a_date_with_no_event_before_the_teller_stays_a_statement(text: str, words: str) -> None:
    assert frame_at(text, words).status == "statement"


@pytest.mark.parametrize(
    "text, words, status, cue",
    [
        # a verb after "and" or "but" past the date is the next conjunct's, not the date's
        ("He joined the club as a junior in 2009 and captained it for five years.", "2009", "fact", "joined"),
        (
            "The company will close the plant by the end of June and said that staff would be moved.",
            "the end of June",
            "fact",
            "",
        ),
        ("The mayor will sign the decree in April but warned that funds were short.", "April", "fact", ""),
        # the verb before the date in its own clause keeps it
        ("She resigned on Monday and left the country.", "Monday", "fact", "resigned"),
        ("On Monday he resigned and left.", "Monday", "fact", "resigned"),
        ("The plant opened in 2019 and closed in 2021.", "2021", "fact", "closed"),
        # an "and" that joins two dates opens no conjunct
        ("In March and April the firm hired 40 cooks.", "March", "fact", "hired"),
    ],
)
def test_a_verb_of_the_next_conjunct_does_not_date_the_date(
    text: str, words: str, status: str, cue: str
) -> None:
    frame = frame_at(text, words)
    assert (frame.status, frame.cue) == (status, cue)


def test_the_next_conjuncts_verb_names_no_event() -> None:
    frame = frame_at("He joined the club as a junior in 2009 and captained it for five years.", "2009")
    assert frame.measure != "captained"


def test_a_date_after_since_dates_no_event() -> None:
    frame = frame_at("Some 2 million people died in the war, waged since 1955 over oil.", "1955")
    assert (frame.measure, topic(frame)) == ("", "")


@pytest.mark.parametrize(
    "text, words, subject",
    [
        # a date between a determiner (or a possessive) and a noun dates that noun
        ("The firm delayed the June 2010 launch of its chip.", "June 2010", "launch"),
        ("Okafor answered with a Jan. 21 memo listing three choices for the board.", "Jan. 21", "memo"),
        ("She left after Sunday's Sept. 11 memorial service in New York.", "Sept. 11", "memorial service"),
        ("The July 4 holiday fell on a Monday.", "July 4", "holiday"),
        ("He was picked in the 2006 draft.", "2006", "draft"),
    ],
)
def test_a_date_before_a_noun_dates_the_noun(text: str, words: str, subject: str) -> None:
    claim = next(c for c in claims_of(text) if text[c.span.start : c.span.end] == words)
    assert claim.subject == subject
    assert claim.frame is not None and claim.frame.noun == subject and claim.frame.measure == ""
