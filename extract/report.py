"""`extract report`: one self-contained HTML page about a run's output, and a page per article.

The page reads the three files `extract run` writes (mentions, articles, entities) and
draws, with inline SVG and CSS only (no script, nothing fetched): mentions per label, the
organizations and products named in the most articles, money by currency, DATE intervals
by month, and an index of every entity linking to the articles that name it. The article
pages are `extract show`'s, drawn from the run's own mentions, in a folder beside the report.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from extract.errors import UsageError
from extract.records import LABELS, NAME_LABELS
from extract.sources import Fields

TOP_ENTITIES = 15
# A DATE interval longer than this (a decade, "the past five years") would flood the timeline.
TIMELINE_MAX_DAYS = 366
BAR_COLORS = {"ORG": "#3f9f9f", "PRODUCT": "#5f9f4f", "DATE": "#4f7fbf", "MONEY": "#9f8f3f", "PERCENT": "#cf7f2f"}
SECTIONS = ("summary", "labels", "organizations", "products", "money", "timeline", "entities")

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
body{{font-family:sans-serif;max-width:70em;margin:2em auto;padding:0 1em;color:#222}}
h1{{margin-bottom:.2em}} h2{{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.6em}}
table{{border-collapse:collapse;font-size:.85em}} td,th{{border:1px solid #ddd;padding:.2em .5em;text-align:left;vertical-align:top}}
td.n{{text-align:right;font-variant-numeric:tabular-nums}} .muted{{color:#777}} svg text{{font-size:12px;fill:#222}}
.grid{{display:grid;grid-template-columns:1fr 1fr;gap:0 2em}} a{{color:#1a5fa8}}
</style>
</head><body>
<h1>{title}</h1>
{sections}
</body></html>
"""


@dataclass(frozen=True)
class RunFiles:
    mentions: Path
    articles: Path
    entities: Path


def run_files(output: Path) -> RunFiles:
    """The three files of a run: OUTPUT is the folder (mentions.jsonl inside) or the mentions file."""
    from extract.runner import companion_path

    mentions = output / "mentions.jsonl" if output.is_dir() else output
    files = RunFiles(mentions, companion_path(mentions, "articles"), companion_path(mentions, "entities"))
    for path in (files.mentions, files.articles, files.entities):
        if not path.is_file():
            raise UsageError(f"{path}: no such file (write it with `extract run`)")
    return files


def _rows(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except ValueError as exc:
                raise UsageError(f"{path}: line {number} is not JSON ({exc})") from exc
    return rows


def page_name(article: str) -> str:
    """A file name for ARTICLE's page, unique per name: 'a/b.txt' -> 'a_b.txt-<hash>.html'."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", article)[:80]
    return f"{safe}-{hashlib.sha256(article.encode()).hexdigest()[:8]}.html"


def write_report(output: Path, out: Path, corpus: Path, fields: Fields | None = None) -> Path:
    """Write the report of the run in OUTPUT to OUT, and the article pages from CORPUS beside it.

    FIELDS names the fields of a JSONL corpus.
    """
    from extract.writers import write_text

    files = run_files(output)
    mentions, articles, entities = _rows(files.mentions), _rows(files.articles), _rows(files.entities)
    pages_dir = out.with_name(f"{out.stem}_articles")
    pages = write_pages(corpus, articles, files.mentions, pages_dir, fields or Fields())
    links = {article: f"{pages_dir.name}/{name}" for article, name in pages.items()}
    write_text(out, render_report(mentions, articles, entities, links, title=f"extract report: {output}"))
    return out


def write_pages(corpus: Path, articles: list[dict], mentions_file: Path, folder: Path,
                fields: Fields | None = None) -> dict[str, str]:
    """`extract show`'s page of every article of the run whose text in CORPUS is still the one the run read.

    Returns article -> page file name. Mentions are the run's, not extracted again.
    """
    from extract.sources import read_corpus
    from extract.records import MENTION_ADAPTER
    from extract.render import render_article
    from extract.writers import write_text

    by_article: dict[str, list] = defaultdict(list)
    for line in mentions_file.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = MENTION_ADAPTER.validate_json(line)
            by_article[record.article].append(record)
    wanted = {row["path"]: row.get("sha256") for row in articles if row.get("status") == "ok"}
    pages = {}
    for article in read_corpus(corpus, fields or Fields()):
        if isinstance(article, Exception) or wanted.get(article.path) != article.sha256:
            continue
        name = page_name(article.path)
        write_text(folder / name, render_article(article.path, article.text, by_article.get(article.path, [])))
        pages[article.path] = name
    return pages


def render_report(mentions: list[dict], articles: list[dict], entities: list[dict], links: dict[str, str],
                  title: str) -> str:
    """The page, from the rows of the three files; LINKS maps an article to its page (relative URL)."""
    named: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in mentions:
        key = (m.get("value") or {}).get("entity")
        if m["label"] in NAME_LABELS and key:
            named[(m["label"], key)].add(m["article"])
    sections = [
        _summary(mentions, articles, entities, links),
        _labels(mentions),
        _top(entities, "ORG", "organizations", "Organizations", named, links),
        _top(entities, "PRODUCT", "products", "Products", named, links),
        _money(mentions),
        _timeline(mentions),
        _index(entities, named, links),
    ]
    return PAGE.format(title=html.escape(title), sections="\n".join(sections))


def _section(ident: str, heading: str, body: str) -> str:
    return f'<section id="{ident}"><h2>{html.escape(heading)}</h2>\n{body}\n</section>'


def _summary(mentions, articles, entities, links) -> str:
    failed = sum(1 for a in articles if a.get("status") != "ok")
    published = sorted(a["published"] for a in articles if a.get("published"))
    span = f", published {published[0]} to {published[-1]}" if published else ""
    body = (f"<p>{len(articles)} articles ({failed} failed){span}; {len(mentions)} mentions; "
            f"{sum(1 for e in entities if e['label'] == 'ORG')} organizations and "
            f"{sum(1 for e in entities if e['label'] == 'PRODUCT')} products. "
            f"{len(links)} article pages.</p>")
    return _section("summary", "Summary", body)


def _labels(mentions) -> str:
    counts = Counter(m["label"] for m in mentions)
    rows = [(label, counts.get(label, 0), BAR_COLORS[label]) for label in LABELS]
    return _section("labels", "Mentions per label", _bars(rows, "mentions per label"))


def _top(entities, label, ident, heading, named, links) -> str:
    chosen = sorted((e for e in entities if e["label"] == label),
                    key=lambda e: (-e["articles"], -e["mentions"], e["name"], e["key"]))[:TOP_ENTITIES]
    if not chosen:
        return _section(ident, heading, '<p class="muted">none</p>')
    chart = _bars([(e["name"], e["articles"], BAR_COLORS[label]) for e in chosen], f"{heading} by number of articles")
    rows = "\n".join(
        f'<tr data-key="{html.escape(e["key"])}"><td><a href="#entity-{label}-{html.escape(e["key"])}">'
        f'{html.escape(e["name"])}</a></td><td class="n">{e["articles"]}</td><td class="n">{e["mentions"]}</td>'
        f'<td>{_article_links(named.get((label, e["key"]), set()), links)}</td></tr>'
        for e in chosen)
    table = (f'<table class="top"><tr><th>name</th><th>articles</th><th>mentions</th><th>named in</th></tr>\n'
             f"{rows}</table>")
    return _section(ident, f"{heading} named in the most articles", f'<div class="grid">{chart}{table}</div>')


def _money(mentions) -> str:
    count: Counter = Counter()
    total: dict[str, float] = defaultdict(float)
    for m in mentions:
        if m["label"] == "MONEY":
            currency = m["value"]["currency"]
            count[currency] += 1
            total[currency] += m["value"]["amount"]
    if not count:
        return _section("money", "Money by currency", '<p class="muted">no money mentions</p>')
    order = sorted(count, key=lambda c: (-count[c], c))
    chart = _bars([(c, count[c], BAR_COLORS["MONEY"]) for c in order], "money mentions by currency")
    rows = "\n".join(f'<tr data-currency="{c}"><td>{c}</td><td class="n">{count[c]}</td>'
                     f'<td class="n">{_amount(total[c])}</td></tr>' for c in order)
    table = f"<table><tr><th>currency</th><th>mentions</th><th>sum of amounts</th></tr>\n{rows}</table>"
    return _section("money", "Money by currency", f'<div class="grid">{chart}{table}</div>')


def _amount(value: float) -> str:
    """1.5e9 -> '1.50 billion'; small amounts with two decimals."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:,.2f} {word}"
    return f"{value:,.2f}"


def month_counts(mentions) -> tuple[Counter, int]:
    """(DATE mentions per 'YYYY-MM' their interval overlaps, intervals left out as too long)."""
    counts: Counter = Counter()
    long = 0
    for m in mentions:
        value = m.get("value") or {}
        if m["label"] != "DATE" or not value.get("start") or not value.get("end"):
            continue
        start, end = date.fromisoformat(value["start"]), date.fromisoformat(value["end"])
        if (end - start).days > TIMELINE_MAX_DAYS:
            long += 1
            continue
        year, month = start.year, start.month
        while (year, month) <= (end.year, end.month):
            counts[f"{year:04d}-{month:02d}"] += 1
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return counts, long


def _timeline(mentions) -> str:
    counts, long = month_counts(mentions)
    note = f'<p class="muted">{long} longer intervals (years or more) left out.</p>' if long else ""
    if not counts:
        return _section("timeline", "Dates by month", f'<p class="muted">no DATE interval</p>{note}')
    first, last = min(counts), max(counts)
    months = []
    year, month = int(first[:4]), int(first[5:])
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return _section("timeline", "Dates by month",
                    f"<p>DATE mentions whose interval falls in each month, {first} to {last}.</p>"
                    f"{_columns([(m, counts.get(m, 0)) for m in months])}{note}")


def _index(entities, named, links) -> str:
    rows = "\n".join(
        f'<tr id="entity-{e["label"]}-{html.escape(e["key"])}"><td>{e["label"]}</td><td>{html.escape(e["name"])}</td>'
        f'<td>{html.escape(", ".join(a for a in e["aliases"] if a != e["name"]))}</td>'
        f'<td>{_article_links(named.get((e["label"], e["key"]), set()), links)}</td></tr>'
        for e in sorted(entities, key=lambda e: (e["label"], e["name"].lower(), e["key"])))
    return _section("entities", "Every organization and product",
                    f"<table><tr><th>label</th><th>name</th><th>also written</th><th>articles</th></tr>\n{rows}</table>")


def _article_links(articles: set[str], links: dict[str, str]) -> str:
    return ", ".join(f'<a class="article" href="{html.escape(links[a], quote=True)}">{html.escape(a)}</a>' if a in links
                     else f'<span class="muted">{html.escape(a)}</span>' for a in sorted(articles))


def _bars(rows: list[tuple[str, int, str]], caption: str) -> str:
    """A horizontal bar chart: one bar per (name, value, color)."""
    width, label_width, height = 520, 170, 20
    top = max((v for _, v, _ in rows), default=0) or 1
    parts = []
    for i, (name, value, color) in enumerate(rows):
        y = i * height
        bar = (width - label_width - 50) * value / top
        short = name if len(name) <= 24 else name[:23] + "…"
        parts.append(f'<text x="{label_width - 6}" y="{y + 14}" text-anchor="end">{html.escape(short)}</text>'
                     f'<rect x="{label_width}" y="{y + 3}" width="{bar:.1f}" height="{height - 6}" fill="{color}">'
                     f'<title>{html.escape(name)}: {value}</title></rect>'
                     f'<text x="{label_width + bar + 4:.1f}" y="{y + 14}">{value}</text>')
    return (f'<svg class="chart" role="img" aria-label="{html.escape(caption)}" width="{width}" '
            f'height="{len(rows) * height}" viewBox="0 0 {width} {len(rows) * height}">{"".join(parts)}</svg>')


def _columns(rows: list[tuple[str, int]]) -> str:
    """A column chart over months, a year label under each January (and the first month)."""
    plot, bottom = 160, 30
    step = max(4.0, min(24.0, 900 / max(1, len(rows))))
    width = step * len(rows) + 40
    top = max(v for _, v in rows) or 1
    parts = [f'<text x="0" y="12">{top}</text>']
    for i, (month, value) in enumerate(rows):
        x = 30 + i * step
        h = plot * value / top
        parts.append(f'<rect x="{x:.1f}" y="{plot - h + 10:.1f}" width="{step * 0.8:.1f}" height="{h:.1f}" '
                     f'fill="{BAR_COLORS["DATE"]}" data-month="{month}"><title>{month}: {value}</title></rect>')
        if i == 0 or month.endswith("-01"):
            parts.append(f'<text x="{x:.1f}" y="{plot + 26}">{month[:4]}</text>')
    return (f'<svg class="chart" role="img" aria-label="DATE mentions by month" width="{width:.0f}" '
            f'height="{plot + bottom + 10}" viewBox="0 0 {width:.0f} {plot + bottom + 10}">{"".join(parts)}</svg>')
