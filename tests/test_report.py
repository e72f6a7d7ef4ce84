"""`extract report` (issue 21): one self-contained page, checked in headless Chromium on the corpus
and on 300 generated articles."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from extract.report import SECTIONS, TOP_ENTITIES, month_counts
from extract.runner import run_corpus
from tests.conftest import CORPUS, ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
GENERATED = 300


def _extract(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extract.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)


def _chromium(tmp: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp / 'profile'}", *args], capture_output=True, text=True, timeout=120)


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _report(output: Path, corpus: Path, tmp: Path) -> Path:
    page = tmp / "report.html"
    result = _extract("report", str(output), "-o", str(page), "--corpus", str(corpus))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(page)
    return page


@pytest.fixture(scope="module")
def generated_run(tmp_path_factory) -> Path:
    """300 generated articles (two paragraphs each, to keep the test fast), run once."""
    sys.path.insert(0, str(ROOT / "bench"))
    from make_corpus import make_corpus

    folder = tmp_path_factory.mktemp("generated")
    make_corpus(folder / "corpus", GENERATED, per_article=2)
    out = folder / "output" / "mentions.jsonl"
    assert run_corpus(folder / "corpus", out, quiet=True) == 0
    return out


def _check_page(page: Path, output_dir: Path) -> str:
    """Static checks: nothing fetched, every link resolves; returns the HTML."""
    text = page.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)\b", text), "the page must need nothing but itself"
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", text)
    targets = re.findall(r'href="([^"#][^"]*)"', text)
    assert targets and all((page.parent / t).is_file() for t in targets)
    entities = _rows(output_dir / "entities.jsonl")
    mentions = _rows(output_dir / "mentions.jsonl")
    named = defaultdict(set)
    for m in mentions:
        if m["label"] in ("ORG", "PRODUCT"):
            named[(m["label"], m["value"]["entity"])].add(m["article"])
    for e in entities:  # every entity links to each article that names it
        row = re.search(rf'<tr id="entity-{e["label"]}-{re.escape(e["key"])}">(.*?)</tr>', text, re.S)
        assert row, e
        linked = re.findall(r'<a class="article" href="[^"]+">([^<]+)</a>', row.group(1))
        assert linked == sorted(named[(e["label"], e["key"])]), e
    return text


def _check_dom(dom: str, output_dir: Path) -> None:
    for section in SECTIONS:
        assert f'<section id="{section}">' in dom, section
    mentions = _rows(output_dir / "mentions.jsonl")
    entities = _rows(output_dir / "entities.jsonl")
    assert dom.count('<tr id="entity-') == len(entities)
    labels = re.search(r'<section id="labels">.*?</section>', dom, re.S).group(0)
    counts = Counter(m["label"] for m in mentions)
    assert [int(v) for v in re.findall(r"</title></rect><text [^>]*>(\d+)</text>", labels)] == [
        counts[label] for label in ("ORG", "PRODUCT", "DATE", "MONEY", "PERCENT")]
    for label, section in (("ORG", "organizations"), ("PRODUCT", "products")):
        articles = defaultdict(set)
        for m in mentions:
            if m["label"] == label:
                articles[m["value"]["entity"]].add(m["article"])
        body = re.search(rf'<section id="{section}">.*?</section>', dom, re.S).group(0)
        shown = [int(n) for n in re.findall(r'</a></td><td class="n">(\d+)</td>', body)]
        assert shown == sorted((len(a) for a in articles.values()), reverse=True)[:TOP_ENTITIES]
    money = Counter(m["value"]["currency"] for m in mentions if m["label"] == "MONEY")
    found = dict(re.findall(r'<tr data-currency="([A-Z]{3})"><td>[A-Z]{3}</td><td class="n">(\d+)</td>', dom))
    assert {c: int(n) for c, n in found.items()} == dict(money)
    months, _ = month_counts(mentions)
    bars = dict(re.findall(r'data-month="(\d{4}-\d{2})"><title>\d{4}-\d{2}: (\d+)</title>', dom))
    assert {m: int(n) for m, n in bars.items() if n != "0"} == dict(months) and months


def test_report_of_the_corpus_is_self_contained(tmp_path, corpus_run):
    page = _report(corpus_run.parent, CORPUS, tmp_path)
    _check_page(page, corpus_run.parent)
    pages = sorted((tmp_path / "report_articles").glob("*.html"))
    assert len(pages) == len(list(CORPUS.glob("*.txt")))
    for article in pages:  # `extract show`'s pages: every mention marked, nothing fetched either
        text = article.read_text(encoding="utf-8")
        assert "<mark class=\"entity\"" in text and not re.search(r"<(script|link|img|iframe)\b", text)
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", text)


@needs_chromium
@pytest.mark.parametrize("which", ["corpus", "generated"])
def test_report_in_chromium(tmp_path, request, which):
    out = request.getfixturevalue("corpus_run" if which == "corpus" else "generated_run")
    corpus = CORPUS if which == "corpus" else out.parent.parent / "corpus"
    page = _report(out.parent, corpus, tmp_path)
    _check_page(page, out.parent)
    dom = _chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    _check_dom(dom, out.parent)
    shot = tmp_path / "report.png"
    _chromium(tmp_path, "--window-size=1280,2000", f"--screenshot={shot}", page.as_uri())
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    if which == "generated":
        assert len(list((tmp_path / "report_articles").glob("*.html"))) == GENERATED


def test_report_of_a_jsonl_run_has_its_article_pages(tmp_path):
    from extract.sources import Fields

    rows = [{"url": "https://example.com/a", "content": "Acme Holdings Ltd earned $5 million last year.", "date": "2022-10-22"},
            {"url": "https://example.com/b", "content": "Acme Holdings Ltd fell 3% on Tuesday.", "date": "2022-10-20"}]
    source = tmp_path / "dump.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "output" / "mentions.jsonl"
    assert run_corpus(source, out, quiet=True, fields=Fields(id="url", text="content", published="date")) == 0
    page = tmp_path / "report.html"
    result = _extract("report", str(out.parent), "-o", str(page), "--corpus", str(source), "--id-field", "url",
                      "--text-field", "content", "--published-field", "date")
    assert result.returncode == 0, result.stderr
    _check_page(page, out.parent)
    assert len(list((tmp_path / "report_articles").glob("*.html"))) == 2
    # Acme, named in both articles, links to both from the top table and from the index
    assert page.read_text(encoding="utf-8").count('class="article" href=') == 4


def test_report_without_a_run_is_one_error_line(tmp_path):
    result = _extract("report", str(tmp_path), "-o", str(tmp_path / "r.html"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {tmp_path / 'mentions.jsonl'}: no such file (write it with `extract run`)"
