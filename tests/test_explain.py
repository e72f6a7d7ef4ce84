"""`extract explain` (issue 20): a mention names what produced it, the pattern row or model span
that made its span, the date rule that read a DATE's value, a name's candidate and votes; the
records are `extract_text`'s, unchanged."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from typer.testing import CliRunner

from extract.articles import parse_article, read_article
from tests.conftest import CORPUS

TEXT = ("Acme Holdings Ltd earned $5 million in the first half of 2022, up 3% from a year earlier. "
        "The app LinkNow launched on Tuesday. Quill Corp said sales rose 12 per cent last year, "
        "the Chevrolet Cavalier sold well and Christmas came early.")
PUBLISHED = date(2022, 10, 22)
# (text, label, the span's origin, the date rule): ids from patterns/*.jsonl and date_rules.RULES,
# read off each pattern and rule (what reads the words), never off the pipeline's output.
EXPECTED = [
    ("Acme Holdings Ltd", "ORG", "org-legal-suffix (legal_suffix)", None),
    ("$5 million", "MONEY", "money-symbol-number", None),
    ("the first half of 2022", "DATE", "date-half-year", "half"),
    ("3%", "PERCENT", "pct-sign", None),
    ("a year earlier", "DATE", "date-count-unit-earlier", "anaphoric"),
    ("LinkNow", "PRODUCT", "product-trigger-before (trigger)", None),
    ("Tuesday", "DATE", "date-weekday", "weekday"),
    ("Quill Corp", "ORG", "org-legal-suffix (legal_suffix)", None),
    ("12 per cent", "PERCENT", "pct-per-cent", None),
    ("last year", "DATE", "date-relative-unit", "year"),
    ("Chevrolet Cavalier", "PRODUCT", "maker_model", None),
    ("Christmas", "DATE", "holiday name", "holiday"),
]


@pytest.fixture(scope="module")
def explained(nlp):
    from extract.explain import explain_article

    article = replace(parse_article(TEXT.encode(), "a.txt"), published=PUBLISHED)
    return explain_article(article, nlp)


@pytest.mark.parametrize("text, label, origin, rule", EXPECTED)
def test_a_mention_names_its_rule(explained, text, label, origin, rule):
    found = [e for e in explained if e.mention.text == text and e.mention.label == label]
    assert len(found) == 1, [(e.mention.text, e.mention.label) for e in explained]
    assert (found[0].origin, found[0].date_rule) == (origin, rule)


def test_every_rule_named_exists(explained, nlp):
    """Each origin is a bundled pattern row's id or one of the model-span origins; each date rule a rule of RULES."""
    from extract import components
    from extract.names import REPEAT, VOTES
    from extract.normalize.date_rules import RULES_BY_ID
    from extract.rules import load_patterns

    explanations = list(explained)
    for path in sorted(CORPUS.glob("*.txt"))[:4]:
        from extract.explain import explain_article

        explanations += explain_article(read_article(path), nlp)
    ids = {row["id"] for name in ("money", "percent", "date", "org", "product") for row in load_patterns(name)}
    fixed = {components.HOLIDAY_ORIGIN, components.DAY_OF_TIME_ORIGIN, components.DURATION_ORIGIN, REPEAT, *VOTES}
    for e in explanations:
        origin = e.origin or ""
        assert (origin.split(" (")[0] in ids or origin in fixed or origin.startswith("model ")), (e.mention.text, origin)
        assert (e.date_rule in RULES_BY_ID) == (e.mention.label == "DATE"), (e.mention.text, e.date_rule)
        assert (e.name is not None) == (e.mention.label in ("ORG", "PRODUCT"))
        if e.name is not None:
            assert e.name["source"] in VOTES and all(v.split(":")[0] in VOTES for v in e.name["votes"])


def test_explain_changes_no_record(nlp):
    """The records explain shows are extract_text's (entity keys too), on corpus articles."""
    from extract import extract_text
    from extract.explain import explain_article

    for path in sorted(CORPUS.glob("*.txt"))[:6]:
        article = read_article(path)
        records = [e.mention for e in explain_article(article, nlp)]
        assert records and records == extract_text(article.text, published=article.published, path=article.path)


def test_explain_command_table_and_json(tmp_path, nlp):
    from extract.cli import app

    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    table = runner.invoke(app, ["explain", str(path), "--published", "2022-10-22"])
    assert table.exit_code == 0, table.output
    header, *rows = table.output.splitlines()
    assert header.split() == ["offsets", "label", "text", "value", "produced", "by"]
    half = next(row for row in rows if "the first half of 2022" in row)
    start = TEXT.index("the first half of 2022")
    assert half.split()[:2] == [f"{start}-{start + 22}", "DATE"] and "2022-H1" in half
    assert half.endswith("span date-half-year; value date rule half")
    lines = runner.invoke(app, ["explain", str(path), "--published", "2022-10-22", "--json"])
    assert lines.exit_code == 0, lines.output
    items = [json.loads(line) for line in lines.output.splitlines()]
    assert [(i["text"], i["label"], i["span"], i["date_rule"]) for i in items] == [
        (text, label, origin, rule) for text, label, origin, rule in EXPECTED]
    assert items[1]["value"] == {"amount": 5000000.0, "currency": "USD", "mod": None, "high": None}
    assert items[0]["name"]["votes"]["legal_suffix:ORG"] == 10


def test_explain_bad_article_is_one_error_line(tmp_path):
    from extract.cli import app

    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not text \x00")
    result = CliRunner().invoke(app, ["explain", str(bad)])
    assert result.exit_code == 1
    assert result.output.startswith("error: bad.txt: ") and len(result.output.splitlines()) == 1
    dated = CliRunner().invoke(app, ["explain", str(CORPUS / sorted(p.name for p in CORPUS.glob("*.txt"))[0]),
                                     "--published", "2022-02-30"])
    assert dated.exit_code == 1 and dated.output.startswith("error: --published: ")
