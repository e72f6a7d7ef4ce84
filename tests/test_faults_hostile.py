"""Faults a hostile or unlucky user meets (issue 16): nothing lost, nothing hung, nothing left running.

Each test names the case of the issue it covers. Slow cases run in a subprocess with a
timeout, so a hang is a failure and not a stuck test run.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from extract.runner import run_corpus
from tests.conftest import CORPUS, ROOT, SHARED_DATA

GOOD = "---\npublished: 2022-10-22\n---\nAcme Holdings Ltd earned $5 million last year, up 5%.\n"


def _corpus(folder: Path, **files: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in {"good.txt": GOOD, **files}.items():
        data = text.encode("utf-8") if isinstance(text, str) else text
        (folder / name).write_bytes(data)
    return folder


def _errors(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("error:")]


def _cli(*args: str, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extract.cli", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=kwargs.pop("cwd", ROOT), **kwargs)


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# --- Data loss: the cache owns only what it made ---------------------------------------------

def _foreign(folder: Path) -> dict[str, bytes]:
    """Another program's files, one folder named like a cache fingerprint among them."""
    (folder / "pip" / "wheels").mkdir(parents=True)
    (folder / "pip" / "wheels" / "x.whl").write_bytes(b"wheel")
    (folder / "0123456789abcdef").mkdir()
    (folder / "0123456789abcdef" / "state.db").write_bytes(b"db")
    (folder / "notes.txt").write_text("mine")
    return _tree(folder)


def test_cache_dir_dot_never_removes_the_users_folders(tmp_path, monkeypatch, capsys):
    corpus = _corpus(tmp_path / "corpus")
    before = _foreign(tmp_path)
    monkeypatch.chdir(tmp_path)
    for _ in range(2):  # the clean-up runs at the end of each run
        assert run_corpus(Path("corpus"), tmp_path / "out" / "mentions.jsonl", quiet=True, cache_dir=Path(".")) == 0
    assert {k: v for k, v in _tree(tmp_path).items() if not k.startswith("out/")} == {
        **before, **{f"corpus/{k}": v for k, v in _tree(corpus).items()}}
    assert "not extract's cache" in capsys.readouterr().err


def test_output_in_home_keeps_other_programs_caches(tmp_path):
    """`-o ~/mentions.jsonl` makes ~/.cache the default cache folder: pip's cache there stays."""
    home = tmp_path / "home"
    (home / ".cache").mkdir(parents=True)
    before = _foreign(home / ".cache")
    corpus = _corpus(tmp_path / "corpus")
    for _ in range(2):
        assert run_corpus(corpus, home / "mentions.jsonl", quiet=True) == 0
    assert _tree(home / ".cache") == before


def _cache_entries(cache: Path) -> list[Path]:
    return sorted(p for p in cache.glob("*/*/*.jsonl"))


DAMAGE = {
    "emptied": lambda p: p.write_bytes(b""),
    "truncated": lambda p: p.write_bytes(b"".join(p.read_bytes().splitlines(keepends=True)[:-1])),
    "random-bytes": lambda p: p.write_bytes(os.urandom(200)),
    "not-utf8": lambda p: p.write_bytes(p.read_bytes().replace(b"Acme", b"\xff\xfecme")),
    "directory": lambda p: (p.unlink(), p.mkdir(), (p / "x").write_text("x")),
}


@pytest.mark.parametrize("damage", DAMAGE, ids=str)
def test_damaged_cache_entry_is_a_warning_and_recomputed(tmp_path, capsys, damage):
    corpus = _corpus(tmp_path / "corpus")
    out = tmp_path / "out" / "mentions.jsonl"
    assert run_corpus(corpus, out, quiet=True) == 0
    first = out.read_bytes()
    [entry] = _cache_entries(out.parent / ".cache")
    DAMAGE[damage](entry)
    capsys.readouterr()
    for _ in range(2):
        assert run_corpus(corpus, out, quiet=True) == 0
        assert out.read_bytes() == first
    err = capsys.readouterr().err
    assert "cache entry" in err and "damaged" in err and "Traceback" not in err


def test_read_only_cache_with_one_article_changed(tmp_path, capsys, monkeypatch):
    """Root ignores file modes: a read-only cache is simulated by refusing every write under it."""
    corpus = _corpus(tmp_path / "corpus", **{"other.txt": "Quill Inc rose 3% on Monday.\n"})
    out = tmp_path / "out" / "mentions.jsonl"
    cache = out.parent / ".cache"
    assert run_corpus(corpus, out, quiet=True) == 0
    (corpus / "other.txt").write_text("Quill Inc rose 4% on Tuesday.\n")

    def refuse(real):
        def inner(*args, **kwargs):
            if any(str(a).startswith(str(cache)) for a in args if isinstance(a, (str, Path))):
                raise PermissionError(errno.EROFS, "Read-only file system", str(args[0]))
            return real(*args, **kwargs)
        return inner

    for name in ("unlink", "mkdir", "rmdir"):
        monkeypatch.setattr(Path, name, refuse(getattr(Path, name)))
    monkeypatch.setattr(os, "replace", refuse(os.replace))
    import builtins
    monkeypatch.setattr(builtins, "open", refuse(builtins.open))
    assert run_corpus(corpus, out, quiet=True) == 0
    assert "4%" in out.read_text(encoding="utf-8")
    assert "Traceback" not in capsys.readouterr().err


def test_cache_entry_is_fsynced_before_rename(tmp_path, monkeypatch):
    calls = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        calls.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        return real_fsync(fd)

    def replace(src, dst, **kwargs):
        calls.append(("replace", str(src)))
        return real_replace(src, dst, **kwargs)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    corpus = _corpus(tmp_path / "corpus")
    out = tmp_path / "out" / "mentions.jsonl"
    assert run_corpus(corpus, out, quiet=True) == 0
    renamed = [path for kind, path in calls if kind == "replace" and "/.cache/" in path]
    assert renamed
    for path in renamed:
        assert calls.index(("fsync", path)) < calls.index(("replace", path))
    header = json.loads(_cache_entries(out.parent / ".cache")[0].read_text().splitlines()[0])
    assert header["lines"] > 0 and len(header["sha256"]) == 64


# --- Data loss: output and input never collide; special files; one lock ----------------------

def test_output_onto_an_article_is_refused(tmp_path, capsys):
    corpus = _corpus(tmp_path / "corpus")
    before = _tree(corpus)
    assert run_corpus(corpus, corpus / "good.txt", quiet=True) == 2
    assert run_corpus(corpus / "good.txt", corpus / "good.txt", quiet=True) == 2
    errors = _errors(capsys.readouterr().err)
    assert len(errors) == 2 and all("would overwrite the article" in e for e in errors)
    assert _tree(corpus) == before


def test_show_onto_its_own_article_is_refused(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(GOOD)
    result = _cli("show", str(article), "-o", str(article), timeout=60)
    assert result.returncode == 2 and len(_errors(result.stderr)) == 1 and "Traceback" not in result.stderr
    assert article.read_text() == GOOD


def test_special_outputs_are_written_to_never_replaced(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    fifo = tmp_path / "records.fifo"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    assert run_corpus(corpus, fifo, quiet=True, use_cache=False) == 0
    reader.join(30)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and b'"label":"MONEY"' in got[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "records.fifo"]  # no companions beside a FIFO

    real = tmp_path / "real" / "mentions.jsonl"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert run_corpus(corpus, link, quiet=True, use_cache=False) == 0
    assert link.is_symlink() and b'"label":"MONEY"' in real.read_bytes()

    assert run_corpus(corpus, Path("/dev/null"), quiet=True, use_cache=False) == 0
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_the_three_outputs_are_published_under_one_lock(tmp_path, monkeypatch):
    """Two runs into one output rename their three files one run after the other, never interleaved."""
    import extract.writers as writers

    out = tmp_path / "out" / "mentions.jsonl"
    lock = out.with_name(".mentions.jsonl.lock")
    published = []
    real_replace = os.replace

    def replace(src, dst, **kwargs):
        if Path(dst).parent == out.parent:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT)
            try:
                with pytest.raises(BlockingIOError):  # another open file description: the run holds it
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            finally:
                os.close(fd)
            published.append(Path(dst).name)
        return real_replace(src, dst, **kwargs)

    monkeypatch.setattr(writers.os, "replace", replace)
    assert run_corpus(_corpus(tmp_path / "corpus"), out, quiet=True, use_cache=False) == 0
    assert sorted(published) == ["articles.jsonl", "entities.jsonl", "mentions.jsonl"]


def test_concurrent_adds_each_get_their_own_file(tmp_path):
    corpus = tmp_path / "corpus"
    sources = []
    for i in range(6):
        folder = tmp_path / f"src{i}"
        folder.mkdir()
        (folder / "story.txt").write_text(f"Story number {i}: Acme Holdings Ltd earned ${i + 1} million.\n")
        sources.append(folder / "story.txt")
    procs = [subprocess.Popen([sys.executable, "-m", "extract.cli", "add", str(s), "--corpus", str(corpus)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT) for s in sources]
    results = [(p.wait(timeout=60), p.stdout.read().strip(), p.stderr.read()) for p in procs]
    assert all(code == 0 and "Traceback" not in err for code, _, err in results)
    written = {out for _, out, _ in results}
    assert len(written) == 6
    texts = sorted(p.read_text() for p in corpus.glob("*.txt"))
    assert len(texts) == 6 and all(any(f"Story number {i}:" in t for t in texts) for i in range(6))


# --- Articles never silently left out --------------------------------------------------------

def test_symlinked_folder_is_refused_with_a_line_or_followed(tmp_path, capsys):
    corpus = _corpus(tmp_path / "corpus")
    _corpus(tmp_path / "elsewhere", **{"linked.txt": "Quill Inc rose 3%.\n"})
    (corpus / "more").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    assert run_corpus(corpus, tmp_path / "a.jsonl", quiet=True) == 1
    assert _errors(capsys.readouterr().err) == [
        "error: more: symbolic link to a folder, not followed (--follow-links reads it)"]
    out = tmp_path / "b.jsonl"
    assert run_corpus(corpus, out, quiet=True, follow_links=True) == 0
    assert {json.loads(l)["article"] for l in out.read_text().splitlines()} >= {"good.txt", "more/linked.txt"}


def test_add_of_a_hidden_file_is_read_by_run(tmp_path):
    source = tmp_path / ".hidden.txt"
    source.write_text("Quill Inc rose 3% on Monday.\n")
    corpus = tmp_path / "corpus"
    result = _cli("add", str(source), "--corpus", str(corpus), timeout=60)
    assert result.returncode == 0
    written = Path(result.stdout.strip())
    assert not written.name.startswith(".")
    out = tmp_path / "m.jsonl"
    assert run_corpus(corpus, out, quiet=True) == 0
    assert written.name in {json.loads(l)["article"] for l in out.read_text().splitlines()}


def _nest(folder: Path, name: str, depth: int) -> None:
    """DEPTH folders NAME/NAME/... under FOLDER with an article at the bottom, made by file descriptor
    (a path past PATH_MAX cannot be made by name)."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        for _ in range(depth):
            os.mkdir(name, dir_fd=fd)
            next_fd = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = next_fd
        with open(os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd), "w") as handle:
            handle.write(GOOD)
    finally:
        os.close(fd)


def test_folder_path_over_the_os_limit_is_an_error_line(tmp_path, capsys):
    corpus = _corpus(tmp_path / "corpus")
    _nest(corpus, "d" * 200, 24)  # 24 x 201 characters: past PATH_MAX (4096)
    assert run_corpus(corpus, tmp_path / "m.jsonl", quiet=True) == 1
    [error] = _errors(capsys.readouterr().err)
    assert error.endswith("cannot read folder (File name too long)")


def test_deeply_nested_folders_are_read(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    try:
        _nest(corpus, "d", 1500)
        result = _cli("run", str(corpus), "-o", str(tmp_path / "m.jsonl"), "--no-cache", timeout=120)
    finally:  # shutil.rmtree (pytest's clean-up of old tmp dirs) recurses: 1,500 levels break it
        subprocess.run(["rm", "-rf", str(corpus / "d")], check=True)
    assert result.returncode == 0, result.stderr[-500:]
    assert "2 articles" in result.stderr


def test_non_utf8_file_name_is_one_error_line(tmp_path, capsys):
    corpus = _corpus(tmp_path / "corpus")
    with open(os.path.join(os.fsencode(corpus), b"caf\xe9.txt"), "w") as handle:
        handle.write(GOOD)
    out = tmp_path / "m.jsonl"
    assert run_corpus(corpus, out, quiet=True) == 1
    assert _errors(capsys.readouterr().err) == ["error: caf\\xe9.txt: file name is not UTF-8; rename it"]
    assert '"article":"good.txt"' in out.read_text()
    rows = [json.loads(l) for l in out.with_name("m.articles.jsonl").read_text().splitlines()]
    assert [r["status"] for r in rows] == ["error", "ok"]


# --- One article's exception is that article's error line ------------------------------------

def test_exception_in_one_article_is_its_internal_error_line(tmp_path, capsys, monkeypatch):
    import extract.mentions as mentions

    real = mentions.doc_mentions

    def failing(doc, article, offset):
        if article.path == "bad.txt":
            raise RuntimeError("boom")
        return real(doc, article, offset)

    monkeypatch.setattr(mentions, "doc_mentions", failing)
    corpus = _corpus(tmp_path / "corpus", **{"bad.txt": "Quill Inc rose 3%.\n", "zz.txt": "Acme rose 5% in 2021.\n"})
    out = tmp_path / "m.jsonl"
    assert run_corpus(corpus, out, quiet=True, use_cache=False) == 1
    err = capsys.readouterr().err
    assert _errors(err) == ["error: bad.txt: internal error: RuntimeError: boom"] and "Traceback" not in err
    assert {json.loads(l)["article"] for l in out.read_text().splitlines()} == {"good.txt", "zz.txt"}
    assert run_corpus(corpus, out, quiet=True, use_cache=False, debug=True) == 1
    assert "Traceback" in capsys.readouterr().err


# The sentence of ../shared/data/crossner.jsonl (crossner-science-dev-0172) that raised spaCy's
# E1010 in the name stage (names nested in names, in a list) and ended the whole run.
E1010_TEXT = ("Instead, for the UEFA Euro 2008 articles (UEFA Euro 2008, UEFA Euro 2008 Group A, UEFA Euro 2008 "
              "Group B, UEFA Euro 2008 Group C, UEFA Euro 2008 Group D and UEFA Euro 2008 knockout stage), the old "
              "partial URL string ones:")


def test_e1010_sentence_is_processed(tmp_path):
    corpus = _corpus(tmp_path / "corpus", **{"e1010.txt": E1010_TEXT})
    out = tmp_path / "m.jsonl"
    result = _cli("run", str(corpus), "-o", str(out), "--no-cache", timeout=120)
    assert result.returncode == 0 and "Traceback" not in result.stderr and _errors(result.stderr) == []
    rows = [json.loads(l) for l in out.with_name("m.articles.jsonl").read_text().splitlines()]
    assert [(r["path"], r["status"]) for r in rows] == [("e1010.txt", "ok"), ("good.txt", "ok")]


# --- Hangs and runaway resources -------------------------------------------------------------

def test_fifo_and_devices_are_refused_not_read(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    os.mkfifo(corpus / "x.txt")
    (corpus / "zero.txt").symlink_to("/dev/zero")
    run = _cli("run", str(corpus), "-o", str(tmp_path / "m.jsonl"), "--follow-links", "--no-cache", timeout=60)
    assert run.returncode == 1
    assert sorted(_errors(run.stderr)) == ["error: x.txt: not a regular file (a FIFO); not read",
                                           "error: zero.txt: not a regular file (a character device); not read"]
    add = _cli("add", str(corpus / "x.txt"), "--corpus", str(tmp_path / "c2"), timeout=30)
    show = _cli("show", str(corpus / "x.txt"), "-o", str(tmp_path / "x.html"), timeout=30)
    for result in (add, show):
        assert result.returncode == 1 and _errors(result.stderr) and "Traceback" not in result.stderr


def test_article_over_the_size_limit_is_an_error_line(tmp_path, capsys):
    corpus = _corpus(tmp_path / "corpus", **{"big.txt": "Acme rose 5%. " * 200})
    assert run_corpus(corpus, tmp_path / "m.jsonl", quiet=True, max_bytes=1000) == 1
    assert _errors(capsys.readouterr().err) == [
        "error: big.txt: 2,800 bytes, over the size limit of 1,000 (--max-bytes)"]


def test_tag_list_and_nested_parentheses_cost_linear_time(tmp_path):
    """30,000 'Q1 Q2 ...' tokens took over 12 minutes (Matcher '+' runs); 10,000 nested parentheses 53 s."""
    corpus = _corpus(tmp_path / "corpus", **{
        "tags.txt": " ".join(f"Q{i}" for i in range(1, 30_001)),
        "parens.txt": "(" * 10_000 + "Acme" + ")" * 10_000,
    })
    # CPU seconds of the run, model load included (alone, the tag list takes about 13 s): a busy
    # machine stretches the wall clock, not the CPU time a quadratic run would need.
    cpu, _ = _child_usage(["run", str(corpus), "-o", str(tmp_path / "m.jsonl"), "--no-cache", "-j", "1", "-q"],
                          wall_limit=600)
    assert cpu < 60


def _child_usage(args: list[str], wall_limit: float | None = None) -> tuple[float, int]:
    """(CPU seconds, peak RSS in MB) of one successful `extract` subprocess, killed after wall_limit s."""
    pid = os.posix_spawn(sys.executable, [sys.executable, "-m", "extract.cli", *args], os.environ)
    deadline = None if wall_limit is None else time.monotonic() + wall_limit
    while True:
        done, status, usage = os.wait4(pid, 0 if deadline is None else os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.wait4(pid, 0)
            pytest.fail(f"extract {' '.join(args)} still ran after {wall_limit} s")
        time.sleep(0.2)
    assert os.waitstatus_to_exitcode(status) == 0
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def test_one_line_article_is_parsed_a_chunk_at_a_time(tmp_path):
    """A long one-line article: memory of one chunk, nothing lost at the chunk boundaries (speed: the bench)."""
    texts = [p.read_text(encoding="utf-8").split("---\n", 2)[-1] for p in sorted(CORPUS.glob("*.txt"))]
    body = " ".join(" ".join(texts).split())
    repeat = 150_000 // len(body) + 1  # two chunks
    one = _corpus(tmp_path / "one", **{"long.txt": " ".join([body] * repeat)})
    (one / "good.txt").unlink()
    many = tmp_path / "many"
    many.mkdir()
    for i in range(repeat):
        (many / f"{i:03d}.txt").write_text(body)
    _child_usage(["run", str(many), "-o", str(tmp_path / "many.jsonl"), "--no-cache", "-j", "1", "-q"])
    _, one_peak = _child_usage(["run", str(one), "-o", str(tmp_path / "one.jsonl"), "--no-cache", "-j", "1", "-q"])
    assert one_peak < 1024
    # Chunking loses nothing: the mentions run to the article's end and match the short articles'
    # (a mention cut by a chunk boundary may differ). Speed is a benchmark figure, not a test:
    # bench/bench_long_article.py prints the words/s of both.
    one_rows = [json.loads(line) for line in (tmp_path / "one.jsonl").read_text().splitlines()]
    many_rows = (tmp_path / "many.jsonl").read_text().splitlines()
    length = len((one / "long.txt").read_text(encoding="utf-8"))
    assert max(row["end"] for row in one_rows) > length - 2 * len(body)
    assert abs(len(one_rows) - len(many_rows)) <= 0.02 * len(many_rows)


# --- Signals and processes --------------------------------------------------------------------

def _big_corpus(folder: Path, n: int) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from make_corpus import make_corpus

    make_corpus(folder, n)


@pytest.fixture(scope="module")
def busy_corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("busy") / "corpus"
    _big_corpus(folder, 80)
    return folder


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP], ids=["TERM", "INT", "HUP"])
def test_stop_signal_ends_the_run_within_a_second(tmp_path, busy_corpus, sig):
    out = tmp_path / "mentions.jsonl"
    out.write_text("previous output\n")
    proc = subprocess.Popen([sys.executable, "-m", "extract.cli", "run", str(busy_corpus), "-o", str(out), "-j", "1",
                             "--no-cache"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    time.sleep(6)
    assert proc.poll() is None
    sent = time.monotonic()
    proc.send_signal(sig)
    proc.wait(timeout=30)
    assert time.monotonic() - sent < 1.5
    assert proc.returncode == 130 and "interrupted" in proc.stderr.read()
    assert out.read_text() == "previous output\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _start_parallel(corpus: Path, out: Path) -> tuple[subprocess.Popen, set[int]]:
    proc = subprocess.Popen([sys.executable, "-m", "extract.cli", "run", str(corpus), "-o", str(out), "-j", "2",
                             "--no-cache"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        workers = {p for p in _descendants(proc.pid) if "spawn_main" in (Path("/proc") / str(p) / "cmdline").read_text(errors="replace")}
        if len(workers) >= 2:
            return proc, _descendants(proc.pid)
        time.sleep(0.2)
    proc.kill()
    raise AssertionError("the -j 2 run started no workers")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_kill_9_of_a_parallel_run_leaves_no_process(tmp_path, busy_corpus):
    proc, family = _start_parallel(busy_corpus, tmp_path / "m.jsonl")
    time.sleep(2)
    proc.kill()
    proc.wait(timeout=10)
    time.sleep(5)
    assert [p for p in family if _alive(p)] == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_lost_worker_is_one_error_line(tmp_path, busy_corpus):
    out = tmp_path / "m.jsonl"
    out.write_text("previous output\n")
    proc, family = _start_parallel(busy_corpus, out)
    time.sleep(4)
    worker = min(p for p in family if "spawn_main" in (Path("/proc") / str(p) / "cmdline").read_text(errors="replace"))
    os.kill(worker, signal.SIGKILL)  # as the OOM killer does
    assert proc.wait(timeout=120) == 2
    err = proc.stderr.read()
    errors = _errors(err)
    assert "Traceback" not in err and len(errors) == 1
    assert errors[0].startswith("error: a worker process died") and ".txt" in errors[0]
    assert out.read_text() == "previous output\n"


def test_a_pool_broken_on_submit_names_the_article_being_submitted(monkeypatch):
    """The pool can break between two submits: the article that was being handed over is lost too, and named."""
    import concurrent.futures
    from concurrent.futures.process import BrokenProcessPool

    import extract.runner as runner
    from extract.articles import Article

    class Pool:  # hands the first task over, then is broken, as after a worker was killed
        def __init__(self, *args, **kwargs):
            self.submitted = 0

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def submit(self, _fn, todo):
            self.submitted += 1
            if self.submitted > 1:
                raise BrokenProcessPool("a child process terminated abruptly")
            future = concurrent.futures.Future()
            future.set_result([[] for _ in todo])
            return future

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Pool)
    tasks = [[runner.Entry(f"{name}.txt", Article(f"{name}.txt", "Acme Corp. rose."))] for name in ("a", "b")]
    with pytest.raises(runner.WorkerLost, match=r"while processing a\.txt, b\.txt$"):
        list(runner._map_ordered(iter(tasks), processes=2))


# --- Security and messages ---------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Acme\npublished: 1999-01-01", "Acme\rbody", "Acme\u2028x", "Acme\x1b[2J"])
def test_add_title_with_control_characters_is_refused(tmp_path, title):
    source = tmp_path / "s.txt"
    source.write_text("Quill Inc rose 3%.\n")
    corpus = tmp_path / "corpus"
    result = _cli("add", str(source), "--corpus", str(corpus), "--title", title, timeout=30)
    assert result.returncode == 2 and len(_errors(result.stderr)) == 1 and "Traceback" not in result.stderr
    assert not corpus.exists() or list(corpus.iterdir()) == []


def test_symlink_out_of_the_corpus_is_refused_unless_followed(tmp_path, capsys):
    secret = tmp_path / "secret.txt"
    secret.write_text("Acme Holdings Ltd password\n")
    corpus = _corpus(tmp_path / "corpus")
    (corpus / "passwd.txt").symlink_to(secret)
    (corpus / "inside.txt").symlink_to(corpus / "good.txt")
    out = tmp_path / "m.jsonl"
    assert run_corpus(corpus, out, quiet=True) == 1
    [error] = _errors(capsys.readouterr().err)
    assert error.startswith("error: passwd.txt: symbolic link out of the corpus")
    assert {json.loads(l)["article"] for l in out.read_text().splitlines()} == {"good.txt", "inside.txt"}
    assert run_corpus(corpus, out, quiet=True, follow_links=True) == 0
    assert "passwd.txt" in {json.loads(l)["article"] for l in out.read_text().splitlines()}


def test_a_file_name_cannot_forge_an_error_line(tmp_path, capsys):
    corpus = _corpus(tmp_path / "corpus", **{"a\nerror: forged.txt: gone.txt": b"\x89PNG\x00\x00\x00\x00"})
    assert run_corpus(corpus, tmp_path / "m.jsonl", quiet=True) == 1
    assert _errors(capsys.readouterr().err) == ["error: a\\nerror: forged.txt: gone.txt: binary file, not text"]


def _eval(*args: str):
    from typer.testing import CliRunner

    from extract.cli import app

    return CliRunner().invoke(app, ["eval", *args])


@pytest.mark.parametrize("gold,expected", [
    (b'{"article": "a.txt", "mentions": [{"start": 0, "end": 4, "label": "ORG"}]}\n\xff\n', "not UTF-8"),
    (b'{"article": "a.txt", "mentions": [{"start": null, "end": 4, "label": "ORG"}]}\n', "line 1"),
    (b'{"article": "a.txt", "mentions": [{"start": "0", "end": "4", "label": "ORG"}]}\n', "line 1"),
    (b'{"article": "a.txt", "mentions": [{"start": 0, "end": 4, "label": "ORG"}]}\n'
     b'{"article": "a.txt", "mentions": []}\n', "line 2: article a.txt is already listed"),
    (b'{"article": "a.txt", "mentions": [{"start": 0, "end": 4, "label": "COMPANY"}]}\n', "unknown label 'COMPANY'"),
], ids=["not-utf8", "null-offset", "str-offset", "duplicate", "unknown-label"])
def test_eval_bad_gold_is_one_error_line(tmp_path, gold, expected):
    path = tmp_path / "gold.jsonl"
    path.write_bytes(gold)
    pred = tmp_path / "pred.jsonl"
    pred.write_text('{"article": "a.txt", "label": "ORG", "text": "Acme", "start": 0, "end": 4, "value": {"name": "Acme"}}\n')
    result = _eval(str(path), "--pred", str(pred))
    assert result.exit_code == 2 and expected in result.output


@pytest.mark.parametrize("mention,expected", [
    ({"start": 0, "end": 4000, "label": "ORG", "text": "Acme"}, "past the end of a.txt"),
    ({"start": 0, "end": 4, "label": "ORG", "text": "Quil"}, "text 'Quil' is not what offsets 0-4 span"),
], ids=["out-of-range", "text-mismatch"])
def test_eval_validates_gold_against_the_corpus(tmp_path, mention, expected):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Acme Holdings Ltd rose 5%.\n")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"article": "a.txt", "mentions": [mention]}) + "\n")
    result = _eval(str(gold), "--corpus", str(corpus))
    assert result.exit_code == 2 and "line 1" in result.output and expected in result.output


def test_no_traceback_for_unusable_arguments(tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    source = tmp_path / "s.txt"
    source.write_text("Quill Inc rose 3%.\n")
    cases = [
        _cli("run", str(CORPUS), "-o", str(tmp_path / "m.jsonl"), "--scheduler", "garbage", timeout=60),
        _cli("add", str(source), "--corpus", str(not_a_folder), timeout=30),
        subprocess.run(["sh", "-c", f'exec "$0" -m extract.cli run {CORPUS} -o - --no-cache 1>&-', sys.executable],
                       capture_output=True, text=True, timeout=120, cwd=ROOT),
    ]
    for result in cases:
        assert result.returncode == 2 and len(_errors(result.stderr)) == 1, result.stderr[-2000:]
        assert "Traceback" not in result.stderr
    assert not_a_folder.read_text() == "x"


def test_readme_offset_recipe_holds_with_a_byte_order_mark(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert 'open(path, encoding="utf-8-sig").read()[start:end] == text' in readme
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bom.txt").write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    out = tmp_path / "m.jsonl"
    assert run_corpus(corpus, out, quiet=True) == 0
    records = [json.loads(l) for l in out.read_text().splitlines()]
    assert records
    for r in records:
        assert open(corpus / r["article"], encoding="utf-8-sig").read()[r["start"]:r["end"]] == r["text"]


# --- Fuzzing over real text --------------------------------------------------------------------

@pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="../shared/data is absent")
def test_fuzz_sample_of_shared_data_has_no_failed_article():
    sys.path.insert(0, str(ROOT / "bench"))
    from fuzz_shared_data import fuzz

    result = fuzz(every=170, processes=1)  # about 300 texts of the 50,000
    assert result["texts"] > 250 and result["mentions"] > 0
    assert result["failed"] == [] and result["exit"] == 0
