"""`published:` in front matter, in every common spelling (issue 19): the project's formats
first, ISO timestamps, then dateparser, guarded so that nothing but a real, complete date passes."""

from __future__ import annotations

from datetime import date

import pytest

from extract import articles
from extract.articles import parse_article, parse_published
from extract.errors import ArticleError

D = date(2022, 10, 22)
REAL = [  # (front-matter value, date)
    # the project's formats
    ("2022-10-22", D), ("2022/10/22", D), ("2022.10.22", D), ("20221022", D), ("22 Oct 2022", D),
    ("22 October 2022", D), ("Oct 22, 2022", D), ("October 22, 2022", D),
    # ISO 8601 timestamps (feeds, CMS exports, JSON-LD datePublished)
    ("2022-10-22T08:00:00Z", D), ("2022-10-22T08:00:00+08:00", D), ("2022-10-22T23:59:59-05:00", D),
    ("2022-10-22T08:00:00.123Z", D), ("2022-10-22 08:00:00", D), ("2022-10-22T08:00", D),
    # RFC 822 / RSS pubDate and HTTP dates
    ("Tue, 22 Oct 2022 08:00:00 GMT", D), ("Sat, 22 Oct 2022 08:00:00 +0000", D),
    ("Sat, 22 Oct 2022 23:30:00 -0500", D), ("Saturday, 22-Oct-2022 08:00:00 GMT", D),
    ("Sat Oct 22 08:00:00 2022", D),
    # newspaper and wire styles
    ("Oct. 22, 2022", D), ("Sat., Oct. 22, 2022", D), ("Saturday, October 22, 2022", D), ("October 22nd, 2022", D),
    ("22nd October 2022", D), ("the 22nd of October, 2022", D), ("Oct 22 2022", D), ("22-Oct-2022", D),
    ("22 Oct. 2022", D), ("2022 Oct 22", D), ("October 22, 2022 at 8:00 a.m. EDT", D),
    ("Oct 22, 2022 8:00 PM ET", D), ("22 October 2022 08:00", D), ("OCTOBER 22, 2022", D),
    ("Sept. 3, 2022", date(2022, 9, 3)), ("3 Sept 2022", date(2022, 9, 3)),
    # numeric days: dotted day first, slashed month first (README, "How relative dates resolve")
    ("22.10.2022", D), ("03.04.2022", date(2022, 4, 3)), ("10/22/2022", D), ("22/10/2022", D),
    ("03/04/2022", date(2022, 3, 4)), ("29.02.2024", date(2024, 2, 29)), ("February 29, 2024", date(2024, 2, 29)),
]
FALSE = [  # no date, or not a whole one: each must be refused
    "3.8.18", "last Tuesday", "yesterday", "today", "now", "2 days ago", "next week", "08:00", "8:00 a.m.",
    "08:00:00 GMT", "October 2022", "22 Oct", "Oct 22", "2022", "Q3 2022", "1666425600", "22/10/22",
    "tomorrow 2022", "sometime in 2022", "February 30, 2022", "31.02.2022", "Acme", "",
]
NOT_EXIST = ["2022-02-30", "2021-02-29", "2022/02/30", "2022-02-30T08:00:00Z"]


@pytest.mark.parametrize("value,expected", REAL, ids=[v for v, _ in REAL])
def test_real_publication_dates_parse(value, expected):
    assert parse_published(value, "a.txt") == expected
    assert parse_article(f"---\npublished: {value}\n---\nX".encode(), "a.txt").published == expected


def test_the_table_is_wide():
    assert len(REAL) >= 40 and len(FALSE) >= 20


@pytest.mark.parametrize("value", FALSE)
def test_no_false_accepts(value):
    with pytest.raises(ArticleError) as info:
        parse_published(value, "a.txt")
    assert "is not YYYY-MM-DD" in str(info.value)


@pytest.mark.parametrize("value", NOT_EXIST)
def test_impossible_iso_days_never_reach_dateparser(value, monkeypatch):
    def refuse(_value):
        raise AssertionError("ISO-shaped input handed to dateparser")

    monkeypatch.setattr(articles, "published_by_dateparser", refuse)
    with pytest.raises(ArticleError) as info:
        parse_published(value, "a.txt")
    assert str(info.value) == f"a.txt: published date {value!r} does not exist"


def test_project_formats_do_not_need_dateparser(monkeypatch):
    monkeypatch.setattr(articles, "published_by_dateparser", lambda _v: pytest.fail("dateparser used"))
    assert parse_published("22 Oct 2022", "a.txt") == D
    assert parse_published("2022-10-22T08:00:00Z", "a.txt") == D


# extract_text's `published` argument (issue 20): a date, a datetime (its day) or an ISO string;
# anything else one error that names the argument, raised before the model loads.
API_TEXT = "Acme earned $5 million last year and expects more next Tuesday."


def _values(published) -> list:
    from extract import extract_text

    return [(m.label, m.text, m.value.model_dump(mode="json")) for m in extract_text(API_TEXT, published=published)]


def test_extract_text_reads_an_iso_string_and_a_datetime_as_the_date():
    from datetime import datetime

    expected = _values(date(2022, 10, 22))
    assert ("DATE", "last year", {"type": "DATE", "timex": "2021", "mod": None, "start": "2021-01-01",
                                  "end": "2021-12-31"}) in expected
    assert _values("2022-10-22") == expected
    assert _values(datetime(2022, 10, 22, 23, 59)) == expected
    assert _values("2023-10-22") != expected


@pytest.mark.parametrize("published", ["2022-10-22T08:00:00Z", "22 Oct 2022", "Sat, 22 Oct 2022 08:00:00 GMT"])
def test_extract_text_reads_published_as_an_article_header_does(published):
    """One parser for the concept: the spellings articles.parse_published reads in a `published:` header."""
    assert parse_published(published, "a.txt") == D
    assert _values(published) == _values(D)


@pytest.mark.parametrize("published, error", [
    ("2022-W42-6", ValueError), ("2022-02-30", ValueError), ("", ValueError), ("banana", ValueError), (20221022, TypeError),
    (["2022-10-22"], TypeError),
])
def test_extract_text_refuses_another_published_naming_the_argument(published, error, monkeypatch):
    from extract import api, extract_text

    monkeypatch.setattr("extract.pipeline.load_pipeline", lambda: pytest.fail("the model loaded before the check"))
    with pytest.raises(error, match=r"extract_text: published"):
        extract_text(API_TEXT, published=published)
    assert api.publication_date(None) is None
