"""Bad input, faults and interruptions (issue 8): one error line per bad file, nothing half-written."""

from __future__ import annotations

import codecs
import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from extract.articles import parse_article
from extract.errors import ArticleError
from extract.runner import run_corpus
from tests.conftest import CORPUS, ROOT

SCHEMA = json.loads((ROOT / "schemas" / "mention.schema.json").read_text(encoding="utf-8"))

BAD_FILES = {  # name: (bytes, the error line's cause or None when the file is fine)
    "empty.txt": (b"", None),
    "blank.txt": (b"  \n\t \n", None),
    "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary file, not text"),
    "latin1.txt": ("Caf\u00e9 prices rose 5%.".encode("latin-1"), "not UTF-8 (byte 0xe9 at offset 3)"),
    "utf16.txt": ("---\npublished: 2022-10-22\n---\nAcme rose 5% last year.".encode("utf-16"), None),
    "nul.txt": (b"Acme rose 5%\x00 last year.", None),
    "unterminated.txt": (b"---\npublished: 2022-10-22\nAcme rose.", "front matter opened with '---' is never closed"),
    "not_pair.txt": (b"---\npublished 2022-10-22\n---\nAcme.", "front matter line 2 is not 'key: value': 'published 2022-10-22'"),
    "bad_date.txt": (b"---\npublished: 2022-02-30\n---\nAcme.", "published date '2022-02-30' does not exist"),
    "other_format.txt": (b"---\npublished: 22 Oct 2022\n---\nAcme rose 5% last year.", None),
    "crlf.txt": (b"---\r\npublished: 2022-10-22\r\n---\r\nAcme Holdings Ltd earned $5 million\r\nlast year.\r\n", None),
    "rtl_emoji.txt": ("\u05e9\u05dc\u05d5\u05dd \U0001F600 Acme Holdings Ltd earned \u20ac3bn in 2021 \u202e.".encode(), None),
    "controls.txt": (b"Acme \x07rose\x1b 5% in\x0b 2021.", None),
    "long_line.txt": (("word " * 40_000 + "$5 million").encode(), None),
    "notes.md": (b"not an article", None),
}


def _good_only(folder: Path) -> None:
    for path in CORPUS.glob("*.txt"):
        shutil.copy(path, folder / path.name)


def test_bad_corpus_reports_each_bad_file_and_keeps_the_rest(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    (corpus / "nested" / "deeper").mkdir(parents=True)
    _good_only(corpus)
    for name, (data, _) in BAD_FILES.items():
        (corpus / "nested" / name).write_bytes(data)
    (corpus / "nested" / "loop.txt").symlink_to("loop.txt")
    out = tmp_path / "out.jsonl"
    assert run_corpus(corpus, out, use_cache=False) == 1
    err = capsys.readouterr().err.splitlines()
    expected = {f"error: nested/{name}: {cause}" for name, (_, cause) in BAD_FILES.items() if cause}
    errors = [line for line in err if line.startswith("error:")]
    assert set(errors) - {e for e in errors if "loop.txt" in e} == expected
    assert any(line.startswith("error: nested/loop.txt: ") for line in errors)
    assert len(errors) == len(expected) + 1
    assert "1 ignored (not .txt)" in err[-1]

    good = tmp_path / "good"
    good.mkdir()
    _good_only(good)
    good_out = tmp_path / "good.jsonl"
    assert run_corpus(good, good_out, use_cache=False, quiet=True) == 0
    seeds = {p.name for p in CORPUS.glob("*.txt")}
    kept = [line for line in out.read_text(encoding="utf-8").splitlines() if json.loads(line)["article"] in seeds]
    assert "\n".join(kept) + "\n" == good_out.read_text(encoding="utf-8")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for record in records:
        jsonschema.validate(record, SCHEMA)
        path = corpus / record["article"]
        data = path.read_bytes()
        text = data.decode("utf-16") if data.startswith(codecs.BOM_UTF16_LE) else data.decode("utf-8")
        assert text[record["start"]:record["end"]] == record["text"]
    assert any(r["article"] == "nested/crlf.txt" and r["label"] == "MONEY" for r in records)


def test_file_vanishing_or_unreadable_is_one_error(tmp_path, capsys, monkeypatch):
    from extract import articles

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _good_only(corpus)
    (corpus / "locked.txt").write_text("Acme rose 5%.")
    listed = articles.list_articles

    def list_with_ghost(folder, **options):
        paths, ignored = listed(folder, **options)
        return sorted(paths + [folder / "ghost.txt"]), ignored

    real_open = os.open

    def open_file(path, *args, **kwargs):  # root reads a chmod 000 file: the refusal is simulated
        if Path(path).name == "locked.txt":
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("extract.runner.list_articles", list_with_ghost)
    monkeypatch.setattr(os, "open", open_file)
    assert run_corpus(corpus, tmp_path / "out.jsonl", use_cache=False) == 1
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error:")]
    assert errors == ["error: ghost.txt: file vanished before it could be read", "error: locked.txt: permission denied"]


@pytest.mark.parametrize("where", ["unwritable", "directory", "disk-full"])
def test_output_problems_keep_previous_output(tmp_path, capsys, monkeypatch, where):
    out = tmp_path / "out" / "mentions.jsonl"
    assert run_corpus(CORPUS, out, quiet=True) == 0
    before = out.read_bytes()
    if where == "unwritable":
        target = Path("/proc/extract-no-such-dir/mentions.jsonl")
    elif where == "directory":
        target = tmp_path / "out"
    else:
        target = out

        class Full:
            def __init__(self, path):
                self.inner = path.open("w", encoding="utf-8")

            def write(self, text):
                raise OSError(errno.ENOSPC, "No space left on device")

            def __getattr__(self, name):
                return getattr(self.inner, name)

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.inner.close()

        monkeypatch.setattr("extract.writers._open", Full)
    assert run_corpus(CORPUS, target, quiet=True, use_cache=False) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ")
    if where == "disk-full":
        assert err[0].endswith("No space left on device)")
    assert out.read_bytes() == before
    assert [p.name for p in out.parent.iterdir() if p.name.endswith(".tmp")] == []


def _big_corpus(folder: Path, n: int = 120) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from make_corpus import make_corpus

    make_corpus(folder, n)


def _extract(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "extract.cli", "run", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=["INT", "TERM", "KILL"])
def test_interrupted_run_leaves_previous_output(tmp_path, sig):
    corpus = tmp_path / "corpus"
    _big_corpus(corpus, 200)  # about 30 s of work at -j 1: still running when the signal comes at 4 s
    out = tmp_path / "out" / "mentions.jsonl"
    out.parent.mkdir()
    out.write_text("previous output\n")
    proc = _extract(str(corpus), "-o", str(out), "-j", "1")
    time.sleep(4)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(sig)
    proc.wait(timeout=60)
    assert out.read_text() == "previous output\n"
    if sig != signal.SIGKILL:
        assert proc.returncode == 130 and "interrupted" in proc.stderr.read()
        assert [p for p in out.parent.iterdir() if p.name.endswith(".tmp")] == []
    again = _extract(str(corpus), "-o", str(out), "-j", "1")
    assert again.wait(timeout=300) == 0
    assert [p for p in out.parent.iterdir() if p.name.endswith(".tmp")] == []
    fresh = tmp_path / "fresh.jsonl"
    assert run_corpus(corpus, fresh, quiet=True, use_cache=False, processes=1) == 0
    assert out.read_bytes() == fresh.read_bytes()


def test_two_runs_at_once_give_one_complete_output(tmp_path):
    corpus = tmp_path / "corpus"
    _big_corpus(corpus, 40)
    out = tmp_path / "mentions.jsonl"
    runs = [_extract(str(corpus), "-o", str(out), "-j", "1", "--no-cache") for _ in range(2)]
    assert [r.wait(timeout=300) for r in runs] == [0, 0]
    fresh = tmp_path / "fresh.jsonl"
    assert run_corpus(corpus, fresh, quiet=True, use_cache=False, processes=1) == 0
    assert out.read_bytes() == fresh.read_bytes()


FRONT_MATTER = st.one_of(
    st.just(""),
    st.builds(lambda d: f"---\npublished: {d}\n---\n", st.dates().map(str)),
    st.builds(lambda k, v: f"---\n{k}: {v}\n---\n", st.text("abcxyz_", min_size=1, max_size=8),
              st.text(max_size=20).filter(lambda v: "\n" not in v and "\r" not in v)),
    st.text(alphabet="-:\n abc", max_size=30),
)
BODY = st.lists(st.one_of(
    st.text(max_size=40),
    st.sampled_from(["$", "US$", "HK$", "\u20ac", "\u00a3", "\u00a5", "%", " per cent", " million", " bn", " yuan",
                     "Acme Holdings Ltd", "the Quill app", "last year", "Q3", "mid-2019", "\n", "\r\n", "\u200f"]),
    st.integers(0, 10**12).map(str),
    st.text(alphabet="0123456789.,", max_size=12),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", min_size=30, max_size=300),
), max_size=25).map("".join)


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", 500)), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(front=FRONT_MATTER, body=BODY)
def test_fuzz_articles_never_crash_and_stay_grounded(nlp, front, body):
    from extract.api import extract_articles

    text = front + body
    try:
        article = parse_article(text.encode("utf-8", "surrogatepass"), "fuzz.txt")
    except ArticleError:
        return
    except UnicodeEncodeError:
        return
    for _, mentions in extract_articles([article], nlp):
        for m in mentions:
            record = json.loads(m.model_dump_json())
            jsonschema.validate(record, SCHEMA)
            assert article.text[m.start:m.end] == m.text
            assert m.start >= article.body_start


def test_interrupt_a_library_swallows_still_stops_the_run(tmp_path, monkeypatch, capsys):
    """Ctrl-C that lands in code with a bare `except:` (a model loading) must not let the run finish."""
    import extract.runner as runner

    real = runner.extract_records

    def swallowing(articles):
        try:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(1)
        except BaseException:  # noqa: BLE001  what a careless library does
            pass
        return real(articles)

    monkeypatch.setattr(runner, "extract_records", swallowing)
    out = tmp_path / "out" / "mentions.jsonl"
    out.parent.mkdir()
    out.write_text("previous output\n")
    assert run_corpus(CORPUS, out, quiet=True, processes=1, use_cache=False) == 130
    assert out.read_text() == "previous output\n"
    assert "interrupted" in capsys.readouterr().err
