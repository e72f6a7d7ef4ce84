"""The `extract` command line. Thin: each command parses arguments and calls one function."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from extract import __version__
from extract.errors import ExtractError, UsageError

# Plain help and tracebacks: rendering them with rich doubles the start-up time of `--help`.
app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Extract grounded, normalized ORG, PRODUCT, DATE, MONEY and PERCENT mentions from English news.",
)
DEFAULT_OUT = Path("output/mentions.jsonl")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"extract {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Extract facts from news articles."""


@app.command()
def run(
    corpus: Path = typer.Argument(..., help="Folder of .txt articles (or one article file)."),
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
) -> None:
    """Extract mentions from every article in CORPUS into OUT, one JSON record per line.

    Also writes articles.jsonl beside OUT (one line per article: hash, date, counts, status).
    Only new or changed articles are processed again; the output is the same bytes either way.

    Examples: extract run corpus/ -o - | jq -c 'select(.label=="MONEY")'
              extract run corpus/ --scheduler tcp://10.0.0.5:8786
    """
    from extract.runner import run_corpus

    raise typer.Exit(run_corpus(corpus, out, quiet=quiet, processes=processes, use_cache=not no_cache,
                                cache_dir=cache_dir, scheduler=scheduler))


@app.command("eval")
def evaluate(
    gold: Path = typer.Argument(..., help="Gold JSONL (ANNOTATION.md §5)."),
    pred: Optional[Path] = typer.Option(None, "--pred", help="Predictions written by `extract run`."),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="Run the pipeline on this corpus instead."),
    as_json: bool = typer.Option(False, "--json", help="Print scores as JSON."),
) -> None:
    """Score predictions against GOLD: strict and relaxed span P/R/F1, value accuracy, per label.

    Example: extract eval tests/gold/corpus.jsonl --corpus corpus/
    """
    import json

    from extract import evaluate as ev

    if (pred is None) == (corpus is None):
        typer.echo("error: give exactly one of --pred or --corpus", err=True)
        raise typer.Exit(2)
    try:
        gold_items = ev.load_gold(gold)
        items = ev.load_predictions(pred) if pred is not None else ev.predict_corpus(corpus)
    except ExtractError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    counts = ev.score(gold_items, items)
    entities = ev.entity_scores(gold_items, items)
    typer.echo(json.dumps(ev.as_json(counts, entities), indent=2) if as_json else ev.report(counts, entities))


@app.command()
def show(
    article: Path = typer.Argument(..., help="One article file."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="HTML file (default: output/<name>.html)."),
) -> None:
    """Write an HTML page of ARTICLE with its mentions highlighted by label and their values shown.

    Example: extract show corpus/000_0d618fe72babb824.txt -o /tmp/a.html
    """
    from extract.render import show_article

    try:
        path = show_article(article, out)
    except ExtractError as exc:
        _fail(exc)
    typer.echo(str(path))


@app.command()
def add(
    file: Path = typer.Argument(..., help="A UTF-8 text file to add."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date, e.g. 2022-10-22."),
    title: Optional[str] = typer.Option(None, "--title", help="Headline to record in the front matter."),
    corpus: Path = typer.Option(Path("corpus"), "--corpus", help="The corpus folder."),
) -> None:
    """Copy FILE into the corpus with a front-matter block (published, title); print where it went.

    Refuses a file that is not UTF-8 text and one whose text is already in the corpus.

    Example: extract add story.txt --published 2022-10-22 --title "Acme buys Quill"
    """
    from extract.articles import add_article

    try:
        target = add_article(file, corpus, published=published, title=title)
    except ExtractError as exc:
        _fail(exc)
    typer.echo(str(target))


def _fail(exc: ExtractError) -> None:
    """One `error:` line; exit 2 when the command cannot run, 1 when the input is bad."""
    typer.echo(f"error: {exc}", err=True)
    raise typer.Exit(2 if isinstance(exc, UsageError) else 1)


@app.command()
def schema(
    out_dir: Path = typer.Option(Path("schemas"), "--out-dir", help="Folder for mention.schema.json."),
) -> None:
    """Write the JSON Schema of output records, generated from the Pydantic models.

    Example: extract schema --out-dir schemas/
    """
    from extract.records import write_schema

    path = write_schema(out_dir)
    typer.echo(str(path), err=True)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
