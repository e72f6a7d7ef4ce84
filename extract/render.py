"""`extract show`: one article as an HTML page, mentions highlighted by label (displaCy), values visible."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from extract.records import MentionBase

COLORS = {"ORG": "#7aecec", "PRODUCT": "#bfeeb7", "DATE": "#bfe1d9", "MONEY": "#e4e7d2", "PERCENT": "#feca74"}
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto}} table{{border-collapse:collapse;font-size:.85em}}
td,th{{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}} code{{white-space:pre-wrap}}</style>
</head><body><h1>{title}</h1>
{text}
<h2>Mentions ({count})</h2>
<table id="mentions"><tr><th>label</th><th>text</th><th>start</th><th>end</th><th>value</th></tr>
{rows}
</table></body></html>
"""


def render_article(path: str, text: str, mentions: list[MentionBase]) -> str:
    """The page: the article text with each mention marked (title = its value), then a table of values."""
    from spacy import displacy

    doc = {"text": text, "title": None,
           "ents": [{"start": m.start, "end": m.end, "label": m.label} for m in mentions]}
    body = displacy.render(doc, style="ent", manual=True, page=False, options={"colors": COLORS})
    marks = iter(mentions)
    body = re.sub(r"<mark class=\"entity\"", lambda _: _mark_attributes(next(marks)), body)
    rows = "\n".join(
        f"<tr data-start=\"{m.start}\"><td>{m.label}</td><td>{html.escape(m.text)}</td><td>{m.start}</td>"
        f"<td>{m.end}</td><td><code>{html.escape(_value(m))}</code></td></tr>"
        for m in mentions
    )
    return PAGE.format(title=html.escape(path), text=body, count=len(mentions), rows=rows)


def _value(mention: MentionBase) -> str:
    return json.dumps(mention.value.model_dump(exclude_none=True), ensure_ascii=False)


def _mark_attributes(mention: MentionBase) -> str:
    return (f'<mark class="entity" data-label="{mention.label}" data-start="{mention.start}" '
            f'data-end="{mention.end}" title="{html.escape(_value(mention), quote=True)}"')


def show_article(path: Path, out: Path | None) -> Path:
    """Extract one article and write its page to OUT (default: output/<name>.html)."""
    import os

    from extract.articles import read_article
    from extract.errors import UsageError, escape
    from extract.api import extract_text
    from extract.writers import write_text

    out = out or Path("output") / f"{path.stem}.html"
    if os.path.realpath(out) == os.path.realpath(path):
        raise UsageError(f"{escape(out)}: output would overwrite the article; choose another -o")
    article = read_article(path, path.name)
    mentions = extract_text(article.text, published=article.published, path=article.path)
    write_text(out, render_article(article.path, article.text, mentions))
    return out
