"""What produced each mention of an article (`extract explain`): the pattern row or model span that made it, a name's vote sources, the date rule that read a DATE's value.

Nothing here changes a record: the records are `extract_text`'s; what made them is read from the
doc (spans.span_origin, which the rule components leave) and from the date stage's reading
(mentions.doc_readings). A wrong span names its pattern, a wrong value its rule.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from extract.articles import Article
from extract.records import MentionBase


@dataclass(frozen=True)
class Explanation:
    """One mention and what produced it: ORIGIN made its span (a pattern row's id, or the model's
    span: 'model DATE', 'holiday name', ...), DATE_RULE read a DATE's value (date_rules.RULES_BY_ID),
    NAME is an ORG's or PRODUCT's candidate (source, pattern id, votes; names.py)."""

    mention: MentionBase
    origin: str | None
    date_rule: str | None = None
    name: dict | None = None

    def as_json(self) -> dict:
        m = self.mention
        return {"start": m.start, "end": m.end, "label": m.label, "text": m.text,
                "value": m.value.model_dump(mode="json"), "span": self.origin, "date_rule": self.date_rule,
                "name": self.name}

    def produced_by(self) -> str:
        """'span money-symbol-number', 'span model DATE; value date rule relative-unit',
        'span org-legal-suffix (legal_suffix); votes legal_suffix:ORG 10, verb:ORG 4; the name over the article ORG 14'."""
        parts = [f"span {self.origin or 'not recorded'}"]
        if self.date_rule is not None:
            parts.append(f"value date rule {self.date_rule}")
        if self.name is not None:
            votes = ", ".join(f"{source} {weight}" for source, weight in self.name["votes"].items())
            totals = ", ".join(f"{label} {weight}" for label, weight in self.name["name_votes"].items())
            parts.append(f"votes {votes or 'none'}")
            parts.append(f"the name over the article {totals or 'no votes'}")
            if self.name["override"]:
                parts.append(f"its sentence decides {self.name['override']}")
            if self.name["brand"]:
                parts.append(f"brand {self.name['brand']!r} joined before it")
        return "; ".join(parts)


def _origin(found: str | dict | None) -> tuple[str | None, dict | None]:
    """A span's origin as one phrase: 'org-legal-suffix (legal_suffix)' (a pattern row and its
    vote source), 'gazetteer', 'model', names.REPEAT; and a name's candidate, None for a quantity."""
    from extract.names import REPEAT

    if isinstance(found, dict):
        rule, source = found["rule"], found["source"]
        return (rule if rule == REPEAT else f"{rule} ({source})" if rule else source), found
    return found, None


def explain_article(article: Article, nlp) -> list[Explanation]:
    """ARTICLE's mentions, as extract_text gives them (entity keys included), each with what produced it."""
    from extract.api import chunks, keyed_mentions
    from extract.mentions import doc_readings
    from extract.spans import span_origin

    found: list[Explanation] = []
    for offset, piece in chunks(article.text, article.body_start):
        for span, record, rule in doc_readings(nlp(piece), article, offset):
            origin, name = _origin(span_origin(span))
            found.append(Explanation(record, origin, rule, name))
    found.sort(key=lambda e: (e.mention.start, e.mention.end))
    keyed = keyed_mentions(article, [e.mention for e in found])
    return [Explanation(m, e.origin, e.date_rule, e.name) for m, e in zip(keyed, found)]


def short_value(mention: MentionBase) -> str:
    """'2021', '2022-H1 START', '5000000 USD', '3 %', 'Acme Corp (acme-corp)': a value in a table cell."""
    value = mention.value.model_dump()
    high = f" to {_number(value['high'])}" if value.get("high") is not None else ""
    if mention.label == "DATE":
        shown = value["timex"]
    elif mention.label == "MONEY":
        shown = f"{_number(value['amount'])}{high} {value['currency']}"
    elif mention.label == "PERCENT":
        shown = f"{_number(value['percent'])}{high} %"
    else:
        shown = value["name"] + (f" ({value['entity']})" if value["entity"] else "")
    return f"{shown} {value['mod']}" if value.get("mod") else shown


def _number(x: float) -> str:
    return str(int(x)) if x == int(x) else repr(x)


COLUMNS = ("offsets", "label", "text", "value", "produced by")


def explanation_table(explanations: list[Explanation]) -> str:
    """A plain text table, one mention a row (the last column, what produced it, is not padded)."""
    rows = [COLUMNS] + [(f"{e.mention.start}-{e.mention.end}", e.mention.label, e.mention.text.replace("\n", " "),
                         short_value(e.mention), e.produced_by()) for e in explanations]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS) - 1)]
    return "\n".join("  ".join([*(cell.ljust(w) for cell, w in zip(row, widths)), row[-1]]).rstrip() for row in rows)


def explanation_lines(explanations: list[Explanation]) -> str:
    """One JSON object a mention (`--json`)."""
    return "\n".join(json.dumps(e.as_json(), ensure_ascii=False) for e in explanations)
