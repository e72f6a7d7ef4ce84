"""Reading articles (ANNOTATION.md §1): encodings, front matter, offsets into the whole text."""

from __future__ import annotations

import codecs
from datetime import date

import pytest

from extract.articles import list_articles, parse_article
from extract.errors import ArticleError, UsageError


def test_front_matter_sets_published_and_body_start():
    text = "---\npublished: 2022-10-22\ntitle: Acme\n---\nAcme rose.\n"
    article = parse_article(text.encode(), "a.txt")
    assert article.published == date(2022, 10, 22)
    assert article.title == "Acme"
    assert text[article.body_start:] == "Acme rose.\n"
    assert article.text == text


def test_no_front_matter_means_no_date():
    article = parse_article(b"Acme rose 5% last year.\n", "a.txt")
    assert (article.published, article.body_start) == (None, 0)


def test_utf8_bom_is_not_text():
    article = parse_article(codecs.BOM_UTF8 + "---\npublished: 2022-10-22\n---\nX".encode(), "a.txt")
    assert article.text.startswith("---") and article.published == date(2022, 10, 22)


def test_utf16_with_bom_is_read():
    data = "---\npublished: 2021-01-03\n---\nHuawei\u2019s revenue".encode("utf-16")
    article = parse_article(data, "a.txt")
    assert article.text.endswith("Huawei\u2019s revenue") and article.published == date(2021, 1, 3)


def test_crlf_kept_for_offsets():
    text = "---\r\npublished: 2022-10-22\r\n---\r\nAcme\r\n"
    article = parse_article(text.encode(), "a.txt")
    assert article.published == date(2022, 10, 22)
    assert article.text[article.body_start:] == "Acme\r\n"


@pytest.mark.parametrize("value,expected", [
    ("2022-10-22", date(2022, 10, 22)), ("22 Oct 2022", date(2022, 10, 22)),
    ("October 22, 2022", date(2022, 10, 22)), ("2022/10/22", date(2022, 10, 22)),
    ('"2022-10-22"', date(2022, 10, 22)),
])
def test_published_formats(value, expected):
    assert parse_article(f"---\npublished: {value}\n---\nX".encode(), "a.txt").published == expected


@pytest.mark.parametrize("data,cause", [
    (b"caf\xe9 au lait", "not UTF-8 (byte 0xe9 at offset 3)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file, not text"),
    (b"---\npublished: 2022-10-22\nBody never closes", "front matter opened with '---' is never closed"),
    (b"---\nthis is not a pair\n---\nX", "front matter line 2 is not 'key: value': 'this is not a pair'"),
    (b"---\npublished: 2022-02-30\n---\nX", "published date '2022-02-30' does not exist"),
    (b"---\npublished: last Tuesday\n---\nX", "published date 'last Tuesday' is not YYYY-MM-DD (or '22 Oct 2022', 'October 22, 2022')"),
], ids=["invalid-utf8", "binary", "unterminated", "not-key-value", "impossible-date", "unknown-format"])
def test_bad_articles_name_the_cause(data, cause):
    with pytest.raises(ArticleError) as info:
        parse_article(data, "bad.txt")
    assert str(info.value) == f"bad.txt: {cause}"


def test_empty_and_whitespace_articles_are_fine():
    assert parse_article(b"", "e.txt").text == ""
    assert parse_article(b"  \n\t\n", "w.txt").body_start == 0


def test_list_articles_sorted_nested_and_ignored(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/z.txt", "a.txt", "b/a.txt", "notes.md", ".hidden.txt"):
        (tmp_path / name).write_text("x")
    articles, ignored = list_articles(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in articles] == ["a.txt", "b/a.txt", "b/z.txt"]
    assert [p.name for p in ignored] == ["notes.md"]


def test_missing_corpus_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError):
        list_articles(tmp_path / "nope")
