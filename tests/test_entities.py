"""Canonical entities (ANNOTATION.md §3, issue 11): grouping rules, keys, B-cubed on the gold."""

from __future__ import annotations

import json
import shutil
from collections import Counter

import pytest

from extract import evaluate as ev
from extract.entities import EntityIndex, canonical_name, name_key, slug
from extract.runner import run_corpus
from tests.conftest import CORPUS, GOLD

ENTITY_F1_FLOOR = {"ORG": 1.0, "PRODUCT": 1.0}  # B-cubed on tests/gold today

SAME_NAME = [  # (label, a, b): one entity
    ("ORG", "Acme", "Acme Holdings Ltd"), ("ORG", "Acme", "ACME"), ("ORG", "Acme", "Acme's"),
    ("ORG", "Nordwind Technologies Co", "Nordwind"), ("ORG", "Alibaba Group Holding", "Alibaba"),
    ("ORG", "Tencent Holdings", "Tencent"), ("PRODUCT", "Quill Pad", "QuillPad"),
    ("PRODUCT", "Quill-Pad", "quill pad"), ("ORG", "Acme Corp.", "Acme Inc"),
]
DIFFERENT_NAME = [  # (label, a, b): not one entity by name alone
    ("PRODUCT", "Tencent Meeting", "Tencent"), ("ORG", "China Mobile", "China"),
    ("PRODUCT", "Quill 3", "Quill Pro"), ("ORG", "Acme Bank", "Acme"),
]


@pytest.mark.parametrize("label,a,b", SAME_NAME, ids=[f"{a}~{b}" for _, a, b in SAME_NAME])
def test_entity_same_name_key(label, a, b):
    assert name_key(label, a) == name_key(label, b)


@pytest.mark.parametrize("label,a,b", DIFFERENT_NAME, ids=[f"{a}!~{b}" for _, a, b in DIFFERENT_NAME])
def test_entity_different_name_key(label, a, b):
    assert name_key(label, a) != name_key(label, b)


@pytest.mark.parametrize("label,name,key", [
    ("ORG", "Acme Holdings Ltd", "acme-holdings"), ("PRODUCT", "Quill Pad", "quill-pad"),
    ("ORG", "Nestlé SA", "nestle"), ("ORG", "Huawei Technologies Co", "huawei-technologies"),
])
def test_entity_slug(label, name, key):
    assert slug(label, name) == key


def test_entity_canonical_is_most_complete_frequent_form():
    assert canonical_name(Counter({"Huawei": 20, "Huawei Technologies Co": 2})) == "Huawei Technologies Co"
    assert canonical_name(Counter({"Alibaba": 7, "Alibaba Group Holding": 1})) == "Alibaba"
    assert canonical_name(Counter({"Acme Ltd": 1, "Acme Holdings Ltd": 1})) == "Acme Holdings Ltd"


def _records(text: str, spans: list[tuple[str, str]]) -> list:
    from extract.records import MENTION_ADAPTER

    out, pos = [], 0
    for label, name in spans:
        start = text.index(name, pos)
        out.append(MENTION_ADAPTER.validate_python({"article": "a.txt", "label": label, "text": name, "start": start,
                                                    "end": start + len(name), "value": {"name": name}}))
        pos = start + len(name)
    return out


def test_entity_links_acronyms_and_aliases_within_an_article():
    text = ("Nordwind Technologies (NWT) makes the Quill app. ByteDance runs Feishu, known internationally "
            "as Lark. NWT said the Quill app grew.")
    index = EntityIndex()
    index.add("a.txt", text, _records(text, [("ORG", "Nordwind Technologies"), ("ORG", "NWT"), ("PRODUCT", "Quill"),
                                               ("ORG", "ByteDance"), ("PRODUCT", "Feishu"), ("PRODUCT", "Lark"),
                                               ("ORG", "NWT"), ("PRODUCT", "Quill")]))
    entities = index.resolve()
    assert entities.key_of("ORG", "NWT") == entities.key_of("ORG", "Nordwind Technologies") == "nordwind-technologies"
    assert entities.key_of("PRODUCT", "Lark") == entities.key_of("PRODUCT", "Feishu")
    assert entities.key_of("ORG", "ByteDance") != entities.key_of("ORG", "NWT")


def test_entity_links_a_name_without_its_descriptor_word_within_an_article():
    text = ("Banca Orsenti SpA bought Grupo Valdera. Orsenti said Valdera would grow. Shenzhen Velmora Co Ltd said so. "
            "Chongqing Ostrana Biological Products Co. Ltd. sells vaccines. Ostrana said so.")
    index = EntityIndex()
    index.add("a.txt", text, _records(text, [("ORG", "Banca Orsenti SpA"), ("ORG", "Grupo Valdera"), ("ORG", "Orsenti"),
                                               ("ORG", "Valdera"), ("ORG", "Shenzhen Velmora Co Ltd"),
                                               ("ORG", "Chongqing Ostrana Biological Products Co. Ltd."), ("ORG", "Ostrana")]))
    entities = index.resolve()
    assert entities.key_of("ORG", "Orsenti") == entities.key_of("ORG", "Banca Orsenti SpA") == "banca-orsenti"
    assert entities.key_of("ORG", "Valdera") == entities.key_of("ORG", "Grupo Valdera")
    assert entities.key_of("ORG", "Shenzhen Velmora Co Ltd") != entities.key_of("ORG", "Orsenti")
    assert entities.key_of("ORG", "Ostrana") == entities.key_of("ORG", "Chongqing Ostrana Biological Products Co. Ltd.")


@pytest.mark.parametrize("name,present,absent", [
    ("Banca Orsenti SpA", {"Orsenti", "Banca Orsenti"}, {"Banca"}),
    ("Zhejiang Velmora Technology Co., Ltd.", {"Velmora", "Velmora Technology"}, {"Zhejiang"}),
    ("Banco do Brasil", set(), {"Banco"}),  # no name's word after the descriptor: no short form
    ("Beijing Automotive Group", set(), {"Beijing", "Automotive"}),
    ("Marlow Pennick & Co", {"Marlow Pennick"}, {"Marlow Pennick &"}),  # the joining word goes with the legal form
])
def test_short_forms_without_a_descriptor_word(name, present, absent):
    from extract.entities import short_forms

    forms = short_forms(name)
    assert present <= forms and not absent & forms



@pytest.mark.parametrize("name,present,absent", [
    # the comma before a legal form goes with it; a first word that opens with digits stands alone
    ("Nordwind Sciences, Inc.", {"Nordwind Sciences", "Nordwind"}, {"Nordwind Sciences,"}),
    ("3Quill bio, Inc.", {"3Quill bio", "3Quill"}, {"3Quill bio,"}),
])
def test_short_forms_of_a_comma_legal_form(name, present, absent):
    from extract.entities import short_forms

    forms = short_forms(name)
    assert present <= forms and not absent & forms

def test_entity_product_never_merged_with_owner():
    text = "Tencent launched Tencent Meeting. Tencent Meeting grew."
    index = EntityIndex()
    index.add("a.txt", text, _records(text, [("ORG", "Tencent"), ("PRODUCT", "Tencent Meeting"), ("PRODUCT", "Tencent Meeting")]))
    entities = index.resolve()
    assert entities.key_of("PRODUCT", "Tencent Meeting") == "tencent-meeting"
    assert entities.key_of("ORG", "Tencent") == "tencent"


def test_entity_bcubed_counts_splits_and_merges():
    assert ev._bcubed([("a", "x"), ("a", "x"), ("b", "y")])["f"] == 1.0
    merged = ev._bcubed([("a", "x"), ("b", "x")])
    assert (merged["p"], merged["r"]) == (0.5, 1.0)
    split = ev._bcubed([("a", "x"), ("a", "y")])
    assert (split["p"], split["r"]) == (1.0, 0.5)


@pytest.mark.parametrize("label", list(ENTITY_F1_FLOOR))
def test_entity_bcubed_floor_on_gold(corpus_run, label):
    scores = ev.entity_scores(ev.load_gold(GOLD), ev.load_predictions(corpus_run))[label]
    assert scores["mentions"] > 0 and scores["f"] >= ENTITY_F1_FLOOR[label], scores


def test_entities_file_is_complete_and_stable_when_unrelated_articles_are_added(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    out = tmp_path / "out" / "mentions.jsonl"
    assert run_corpus(corpus, out, quiet=True) == 0
    rows = [json.loads(line) for line in (out.parent / "entities.jsonl").read_text().splitlines()]
    mentions = [json.loads(line) for line in out.read_text().splitlines()]
    keys = {(r["label"], r["key"]) for r in rows}
    names = [m for m in mentions if m["label"] in ("ORG", "PRODUCT")]
    assert {(m["label"], m["value"]["entity"]) for m in names} == keys
    assert sum(r["mentions"] for r in rows) == len(names)
    assert all(r["aliases"] == sorted(r["aliases"]) for r in rows)
    (corpus / "zz_unrelated.txt").write_text("---\npublished: 2023-05-02\n---\nNordwind Technologies Co launched "
                                             "the Quill app in March.\n", encoding="utf-8")
    assert run_corpus(corpus, out, quiet=True) == 0
    after = {(r["label"], r["key"]): r for r in map(json.loads, (out.parent / "entities.jsonl").read_text().splitlines())}
    for row in rows:
        assert after[(row["label"], row["key"])] == row
