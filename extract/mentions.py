"""Doc -> Mention records: offsets into the whole file, normalized values (ANNOTATION.md §3-4)."""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc, Span

from extract.articles import Article
from extract.date_cues import DateCues
from extract.normalize.money import normalize_money
from extract.normalize.names import QUOTE_CHARS, normalize_name
from extract.normalize.percent import normalize_percent
from extract.name_words import ABBREVIATED_SUFFIXES, DOTTED_INITIALS
from extract.records import LABELS, MENTION_ADAPTER, NAME_LABELS, MentionBase

NAME_TRAILING = ".,;:!?" + QUOTE_CHARS


def doc_mentions(doc: Doc, article: Article, offset: int = 0) -> list[MentionBase]:
    """Records for the doc's ORG, PRODUCT, DATE, MONEY and PERCENT spans, sorted by (start, end).

    OFFSET is where the doc's text starts in the article text (after front matter).
    """
    return sorted((record for _, record, _ in doc_readings(doc, article, offset)), key=lambda r: (r.start, r.end))


def doc_readings(doc: Doc, article: Article, offset: int = 0) -> Iterator[tuple[Span, MentionBase, str | None]]:
    """(span, record, the id of the date rule that read a DATE's value) for the doc's mentions, in doc order."""
    dates = DateCues(article.published)
    for span in doc.ents:
        if span.label_ not in LABELS:
            continue
        start, end = span.start_char + offset, span.end_char + offset
        if span.label_ in NAME_LABELS:
            start, end = _trim_name(article.text, start, end)
        text = article.text[start:end]
        rule = None
        if span.label_ == "DATE":
            reading = dates.read(span, text, article.text[span.sent.start_char + offset:start])
            value, rule = (reading.value, reading.rule) if reading is not None else (None, None)
        else:
            value = span_value(span, text, article)
        if value is None:
            continue
        yield span, MENTION_ADAPTER.validate_python({
            "article": article.path, "label": span.label_, "text": text,
            "start": start, "end": end, "value": value,
        }), rule


def span_value(span: Span, text: str, article: Article) -> dict | None:
    """SPAN's normalized value, for a MONEY, PERCENT, ORG or PRODUCT; a DATE's is DateCues' (its
    context), so a DATE here is a caller's error."""
    label = span.label_
    if label == "DATE":
        raise ValueError(f"span_value: a DATE's value is DateCues' ({text!r})")
    if label == "MONEY":
        return normalize_money(text, span.sent.text, article.text)
    if label == "PERCENT":
        return normalize_percent(text)
    return normalize_name(text)


def _trim_name(text: str, start: int, end: int) -> tuple[int, int]:
    """ANNOTATION §2: no trailing punctuation or quotes in a name, but an abbreviated suffix keeps
    its period ('Acme Corp.', 'Nordwind Co.' also at the end of a sentence; 'Publishers Ltd.')."""
    while end > start and text[end - 1] in NAME_TRAILING:
        end -= 1
    while start < end and text[start] in QUOTE_CHARS:
        start += 1
    if end < len(text) and text[end] == "." and _abbreviated_end(text[start:end]):
        end += 1
    return start, end


def _abbreviated_end(name: str) -> bool:
    """'Acme Corp', 'Procter & Gamble Co', 'Nestle S.A': the name ends in an abbreviated suffix."""
    last = name.rsplit(None, 1)[-1] if name.split() else ""
    return (" " in name and last in ABBREVIATED_SUFFIXES) or bool(DOTTED_INITIALS.search(name + "."))
