"""The `extract` command line. Thin: each command parses arguments and calls one function."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Optional

import typer
from typer.core import TyperArgument, TyperCommand

from extract import __version__
from extract.articles import MAX_ARTICLE_BYTES
from extract.errors import ExtractError, UsageError


class Command(TyperCommand):
    """Usage lines name the arguments as the help text does (`extract run [OPTIONS] CORPUS`).

    Typer writes a required argument as `{corpus}`; a help paragraph that starts with a
    `\\b` line is printed as written (click's literal block), for examples.
    """

    def collect_usage_pieces(self, ctx) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if isinstance(param, TyperArgument):
                name = (param.metavar or param.name or "").upper()
                pieces.append(name if param.required else f"[{name}]")
        return pieces


# Plain help and tracebacks: rendering them with rich doubles the start-up time of `--help`.
app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Extract grounded, normalized ORG, PRODUCT, DATE, MONEY and PERCENT mentions from English news.",
)
command = partial(app.command, cls=Command)
DEFAULT_OUT = Path("output/mentions.jsonl")


# The field names of JSONL input, for every command that reads articles.
ID_FIELD = typer.Option("id", "--id-field", help="JSONL: the field that names the article (a.b for nested).")
TEXT_FIELD = typer.Option("text", "--text-field", help="JSONL: the field with the article's text.")
PUBLISHED_FIELD = typer.Option("published", "--published-field", help="JSONL: the publication date's field.")
TITLE_FIELD = typer.Option("title", "--title-field", help="JSONL: the headline's field.")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"extract {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Extract facts from news articles."""


@command()
def run(
    corpus: Path = typer.Argument(
        ..., metavar="CORPUS",
        help="Folder of .txt articles, one article file, or JSONL: a *.jsonl file, or '-' for stdin.",
    ),
    out: str = typer.Option(str(DEFAULT_OUT), "--out", "-o", help="Output JSONL file, or '-' for stdout."),
    processes: Optional[int] = typer.Option(
        None, "--processes", "-j", min=1,
        help="Worker processes (default: all cores; one for a small corpus).",
    ),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", help="Run on a Dask cluster: tcp://HOST:8786, or local:N for N local worker processes.",
    ),
    no_cache: bool = typer.Option(False, "--no-cache", help="Process every article again, ignoring the cache."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Cache folder (default: .cache beside OUT)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary line on stderr."),
    id_field: str = ID_FIELD,
    text_field: str = TEXT_FIELD,
    published_field: str = PUBLISHED_FIELD,
    title_field: str = TITLE_FIELD,
    follow_links: bool = typer.Option(False, "--follow-links", help="Read symbolic links to folders and out of the corpus."),
    max_bytes: int = typer.Option(MAX_ARTICLE_BYTES, "--max-bytes", min=1, help="Largest article file read; larger ones are an error line."),
    debug: bool = typer.Option(False, "--debug", help="Print the traceback of an internal error after its error line."),
) -> None:
    """Extract mentions from every article in CORPUS into OUT, one JSON record per line.

    Also writes articles.jsonl beside OUT (one line per article: hash, date, counts, status).
    Only new or changed articles are processed again; the output is the same bytes either way.
    JSONL input is one article a line, {"id", "text", "published"?, "title"?}: the records'
    article is the id and their offsets index into the text.

    Examples:

    \b
        extract run corpus/
        extract run corpus/ -o - | jq -c 'select(.label=="MONEY")'
        extract run corpus/ --scheduler tcp://10.0.0.5:8786
        extract run articles.jsonl --text-field body --published-field meta.date
        jq -c '{id: .url, text: .content}' dump.jsonl | extract run - -o - | jq .text
    """
    from extract.runner import keep_freed_memory, run_corpus

    keep_freed_memory()  # this process is the command's: with -j 1 the pipeline runs in it
    code = run_corpus(corpus, out, quiet=quiet, processes=processes, use_cache=not no_cache, cache_dir=cache_dir,
                      scheduler=scheduler, fields=_fields(id_field, text_field, published_field, title_field), follow_links=follow_links, max_bytes=max_bytes, debug=debug,
                      hard_stop=True)
    if code == 130:  # stopped by a signal: skip the interpreter's tear-down of the model (about a second)
        import os

        sys.stderr.flush()
        os._exit(code)
    raise typer.Exit(code)


@command("eval")
def evaluate(
    gold: Path = typer.Argument(..., metavar="GOLD", help="Gold JSONL (ANNOTATION.md §5)."),
    pred: Optional[Path] = typer.Option(None, "--pred", help="Predictions written by `extract run`."),
    corpus: Optional[Path] = typer.Option(
        None, "--corpus",
        help="The articles: the pipeline runs on them, unless --pred is given (then they only give --errors its text).",
    ),
    errors: bool = typer.Option(False, "--errors", help="Also list the false positives, misses and wrong values."),
    as_json: bool = typer.Option(False, "--json", help="Print scores (and errors) as JSON."),
) -> None:
    """Score predictions against GOLD: strict and relaxed span P/R/F1, value accuracy, per label.

    With --errors, every false positive, miss and wrong value follows, grouped by label,
    each with its article, offsets and a window of text around it ([[the mention]]).

    Examples:

    \b
        extract eval tests/gold/corpus.jsonl --corpus corpus/
        extract eval tests/gold/corpus.jsonl --pred output/mentions.jsonl --json
        extract eval tests/gold/corpus.jsonl --pred output/mentions.jsonl --corpus corpus/ --errors
    """
    from extract.evaluate import evaluate_command

    if pred is None and corpus is None:
        typer.echo("error: give --pred or --corpus", err=True)
        raise typer.Exit(2)
    try:
        text = evaluate_command(gold, pred=pred, corpus=corpus, errors=errors, json_output=as_json)
    except ExtractError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    typer.echo(text)


@command()
def show(
    article: Path = typer.Argument(..., metavar="ARTICLE", help="One article file."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="HTML file (default: output/<name>.html)."),
) -> None:
    """Write an HTML page of ARTICLE with its mentions highlighted by label and their values shown.

    Example:

    \b
        extract show corpus/000_0d618fe72babb824.txt -o /tmp/a.html
    """
    from extract.render import show_article

    try:
        path = show_article(article, out)
    except ExtractError as exc:
        _fail(exc)
    typer.echo(str(path))


@command()
def explain(
    article: Path = typer.Argument(..., metavar="ARTICLE", help="One article file."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date (default: the article's own)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object a mention, not a table."),
) -> None:
    """Print each mention of ARTICLE with what produced it: offsets, label, text, value, and the rule.

    A DATE, MONEY or PERCENT span names the pattern row (patterns/*.jsonl) or the model's span
    ('model DATE') that made it; a DATE's value names its date rule (date_rules.RULES); an ORG or
    PRODUCT names its candidate's pattern row and vote source, the votes its span pooled and the
    name's votes over the article (names.VOTES). The records are those `extract run` writes.

    Examples:

    \b
        extract explain corpus/000_0d618fe72babb824.txt
        extract explain story.txt --published 2022-10-22 --json | jq -c 'select(.label=="DATE")'
    """
    from dataclasses import replace

    from extract.articles import parse_published, read_article
    from extract.explain import explain_article, explanation_lines, explanation_table
    from extract.pipeline import load_pipeline

    try:
        item = read_article(article, article.name)
        if published is not None:
            item = replace(item, published=parse_published(published, "--published"))
    except ExtractError as exc:
        _fail(exc)
    found = explain_article(item, load_pipeline())
    typer.echo(explanation_lines(found) if as_json else explanation_table(found))


@command()
def report(
    output: Path = typer.Argument(Path("output"), metavar="OUTPUT",
                                  help="The folder `extract run` wrote (or its mentions file)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="HTML file (default: report.html in OUTPUT)."),
    corpus: Path = typer.Option(Path("corpus"), "--corpus",
                                help="The articles of the run (a folder or a JSONL file), for the article pages."),
    id_field: str = ID_FIELD,
    text_field: str = TEXT_FIELD,
    published_field: str = PUBLISHED_FIELD,
    title_field: str = TITLE_FIELD,
) -> None:
    """Write one self-contained HTML page about the run in OUTPUT, and a page per article beside it.

    Mentions per label, the organizations and products named in the most articles, money by
    currency, DATE intervals by month, and every entity linked to the articles that name it
    (the pages of `extract show`, in the folder REPORT_articles/). Inline SVG; nothing is fetched.

    Example:

    \b
        extract report output/ -o report.html
    """
    from extract.report import write_report

    fields = _fields(id_field, text_field, published_field, title_field)
    target = out or (output if output.is_dir() else output.parent) / "report.html"
    try:
        path = write_report(output, target, corpus, fields)
    except ExtractError as exc:
        _fail(exc)
    typer.echo(str(path))


@command()
def add(
    file: Path = typer.Argument(..., metavar="FILE", help="A UTF-8 text file to add."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date, e.g. 2022-10-22."),
    title: Optional[str] = typer.Option(None, "--title", help="Headline to record in the front matter."),
    corpus: Path = typer.Option(Path("corpus"), "--corpus", help="The corpus folder."),
) -> None:
    """Copy FILE into the corpus with a front-matter block (published, title); print where it went.

    Refuses a file that is not UTF-8 text and one whose text is already in the corpus.

    Example:

    \b
        extract add story.txt --published 2022-10-22 --title "Acme buys Quill"
    """
    from extract.articles import add_article

    try:
        target = add_article(file, corpus, published=published, title=title)
    except ExtractError as exc:
        _fail(exc)
    typer.echo(str(target))


def _fields(id_field: str, text_field: str, published_field: str, title_field: str):
    """The JSONL field names given on the command line (`run` and `report` read the same options)."""
    from extract.sources import Fields

    return Fields(id=id_field, text=text_field, published=published_field, title=title_field)


def _fail(exc: ExtractError) -> None:
    """One `error:` line; exit 2 when the command cannot run, 1 when the input is bad."""
    typer.echo(f"error: {exc}", err=True)
    raise typer.Exit(2 if isinstance(exc, UsageError) else 1)


@command()
def schema(
    out_dir: Path = typer.Option(Path("schemas"), "--out-dir", help="Folder for mention.schema.json and article.schema.json."),
) -> None:
    """Write the JSON Schemas of output records and articles.jsonl rows, generated from the Pydantic models.

    Example:

    \b
        extract schema --out-dir schemas/
    """
    from extract.records import write_schemas

    for path in write_schemas(out_dir):
        typer.echo(str(path), err=True)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
