"""ORG or PRODUCT, decided once per name per article, with sentence cues per mention.

ANNOTATION.md §2: what announces, owns, employs, earns or is sued is an ORG; what is
launched, used, downloaded, registered on or shut down is a PRODUCT. Evidence is
weighed in VOTES; a name's label is the heaviest total over the article, except where
a mention's own sentence is decisive (STRONG_AGENCY verbs).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy
from spacy.attrs import ENT_TYPE, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from extract.entities import short_forms
from extract.headlines import CUT_TYPES, Headlines, body_names, capitals_lines, doc_lines, headline_lines, lexicon_test
from extract.name_cues import ORG_ROLE_NOUNS, PRODUCT_VERBS, lemma_function, named_noun, sentence_cue
from extract.name_filters import (business_unit, capitalised_opening, dateline, first_name, in_a_title, inside_person, law_or_event, not_an_org,
                                   person_names, place_or_facility, town_named_like_company, without_title,
                                   written_inside_sentence)
from extract.name_words import (ACRONYM_PLURAL, legal_key, PUBLIC_SERVICE_KINDS, APPOSITION_ORG_NOUNS, APPOSITION_PERSON_NOUNS, APPOSITION_PRODUCT_NOUNS, LAUNCH_OBJECT_DETERMINERS, APPOSITION_ROLE_NOUNS, PERSON_PRODUCT_NOUNS, CODE_VARIANT, COMPANY_PRONOUNS,
                                COMPANY_UNIT_WORDS, COMPARISON_WORDS, CONSUMER_GOODS_NOUNS, FEATURE_NOUNS, GENERATION_WORDS,
                                GOVERNMENT_BODIES, INDEX_WORDS, INDICATOR_WORDS, MODEL_WORDS, VERSION_NUMBER, CORPORATE_KEYS, CORPORATE_NON_SUFFIXES, DESIGNATION,
                                DESIGNATION_NOUN_FORMS, EDITION_WORDS, FACILITY_WORDS, FIRM_NAME_WORDS, GROUP_NOUNS, HONORIFICS,
                                GROUP_NAME_WORDS, INDEX_PROVIDERS, COUNTED_CODE_NOUNS, TITLE_SMALL_WORDS,
                                INSTITUTION_SUFFIXES, LEGAL_FORM_KEYS, LEGAL_FORMS, LINE_NOUN_FORMS, NAME_PARTICLES, LINE_OWNERS, MODEL_NUMBER,
                                NOT_DESIGNATIONS, NOT_PRODUCT_CODE, NUMBERED_WORDS, OPERATING_NOUNS, TRIM_CODE, SEAT_WORDS, SIDE_WORDS, NOT_PRODUCT_NOUNS, OFFICER_TITLES, ORG_SUFFIXES, ORG_TRIGGERS, PERSON_ROLE_NOUNS,
                                PLURAL_PRODUCT_CODE,
                                PRODUCT_CODE, PRODUCT_DETERMINERS, PRODUCT_NOUNS, PRODUCT_TRIGGERS, RATING_AFTER_WORDS, RATING_BEFORE_WORDS,
                                RATING_GRADE, RATING_SENTENCE_WORDS, SENTENCE_DESCRIPTORS, UNIT_WORDS,
                                SERVICE_WORDS, STORE_WORDS, SUFFIX_KEYS,
                                VEHICLE_CATEGORY_WORDS, WEAPON_MODIFIERS, WEAPON_NOUN_FORMS, WEAPON_SYSTEM_NOUNS, GENERAL_VEHICLE_NOUNS)
from extract.records import NAME_LABELS, QUANTITY_LABELS
from extract.rules import load_names
from extract.spans import (DESCRIPTOR_HEADS, ORIGIN_KEY, POSSESSIVES, overlaps, set_ents, spelling_key, split_names, tokens_among, word_ids, with_own_apostrophe, without_descriptor,
                           without_end_punctuation)

PRODUCT_CODE_RX = re.compile(PRODUCT_CODE)
ACRONYM_PLURAL_RX = re.compile(ACRONYM_PLURAL)
PLURAL_PRODUCT_CODE_RX = re.compile(PLURAL_PRODUCT_CODE)
MODEL_NUMBER_RX = re.compile(MODEL_NUMBER)
VERSION_NUMBER_RX = re.compile(VERSION_NUMBER)
DESIGNATION_RX = re.compile(DESIGNATION)
CODE_VARIANT_RX = re.compile(CODE_VARIANT)
NOT_PRODUCT_CODE_RX = re.compile(NOT_PRODUCT_CODE)
SMALL_MODEL_NUMBER_RX = re.compile(r"^\d{1,2}[A-Za-z]{0,2}$")  # "Quest 3", "Street Fighter 6", "Pixel 9a"; no year
ORDINAL_RX = re.compile(r"^\d+(?:st|nd|rd|th)$")
TRIM_CODE_RX = re.compile(TRIM_CODE)
PRODUCT_SHAPE_RX = re.compile(r"^[a-z]{1,5}[A-Z][A-Za-z0-9]*$")  # a lowercase start before a capital: "vSphere", "iCloud"
VARIANT_LETTER_RX = re.compile(r"^[B-HJ-Z]$")  # one capital letter, no article or pronoun
RATING_GRADE_RX = re.compile(RATING_GRADE)
# Words after a known product's name that make the two a company's name ("Vue Cinemas", "Vue International").
ORG_WORDS = ORG_SUFFIXES | frozenset(CORPORATE_NON_SUFFIXES)
# Nouns after a known product's name that make it the product where the ner reads a person ("Sora videos").
PRODUCT_CUE_NOUNS = PRODUCT_NOUNS | LINE_NOUN_FORMS | {"handheld", "handhelds"}
# Words of a product's interface after its brand ("the Veltano API", "Quill SDK"; names._article_brands).
PRODUCT_INTERFACE_WORDS = frozenset({"API", "APIs", "SDK", "App", "Apps", "OS"})
COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})
LOCATIVE_WORDS = frozenset({"in", "near", "outside", "from"})  # before a place's name ("a plant in Pellham")
FLIGHT_WORDS = frozenset({"flight"})  # "Pan Am Flight 103": an airline's run, no product (names._without_flight)
UNIT_READINGS = frozenset({"PERSON", "ORG"})  # the ner's readings of a known company with its full name's words
UNIT_NAME_WORDS = 2  # the most words of a full name after a known company ("Alibaba Cloud", "Amazon Web Services")
PERSON_NAME_WORDS = 3  # the most words of a person's name after a company's possessive ("Wipro's Rishad Premji")
NOT_NAME_TYPES = frozenset({"GPE", "LOC", "FAC"})
GLOSS_MARKS = ("(", ",", "or")  # between a lowercase phrase and its abbreviation
# Role nouns that end a maker's model name ('the Renault spokesman', 'the Ford chairman').
ROLE_NOUNS = PERSON_ROLE_NOUNS | ORG_ROLE_NOUNS
# The model's types of people and places: no possessor of a product, no part of its name ("Apple's Tim Cook").
PERSON_OR_PLACE_TYPES = frozenset({"PERSON", "GPE", "LOC", "NORP"})
NOT_PERSON_NAME_TYPES = PERSON_OR_PLACE_TYPES - {"PERSON"}  # places and nationalities
# The model's types of a name a known product begins, whose words go on with the product ("TikTok Shop" read as ORG).
PRODUCT_OWN_TYPES = frozenset({"PERSON", "ORG"})
# The ner's kinds of a name it misreads as a company's product line ("its Blackwell GPUs" PERSON, "its
# Echo speakers" LOC); a country or city (GPE) stays a place ("its China phones").
OWNED_LINE_TYPES = frozenset({"PERSON", "LOC"})
# The ner's kinds of a name with a number that is no product model ("the Chapter 11", "the Terminal 5").
NUMBERED_NOT_TYPES = frozenset({"DATE", "TIME", "LAW", "EVENT", "FAC", "GPE", "LOC", "MONEY", "PERCENT", "QUANTITY",
                                "ORDINAL", "WORK_OF_ART", "NORP", "LANGUAGE"})
# The ner's kinds of a name that holds a body's name and is none of ours ("the 2004 European Parliament
# election", "the Scotland Act 1998"): a suffix name inside one is no mention (ANNOTATION §2: no name in a name).
TITLED_TYPES = frozenset({"EVENT", "LAW", "WORK_OF_ART"})
# The ner's kinds of a name ending in a body's word that is a gathering or a place ("Mobile World Congress",
# read as a venue; "the General Assembly building"): a suffix name of a body's word inside one is no ORG.
GATHERING_TYPES = frozenset({"EVENT", "FAC"})
# The ner's kinds of a place: a suffix name (no legal form) inside one is the place's ("the West Bank").
PLACE_NAME_TYPES = frozenset({"GPE", "LOC"})
OTHER_ENTITY_TYPES = PERSON_OR_PLACE_TYPES | {"DATE", "MONEY", "PERCENT", "CARDINAL", "ORG"}
# Evidence weights; tiers decide which of two overlapping candidates is kept.
VOTES = {
    "legal_suffix": 10, "trigger": 5, "gazetteer": 4, "verb": 4, "possessed": 1, "company_possessed": 2,
    "conj": 3, "alias": 1, "brand_product": 2, "weak_verb": 2, "model": 1, "maker_model": 4,
    "designation": 3, "line": 3,
}
# Rule candidates (tier 2) beat the model's (tier 1); within a tier the longer span wins.
TIERS = {"legal_suffix": 2, "gazetteer": 2, "trigger": 2, "possessed": 1, "company_possessed": 1, "alias": 1, "brand_product": 2, "model": 1,
         "maker_model": 2, "designation": 1, "line": 2}
# The vote sources a pattern row may name: those with a tier (a candidate of its own); 'verb',
# 'weak_verb' and 'conj' are votes the sentence or a coordinated name adds to a candidate.
PATTERN_SOURCES = frozenset(VOTES) & frozenset(TIERS)


@dataclass
class Candidate:
    span: Span
    source: str
    label: str
    votes: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    override: str | None = None
    rule: str = ""  # the pattern row's id (a pattern candidate), REPEAT (_propagate)
    called: bool = False  # a "called X" alias candidate at its start gave way to it ("a venture called Orion 1980")
    _keyed: tuple = field(default=(), repr=False, compare=False)  # (span, start, end, key): the last key read

    @property
    def key(self) -> str:
        """spelling_key of the span's text, read again only when the span changed (votes ask it many times)."""
        span, keyed = self.span, self._keyed
        if keyed and keyed[0] is span and keyed[1] == span.start and keyed[2] == span.end:
            return keyed[3]
        key = spelling_key(span.text)
        self._keyed = (span, span.start, span.end, key)
        return key


REPEAT = "a repeat of a decided name"  # Candidate.rule of what _propagate finds
PLURAL_MARK = " [plural]"  # product_names.txt: the name is an ordinary word, its plural still the product
# product_names.txt: the name is also an ordinary word or a first name ('Switch', 'Quest', 'Claude'): a product
# only where a cue says so (NameResolver._product_cue), or where another of the article's mentions has one.
CUE_MARK = " [cue]"
# product_names.txt: the product's name is also its company's ('GitHub', 'Zoom'): in an article where it acts
# with a strong verb ('GitHub said'), its mentions are the company's but where a cue of their own makes them the product.
COMPANY_MARK = " [company]"
MARKS = (PLURAL_MARK, CUE_MARK, COMPANY_MARK)
# generic_names.txt: a term that qualifies the noun after it ('the Gaudi 3 AI accelerator'); a category noun
# written capitalised ('HP AI PC shipments'). Both are no part of a name (names._without_qualifier).
QUALIFIER_MARK, CATEGORY_MARK = " [qualifier]", " [category]"
_GENERIC_LINES = load_names("generic_names")
GENERIC_NAMES = frozenset(line.removesuffix(QUALIFIER_MARK).removesuffix(CATEGORY_MARK) for line in _GENERIC_LINES)
QUALIFIER_TERMS = frozenset(line.removesuffix(QUALIFIER_MARK) for line in _GENERIC_LINES if line.endswith(QUALIFIER_MARK))
CATEGORY_NAMES = frozenset(line.removesuffix(CATEGORY_MARK) for line in _GENERIC_LINES if line.endswith(CATEGORY_MARK))
# How many words a generic term may have beyond a name inside it ('Mini' + 'LED'; names._in_generic_term).
GENERIC_REACH = 2
# Every opening of a generic term ('M', 'Mi', ... 'Mini LED'): the first word of a longer span that may be one.
GENERIC_OPENINGS = frozenset(term[:k] for term in GENERIC_NAMES for k in range(1, len(term) + 1))
# Words in capitals after a model number that are no trim's code: generic terms ('Llama 3 API', 'RTX 4090 GPU'),
# legal forms ('Volvo 240 AB').
NOT_TRIM_CODES = GENERIC_NAMES | ORG_SUFFIXES


def _unmarked(line: str) -> str:
    """A product_names.txt line without its mark ('Kindle [plural]' -> 'Kindle')."""
    for mark in MARKS:
        line = line.removesuffix(mark)
    return line
_SIBILANT_ENDS = ("s", "x", "z", "ch", "sh")


def _plural(name: str) -> str | None:
    """'iPad' -> 'iPads', 'Xbox' -> 'Xboxes', 'Apple Watch' -> 'Apple Watches', 'RAV4' -> 'RAV4s':
    English plural spelling ('-es' after s, x, z, ch, sh; a name's final 'y' keeps its 'y',
    'Camrys'); a name that is a plural already or ends in neither a letter nor a digit has none."""
    last = name.split()[-1]
    if re.search(r"[^aiuy]s$|S$", last):  # a plural already ("Windows", "iTunes"; not "Prius"), "iOS"
        return None
    if last[-1:].islower():
        return f"{name}es" if last.endswith(_SIBILANT_ENDS) else f"{name}s"
    return f"{name}s" if last[-1:].isalnum() else None


def _takes_plural(name: str, words: frozenset[str]) -> bool:
    """A name whose plural is no ordinary word's: several words ('Apple Watches'), a capital or a
    digit inside ('iPads', 'Xboxes', 'RAV4s'), or one word the model's lemma tables do not know
    ('Camrys'; 'Telegrams', 'Safaris', 'Slacks', 'Reacts' are words), or marked in the data file."""
    return " " in name or any(c.isupper() or c.isdigit() for c in name[1:]) or name.lower() not in words


def _lexicon_words(nlp: Language) -> frozenset[str]:
    """The words the model's lemmatizer lists (any part of speech; none without a lemmatizer)."""
    if "lemmatizer" not in nlp.component_names:
        return frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups
    tables = [lookups.get_table(t) for t in ("lemma_index", "lemma_exc") if lookups.has_table(t)]
    return frozenset(word for table in tables for entries in table.values() for word in entries)


def _lexicon_verbs(nlp: Language) -> frozenset[str]:
    """The base forms of the verbs the model's lemmatizer lists ('meet', 'watch'; none without one)."""
    if "lemmatizer" not in nlp.component_names:
        return frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups
    return frozenset(lookups.get_table("lemma_index").get("verb", ())) if lookups.has_table("lemma_index") else frozenset()


def _listed(gazetteer: str | list[str]) -> tuple[str, ...]:
    """A gazetteer of the config: a bundled data file's name ('org_names': data/org_names.txt) or its names."""
    return load_names(gazetteer) if isinstance(gazetteer, str) else tuple(gazetteer)


def _product_names(gazetteer: str | list[str], words: frozenset[str]) -> tuple[str, ...]:
    """The product gazetteer with the plurals of the names that take one (ANNOTATION §2 plurals)."""
    names, plurals = [], []
    for line in _listed(gazetteer):
        name = _unmarked(line)
        names.append(name)
        if not line.endswith((CUE_MARK, COMPANY_MARK)) and (line.endswith(PLURAL_MARK) or _takes_plural(name, words)) and (
                plural := _plural(name)) is not None:
            plurals.append(plural)
    return (*names, *plurals)


class NameResolver:
    def __init__(self, nlp: Language, gazetteers: dict[str, str | list[str]]) -> None:
        self.gazetteer = PhraseMatcher(nlp.vocab, attr="ORTH")
        words = _lexicon_words(nlp)
        for label, gazetteer in gazetteers.items():
            names = _product_names(gazetteer, words) if label == "PRODUCT" else _listed(gazetteer)
            self.gazetteer.add(label, [nlp.make_doc(name) for name in names])
        # Makers are ORGs; a maker right before a model name begins a PRODUCT ("Renault Espace").
        self.maker_names = frozenset(load_names("maker_names"))
        makers = [nlp.make_doc(name) for name in sorted(self.maker_names)]
        self.makers = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.makers.add("MAKER", makers)
        self.gazetteer.add("ORG", makers)
        # A known company before a noun of its machines is their maker ("Boeing jets"), no product line;
        # a known product's name is a product line's cue. Both from the gazetteers this component was given.
        self.companies = frozenset(name for label, gazetteer in gazetteers.items() if label == "ORG"
                                   for name in _listed(gazetteer)) | self.maker_names
        self.products = frozenset(name for label, gazetteer in gazetteers.items() if label == "PRODUCT"
                                  for name in _product_names(gazetteer, words))
        # the plurals the product gazetteer adds ("Chromebooks"): no person's name
        self.plurals = self.products - {_unmarked(name) for label, gazetteer in gazetteers.items()
                                        if label == "PRODUCT" for name in _listed(gazetteer)}
        # the names marked CUE_MARK: a product only with a cue
        self.cued = frozenset(_unmarked(name) for label, gazetteer in gazetteers.items() if label == "PRODUCT"
                              for name in _listed(gazetteer) if name.endswith(CUE_MARK))
        # the names marked COMPANY_MARK, as spelling keys: also their company's
        self.company_products = frozenset(spelling_key(_unmarked(name)) for label, gazetteer in gazetteers.items()
                                          if label == "PRODUCT" for name in _listed(gazetteer) if name.endswith(COMPANY_MARK))
        self.words = words
        self.verbs = _lexicon_verbs(nlp)
        self.generic = GENERIC_NAMES  # no ORG, no PRODUCT ("IaaS", "5G")
        self.vocab = nlp.vocab
        # A surface's words, not its Doc: a Doc kept across calls would point at the lexemes
        # nlp.memory_zone() frees when its zone closes.
        self.surface_words = lru_cache(maxsize=4096)(lambda text: tuple(t.text for t in nlp.make_doc(text)))
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.component_names else None
        self.lemma = lemma_function(lemmatizer)
        self.listed_word = lexicon_test(nlp)  # a headline's ordinary words (extract/headlines.py)

    def __call__(self, doc: Doc, found: list[tuple[Span, dict]]) -> None:
        lines = doc_lines(doc)
        heads = self._headlines(doc, found, lines)
        ents = doc.ents  # built anew at each access: once
        quantities = [e for e in ents if e.label_ in QUANTITY_LABELS]
        capitals = capitals_lines(lines)
        cands = self._candidates(doc, found, heads)
        if capitals:  # a line in capitals: no name of its own but a gazetteer's (see _in_capitals)
            inside = {t.i for line in capitals for t in line}
            cands = [c for c in cands if c.source == "gazetteer" or not inside.intersection(range(c.span.start, c.span.end))]
        accepted = _complete_variants(self._select(cands, quantities), quantities)
        self._add_cues(accepted)
        labels = self._decide(accepted)
        forms = self._product_short_forms(accepted, labels)
        repeats = self._propagate(doc, accepted, labels, quantities, forms, heads)
        _unread_makers(accepted, repeats, labels)
        accepted += repeats
        if capitals:
            accepted += self._in_capitals(doc, capitals, accepted, labels, quantities)
        names = []
        made: dict[tuple[int, int], Candidate] = {}
        taken = {t.i for e in quantities for t in e} | {t.i for c in accepted for t in c.span}
        absorbed: set[int] = set()
        for cand in sorted(accepted, key=lambda c: c.span.start):
            if id(cand) in absorbed:
                continue
            label = cand.override or labels[cand.key]
            end = cand.span.end
            start = cand.span.start
            if label == "PRODUCT":  # "Sparcstation 1", "PS/2 model 70-A21"; "Orbiter Challenger" -> "Challenger"
                longer = _with_model_number(doc, end)
                inside = [c for c in accepted if end <= c.span.start and c.span.end <= longer]
                if inside and not taken & set(range(end, longer)) - {t.i for c in inside for t in c.span}:
                    absorbed.update(id(c) for c in inside)  # the designation the ner read alone ("70-A21")
                    taken -= {t.i for c in inside for t in c.span}
                end = longer if not taken & set(range(end, longer)) else end
                while end - start > 1 and doc[start].lower_ in VEHICLE_CATEGORY_WORDS:
                    start += 1
            names.append(Span(doc, start, end, label=label))
            made[start, end] = cand
        for span in _listed_designations(doc, names, taken):
            names.append(span)
            made[span.start, span.end] = Candidate(span, "designation", "PRODUCT", rule=LISTED_DESIGNATION)
        kept = quantities + _brand_products(sorted(names, key=lambda n: n.start))
        _note_origins(kept[len(quantities):], made, _totals(accepted))
        others = [e for e in ents if e.label_ not in QUANTITY_LABELS + NAME_LABELS and not overlaps(e, kept)]
        set_ents(doc, kept + others)

    def _headlines(self, doc: Doc, found: list[tuple[Span, dict]], all_lines: list[Span]) -> Headlines | None:
        """The doc's title-case lines (extract/headlines.py), the ner's names in them cut at their ordinary
        words ('Nordwind Profit Falls' read as one PRODUCT or PERSON -> 'Nordwind'); None without one.
        A piece the body or a gazetteer names ('Nordwind' of the body's 'Nordwind Corp.') is left to them
        where the ner read a person or a product; an ORG's or a product's other pieces keep the ner's label."""
        lines = headline_lines(all_lines)
        if not lines:
            return None
        listed = {(start, end) for _, start, end in self.gazetteer(doc)}
        names = [e for e in doc.ents if e.label_ in NAME_LABELS] + [s for s, row in found if row["source"] == "legal_suffix"]
        body = body_names(doc, lines, names)
        heads = Headlines(doc, lines, listed, body, self.listed_word)
        ents = list(doc.ents)
        if not any(e.label_ in CUT_TYPES and heads.cut(e) for e in ents):
            return heads
        kept = []
        for ent in ents:
            if ent.label_ not in CUT_TYPES or not heads.cut(ent):
                kept.append(ent)
                continue
            for piece in heads.pieces(ent):
                known = piece.text in body or piece.text in self.companies or (piece.start, piece.end) in listed
                if not (known and ent.label_ in ("PERSON", "PRODUCT")):
                    kept.append(piece)
        set_ents(doc, kept)
        return heads

    def _candidates(self, doc: Doc, found: list[tuple[Span, dict]], heads: Headlines | None = None) -> list[Candidate]:
        cands = []
        ents = doc.ents  # built anew at each access: once
        # The ner's products, where one is longer than a gazetteer name it begins with and coordinates none
        # (without the noun of its kind at its end: "ROG Ally X handheld")
        product_ends = {e.start: _without_category_noun(e).end for e in ents if e.label_ == "PRODUCT"
                        and not any(t.lower_ in ("and", "or") or t.is_punct and t.text != "-" for t in e)}
        listed = self.gazetteer(doc)
        listed_starts = {start for _, start, _ in listed}
        listed_spans = {(start, end) for _, start, end in listed}
        # The ner's ORGs that go on from a known company to a region or a division: its unit ("Kia America")
        regional = {e.start + (e[0].lower_ == "the"): e.end for e in ents if e.label_ == "ORG" and e[-1].text in UNIT_WORDS}
        # The tokens of the known products that need no cue: a cued name inside one or coordinated with one is a product.
        plain = {i for match_id, start, end in listed if self.vocab.strings[match_id] == "PRODUCT"
                 and doc[start:end].text not in self.cued for i in range(start, end)}
        # The tokens of all known products: a name compared with one is a product ("Cursor beat Windsurf").
        product_tokens = {i for match_id, start, end in listed if self.vocab.strings[match_id] == "PRODUCT" for i in range(start, end)}
        pending, cued_seen = [], set()  # cued names without a cue of their own; those with one
        org_starts = {start for match_id, start, _ in listed if self.vocab.strings[match_id] == "ORG"}
        inner_products = [e for e in ents if e.label_ == "PRODUCT"]
        # The ner's people, without a possessive, with a known company's name after their first word ("Kenji
        # Nomura", "Blake Nordstrom"; not "Novo Nordisk's" read as a person): the name is theirs, no ORG.
        person_spans = [(e.start, e.end - (e[-1].text in POSSESSIVES)) for e in ents if e.label_ == "PERSON"]
        company_ends = {end for match_id, _, end in listed if self.vocab.strings[match_id] == "ORG"}
        ner_org_spans = [(e.start, e.end) for e in ents if e.label_ == "ORG"]
        for match_id, start, end in listed:
            label = self.vocab.strings[match_id]
            if label == "ORG" and regional.get(start, end) > max(end, _with_unit_words(doc, end) - 1):
                continue  # the unit's name, not the company's: the ner's ORG is the candidate
            if label == "ORG" and any(first < start and end <= last for first, last in person_spans):
                continue  # "Kenji Nomura said": a person's surname, not the broker ("Walmart de Mexico" stays)
            if label == "ORG" and any(e.start < start and end < e.end for e in inner_products):
                continue  # "the PAL Sega Saturn": a known company inside the ner's product, its brand, no ORG of its own
            if label == "ORG" and (_role_before_person(doc, start, end) or _family_of(doc, end)):
                continue  # "singer Zara Larsson", "the Aldi family trust": a person's first name, a family's surname
            if label == "ORG" and town_named_like_company(doc[start:end]):
                continue  # "in Hershey, Pennsylvania", "the town of Hershey": a town named like the company
            if label == "ORG" and _title_before_person(doc, start, end):
                continue  # "Yankees GM Brian Cashman": a general manager, not General Motors
            if label == "ORG" and any(first < start and last == end and not listed_starts & set(range(first, start))
                                      and all(t._.is_name_part for t in doc[first:start]) for first, last in ner_org_spans):
                continue  # "Taco Bell", "Pacific Bell": a known company ending the ner's longer ORG, no name of its own there
            if _group_name_end(doc, end, _entity_end(doc, start)):
                continue  # the ner's "Overwatch League", "Capcom Cup 2016", "Capcom Pro Tour": a league's or a tour's name
            if label == "PRODUCT":
                if (_persons_name(doc, start, end, self.words) and doc[start:end].text not in self.plurals) or (
                        end < len(doc) and doc[end].text in ORG_WORDS):
                    continue  # "Andrew Peacock", "Mr. Peacock", "Vue Cinemas": a person or a company, not the product
                name = doc[start:end].text if doc[start:end].text in self.cued else None
                if name is not None and (_with_model_number(doc, end) > end or self._product_cue(doc, start, end, plain, product_tokens)):
                    cued_seen.add(name)  # "Quest 3", "Claude 3 Opus", "its Spectacles", "Max and Discovery+"
                    name = None
                end = _with_model_number(doc, end)  # "Windows 11", "iPhone 15 Pro"
                longer = _model_name_end(doc, start, end, PRODUCT_OWN_TYPES)  # "Windows Server", "TikTok Shop"
                # never over another known name ("WeCom Tencent", one ORG to the ner, is two names)
                end = next((i for i in range(end, longer) if i in listed_starts), longer)
                end = max(end, product_ends.get(start, end))  # the ner's longer product: "iPod Touch 5G"
                end = _with_subtitle(doc, end, org_starts)  # "Call of Duty: Black Ops 6"
                start = _designation_before(doc, start, doc[start:end].text not in self.plurals
                                            and not doc[end - 1].text.endswith("s")  # "787-9 Dreamliners", "787 Dreamliner"
                                            and not (end - start == 1 and doc[start].is_upper))  # a count: "486 HIMARS launchers"
            if label == "ORG":
                end = _with_unit_words(doc, end)  # "Samsung Biologics", "Airbus Defence and Space": the unit's name
                end = self._unit_name_end(doc, start, end, ents, listed_spans)  # "Alibaba Cloud", "Meta Platforms"
            cand = Candidate(Span(doc, start, end, label=label), "gazetteer", label)
            if label == "PRODUCT" and name is not None:
                pending.append((name, cand))
            else:
                cands.append(cand)
        cands.extend(Candidate(span, "trigger", "PRODUCT", rule=COMPARED_RULE) for span in _compared_names(doc, product_tokens, self.words)
                     if span.text not in self.companies and not any(i in listed_starts for i in range(span.start, span.end)))
        # a cued name without a cue of its own is the product where another mention of the article has one
        # ("the original Switch" after "Switch 2", "the MAX" after "737 MAX 9")
        cands.extend(cand for name, cand in pending if name in cued_seen)
        maker_spans = [(start, end) for _, start, end in self.makers(doc)]
        for start, end in maker_spans:
            if any(s == start and e > end for s, e in maker_spans):
                continue  # "Lockheed" of "Lockheed Martin": the longer maker's name, not a model after it
            model_end = _model_name_end(doc, start, end)
            if _with_unit_words(doc, end) > end:
                continue  # "Samsung Biologics", "Samsung SDI": a company of the maker's group, no model of its
            if model_end > end:
                cands.append(Candidate(Span(doc, start, model_end, label="PRODUCT"), "maker_model", "PRODUCT"))
            elif _one_of_its_products(doc, start, end):  # "drove a Pontiac", "a Lamborghini poster" is the maker's
                cands.append(Candidate(Span(doc, start, end, label="PRODUCT"), "maker_model", "PRODUCT", override="PRODUCT"))
        owned_people: set[str] = set()  # people after a known company's possessive
        for span, row in found:
            source = row["source"]
            if source == "possessed":
                possessor = doc[span.start - 2] if span.start >= 2 else None
                # a known company's possessive ('Atlassian's', 'Palo Alto Networks''), not any ORG of the ner's:
                # the ner reads "St Thomas' Hospital", "Burt's Bees" and people ("Treynor's") as ORGs too
                owner = span.start - 1 in company_ends
                if possessor is None or (possessor.ent_type_ in PERSON_OR_PLACE_TYPES and not owner):
                    continue  # "Atlassian's Rovo": a known company the ner reads as a place or a person still owns
                noun_after = span.end < len(doc) and doc[span.end].is_lower and doc[span.end].text in PRODUCT_CUE_NOUNS
                if (any(t.ent_type_ in PERSON_OR_PLACE_TYPES for t in span) and not (owner and noun_after)) or (
                        span.text in ORG_SUFFIXES) or span[-1].lower_ in ROLE_NOUNS:
                    continue  # "Apple's Tim Cook", "Ratners's U.S. presence", "Weisfield's Inc", "Apple's CEO", "Xiaomi's
                    # Global Vice President" (a title's head); not "SAP's Joule assistant"
                if owner and not noun_after and self._persons_shape(span):
                    owned_people.add(span.text)  # "Wipro's Rishad Premji said": the company's person, whatever the ner reads
                    continue
                if owner and span.text not in self.companies and not any(t.text in ORG_WORDS for t in span) and not (
                        span.end < len(doc) and doc[span.end].lower_ in ORG_TRIGGERS):
                    # "Zendesk's Resolution Platform": a company's product, where nothing acts; not a name with an
                    # organization's word ("the Center's Intelligence Report") nor before one's noun ("Lloyd's List newspaper")
                    source = "company_possessed"
            if "check" in row and not ROW_CHECKS[row["check"]](self, span):
                continue
            span = without_descriptor(span)
            for part in (with_own_apostrophe(p) for p in split_names(span)) if source != "legal_suffix" else [span]:
                cands.append(Candidate(part, source, row["label"], rule=row["id"],
                                       override="PRODUCT" if row["id"] in MENTION_PRODUCT_ROWS else None))
        # Names the gazetteer or the trained ner reads apart ("Delta Air Lines" and "United Airlines").
        known = {(c.span.start, c.span.end) for c in cands if c.source == "gazetteer"} | {
            (e.start, e.end) for e in ents if e.label_ in NAME_LABELS}
        suffixed = {(c.span.start, c.span.end) for c in cands if c.source == "legal_suffix"}
        cands = [part for c in cands for part in (
            [p for p in _legal_parts(c, known, self.listed_word) if (p.span.start, p.span.end) not in suffixed]
            if c.source == "legal_suffix" and _joins_two_names(c.span, known, self.listed_word) else [c])]
        # A known product's name that ends in a name suffix ("Apple Intelligence", "Windows Mobile"), not a
        # legal form, is the product ("Sony Mobile Inc." stays the company's).
        listed_products = {(c.span.start, c.span.end) for c in cands if c.source == "gazetteer" and c.label == "PRODUCT"}
        cands = [c for c in cands if not (c.source == "legal_suffix" and (c.span.start, c.span.end) in listed_products
                                          and c.span[-1].text not in LEGAL_FORMS)]
        # "VMware vSphere Foundation": a suffix name, no legal form, whose words after a known company begin with a
        # known product or a word in a product's shape ("vSphere") is the brand and its product.
        cands = [Candidate(c.span, "brand_product", "PRODUCT", rule=c.rule) if c.source == "legal_suffix"
                 and self._brand_and_product(c.span) else c for c in cands]
        brands = [c.span for c in cands if c.source == "gazetteer" and c.label == "ORG"] + _article_brands(doc, ents, cands)
        people = person_names(doc, [c.span.text for c in cands if c.source in ("legal_suffix", "gazetteer")]) | owned_people
        # A name the article uses for a facility ("the Desert Inn resort") is one in its other mentions too.
        facilities = {e.text for e in ents if place_or_facility(e)}
        cands = [_without_person(c, people) for c in cands]
        seats = [c.span for c in cands if _without_seat(c) is None]  # "Minister of Social Services": no body's name
        cands = [c for c in cands if not (c.source == "legal_suffix" and any(
            s.start <= c.span.start and c.span.end <= s.end for s in seats))]
        ner_orgs = [e for e in ents if e.label_ == "ORG"]
        known_starts = {c.span.start for c in cands if c.source == "gazetteer" and c.label == "ORG"}
        cands = [_legal_name_start(c, ner_orgs, known_starts) for c in cands]
        # A company before a noun of its machines is their maker or operator, no product ('an Acme
        # jet', 'a Nordwind car'; NOTES of the probe gold: a maker before a generic noun): a known one
        # or one the article names with a suffix, in full or short ('Acme' after 'Acme Airlines').
        suffixed = {f for c in cands if c.source == "legal_suffix" for f in (c.span.text, *short_forms(c.span.text))}
        cands = [c for c in cands if not (c.source == "trigger" and c.label == "PRODUCT" and (
            _before_line_noun(c.span) or _before_consumer_goods(c.span)) and (c.span.text in self.companies or c.span.text in suffixed))]
        for ent in ents:
            if ent.label_ in NAME_LABELS and not law_or_event(ent) and not _a_feature(ent, listed_spans):
                # "the CHIPS and Science Act": no part is a name; a dateline is no part of what follows it
                parts = (_without_flight(_without_category_noun(without_title(_to_legal_period(part))))
                         for part in split_names(without_descriptor(ent)) if not dateline(part) and not in_a_title(part))
                cands.extend(c for c in (_model_candidate(part, brands) for part in parts if part is not None)
                             if c.source != "model" or not (not_an_org(c.span, people) or c.span.text in facilities
                                                            or self._plural_noun_opening(c.span)
                                                            or self._ordinary_opening(c.span)))
        # "Ram 1500", "Ram 1500s": the ner's PERSON that ends in a model designation is a model's name (no one's
        # name has a number); not a year ("Biden 2024": DESIGNATION has none)
        cands.extend(Candidate(Span(doc, e.start, e.end, label="PRODUCT"), "model", "PRODUCT") for e in ents
                     if e.label_ == "PERSON" and len(e) >= 2 and _designated_person(e))
        # "OpenAI said", "Anthropic announced": a one-word PERSON of the ner's that acts with a strong verb
        # (name_cues.STRONG_AGENCY), that the article gives to no person (no longer person's name has it, no
        # role or honorific stands before it: person_names) and that the ner reads as something other than a person
        # (or as no name) in another place of the article (_read_otherwise: 'Investors in Quillor') is an
        # organization: a person is named in full, and read as one each time ('Trump says')
        acting = [e for e in ents if e.label_ == "PERSON" and len(e) == 1 and _acting_one_word(e, people, self.lemma)]
        if acting:
            read_otherwise = _read_otherwise(doc, {e[0].orth for e in acting}, "PERSON")
            cands.extend(Candidate(Span(doc, e.start, e.end, label="ORG"), "model", "ORG", override="ORG")
                         for e in acting if e[0].orth in read_otherwise)
        # "Claude 3 Opus", "Street Fighter 6": the same with a small model number and edition words after it, a
        # designation's evidence (no coordinated company's label takes it over: "... from CD Projekt SA and
        # Street Fighter 6 from Capcom")
        cands.extend(Candidate(Span(doc, e.start, e.end, label="PRODUCT"), "designation", "PRODUCT") for e in ents
                     if e.label_ == "PERSON" and len(e) >= 2 and not _designated_person(e) and _numbered_person(e))
        cands = [c for c in cands if not (c.source in ("alias", "possessed", "company_possessed") and c.span.text in people)
                 and not (c.source == "alias" and _called_person_or_place(c.span))]
        # The trained ner reads an institution's whole name where a suffix word sits inside it
        # ("Liberal Party of Canada", "Entertainment Technology Center"): its span wins (bench/names_votes.py).
        model_orgs = [c.span for c in cands if c.source == "model" and c.label == "ORG"]
        cands = [c for c in cands if not (c.source == "legal_suffix" and _inside_model_org(c.span, model_orgs))]
        for c in cands:  # "Spotify Technology SA": a known company the tagger did not read as a name begins it
            if c.source == "legal_suffix":
                c.span = next((m for m in model_orgs if m.start < c.span.start and m.end == c.span.end
                               and doc[m.start:c.span.start].text in self.companies), c.span)
                c.span = next((Span(doc, m.start, c.span.end, label="ORG") for m in model_orgs
                               if m.start < c.span.start < m.end <= c.span.end and _with_particles(doc[m.start:c.span.start])),
                              c.span)  # "Banca Monte dei Paschi di Siena S.p.A.", not "Siena S.p.A."
        if heads is not None:
            cands = [c for c in (self._in_headline(c, heads) for c in cands) if c is not None]
        ends = [without_end_punctuation(c.span) for c in cands]  # 'Lark -': a name never ends in a dash
        for c, span in zip(cands, ends):
            c.span = span or c.span
        cands = [c for c, span in zip(cands, ends) if span is not None]
        cands = [c for c in cands if not (c.source != "gazetteer" and _acronym_plural(c.span, self.companies))
                 and not (c.source in ("model", "brand_product") and _headline_verb_before_person(c.span, people, self.verbs))]
        titled = [e for e in ents if e.label_ in TITLED_TYPES]
        gatherings = [e for e in ents if e.label_ in GATHERING_TYPES]
        places = [e for e in ents if e.label_ in PLACE_NAME_TYPES]
        # "Gaudi 3 AI accelerator", "Orion AR glasses": a generic term before a lowercase noun is the
        # noun's qualifier, no part of a product's name (nor is a known company what is left of one)
        trimmed = [(c, _without_qualifier(c.span)) for c in cands if c.label == "PRODUCT"
                   and (c.span.start, c.span.end) not in listed_spans]
        for cand, span in trimmed:
            if span is not cand.span:
                cand.span = span
                if span.text in self.companies:
                    cand.label = ""  # dropped below
        cands = [c for c in cands if c.label]
        cands = [c for c in cands if not _in_generic_term(c.span) and not _headline_run(c)
                 and not (c.source != "gazetteer" and _a_credit_rating(c.span))
                 and not (c.source != "gazetteer" and law_or_event(c.span))
                 and not (c.source == "legal_suffix" and _inside_longer(c.span, titled))
                 and not (c.source == "legal_suffix" and c.span[-1].text in GOVERNMENT_BODIES and _inside(c.span, gatherings))
                 and not (c.source == "legal_suffix" and c.span[-1].text not in LEGAL_FORMS and _inside(c.span, places))
                 and not (c.source != "gazetteer" and _a_riverbank(c.span))
                 and not _not_a_product_code(c.span) and not (c.label == "PRODUCT" and _before_event(c.span))
                 and not (c.label == "PRODUCT" and _numbered_thing(c.span))
                 and not (c.label == "PRODUCT" and c.source == "model" and _numbered_group(c.span))
                 and not (c.label == "PRODUCT" and _uncounted_number_plural(c.span))
                 and not (c.label == "PRODUCT" and c.source != "gazetteer" and c.span[-1].text in FACILITY_WORDS
                          and c.rule not in NAMED_PRODUCT_ROWS)]
        for c in cands:  # "its Emery shipping business": a business unit's name (not "the iPhone business")
            # a known product's name the rules read on over a name word ("its Max Factor unit") is no longer the product's
            if c.label == "PRODUCT" and (c.source != "gazetteer" or (c.span.start, c.span.end) not in listed_spans) and (
                    c.span.text not in self.products) and (
                    business_unit(c.span) or _operating_not_system(c.span)):  # "the Bell operating companies"
                c.label = "ORG"
        # "GM Hughes" after "GM Hughes Electronics": the first words of the article's suffix name are the company, not a
        # brand or maker + its product
        suffix_names = [c.span.text for c in cands if c.source == "legal_suffix"]
        cands = [Candidate(c.span, c.source, "ORG", rule=c.rule) if c.source in ("brand_product", "maker_model") and (
            c.span.text in suffixed or any(n.startswith(c.span.text + " ") for n in suffix_names)) else c for c in cands]
        glossed = {c.span.text for c in cands if _glossed_abbreviation(c.span)}  # in all its mentions
        cands = [c for c in cands if c.span.text not in glossed]
        return [c for c in cands if _plausible(c.span) or c.source == "gazetteer"  # a listed lowercase name: "o1"
                or (c.label == "PRODUCT" and c.source in ("trigger", "model", "designation") and _product_code(c.span))]

    def _in_headline(self, cand: Candidate, heads: Headlines) -> Candidate | None:
        """A rule's candidate in a title-case line, up to its first ordinary word ('Nordwind Wins Order', a
        maker and the words after it, -> 'Nordwind'); none where that leaves nothing, or only the maker or
        brand whose name made it ('Nordwind': the gazetteer's ORG). A name with a legal form stays whole; one
        that a suffix word ends is its last piece, where that still ends in the suffix ('Merger Talk Lifts
        Bank' is none)."""
        if (cand.source == "legal_suffix" and cand.span[-1].text in LEGAL_FORMS) or not heads.cut(cand.span):
            return cand
        pieces = heads.pieces(cand.span)
        if cand.source == "legal_suffix":
            if not pieces or pieces[-1].end != cand.span.end:
                return None
            cand.span = pieces[-1]
            return cand
        if not pieces or pieces[0].start != cand.span.start:
            return None
        piece = pieces[0]
        if cand.source in ("maker_model", "brand_product") and piece.text in self.companies:
            return None
        cand.span = piece
        return cand

    def _select(self, cands: list[Candidate], quantities: list[Span]) -> list[Candidate]:
        """Non-overlapping candidates: higher tier, then longer, then earlier; same spans pool votes."""
        order = sorted(cands, key=lambda c: (-TIERS[c.source], -len(c.span), c.span.start))
        accepted: list[Candidate] = []
        quantity_bounds = [(q.start, q.end) for q in quantities]
        for cand in order:
            start, end = cand.span.start, cand.span.end
            if any(start < q_end and q_start < end for q_start, q_end in quantity_bounds):
                continue
            clash = [a for a in accepted if start < a.span.end and a.span.start < end]
            if len(clash) == 1 and _joins(clash[0], cand):
                clash[0].span = Span(cand.span.doc, min(cand.span.start, clash[0].span.start),
                                     max(cand.span.end, clash[0].span.end), label="ORG")
                continue
            if not clash:
                accepted.append(cand)
                clash = [cand]
            elif cand.source == "alias" and len(clash) == 1 and clash[0].span.start == cand.span.start:
                clash[0].called = True
            if len(clash) == 1 and _same_span(clash[0], cand):
                clash[0].votes[f"{cand.source}:{cand.label}"] += VOTES[cand.source]
                clash[0].override = clash[0].override or cand.override
        return sorted(accepted, key=lambda c: c.span.start)

    def _add_cues(self, cands: list[Candidate]) -> None:
        for cand in cands:
            cue, strong = sentence_cue(cand.span, self.lemma)
            if cue:
                cand.votes[f"verb:{cue}"] += VOTES["verb" if strong or cue == "PRODUCT" else "weak_verb"]
                if strong and cue == "ORG" and cand.source not in ("legal_suffix",):
                    cand.override = "ORG"
                elif strong and cue == "PRODUCT" and cand.source != "legal_suffix":
                    cand.override = "PRODUCT"  # "sold on eBay": the platform in this mention

    def _decide(self, cands: list[Candidate]) -> dict[str, str]:
        """One label per name key: the heaviest evidence over the article."""
        totals = _totals(cands)
        labels = {key: max(sorted(t), key=lambda lab: t[lab]) for key, t in totals.items()}
        # A name seen only through the model follows a coordinated name with real evidence.
        for cand in cands:
            if max(totals[cand.key].values()) <= VOTES["model"]:
                other = _conjunct(cand, cands)
                if other is not None and max(totals[other.key].values()) >= VOTES["conj"]:
                    labels[cand.key] = labels[other.key]
            if cand.source == "alias" or cand.called:
                named = named_noun(cand.span, self.lemma)
                prev = _previous_in_sentence(cand, cands) if cand.source == "alias" else None
                if named is not None:
                    labels[cand.key] = named  # "one of its computers, called Sparcstation 1"
                elif prev is not None:
                    labels[cand.key] = labels[prev.key]
        # A product's name that is also its company's (COMPANY_MARK) and acts in the article with a strong
        # verb ('GitHub said') names the company there: its mentions are the ORG ('surveyed by GitHub'),
        # but those with a product cue of their own ('users of GitHub', 'the GitHub app').
        # "Facebook and Instagram users": a mention its sentence makes a product, coordinated with a known
        # product, is one in that mention, whatever the name is elsewhere
        for cand in cands:
            if cand.override is None and cand.votes.get("verb:PRODUCT"):
                other = _conjunct(cand, cands)
                if other is not None and other.votes.get("gazetteer:PRODUCT"):
                    cand.override = "PRODUCT"
        actors = {c.key for c in cands if c.override == "ORG" and c.key in self.company_products}
        for key in actors:
            labels[key] = "ORG"
        for cand in cands:
            if cand.key in actors and cand.override is None and any(
                    vote.endswith(":PRODUCT") and not vote.startswith(("gazetteer:", "model:")) for vote in cand.votes):
                cand.override = "PRODUCT"
        return labels

    def _product_short_forms(self, cands: list[Candidate], labels: dict[str, str]) -> set[str]:
        """'Premium' of 'Spotify Premium', 'Quest 3S' of 'Meta Quest 3S', 'MAX 9' of '737 MAX 9', 'Game Pass'
        of 'Xbox Game Pass': the words after a known company's or product's name, or after a designation,
        that begin a product the article names are
        that product's short form, where it stands alone (a word of its own, capitalised; no company's
        name, no generic term, no number, no plural, people or places: '880 Soviets') and where the ner's reading of it has no evidence of its own
        (labels: the ner's ORG 'Premium' in 'added audiobooks to Premium')."""
        totals = _totals(cands)
        forms = set()
        for cand in cands:
            span = cand.span
            if labels.get(cand.key) != "PRODUCT" or len(span) < 2:
                continue
            for cut in range(1, len(span)):
                head = span[:cut].text
                if head in self.companies or (head in self.products and head not in self.cued) or (
                        cut == 1 and DESIGNATION_RX.match(span[0].text)):
                    rest = span[cut:]
                    if (rest[0].text[:1].isupper() and not rest[0].like_num and len(rest.text) > 2
                            and rest[-1].tag_ != "NNPS" and not any(t.ent_type_ in PERSON_OR_PLACE_TYPES for t in rest)
                            and rest.text not in self.companies and rest.text not in self.generic
                            and rest.text not in EDITION_WORDS):  # not 'Pro' of 'Surface Pro'
                        forms.add(rest.text)
                    break
        for form in forms:
            key = spelling_key(form)
            if key not in totals or max(totals[key].values()) <= VOTES["model"]:
                labels[key] = "PRODUCT"
        return {form for form in forms if labels[spelling_key(form)] == "PRODUCT"}

    def _propagate(self, doc: Doc, cands: list[Candidate], labels: dict[str, str], quantities: list[Span],
                   forms: set[str] = frozenset(), heads: Headlines | None = None) -> list[Candidate]:
        """Every other occurrence of a decided name is a mention too (headlines, missed repeats), and a
        product's short forms (FORMS) standing alone where no sentence opens with them."""
        named = {v for c in cands if _propagatable(c.span) for v in spelling_variants(c.span.text)}
        forms = set(forms) - named
        surfaces = named | forms
        # "the 486" after "the 486 chip": a model designation, where it stands as a name.
        codes = {c.span.text for c in cands if labels.get(c.key) == "PRODUCT" and _product_code(c.span)}
        surfaces |= codes
        # "Magna" after "Magna International Inc": an ORG's short forms are the same ORG, where
        # the model does not read them as a place, a nationality or part of a person's name ("Oshkosh, Wis.").
        # Not a body of the state's: "Ohio" of "Ohio Senate", "War" of "War Labor Board" are no short form.
        suffixed = [c for c in cands if labels.get(c.key) == "ORG" and _suffix_named(c)]
        shorts = {f for c in suffixed if c.span[-1].text not in GOVERNMENT_BODIES for f in short_forms(c.span.text)} - surfaces
        # A suffix name's first word that short_forms leaves out as too common ("United" of "United
        # Airlines"): the same ORG only where its sentence makes it an actor (an ORG cue).
        firsts = {c.span[0].text for c in suffixed
                  if c.span[-1].text not in GOVERNMENT_BODIES and len(c.span) > 1 and c.span[0].is_alpha and c.span[0].text[:1].isupper()} - surfaces - shorts
        if not surfaces | shorts | firsts:
            return []
        matcher = PhraseMatcher(doc.vocab, attr="ORTH")
        matcher.add("NAME", [Doc(doc.vocab, words=self.surface_words(s)) for s in sorted(surfaces)])
        if shorts:
            matcher.add("SHORT", [Doc(doc.vocab, words=self.surface_words(s)) for s in sorted(shorts)])
        if firsts:
            matcher.add("FIRST", [Doc(doc.vocab, words=self.surface_words(s)) for s in sorted(firsts)])
        short_id, first_id = doc.vocab.strings["SHORT"], doc.vocab.strings["FIRST"]
        weapons = {c.key for c in cands if c.rule in WEAPON_ROWS}
        taken = [c.span for c in cands] + quantities
        extra = []
        for match_id, start, end in sorted(matcher(doc), key=lambda m: (-(m[2] - m[1]), m[1])):
            span = Span(doc, start, end)
            if overlaps(span, taken) or not _whole_tokens(span):
                continue
            if (match_id in (short_id, first_id) or spelling_key(span.text) in weapons
                    or labels.get(spelling_key(span.text)) == "PRODUCT") and inside_person(span):
                continue  # "Churchill" of "Winston Churchill" after "the Churchill tank"; "Max" of "Max Verstappen"
            if inside_person(span) and span[0].ent_iob_ == "I" and doc[start - 1].ent_iob_ == "B" and first_name(doc[start - 1].text):
                continue  # "Jamie Bell" after "Bell helicopters": a person's surname, no repeat of the maker
            if span.text in forms and (doc[start].is_sent_start or _next_to_name(span)
                                       or any(t.ent_type_ in PERSON_OR_PLACE_TYPES for t in span)):
                continue  # a short form opening a sentence ('Search results ...'), inside a longer name, or a
                # person, place or nationality of the ner's ('British' after the ner's product 'Jaguar British')
            # a short form the ner reads as a place must act or own ("Alaska said", "an Alaska jet"), one it
            # reads as a nationality, or a common first word, must act ("United said"; not "Cuban President ...")
            if match_id == short_id and any(t.ent_type_ in NOT_NAME_TYPES for t in span) and not self._acts(span) and (
                    any(self.listed_word(t.lower_) for t in span) or (start > 0 and doc[start - 1].lower_ in LOCATIVE_WORDS)):
                continue  # a real place's name (the lemma tables list it: "Alaska"); an invented one the ner reads as
                # a place is the company's short form but after "in", "near" ("Shares of Pellham rose")
            if match_id in (short_id, first_id) and _begins_longer_name(span, heads):
                continue  # "its Ledgerly Capture app", "Sorrento Vela SUVs": the company's short form begins a product's name
            if match_id in (short_id, first_id) and _before_descriptor(span):
                continue  # "British" of "British Petroleum Co." in "keep Jaguar British-owned": a descriptor's word
            if (match_id == first_id or (match_id == short_id and any(t.ent_type_ == "NORP" for t in span))) and (
                    sentence_cue(span, self.lemma)[0] != "ORG"):
                continue
            if place_or_facility(span) or town_named_like_company(span) or _after_honorific(doc, start):
                continue  # "Oshkosh, Wis.", "in Hershey, Pa.", "Mrs. Helmsley": a town, a person
            if span[0].ent_iob_ == "B" and _entity_end(doc, start) > end and place_or_facility(doc[start:_entity_end(doc, start)]):
                continue  # "MGM" of the ner's "MGM Grand Hotel": the first word of a facility's name
            if (span.text in codes and not _code_as_name(span)) or _not_a_product_code(span) or (
                    labels.get(spelling_key(span.text)) == "PRODUCT" and _before_event(span)):
                continue
            cand = Candidate(span, "model", "ORG", rule=REPEAT)
            cue, strong = sentence_cue(span, self.lemma)
            if strong and cue == "ORG":
                cand.override = "ORG"
            extra.append(cand)
            taken.append(span)
        for cand in extra:
            labels.setdefault(cand.key, "ORG")
        return extra


    def _in_capitals(self, doc: Doc, lines: list[Span], cands: list[Candidate], labels: dict[str, str],
                     quantities: list[Span]) -> list[Candidate]:
        """The names of a line in capitals (headlines.capitals_lines): the names decided outside those lines,
        and an ORG's short forms, written in capitals ('AMALGAMATED TOOL' and 'HARLAN GROUP' after the
        body's 'Amalgamated Tool Corp.' and 'Harlan Group Inc.'), with their labels; longest first."""
        inside = {t.i for line in lines for t in line}
        forms: dict[tuple[str, ...], str] = {}
        for cand in sorted(cands, key=lambda c: (c.span.start, c.span.end)):
            label = cand.override or labels.get(cand.key)
            if cand.span.start in inside or label not in NAME_LABELS:
                continue
            texts = {cand.span.text} | (short_forms(cand.span.text) if label == "ORG" else set())
            for text in sorted(texts):
                forms.setdefault(tuple(w.upper() for w in self.surface_words(text)), label)
        longest = max((len(f) for f in forms), default=0)
        taken = {t.i for c in cands for t in c.span} | {t.i for e in quantities for t in e}
        extra = []
        for line in lines:
            i = line.start
            while i < line.end:
                for end in range(min(i + longest, line.end), i, -1):
                    label = forms.get(tuple(t.text for t in doc[i:end]))
                    if label is not None and not taken.intersection(range(i, end)):
                        cand = Candidate(Span(doc, i, end), "model", label, rule=REPEAT)
                        cand.override = label
                        labels.setdefault(cand.key, label)
                        extra.append(cand)
                        i = end - 1
                        break
                i += 1
        return extra

    def _product_cue(self, doc: Doc, start: int, end: int, plain: set[int], products: set[int]) -> bool:
        """A cue that a cued name of product_names.txt ('Switch', 'Quest', 'Claude', 'Max') is the product
        here (the caller also takes a model number or an edition word after it, 'Switch 2', 'Quest Pro'):
        - the ner reads the name as a product, or it is inside a longer known product ('Meta Quest', '737 MAX');
        - a noun of a product after it ('the Quest headset', 'Latitude laptops');
        - a company's pronoun, or a product trigger noun, before it ('its Spectacles', 'the chatbot Claude');
        - a company's possessive before it ('Anthropic's Claude', 'HBO's Max');
        - it is coordinated with a known product that needs no cue ('Max and Discovery+', 'ChatGPT, Claude'), or
          compared with any known product (PRODUCTS, its tokens: 'Cursor beat Windsurf');
        - its sentence makes it a product (name_cues.sentence_cue: 'released Gemini', 'versions of Gemini')."""
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        if start in plain or (doc[start].ent_iob_ == "B" and doc[start].ent_type_ == "PRODUCT"
                              and (end == len(doc) or doc[end].ent_iob_ != "I")):
            return True  # the ner's product is the name itself, not a longer one ('Navy Precision Optical ...')
        if after is not None and after.is_lower and after.text in PRODUCT_CUE_NOUNS:
            return True
        if before is not None and (before.lower_ in COMPANY_PRONOUNS or (before.is_lower and before.text in PRODUCT_TRIGGERS)):
            return True
        if before is not None and before.text in POSSESSIVES and start >= 2 and (
                doc[start - 2].ent_type_ == "ORG" or doc[start - 2].text in self.companies):
            return True
        root = top = doc[start:end].root
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        group, todo = {top.i}, [top]  # the whole coordination: 'Gemini, Claude or ChatGPT'
        while todo:
            for child in todo.pop().children:
                if child.dep_ == "conj" and child.i not in group:
                    group.add(child.i)
                    todo.append(child)
        partners = group - {root.i}
        if after is not None and after.lower_ in LIST_JOINS:
            partners.add(end + 1)
        if start >= 2 and before.lower_ in LIST_JOINS:
            partners.add(start - 2)
        if partners & plain or _compared_with(doc, start, end, products):
            return True
        return sentence_cue(doc[start:end], self.lemma)[0] == "PRODUCT"

    def _unit_name_end(self, doc: Doc, start: int, end: int, ents, listed: set[tuple[int, int]]) -> int:
        """The end of a known company's name over the words of its full name that the ner reads with it: one
        or two capitalised ordinary words (the model's lemma tables list them) after it, read as one PERSON
        ('Alibaba Cloud', 'Tencent Cloud': no one is named so), or as one ORG ending in a plural ('Meta
        Platforms', 'Amazon Web Services': a company's words, no product's); END where the whole is a known
        product ('Google Maps'), holds another known name or begins at a maker (its model: 'Ford Mustang')."""
        ent = next((e for e in ents if e.start == start and e.label_ in UNIT_READINGS), None)
        if ent is None or not 0 < ent.end - end <= UNIT_NAME_WORDS or (start, ent.end) in listed or (
                doc[start:end].text in self.maker_names):  # "Ford Mustang": a maker's model
            return end
        rest = doc[end:ent.end]
        if any(s < ent.end and end < e for s, e in listed if (s, e) != (start, end)) or not all(
                t.is_alpha and t.is_title and self.listed_word(t.lower_) for t in rest):
            return end
        if ent.label_ == "ORG" and not (rest[-1].text.endswith("s") and self.listed_word(rest[-1].lower_[:-1])):
            return end
        return ent.end

    def _plural_noun_opening(self, span: Span) -> bool:
        """'Makers said', 'Lenders said demand fell': one capitalised plural of an ordinary word (tagged a
        common noun's plural, its lower case and its singular forms the model's lemma tables list) opening its
        sentence is no name ('Walgreens', 'Hermes' are no such forms; 'Sears', 'Siemens' are tagged proper nouns)."""
        word = span[0].lower_
        return (capitalised_opening(span) and span[0].tag_ == "NNS" and word.endswith("s") and self.listed_word(word)
                and self.listed_word(word[:-1]))

    def _ordinary_opening(self, span: Span) -> bool:
        """'"Scale matters more than ever"', '"Enterprises will start asking"': one capitalised common noun (tagged
        so, its lower case in the model's lemma tables) opening a sentence or a quote, which the article never
        writes capitalised inside a sentence and whose sentence gives it no cue of a name ('Target shares fell',
        'Target said' keep theirs), is the ordinary word."""
        token = span[0]
        if not (capitalised_opening(span) and token.tag_ in COMMON_NOUN_TAGS and self.listed_word(token.lower_)):
            return False
        if sentence_cue(span, self.lemma)[0] is not None:
            return False
        return not written_inside_sentence(token)

    def _persons_shape(self, span: Span) -> bool:
        """'Rishad Premji', 'Salil Parekh': two or three capitalised words of letters, none a word the model's
        lemma tables list nor a known name: a person's name ('Credit Karma', 'Identity Threat Protection',
        'Blackwell Ultra' have a word of the tables)."""
        return 2 <= len(span) <= PERSON_NAME_WORDS and span.text not in self.products and span.text not in self.companies and all(
            t.is_alpha and t.is_title and len(t) > 1 and t.lower_ not in self.words for t in span)

    def _brand_and_product(self, span: Span) -> bool:
        """'VMware vSphere Foundation', 'Oracle Exadata Cloud Service': a known company, then a known product or a
        word written in a product's shape (PRODUCT_SHAPE_RX: 'vSphere', 'iCloud'), and the name suffix is no legal form."""
        if span[-1].text in LEGAL_FORMS:
            return False
        return any(span[:cut].text in self.companies and (PRODUCT_SHAPE_RX.match(span[cut].text) or span[cut].text in self.products)
                   for cut in range(1, len(span) - 1))

    def _acts(self, span: Span) -> bool:
        """'United said', 'Alaska shares', 'an Alaska jet': a short form its sentence makes an actor
        (an ORG cue of name_cues.sentence_cue) or the owner of what follows it (an organization's
        role noun, a noun of its machines)."""
        nxt = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
        return sentence_cue(span, self.lemma)[0] == "ORG" or nxt in ORG_ROLE_NOUNS or nxt in DESIGNATION_NOUN_FORMS


COMPARED_WINDOW = 6  # the words before a comparison's word where the known product it compares may stand


def _compared_with(doc: Doc, start: int, end: int, plain: set[int]) -> bool:
    """'Gemini beat GPT-4', 'ChatGPT is faster than Claude': a comparison's word (name_words.COMPARISON_WORDS) right
    after the name and a known product after it, or a known product up to COMPARED_WINDOW words before the
    comparison's word right before the name (in its sentence)."""
    i = end
    if i < len(doc) and doc[i].lower_ in COMPARISON_WORDS:
        j = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ in ("the", "a", "an"))
        if j in plain:
            return True
    i = start - 1 - (start >= 1 and doc[start - 1].lower_ in ("the", "a", "an"))
    if i >= 0 and doc[i].lower_ in COMPARISON_WORDS:
        first = max(i - COMPARED_WINDOW, doc[i].sent.start)
        return any(k in plain for k in range(first, i))
    return False


COMPARED_RULE = "product-compared"  # Candidate.rule of a name compared with a known product (_compared_names)
# Comparison words that stand between the two names they compare ("Devstral outperformed GPT-4.1"; not "than":
# "Vellum is faster than ChatGPT" compares the subject).
BETWEEN_COMPARISON_WORDS = COMPARISON_WORDS - {"than"}
# The comparison words' string ids: _compared_names finds them in the doc's LOWER array.
COMPARISON_IDS = word_ids(COMPARISON_WORDS)
# The ner's kinds of a name that is no product compared with one: places and nationalities.
COMPARED_NOT_TYPES = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL"})


def _name_from(doc: Doc, i: int, step: int, words: frozenset[str]) -> Span | None:
    """The name that begins (STEP 1) or ends (STEP -1) at I: capitalised name words (or a capitalised word
    outside the lexicon WORDS, which the tagger may read as a noun at a sentence's start: 'Devstral'), and
    the model numbers and designations after its first word, hyphens written inside ('Qwen3-Coder')."""
    def name_part(token) -> bool:
        return token._.is_name_part or (token.is_title and token.is_alpha and token.lower_ not in words)

    def part(k: int) -> bool:
        token = doc[k]
        return name_part(token) or (token.text == "-" and not token.whitespace_ and not doc[k - 1].whitespace_) or bool(
            MODEL_NUMBER_RX.match(token.text) or VERSION_NUMBER_RX.match(token.text) or DESIGNATION_RX.match(token.text))
    k = i
    while 0 <= k < len(doc) and part(k) and doc[k].sent.start == doc[i].sent.start:
        k += step
    first, last = (i, k) if step == 1 else (k + 1, i + 1)
    while last > first and (doc[last - 1].text == "-" or not name_part(doc[last - 1]) and last - first == 1):
        last -= 1
    while first < last and (doc[first].text == "-" or not name_part(doc[first])):
        first += 1  # a name opens with a name word: not '2 Claude'
    return Span(doc, first, last, label="PRODUCT") if first < last else None


def _compared_names(doc: Doc, products: set[int], words: frozenset[str]) -> list[Span]:
    """'Devstral outperformed GPT-4.1 mini', 'ChatGPT beat Vellum', 'faster than Vellum' after 'ChatGPT': a name
    compared with a known product (PRODUCTS, its tokens) by a comparison's word (name_words.COMPARISON_WORDS)
    is a product too, whichever side it stands on; not a name the ner reads as a place, nationality or number."""
    found = []
    for token in tokens_among(doc, COMPARISON_IDS):
        i = token.i
        j = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ in ("the", "a", "an"))
        right = _name_from(doc, j, 1, words) if j < len(doc) else None
        left = _name_from(doc, i - 1, -1, words) if i >= 1 and token.lower_ in BETWEEN_COMPARISON_WORDS else None
        if right is not None and right.start != j:
            right = None
        if left is not None and left.end != i:
            left = None
        left_known = i >= 1 and i - 1 in products and token.lower_ in BETWEEN_COMPARISON_WORDS
        before = range(max(i - COMPARED_WINDOW, token.sent.start), i)
        if right is not None and j not in products and (left_known or (token.lower_ == "than" and any(k in products for k in before))):
            found.append(right)
        if left is not None and not left_known and j in products:
            found.append(left)
    return [span for span in found if not any(t.ent_type_ in COMPARED_NOT_TYPES or t.i in products for t in span)]


def _group_name_end(doc: Doc, end: int, ent_end: int) -> bool:
    """The ner's entity goes on after a known name (at END) to end in a league's, a tour's or a cup's word
    (name_words.GROUP_NAME_WORDS), a number after it ('Capcom Cup 2016'): the group's or event's name."""
    last = ent_end
    while last > end and doc[last - 1].like_num:
        last -= 1
    return last > end and doc[last - 1].text in GROUP_NAME_WORDS


def _entity_end(doc: Doc, i: int) -> int:
    """The end of the ner's entity that holds token I (I itself where none does)."""
    if doc[i].ent_iob_ not in ("B", "I"):
        return i
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def _with_subtitle(doc: Doc, end: int, org_starts: set[int]) -> int:
    """'Call of Duty: Black Ops 6', 'The Legend of Zelda: Tears of the Kingdom': a known product's name,
    a colon written right after it and a title (capitalised words, a title's small words inside, a
    number or a roman numeral; name_words.TITLE_SMALL_WORDS) are one name, an edition's; not where a
    known company's name follows the colon (ORG_STARTS), nor a sentence ('Windows: What It Means', a capitalised function word)."""
    if not (end + 1 < len(doc) and doc[end].text == ":" and not doc[end - 1].whitespace_ and doc[end].whitespace_):
        return end
    last = None
    for i in range(end + 1, min(end + 8, len(doc))):
        token = doc[i]
        if i in org_starts or token.is_sent_start:
            break
        if (token.text[:1].isupper() and token.is_alpha and (not token.is_stop or (i == end + 1 and token.text == "The"))) or (
                last is not None and (token.like_num or _ROMAN.match(token.text))):
            last = i + 1
        elif not (last is not None and token.is_lower and token.text in TITLE_SMALL_WORDS):
            break
    return end if last is None else last


def _begins_longer_name(span: Span, heads: Headlines | None) -> bool:
    """A capitalised name word right after SPAN, no officer's title ('Ledgerly Chief Executive ...') and not in
    a headline, whose capitalised words say nothing ('Ledgerly Profit Rises'): SPAN begins a longer name."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    return (after._.is_name_part and after.text[:1].isupper() and after.lower_ not in OFFICER_TITLES
            and not after.is_sent_start and (heads is None or span.end not in heads.tokens))


def _next_to_name(span: Span) -> bool:
    """A capitalised name word right before or after SPAN ('Human Rights Watch' for 'Watch')."""
    doc = span.doc
    return any(0 <= i < len(doc) and doc[i]._.is_name_part and doc[i].text[:1].isupper()
               for i in (span.start - 1, span.end))


def _designation_before(doc: Doc, start: int, singular: bool = False) -> int:
    """'787-9 Dreamliners', 'A350-1000 XWB': a designation with its variant (or one with a
    letter) written right before a known product's name begins it; a bare number only before
    a SINGULAR name ('787 Dreamliner'; before a plural it is a count: '500 iPads')."""
    if (start >= 3 and doc[start - 2].text == "-" and not doc[start - 3].whitespace_ and not doc[start - 2].whitespace_
            and PRODUCT_CODE_RX.match(doc[start - 3].text) and CODE_VARIANT_RX.match(doc[start - 1].text)
            and not _a_quantity_or_period(doc[start - 3:start])):
        return start - 3
    before = doc[start - 1].text if start >= 1 else ""
    if (PRODUCT_CODE_RX.match(before) and (singular or not before.isdigit()) and before not in NOT_DESIGNATIONS
            and not _a_quantity_or_period(doc[start - 1:start])):
        return start - 1
    return start


def _a_quantity_or_period(tokens: Span) -> bool:
    """'Q3', 'FY2024', 'K-12': a period or another code that names no product, or a token of a
    quantity the ner reads ('Q3 iPhone sales' keeps 'iPhone')."""
    return any(t.ent_type_ in QUANTITY_LABELS for t in tokens) or bool(NOT_PRODUCT_CODE_RX.match(tokens.text))


def _not_a_product_code(span: Span) -> bool:
    """'H-1B', 'ISO-9001', 'Covid-19', 'Q3': a one-token code of name_words.NOT_PRODUCT_CODE (a visa,
    a standard, a disease, a period) is no product and no organization, whatever the noun after it
    ('H-1B workers', 'the H-1B lottery')."""
    return len(span) == 1 and bool(NOT_PRODUCT_CODE_RX.match(span.text))


def _uncounted_number_plural(span: Span) -> bool:
    """'in the 110s': a plural of digits alone after 'the' is a range of numbers (temperatures,
    speeds); the machines take a count or an owner ('50 747s', 'its 747s') or a letter ('the A321neos')."""
    doc = span.doc
    return (len(span) == 1 and span.text[:-1].isdigit() and span.text.endswith("s")
            and span.start > 0 and doc[span.start - 1].lower_ == "the")


def _person_apposition(doc: Doc, end: int) -> bool:
    """', the former Liberal leader,': an apposition after a name that a person's role noun heads."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("the", "a", "an"):
        return False
    for token in doc[end + 2:end + 7]:
        if token.is_punct:
            return False
        if token.lower_ in APPOSITION_ROLE_NOUNS:
            return True
    return False


def _title_before_person(doc: Doc, start: int, end: int) -> bool:
    """A known company's abbreviation (one word in capitals) between a capitalised name and the
    ner's PERSON is a title: 'Yankees GM Brian Cashman', 'Lakers GM Rob Pelinka' (not 'GM CEO
    Mary Barra', nor 'at GM Mary Barra said')."""
    word = doc[start]
    return (end - start == 1 and word.is_upper and start > 0 and doc[start - 1].is_title
            and end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].is_title)


def _role_before_person(doc: Doc, start: int, end: int) -> bool:
    """'singer Zara Larsson', 'Analyst Nordstrom Lee': a known company's name that begins the ner's longer
    PERSON right after a person's role noun (name_words.PERSON_ROLE_NOUNS) is the person's first name
    ('Zara Home', 'Costco Wholesale' read as people have no role before them)."""
    return (start > 0 and doc[start - 1].lower_ in PERSON_ROLE_NOUNS and doc[start].ent_type_ == "PERSON"
            and doc[start].ent_iob_ == "B" and end < len(doc) and doc[end].ent_iob_ == "I")


def _family_of(doc: Doc, end: int) -> bool:
    """'the Aldi family trust', 'the Hershey family': a known company's name before a lowercase 'family'
    is the surname of its founder's family, no ORG ('the Galaxy family of phones' is a product range)."""
    return (end < len(doc) and doc[end].text in ("family", "families")
            and not (end + 1 < len(doc) and doc[end + 1].lower_ == "of"))


def _persons_name(doc: Doc, start: int, end: int, words: frozenset[str]) -> bool:
    """A known product's name that is a person's here: inside a longer PERSON of the ner's ('Sora
    Amamiya', 'Andrew Peacock'; not where the product's name has a capital inside or a lowercase
    start, or the rest are words of the lexicon WORDS or their plurals, 'macOS Sonoma', 'Instagram Reels') with no product cue (a model number, a product
    noun after it, a product trigger before it; the caller: a plural), a name after an honorific ('Mr. Peacock') or
    before a person's role ('Peacock, the former Liberal leader')."""
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.text.rstrip(".") in HONORIFICS:
        return True
    if _person_apposition(doc, end):
        return True
    if doc[start].ent_type_ == "PERSON" and doc[start].ent_iob_ == "I":
        pass  # 'Andrew Peacock': the end of a person's name
    elif end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "I":
        rest = doc[end:next((t.i for t in doc[end:] if t.ent_iob_ != "I"), len(doc))]
        name = doc[start:end].text
        if name[:1].islower() or any(c.isupper() for c in name[1:]) or all(t.lower_ in words or t.lower_.removesuffix("s") in words for t in rest):
            return False  # 'macOS Sonoma', 'Instagram Reels': a product's name with its version or feature
    else:
        return False  # the ner's PERSON that is the name alone ('Wegovy') is its misreading
    cue = (_with_model_number(doc, end) > end or (end < len(doc) and doc[end].lower_ in PRODUCT_CUE_NOUNS)
           or (before is not None and before.lower_ in PRODUCT_TRIGGERS))
    return not cue


def _a_stock_index(resolver: NameResolver, span: Span) -> bool:
    """'the Hang Seng Index', not 'the Tokyo Consumer Price Index', "the Caixin Purchasing Managers'
    Index": an index word after the words of an economic indicator (name_words.INDICATOR_WORDS)
    ends no stock index's name (the org-*-index rows)."""
    return not (span[-1].text in INDEX_WORDS and any(t.text in INDICATOR_WORDS for t in span))


def _numbered_thing(span: Span) -> bool:
    """'the Phase 3 trial', 'the Terminal 5 building': a word of name_words.NUMBERED_WORDS and its
    number name a stage, a place or a part of a law, no product."""
    return len(span) >= 2 and span[0].text in NUMBERED_WORDS and all(t.like_num for t in span[1:])


def _numbered_group(span: Span) -> bool:
    """'the Maroon 5 concert', 'the Bundesliga 2 club': the ner's name and number before a noun of
    a band, team or league (name_words.GROUP_NOUNS) is the group's name, no product (the rows'
    check _a_numbered_name says the same of their own readings)."""
    doc = span.doc
    return (len(span) >= 2 and span[-1].like_num and span.end < len(doc) and doc[span.end].lower_ in GROUP_NOUNS)


def _before_event(span: Span) -> bool:
    """'the G20 summit', 'G7 leaders': a designation before a noun of a meeting or of a group of
    nations names no product (the group may be an ORG: ANNOTATION §2, a name used as a modifier)."""
    doc = span.doc
    text = span.text
    return (len(span) == 1 and span.end < len(doc) and doc[span.end].lower_ in NOT_PRODUCT_NOUNS
            and (text in NOT_DESIGNATIONS or bool(DESIGNATION_RX.match(text))))


def _not_a_line(span: Span, companies: frozenset[str], products: frozenset[str], words: frozenset[str]) -> bool:
    """A product-line row's name that is none:
    - a company or service before a noun of its machines ('General Motors trucks', 'new Boeing
      jets', 'U.S. Navy submarine');
    - two name words, or one after no owner ('Quill Pro and Quill Book models' takes the first),
      without a product cue: an edition word (name_words.EDITION_WORDS: 'Surface
      Pro', 'Core Ultra'), a model number ('Spacebus 3000') or a known product; 'Boston Dynamics
      robots', 'Blue Origin rockets' are their makers;
    - a name the ner reads as an ORG, without such a cue ('Microsoft's OpenAI models');
    - a person's or place's name, except one or two words the ner reads as a person or a region
      (OWNED_LINE_TYPES; or as a nationality, a word outside the lexicon WORDS) after an ORG's
      possessive or a company's pronoun (name_words.COMPANY_PRONOUNS: 'Nvidia's Blackwell GPUs',
      'HP's Spectre laptops', 'its Blackwell GPUs', 'its Qwen models', "Intel's Lunar Lake
      processors", 'its Echo speakers'; not 'its Chinese phones', 'its China phones');
    - the end of a longer product the ner reads ('F-16 Block 52 aircraft'), or a name particle
      taken for the noun ('Afdeling van Borneo')."""
    doc = span.doc
    store = span[-1].text in STORE_WORDS  # the row product-store-name: the name ends at the store word
    # the word after the line noun (none where a coordinated name stands between: product-line-pair-noun)
    noun_next = span.end + 1 < len(doc) and doc[span.end].lower_ in LINE_NOUN_FORMS
    after = doc[span.end] if store and span.end < len(doc) else doc[span.end + 1] if noun_next else None
    numbered = any(MODEL_NUMBER_RX.match(t.text) for t in span[1:])
    owner = doc[span.start - 2] if span.start >= 2 and doc[span.start - 1].text in POSSESSIVES else None
    company_owner = ((owner is not None and (owner.ent_type_ == "ORG" or owner.text in companies))
                     or (span.start >= 1 and doc[span.start - 1].lower_ in COMPANY_PRONOUNS))
    owned_person = (len(span) <= 2 and company_owner and all(t.ent_type_ in OWNED_LINE_TYPES or (
        t.ent_type_ == "NORP" and t.lower_ not in words) for t in span))
    cue = (store or numbered or any(t.text in EDITION_WORDS for t in span[1:]) or span.text in products
           or owned_person)
    return (span.text in companies or span[-1].text in ORG_SUFFIXES | SERVICE_WORDS
            or (not cue and (len(span) >= 2 or span.start == 0 or doc[span.start - 1].lower_ not in LINE_OWNERS))
            or (not cue and any(t.ent_type_ == "ORG" for t in span))
            or (not owned_person and any(t.ent_type_ in PERSON_OR_PLACE_TYPES for t in span))
            or (span[0].ent_iob_ == "I" and span[0].ent_type_ == "PRODUCT")
            or (after is not None and after._.is_name_part))


def _a_line(resolver: NameResolver, span: Span) -> bool:
    return not _not_a_line(span, resolver.companies, resolver.products, resolver.words)


def _a_product_verbs_object(resolver: NameResolver, span: Span) -> bool:
    """'released GPT-4o', 'launched Phi-3': the object of a product verb (name_cues.PRODUCT_VERBS),
    not 'filed an S-1', and no code that names no product ('used Covid-19', 'adopted ARM64')."""
    return (span.text not in NOT_DESIGNATIONS and not NOT_PRODUCT_CODE_RX.match(span.text)
            and resolver.lemma(span.root.head) in PRODUCT_VERBS)


def _a_code_of_its_own(resolver: NameResolver, span: Span) -> bool:
    """Not the end of a longer designation written with '-' or '/' ('model 70-A21 computers')."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is None or before.text not in ("-", "/") or bool(before.whitespace_)


def _a_numbered_name(resolver: NameResolver, span: Span) -> bool:
    """'the Ioniq 5', 'the Quest 2': a name and its number after 'the' is a model, not a numbered
    thing (name_words.NUMBERED_WORDS: 'the Chapter 11', 'the Phase 3'), a company, a name the ner
    reads as another kind (NUMBERED_NOT_TYPES: a date, a law, an event, a place), a team's plural
    ('the Titans 5-yard line'), part of a longer name or number ('the Route 66 Diner', 'the Atari
    8-bit family'), a designation before a meeting ('the Group 7 summit'), a stock index ('the
    IBEX 35'; name_words.INDEX_PROVIDERS) or a group, team or band (GROUP_NOUNS after it: 'the
    Bundesliga 2 club', 'the Maroon 5 concert')."""
    doc = span.doc
    name = [t for t in span if not t.like_num and not MODEL_NUMBER_RX.match(t.text)] or list(span[:1])
    after = doc[span.end] if span.end < len(doc) else None
    return not (any(t.text in NUMBERED_WORDS or t.tag_ == "NNPS" for t in name) or name[0].text in INDEX_PROVIDERS
                or " ".join(t.text for t in name) in resolver.companies
                or any(t.ent_type_ in NUMBERED_NOT_TYPES for t in span)
                or (after is not None and (after._.is_name_part or after.lower_ in NOT_PRODUCT_NOUNS or after.lower_ in GROUP_NOUNS
                                           or (after.text in ("-", "/") and not span[-1].whitespace_))))


def _not_a_count(resolver: NameResolver, span: Span) -> bool:
    """'about 720 aircraft', 'ordered 300 freighters': digits alone before a plural of a designation's noun
    (name_words.COUNTED_CODE_NOUNS) are a count; a designation after a determiner, an owner, a count or a
    name, adjectives between ('the 747 aircraft', "Delta's 777 aircraft", '20 777 aircraft', 'Boeing 777 aircraft',
    'its last 747 aircraft')."""
    doc = span.doc
    if not span.text.isdigit() or span.end >= len(doc) or doc[span.end].lower_ not in COUNTED_CODE_NOUNS:
        return True
    i = span.start - 1
    while i >= 0 and doc[i].tag_ in ("JJ", "JJR", "JJS", "VBG", "VBN"):  # "its last 747 aircraft", "the airline's remaining 777 aircraft"
        i -= 1
    before = doc[i] if i >= 0 else None
    return before is not None and (before.lower_ in PRODUCT_DETERMINERS or before.tag_ == "POS" or before.like_num
                                   or before.pos_ == "PROPN")


def _not_a_place(resolver: NameResolver, span: Span) -> bool:
    """'its China phones': a country or city the ner reads is where the products are sold, not their name;
    'the Olympic games': an event's name the ner reads is no product's."""
    return not any(t.ent_type_ in ("GPE", "EVENT") for t in span)


# Rows whose sentence names what the name is, a product, whatever its last word ("unveiled AI Control Tower, a
# tool for ..."; a facility's word ends no product's name elsewhere, "St. Paul's Cathedral").
NAMED_PRODUCT_ROWS = frozenset({"product-apposition", "product-launch-object"})
# The rows whose context makes the mention a product whatever its name is elsewhere in the article ("the maker
# of the Roomba" where "Roomba" acts as the company later): the label of that mention, not of its name's key.
MENTION_PRODUCT_ROWS = frozenset({"product-maker-of"})
WEAPON_ROWS = frozenset({"product-weapon-noun", "product-weapon-noun-hyphenated"})
# The ner's kinds of a name before a weapon's noun that is the weapon's (a person's name: "the Sherman tank").
WEAPON_NAME_TYPES = frozenset({"", "PERSON", "PRODUCT"})
WEAPON_PERSON_WORDS = 3  # the words of a PERSON reading that make it the person, no weapon's name
_ROMAN = re.compile(r"^[IVX]{1,4}$")


def _a_weapon(resolver: NameResolver, span: Span) -> bool:
    """'the Sherman tank', 'Hellfire missiles', 'the Sten submachine gun', 'Leopard 2 tanks': a name before a
    weapon's noun (name_words.WEAPON_NOUN_FORMS, the words of its kind between) is the weapon's, where the
    ner reads no place, nationality or other kind of name in it ('German tanks', 'Iraqi tanks'), nor an
    organization without a designation's number ('Hamas missiles', 'IDF tanks'; 'MiG-29 fighters', 'Panzer IV
    tanks' are weapons), not the end of the ner's longer product ('SM-65 Atlas missiles'), no known company or maker ('Browning guns', a maker before a generic noun), no
    armed service ('Army tanks'), and the noun heads its phrase ('the Senate gun bill', 'the Brady gun law';
    not 'the Patriot missile system')."""
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].lower_ in WEAPON_MODIFIERS and doc[i].lower_ not in WEAPON_NOUN_FORMS:
        i += 1
    while i + 1 < len(doc) and doc[i + 1].lower_ in WEAPON_NOUN_FORMS and doc[i + 1].is_lower:
        i += 1  # "the Javelin anti - tank missile": the last weapon noun heads
    after = doc[i + 1] if i + 1 < len(doc) else None
    numbered = any(t.like_num or any(c.isdigit() for c in t.text) or _ROMAN.match(t.text) for t in span[1:]) or any(
        c.isdigit() for c in span[0].text)
    # a person's full name, three words or more, owns the weapons after it ('Kim Jong Un missiles'); a weapon
    # named after a person is one or two words ('the Sherman tank', 'a Carl Gustaf rifle')
    person = (sum(t.ent_type_ == "PERSON" and t.is_alpha for t in span) >= WEAPON_PERSON_WORDS and not numbered) or (
        span[0].ent_type_ == "PERSON" and span[0].ent_iob_ == "I")  # "Mohammed bin Salman tanks": a person's name's end
    # 'K9 howitzers': a designation alone the ner reads as a place is the weapon's; 'infantry fighting vehicles': a
    # vehicle is a weapon only with the words of its kind (not 'Zoox vehicles', a maker's)
    designation = len(span) == 1 and bool(DESIGNATION_RX.match(span.text)) and numbered
    if doc[i].lower_ in GENERAL_VEHICLE_NOUNS and i == span.end:
        return False
    return not (person or any(t.ent_type_ not in WEAPON_NAME_TYPES and not (t.ent_type_ == "ORG" and numbered)
                              and not (t.ent_type_ == "GPE" and designation) for t in span)
                or (span[0].ent_iob_ == "I" and span[0].ent_type_ == "PRODUCT")  # "SM-65 Atlas missiles": the ner's
                or span.text in resolver.companies or span[-1].text in SERVICE_WORDS | ORG_SUFFIXES
                or (after is not None and after.pos_ in ("NOUN", "PROPN") and after.lower_ not in WEAPON_SYSTEM_NOUNS))


def _not_a_company(resolver: NameResolver, span: Span) -> bool:
    """'its ad platform, Nordwind Ads Suite,': the name in apposition after a product's noun is the
    product, not a known company's name listed there ('on the platform, Google, Meta and ...')."""
    return span.text not in resolver.companies and not any(t.ent_type_ in NOT_NAME_TYPES for t in span)


def _not_the_maker(resolver: NameResolver, span: Span) -> bool:
    """'the drug Pfizer made', 'the therapy Bayer sells': a known company right after a product's trigger noun, as
    the subject of the verb after it, is the maker in a relative clause without 'that', no product's name (the row
    product-trigger-before); not 'the app Vellum launched in 2020' (no known company)."""
    doc = span.doc
    if _public_service_before(span):
        return False
    if span.text not in resolver.companies or span.end >= len(doc):
        return True
    verb = doc[span.end]
    return not (verb.pos_ in ("VERB", "AUX") and span.root.dep_ == "nsubj" and span.root.head.i == verb.i)


def _public_service_before(span: Span) -> bool:
    """'the statistics service Rosstat', 'Russia's security service FSB': 'service' after a public body's or an
    outlet's kind (name_words.PUBLIC_SERVICE_KINDS) is no product's trigger; the name is the body's."""
    doc, i = span.doc, span.start
    return i >= 2 and doc[i - 1].lower_ in ("service", "services") and doc[i - 2].lower_ in PUBLIC_SERVICE_KINDS


CONSUMABLE_NOT_TYPES = NOT_NAME_TYPES | NOT_PERSON_NAME_TYPES  # "Chinese cigarettes", "Indian pills": no product's name


def _a_consumable(resolver: NameResolver, span: Span) -> bool:
    """'Vasotec tablets', 'Marlboro cigarettes' (the row product-dose-noun): the name before a noun of a
    medicine's dose or of tobacco is the product, not a known company's (its maker: 'Pfizer pills'), a place
    or a nationality's ('Cuban cigars'), nor a name with an organization's word."""
    return (_not_a_company(resolver, span) and not any(t.ent_type_ in CONSUMABLE_NOT_TYPES for t in span)
            and not any(t.text in ORG_WORDS for t in span))


def _a_sold_name(resolver: NameResolver, span: Span) -> bool:
    """'sales of Mevacor rose', 'prescriptions of Zantac' (the row product-sales-of): the name that is sold,
    where it is the whole object, a noun of no kind after it ('sales of Nordwind cars' are the maker's), and no
    known company, person, place or name with an organization's word ('sales of Boeing', 'of Ann Lee')."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.pos_ in ("NOUN", "PROPN") or after.text in POSSESSIVES or after._.is_name_part):
        return False
    return _a_consumable(resolver, span) and not any(t.ent_type_ == "PERSON" for t in span)


MADE_NOT_TYPES = frozenset({"FAC", "LOC", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "EVENT", "LAW"})


def _a_made_name(resolver: NameResolver, span: Span) -> bool:
    """'the maker of the Roomba', 'the developer of Fortnite' (the row product-maker-of): the name made, where it
    is the whole object (no noun after it: 'the maker of Nordwind cars' is the brand's), no known company nor a
    name with an organization's word; the ner's one-word reading of an unknown name as a person or a place is
    none there (an invented product's name), its longer person ('the creator of Walt Disney') and places are."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.pos_ in ("NOUN", "PROPN") or after.text in POSSESSIVES or after._.is_name_part):
        return False
    if span.text in resolver.companies or any(t.text in ORG_WORDS or t.ent_type_ in MADE_NOT_TYPES for t in span):
        return False
    return len(span) == 1 or not any(t.ent_type_ in PERSON_OR_PLACE_TYPES for t in span)


def _apposition_head(span: Span) -> Token | None:
    """The noun heading the apposition after SPAN's comma and determiner ('maker' of 'Kolvex, a Berlin-based maker of
    drones', 'up' of 'a start-up'): the last noun of its run of modifiers and nouns, a participle glued to a hyphen
    one of them ('Berlin-based'), whatever the tagger reads the first part of a hyphenated word ('start' of
    'start-up'); None where there is none."""
    doc = span.doc
    head, k, noun_seen = None, span.end + 2, False  # after the comma and the determiner
    while k < len(doc):
        token = doc[k]
        glued = k + 1 < len(doc) and doc[k + 1].tag_ == "HYPH" and not token.whitespace_
        if glued and token.pos_ != "PUNCT":
            head = None  # "start" of "start-up", "Berlin" of "Berlin-based": a hyphenated word's first part, no head
        elif token.pos_ in ("NOUN", "PROPN"):
            head, noun_seen = token, True
        elif token.pos_ == "VERB" and doc[k - 1].tag_ == "HYPH" and not doc[k - 1].whitespace_:
            head = None  # "Berlin-based": a modifier's participle glued to its noun, no head
        elif not (token.tag_ == "HYPH" or token.pos_ in ("ADJ", "ADV", "NUM") or (token.pos_ == "VERB" and not noun_seen)):
            break
        k += 1
    return head


def _an_apposition_head(resolver: NameResolver, span: Span) -> bool:
    """'Journavx, a non-opioid painkiller', 'Figure 03, a humanoid robot for homes': the noun of a product
    (name_words.APPOSITION_PRODUCT_NOUNS) heads the apposition after the name (the row product-apposition);
    not 'Vantorix, a software company based in Oslo' (the company heads it), no known company's name
    ('Nvidia, a chip designer'), and after a name the ner reads as a person no noun of people too
    (PERSON_PRODUCT_NOUNS: 'Kate Lane, a fashion model')."""
    head = _apposition_head(span)
    if head is None or not head.is_lower or head.lower_ not in APPOSITION_PRODUCT_NOUNS:
        return False
    person = any(t.ent_type_ == "PERSON" for t in span)
    return span.text not in resolver.companies and not (person and head.lower_ in PERSON_PRODUCT_NOUNS)


def _an_org_apposition_head(resolver: NameResolver, span: Span) -> bool:
    """'Kolvex, a Berlin-based maker of drones', 'Pinbright, a start-up': the noun of a company
    (name_words.APPOSITION_ORG_NOUNS, a hyphenated one whole) heads the apposition after the name (the row
    org-apposition, an apposition to the parse), owning nothing after it ('Lane, the company's founder' is a
    person; 'with India, the airline said' no apposition); the whole name ('Rally's Inc., a fast-food company' is the
    suffix row's); not a place or a nationality of the ner's ('Acme Corp., Dunmore, Pa., a maker of valves', a
    place the lemma tables list), but an invented name it reads as a town before a company's noun ('Corvana, a venture
    firm'); nor a person of its before a noun of people too (APPOSITION_PERSON_NOUNS: 'Lane, a property developer';
    'Hoxley, a unit of Brantwell Corp.' is the company, whatever the ner reads)."""
    head, doc = _apposition_head(span), span.doc
    if head is None or not head.is_lower or head.dep_ != "appos" or (
            head.i + 1 < len(doc) and doc[head.i + 1].text in POSSESSIVES):
        return False  # "with India, the airline announced": the subject of what follows, no apposition
    before = doc[span.start - 1] if span.start > 0 else None
    if span[0].ent_iob_ == "I" or (before is not None and (
            before._.is_name_part or before.text in POSSESSIVES or before.lower_ in NAME_PARTICLES | {"&"}
            or (before.lower_ == "of" and span.start > 1 and doc[span.start - 2]._.is_name_part))):
        return False  # "Rally's Inc., a fast-food company", "Commission des Operations de Bourse, an agency", "Bank of
        # Boston, a lender": a longer name's end
    first = head.i
    while first >= 2 and doc[first - 1].tag_ == "HYPH" and not doc[first - 1].whitespace_ and not doc[first - 2].whitespace_:
        first -= 2  # "start-up": the hyphenated noun whole
    noun = doc[first:head.i + 1].text.lower()
    types = {t.ent_type_ for t in span}
    # a place of the ner's only where no lemma table lists it and no name and comma stand before it (a seat)
    place = types & NOT_PERSON_NAME_TYPES and (types & NOT_PERSON_NAME_TYPES - {"GPE"} or any(
        resolver.listed_word(t.lower_) for t in span) or (before is not None and before.text == ","))
    return noun in APPOSITION_ORG_NOUNS and not place and not ("PERSON" in types and noun in APPOSITION_PERSON_NOUNS)


# The words between a launch verb and its object (the row product-launch-object: "rolled out the new ...").
LAUNCH_OBJECT_OPENERS = frozenset({"out", *LAUNCH_OBJECT_DETERMINERS})
# The words a company is written with as a subject (its pronouns).
COMPANY_SUBJECT_PRONOUNS = frozenset({"it", "they", "we"})
# The ner's kinds of a name a company's launch verb makes its product: none, a person's or a work's
# (the ner reads new names so: "unveiled Polaris Catalog", PERSON), a product's or an organization's
# (a known company's or a name with an organization's word stays one).
# A launch verb's object that begins with a person's title or role is the titled person, no product
LAUNCHED_NOT_FIRST = OFFICER_TITLES | PERSON_ROLE_NOUNS
LAUNCHED_TYPES = frozenset({"", "PERSON", "PRODUCT", "WORK_OF_ART", "ORG"})


def _launched_by_company(resolver: NameResolver, span: Span) -> bool:
    """'Snowflake unveiled Polaris Catalog', 'the startup launched Vellum', 'it released Arctic Embed': the
    name right after a launch verb (name_words.LAUNCH_VERB_FORMS) whose subject is a company (the ner's ORG,
    a known company, a company's pronoun or trigger noun: 'the company') is the product it makes public, where
    the name ends the verb's object (not 'launched Nordwind shares', 'introduced Ann Lee as its chief') and
    is no known company, no place, date or other kind of name of the ner's, has no organization's word, and
    begins with no person's title ('introduced Chief Executive Ann Lee', LAUNCHED_NOT_FIRST)."""
    doc = span.doc
    i = span.start - 1
    while i > 0 and doc[i].lower_ in LAUNCH_OBJECT_OPENERS:
        i -= 1
    verb = doc[i]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    subject = subjects[0]
    words = doc[subject.left_edge.i:subject.i + 1]
    company = (subject.lower_ in COMPANY_SUBJECT_PRONOUNS or subject.ent_type_ == "ORG" or resolver.lemma(subject) in ORG_TRIGGERS
               or words.text in resolver.companies or subject.text in resolver.companies)
    after = doc[span.end] if span.end < len(doc) else None
    ends = after is None or not (after.pos_ in ("NOUN", "PROPN") or after.text in POSSESSIVES or after.lower_ == "as")
    joined = all(not doc[t.i - 1].whitespace_ and not t.whitespace_ for t in span if t.text == "-")  # "Qwen3-Coder"
    return (company and ends and joined and span.text not in resolver.companies and not any(t.text in ORG_WORDS for t in span)
            and all(t.ent_type_ in LAUNCHED_TYPES for t in span) and span[0].lower_ not in LAUNCHED_NOT_FIRST)


# A pattern row's "check": what its match must also be to be a candidate (components._check_rows
# refuses a row naming another).
def _comma_partners(resolver: NameResolver, span: Span) -> bool:
    """'Goldman, Sachs & Co.', 'Donaldson, Lufkin & Jenrette Securities Corp.': a partnership's registered
    name, two or three partners' names with a comma between (the rows org-legal-suffix-comma-partners*: "Smith
    Barney, Harris Upham & Co.", "Merrill Lynch, Pierce, Fenner & Smith Inc."); not a list
    of names, whose first is a known company or the end of a longer name ('IBM, Apple & Co.')."""
    doc = span.doc
    first = doc[span.start:next(t.i for t in span if t.text == ",")].text  # "Smith Barney" of "Smith Barney, Harris Upham & Co."
    return (span[0].text not in resolver.companies and first not in resolver.companies
            and not (span.start > 0 and doc[span.start - 1]._.is_name_part))


UNREAD_NAME_TYPES = frozenset({"", "PERSON"})  # the ner's readings of a product's name it does not know
# Nouns of the rows product-unread-*-noun a public body or a plan takes too ('the Rosstat service', 'the Artemis
# program'), and a person's theory ('a hidden Markov model', 'the Bohr models')
UNREAD_NOT_NOUNS = frozenset({"service", "program", "range", "suite", "model", "models"})
UNREAD_NAME_LENGTH = 3  # the fewest letters of such a name without a model number ('R / C car' is no product)


def _an_unread_name(resolver: NameResolver, span: Span) -> bool:
    """The row product-unread-name-noun ('the Quest headset', 'Cursor editor', 'a Velkor phone'): one name word (and its
    model number) before a noun of a product, where the ner reads no name (or one person's name of that word alone), and
    it is no known company, no ordinary word opening a sentence, no end of a longer or hyphenated name ('Full
    Self-Driving software') and no public body's service or plan ('the Rosstat service'); the parse makes the noun a
    noun, the name's head."""
    doc, first = span.doc, span[0]
    noun = doc[span.end] if span.end < len(doc) else None
    return (noun is not None and noun.pos_ == "NOUN" and span.root.head.i == noun.i and noun.lower_ not in UNREAD_NOT_NOUNS
            and (len(first.text) >= UNREAD_NAME_LENGTH or len(span) > 1)
            and first.ent_type_ in UNREAD_NAME_TYPES and not inside_person(span) and span.text not in resolver.companies
            and not (first.is_sent_start and first.lower_ in resolver.words)
            and not (span.start > 0 and (doc[span.start - 1]._.is_name_part or not doc[span.start - 1].whitespace_))
            and not (noun.i + 1 < len(doc) and doc[noun.i + 1]._.is_name_part and doc[noun.i + 1].text[:1].isupper()))


UNREAD_ROWS = frozenset({"product-unread-name-noun", "product-unread-word-noun"})


def _unread_makers(cands: list[Candidate], repeats: list[Candidate], labels: dict[str, str]) -> None:
    """'Drevo phones sold well. Drevo said ...': a name that only the rows product-unread-*-noun make a product, and
    that acts as a company in another mention (a repeat with a strong verb), is the company, the phones' maker."""
    acting = {c.key for c in repeats if c.override == "ORG"}
    if not acting:
        return
    other = {c.key for c in cands if c.rule not in UNREAD_ROWS}
    for key in {c.key for c in cands if c.rule in UNREAD_ROWS} & acting - other:
        labels[key] = "ORG"


def _an_unread_word(resolver: NameResolver, span: Span) -> bool:
    """The row product-unread-word-noun: a capitalised word the tagger takes for an adjective ('the Velkor headset'),
    no name's word to the rules (the row product-unread-name-noun reads those) and no sentence's first word ('Analysts
    watch'), otherwise as _an_unread_name."""
    return not span[0]._.is_name_part and not span[0].is_sent_start and _an_unread_name(resolver, span)


ROW_CHECKS = {"made_name": _a_made_name, "product_line": _a_line, "not_the_maker": _not_the_maker, "product_verb_object": _a_product_verbs_object,
              "own_code": _a_code_of_its_own, "numbered_name": _a_numbered_name, "not_a_place": _not_a_place,
              "not_a_count": _not_a_count,
              "stock_index": _a_stock_index, "weapon": _a_weapon, "not_a_company": _not_a_company,
              "apposition_head": _an_apposition_head, "org_apposition_head": _an_org_apposition_head,
              "launched_by_company": _launched_by_company,
              "comma_partners": _comma_partners, "unread_name": _an_unread_name, "unread_word": _an_unread_word, "consumable": _a_consumable, "sold_name": _a_sold_name}


def _totals(cands: list[Candidate]) -> dict[str, dict[str, int]]:
    """Name key -> label -> the weight of the votes for it over the article."""
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for cand in cands:
        for source, weight in cand.votes.items():
            totals[cand.key][source.split(":", 1)[1]] += weight
    return totals


def _note_origins(names: list[Span], made: dict[tuple[int, int], Candidate], totals: dict[str, dict[str, int]]) -> None:
    """What made each name (explain: a wrong name names its rule), in doc.user_data where
    spans.span_origin reads it: the candidate's source and pattern id, the votes its
    span pooled, the name's votes over the article, the sentence's override; a brand joined
    to the product after it ('Chevrolet Cavalier', _brand_products) is the product's."""
    for span in names:
        cand = made.get((span.start, span.end))
        brand = None
        if cand is None:  # _brand_products joined a brand and the product that ends the span
            cand = next(c for (start, end), c in made.items() if end == span.end and start > span.start)
            brand = span.doc[span.start:cand.span.start].text
        span.doc.user_data[(ORIGIN_KEY, span.start_char, span.end_char)] = {
            "source": cand.source, "rule": cand.rule, "votes": dict(sorted(cand.votes.items())),
            "name_votes": dict(sorted(totals.get(cand.key, {}).items())), "override": cand.override, "brand": brand}


def _with_particles(words: Span) -> bool:
    """'Banca Monte dei Paschi di': capitalised name words with a lowercase particle of another
    language among them (name_words.NAME_PARTICLES), which the suffix rows' name tokens stop at."""
    return (any(t.lower_ in NAME_PARTICLES for t in words)
            and all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES for t in words))


def _inside_model_org(span: Span, model_orgs: list[Span]) -> bool:
    """A suffix name the trained ner reads otherwise, where its reading is the name:
    - it holds the suffix name and goes on with more name words ('Entertainment Technology
      Center'), or an institution's with 'of'/'for' ('Liberal Party of Canada'; a company's 'of
      Boston' is its seat: 'Norwood Partners Limited Partnership of Boston');
    - it begins an institution's name earlier ('Italian Republican Party', 'Anti-Masonic Party');
    - the suffix name joins the ends of two of its names ('Berlin and University' of 'Humboldt
      University of Berlin and University of Strasbourg')."""
    doc = span.doc
    for m in model_orgs:
        if m.start <= span.start and span.end < m.end:
            nxt = doc[span.end]
            if nxt.lower_ not in ("of", "for") or span[-1].text in INSTITUTION_SUFFIXES:
                return True
        if m.start < span.start and span.end == m.end and span[-1].text in INSTITUTION_SUFFIXES:
            return True
        crossing = (m.start < span.start < m.end < span.end) or (span.start < m.start < span.end < m.end)
        if crossing and any(t.lower_ in ("and", "&") for t in span):
            return True
    return False


def _without_person(cand: Candidate, people: set[str]) -> Candidate:
    """'Mr. Weil of Weil & Associates' -> 'Weil & Associates', 'Analyst Ann Lee-Park of Nordwind
    Securities' -> 'Nordwind Securities': a person 'of' a firm (a name of the article's people, or
    words the ner reads as a person) is not in its name."""
    span, doc = cand.span, cand.span.doc
    of = next((t.i for t in span if t.lower_ == "of"), None)
    titled = span.start > 0 and doc[span.start - 1].text.rstrip(".") in HONORIFICS
    first = span.start
    while of is not None and first < of and doc[first].lower_ in PERSON_ROLE_NOUNS:
        first += 1  # 'Analyst Ann Lee of ...': a title before the person
    person = of is not None and of > first and (
        all(t.ent_type_ == "PERSON" for t in doc[first:of]) or doc[first:of].text in people)
    if cand.source == "legal_suffix" and of is not None and (titled or person):
        cand.span = Span(doc, of + 1, span.end, label=span.label)
    return cand


def _operating_not_system(span: Span) -> bool:
    """'the Bell operating companies', 'the Acme operating profit': 'operating' after the name and no system's noun
    after it (name_words.OPERATING_NOUNS): the name is the operator's, an ORG."""
    doc, end = span.doc, span.end
    return end < len(doc) and doc[end].lower_ == "operating" and (end + 1 == len(doc) or doc[end + 1].lower_ not in OPERATING_NOUNS)


def _a_riverbank(span: Span) -> bool:
    """'the West Bank', 'the Left Bank': a side's word and 'Bank' after 'the' name a place (name_words.SIDE_WORDS)."""
    doc = span.doc
    return (len(span) == 2 and span[0].text in SIDE_WORDS and span[1].text == "Bank" and span.start > 0
            and doc[span.start - 1].lower_ == "the")


def _inside(span: Span, others: list[Span]) -> bool:
    """SPAN lies inside one of OTHERS or is one of them."""
    return any(o.start <= span.start and span.end <= o.end for o in others)


def _inside_longer(span: Span, others: list[Span]) -> bool:
    """SPAN lies inside one of OTHERS and is shorter."""
    return any(o.start <= span.start and span.end <= o.end and len(o) > len(span) for o in others)


def _without_seat(cand: Candidate) -> Candidate | None:
    """'Member of Parliament', 'Speaker of the Assembly', 'an Act of Congress': a person's seat or a
    law (name_words.SEAT_WORDS) before 'of' is no part of a body's name, nor is what comes before it
    ('an NDP Member of Parliament'): the suffix name is the institution's after it ('Clerk of the Ohio
    Senate' -> 'Ohio Senate'), none where one word is left ('Parliament') or no institution's word ends it
    ('Minister of Social Services', an office's title): the ner's reading decides. A body's
    session number is no part of it either ('the 41st United States Congress', as the trained ner reads it)."""
    span, doc = cand.span, cand.span.doc
    if cand.source != "legal_suffix":
        return cand
    if span[-1].text in GOVERNMENT_BODIES and ORDINAL_RX.match(span[0].text) and len(span) > 2:
        span = cand.span = Span(doc, span.start + 1, span.end, label=span.label)  # "the 41st United States Congress"
    of = next((t.i for t in reversed(span[1:]) if t.lower_ == "of" and doc[t.i - 1].text in SEAT_WORDS), None)
    if of is None:
        return cand
    start = of + 1 + (of + 1 < span.end and doc[of + 1].lower_ == "the")
    if span.end - start < 2 or span[-1].text not in INSTITUTION_SUFFIXES:
        return None  # "Minister of Social Services": an office's title, no body's name
    cand.span = Span(doc, start, span.end, label=span.label)
    return cand


def _inner_possessive(token, first: int) -> bool:
    """A possessive between two capitalised words of a name ("Hudson 's Bay")."""
    doc = token.doc
    return (token.text in POSSESSIVES and token.i > first and token.i + 1 < len(doc)
            and doc[token.i - 1].text[:1].isupper() and doc[token.i + 1].text[:1].isupper())


def _after_honorific(doc: Doc, i: int) -> bool:
    """Token I follows an honorific ('Mr.', 'Mrs', 'Dr.'): a person's name begins there ("Mr. Perelman's
    Revlon Group Inc." is Perelman's company, no possessive of its registered name)."""
    return i > 0 and doc[i - 1].text.rstrip(".") in HONORIFICS


def _named_alone(words: Span) -> bool:
    """The article writes WORDS elsewhere without a possessive after them: a name of its own, an owner
    ('Acme' in 'Acme said' makes "Acme's Quill Corp." the owner and its unit)."""
    doc, n, texts = words.doc, len(words), [t.text for t in words]
    return any([t.text for t in doc[i:i + n]] == texts and (i + n == len(doc) or doc[i + n].text not in POSSESSIVES)
               for i in range(len(doc) - n + 1) if i != words.start)


def _legal_name_start(cand: Candidate, ner_orgs: list[Span], known_starts: set[int]) -> Candidate:
    """Where a legal-suffix name begins:
    - at the ner's ORG that ends with it, over capitalised words the tagger read as no name part
      ('Spotify Technology SA', where 'Spotify' is tagged a verb) and a possessive between two of them
      ("Hudson's Bay Co.": not after a known company, "Toyota's Daihatsu Motor Co.", nor after a name
      the article writes alone, "Acme said ... Acme's Quill Corp.");
    - after a trigger noun that opens the sentence ('Rival Nordwind Co. said': name_words.
      SENTENCE_DESCRIPTORS), unless a known organization's name begins there."""
    span, doc = cand.span, cand.span.doc
    if cand.source != "legal_suffix":
        return cand
    start = span.start
    for org in ner_orgs:
        if org.end == span.end and org.start < start and not _after_honorific(doc, org.start) and all(
                (t.text[:1].isupper() and not (t.is_punct or t.is_stop)) or (
                    _inner_possessive(t, org.start) and org.start not in known_starts and not _named_alone(doc[org.start:t.i]))
                for t in doc[org.start:start]):
            start = org.start  # "Spotify Technology SA"; "Hudson's Bay Co.", a registered name's own possessive
    first = doc[start]
    if (first.is_sent_start and first.lower_ in SENTENCE_DESCRIPTORS and start not in known_starts
            and start + 2 <= span.end and doc[start + 1].text[:1].isupper() and doc[start + 1].text not in ORG_SUFFIXES):
        start += 1
    if start != span.start:
        cand.span = Span(doc, start, span.end, label=span.label)
    return cand


def _called_person_or_place(span: Span) -> bool:
    """'called U.S. soldiers the real occupiers', 'called President Bush a liar': what a verb of
    naming names is a person or a place the ner reads as one (a place, a nationality, a titled
    person), or is called something (a second object after it), no product's name."""
    doc = span.doc
    titled = span[0].text.rstrip(".") in HONORIFICS or span[0].lower_ in PERSON_ROLE_NOUNS
    second_object = span.end < len(doc) and doc[span.end].lower_ in ("a", "an", "the") and doc[span.end].dep_ == "det" and (
        doc[span.end].head.dep_ in ("oprd", "dobj", "attr", "ccomp", "xcomp"))
    return (any(t.ent_type_ in NOT_PERSON_NAME_TYPES for t in span) or (titled and span[-1].ent_type_ == "PERSON")
            or second_object)


def _brand_products(names: list[Span]) -> list[Span]:
    """ANNOTATION §2: a brand written right before its product, without a possessive, is part of
    it ('Chevrolet Cavalier', 'Boeing 747'); a brand with a legal form is a company ('Acme Inc')."""
    out: list[Span] = []
    for span in names:
        prev = out[-1] if out else None
        if (prev is not None and prev.label_ == "ORG" and span.label_ == "PRODUCT" and prev.end == span.start
                and prev.sent.start == span.sent.start and prev[-1].text.rstrip(".") not in ORG_SUFFIXES):
            out[-1] = Span(span.doc, prev.start, span.end, label="PRODUCT")
        else:
            out.append(span)
    return out


def _without_category_noun(span: Span | None) -> Span | None:
    """'Boeing 737 Max 9 aircraft', 'ROG Ally X handheld': the ner's product without the lowercase
    noun of its kind at its end (ANNOTATION §2: 'the Quill app' gives 'Quill'; PRODUCT_CUE_NOUNS);
    'A Royal Mail van': the ner's ORG without such a noun of its vehicles or products after a
    capitalised word (not 'the Liberal party', 'the ECHL team', 'Barclays plc')."""
    if span is None:
        return span
    doc, end = span.doc, span.end
    if span.label_ == "PRODUCT":
        while end - span.start > 1 and doc[end - 1].text.islower() and doc[end - 1].text in PRODUCT_CUE_NOUNS:
            end -= 1
    elif span.label_ == "ORG":
        while (end - span.start > 1 and doc[end - 1].text.islower() and doc[end - 1].text in PRODUCT_CUE_NOUNS
               and doc[end - 2].whitespace_ and doc[end - 2].text[:1].isupper()):
            end -= 1
    return span if end == span.end else Span(doc, span.start, end, label=span.label)


def _without_flight(span: Span | None) -> Span | None:
    """'Pan Am Flight 103', 'TWA Flight 800 off Long Island' read as one name -> ORG 'Pan Am', 'TWA': a flight
    and its number are no product (ANNOTATION §2 names vehicles' models, not a service's runs); the airline
    before them is the ORG; a span that opens with the flight is none."""
    if span is None:
        return None
    doc = span.doc
    cut = next((t.i for t in span if t.lower_ in FLIGHT_WORDS and t.i + 1 < len(doc) and doc[t.i + 1].like_num), None)
    if cut is None:
        return span
    return Span(doc, span.start, cut, label="ORG") if cut > span.start else None


def _a_feature(span: Span, listed: set[tuple[int, int]]) -> bool:
    """'the Start menu', 'the Action button': a name of the ner's right before a noun of a named
    feature of an interface (name_words.FEATURE_NOUNS) is the feature's, no name (ANNOTATION §2:
    named hardware features are no products); a known name stays ('the Windows key')."""
    doc = span.doc
    return (span.end < len(doc) and doc[span.end].lower_ in FEATURE_NOUNS and doc[span.end].text.islower()
            and (span.start, span.end) not in listed)


def _in_generic_term(span: Span) -> bool:
    """SPAN is a generic term of data/generic_names.txt, or inside one of up to two words more on each side
    ('Mini' of 'Vantor's Mini LED TVs', 'Class' of 'its Class A shares'): no name (ANNOTATION §2)."""
    doc = span.doc
    if span.text in GENERIC_NAMES:
        return True
    # each longer span's text joined from its tokens' own (as Span.text is, without a Span made for each),
    # from the words a generic term can open with only
    first, last = max(span.start - GENERIC_REACH, 0), min(span.end + GENERIC_REACH, len(doc))
    starts = [k - first for k in range(first, span.start + 1) if doc[k].text in GENERIC_OPENINGS]
    if not starts:
        return False
    tokens = [doc[k] for k in range(first, last)]
    with_ws = [t.text_with_ws for t in tokens]
    return any("".join(with_ws[start:end - 1]) + tokens[end - 1].text in GENERIC_NAMES
               for start in starts for end in range(span.end - first, last - first + 1))


# The parts of speech of a lowercase word after a qualifying term that is no noun it qualifies ("launched Workers AI
# in 100 cities": "AI" ends the name).
NOT_QUALIFIED_POS = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "AUX", "VERB", "PART", "PRON"})


def _without_qualifier(span: Span) -> Span:
    """SPAN without the qualifying terms at its end before a lowercase word (QUALIFIER_TERMS, generic_names.txt:
    'AI', 'AR', '5G'), and a capitalised 'PC' after them: they qualify the noun after them, no name's part
    ('Gaudi 3 AI accelerator', 'Orion AR glasses', 'HP AI PC shipments'; not 'IBM PC model line')."""
    doc, end = span.doc, span.end
    noun = end
    while noun < len(doc) and doc[noun].text in QUALIFIER_TERMS | CATEGORY_NAMES:
        noun += 1  # the qualified phrase goes on after the span ('HP AI' + 'PC shipments')
    if noun < len(doc) and doc[noun].is_lower and doc[noun].is_alpha and doc[noun].pos_ not in NOT_QUALIFIED_POS:
        if end - span.start > 2 and doc[end - 1].text in CATEGORY_NAMES and doc[end - 2].text in QUALIFIER_TERMS:
            end -= 1
        while end - span.start > 1 and doc[end - 1].text in QUALIFIER_TERMS:
            end -= 1
    return span if end == span.end else Span(doc, span.start, end, label=span.label)


def _to_legal_period(span: Span) -> Span:
    """'Velmora Corp. Shares rose': a legal form written with its period inside the ner's name, before a capitalised
    word that is no legal form or corporate word, ends the name and its sentence ('according to Zacks Investment
    Research Inc. Revenue rose ...'); not 'Nomura Securities Co. Ltd.', 'Henkel AG & Co. KGaA'."""
    for token in span[1:-1]:
        after = span.doc[token.i + 1]
        if (token.text in LEGAL_FORMS and token.text.endswith(".") and after.text[:1].isupper() and after.is_alpha
                and after.text not in ORG_SUFFIXES and after.text[1:].islower()):
            return Span(span.doc, span.start, token.i + 1, label=span.label)
    return span


def _article_brands(doc: Doc, ents, cands: list[Candidate]) -> list[Span]:
    """The short forms of the article's suffix names ('Veltano' of 'Veltano Systems Inc.') where they begin a
    longer name of the ner's that is none of those names' forms and says it is a product: a model number or an
    edition word in its other words, a word of a product's interface (PRODUCT_INTERFACE_WORDS: 'Veltano API'),
    or a product's noun after it ('its Veltano Go mobile app'). A brand before its product, as a known company is
    (_model_candidate). Without such a cue a suffix name's first word and more is a unit of the company in
    newswire ('Courtaulds Textiles' of 'Courtaulds PLC', 'British Gas'), and a place is no brand."""
    full = {c.span.text for c in cands if c.source == "legal_suffix"}
    forms = {form for text in full for form in short_forms(text)}
    if not forms:
        return []
    out = []
    for ent in ents:
        if ent.label_ not in NAME_LABELS or ent.text in forms | full:
            continue
        for k in range(1, len(ent)):
            brand, rest = ent[:k], ent[k:]
            if brand.text in forms and not any(t.ent_type_ in PERSON_OR_PLACE_TYPES for t in brand) and (
                    any(t.like_num or t.text in EDITION_WORDS | PRODUCT_INTERFACE_WORDS for t in rest)
                    or _with_model_number(doc, ent.end) > ent.end  # 'Veltano Office 98'
                    or _before_product_noun(ent)):
                out.append(Span(doc, ent.start, ent.start + k))
    return out


def _before_product_noun(span: Span) -> bool:
    """'its Veltano Go mobile app', 'the Quill phones': a lowercase noun of a product (PRODUCT_CUE_NOUNS) right
    after SPAN, or after one or two adjectives."""
    doc = span.doc
    for i in range(span.end, min(span.end + 3, len(doc))):
        token = doc[i]
        if token.is_lower and token.text in PRODUCT_CUE_NOUNS:
            return True
        if not (token.is_lower and token.pos_ == "ADJ"):
            return False
    return False


def _model_candidate(span: Span, brands: list[Span]) -> Candidate:
    """A model name that starts with a known company and goes on is brand + product ('Google Meet',
    and whatever follows the brand where the model reads the whole as a product: 'Boeing 747'); an
    ORG that goes on to a suffix or a region is the company's ('Spotify Technology SA', 'Kia America')."""
    if any(brand.start == span.start and brand.end == span.end for brand in brands):
        return Candidate(span, "model", span.label_)  # "Lockheed Martin", not "Lockheed" + a product
    doc = span.doc
    for brand in brands:  # "Dell AI server orders": the company, and the kind of machine after it
        if brand.start == span.start and brand.end < span.end and _without_qualifier(span).end == brand.end:
            return Candidate(Span(doc, brand.start, brand.end, label="ORG"), "model", "ORG")
    for brand in brands:
        if brand.start == span.start and brand.end < span.end and (span.label_ == "PRODUCT" or (
                all(t._.is_name_part for t in span[len(brand):])
                and span[-1].text not in ORG_WORDS | UNIT_WORDS | GROUP_NAME_WORDS)):  # "Capcom Pro Tour"
            if span.label_ == "ORG" and (any(t.text in FIRM_NAME_WORDS | UNIT_WORDS for t in span[len(brand):])
                                         or any(t.text in FIRM_NAME_WORDS for t in brand)):
                # "Morgan Stanley Capital International Barra": a unit; "Bank of America Merrill Lynch": a bank's
                # name and the firm it took over, one company (a bank, a fund, a broker makes no product)
                return Candidate(span, "brand_product", "ORG")
            return Candidate(span, "brand_product", "PRODUCT")  # not "Spotify Technology SA", "Kia America"
    if (span.label_ == "ORG" and DESIGNATION_RX.match(span.text) and span.text not in NOT_DESIGNATIONS
            and not NOT_PRODUCT_CODE_RX.match(span.text)):
        return Candidate(span, "designation", "PRODUCT")  # "A320neo", "T-34", "787s": a designation is a product
    return Candidate(span, "model", span.label_)


LISTED_DESIGNATION = "a bare designation listed after a product's"  # Candidate.rule of _listed_designations' names
LIST_JOINS = frozenset({",", "and", "or"})


def _listed_designations(doc: Doc, names: list[Span], taken: set[int]) -> list[Span]:
    """'the Core i3, i5 and i7 chips', 'Core i5, i7, m5 and m7': the bare designations listed right after a product
    whose last word is one (letters and digits), each of that word's shape ('i5' as 'i3': spaCy's Token.shape_), a
    product of its own (ANNOTATION §2: a model designation is a product on its own); no period's code ('Q1',
    NOT_PRODUCT_CODE_RX), no word of another mention or a quantity (TAKEN)."""
    out, used = [], set(taken) | {t.i for n in names for t in n}
    for span in names:
        last = span[-1]
        if span.label_ != "PRODUCT" or not (any(c.isdigit() for c in last.text) and any(c.isalpha() for c in last.text)):
            continue
        i = span.end
        while True:
            j = i
            while j < len(doc) and j - i < 2 and doc[j].lower_ in LIST_JOINS:
                j += 1  # ", ", " and ", ", and "
            if j == i or j >= len(doc):
                break
            token = doc[j]
            if (j in used or token.shape_ != last.shape_ or token.text == last.text
                    or NOT_PRODUCT_CODE_RX.match(token.text) or (j + 1 < len(doc) and doc[j + 1]._.is_name_part)):
                break
            out.append(Span(doc, j, j + 1, label="PRODUCT"))
            used.add(j)
            i = j + 1
    return out


NUMBERED_NAME_WORDS = 2  # the most name words before a model number ("Street Fighter 6"; not an album's "Solo Electric Bass 1")


def _numbered_person(ent: Span) -> bool:
    """The ner's PERSON of one or two capitalised words, a model number or a version, then edition words only
    (name_words.MODEL_WORDS): 'Claude 3 Opus', 'Street Fighter 6', 'GPT-4 Turbo', 'Joy-Con 2'. No one's name has a
    number; not a year ('Biden 2024'), not a venue's or an album's name ('O2 Apollo Manchester', 'Solo Electric Bass 1')."""
    at = next((t.i for t in ent if any(c.isdigit() for c in t.text)), None)
    if at is None or not ent[0].text[:1].isupper():
        return False
    number, before, after = ent.doc[at].text, ent.doc[ent.start:at], ent.doc[at + 1:ent.end]
    return (bool(DESIGNATION_RX.match(number) or VERSION_NUMBER_RX.match(number) or SMALL_MODEL_NUMBER_RX.match(number))
            and not NOT_PRODUCT_CODE_RX.match(number)
            and sum(t.is_alpha for t in before) <= NUMBERED_NAME_WORDS and all(t.text[:1].isupper() or t.is_punct for t in before)
            and all(t.text in MODEL_WORDS for t in after))


def _read_otherwise(doc: Doc, orths: set[int], label: str) -> set[int]:
    """Of the words ORTHS, those the doc has somewhere with another reading of the ner's than LABEL (or none)."""
    arr = doc.to_array([ORTH, ENT_TYPE])
    mask = numpy.isin(arr[:, 0], numpy.fromiter(orths, dtype=arr.dtype)) & (arr[:, 1] != doc.vocab.strings[label])
    return {int(o) for o in arr[mask, 0]}


def _acting_one_word(ent: Span, people: set[str], lemma) -> bool:
    """A one-word PERSON ENT, capitalised, no person's name of the article (PEOPLE) nor after an honorific, whose
    sentence makes it an actor with a strong verb ('OpenAI said')."""
    token = ent[0]
    return (token.is_alpha and token.text[:1].isupper() and not token.is_upper and token.text not in people
            and not _after_honorific(ent.doc, ent.start) and sentence_cue(ent, lemma) == ("ORG", True))


def _designated_person(ent: Span) -> bool:
    """The ner's PERSON of capitalised words and a model designation with a digit at its end ('Ram 1500s')."""
    last = ent[-1].text
    return (any(c.isdigit() for c in last) and bool(DESIGNATION_RX.match(last)) and last not in NOT_DESIGNATIONS
            and not NOT_PRODUCT_CODE_RX.match(last) and all(t.is_alpha and t.text[:1].isupper() for t in ent[:-1]))


def _one_of_its_products(doc: Doc, start: int, end: int) -> bool:
    """'a Pontiac', 'an Airbus': a maker after an indefinite article, heading its phrase, is one of its products."""
    after = doc[end] if end < len(doc) else None
    return (start > 0 and doc[start - 1].lower_ in ("a", "an") and doc[start].text[:1].isupper()
            and (after is None or (after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") and after.text not in POSSESSIVES)))


def _model_name_end(doc: Doc, start: int, end: int, own_types: frozenset[str] = frozenset({"PERSON"})) -> int:
    """End of the model name after a maker ('Espace', 'Gran Fury', 'A350-900', 'GTO'): name words
    or designations that belong to no other entity, up to three; no suffix ('Toyota Motor'), no
    title ('Tesla CEO'). A PERSON the model starts at the maker, or right after it, is the maker's
    car ('Ford Mustang', 'Chevrolet Cavalier'); after a known product, an ORG the model starts
    there too ('TikTok Shop': OWN_TYPES)."""
    own = doc[start].ent_iob_ == "B" and doc[start].ent_type_ in own_types
    stop = end
    while stop < len(doc) and stop - end < 4:
        token = doc[stop]
        # A PERSON the model starts right after the maker is its car too ('Chevrolet Cavalier').
        after_own = stop == end and token.ent_iob_ == "B" and token.ent_type_ == "PERSON" and doc[end - 1].whitespace_
        own = own or after_own
        if (token.text == "-" and stop > end and not doc[stop - 1].whitespace_ and not token.whitespace_
                and stop + 1 < len(doc) and (doc[stop + 1].text[:1].isupper() or doc[stop + 1].text[:1].isdigit())):
            stop += 2  # "Mach-E", "Model S-Plaid": a hyphenated part, the hyphen and the part it joins
            continue
        if _before_descriptor(doc[stop:stop + 1]):
            break  # "Jaguar British-owned cars": a descriptor of the maker, no model's name
        inside_own = (own and token.ent_iob_ == "I") or after_own
        if (token.ent_type_ in OTHER_ENTITY_TYPES and not inside_own and not DESIGNATION_RX.match(token.text)) or (
                token.text in ORG_SUFFIXES or token.lower_ in ROLE_NOUNS):
            break
        if not (token._.is_name_part or DESIGNATION_RX.match(token.text) or MODEL_NUMBER_RX.match(token.text)):
            break
        if not doc[token.i - 1].whitespace_ and doc[token.i - 1].text != "-":
            break
        stop += 1
    return stop


def _with_unit_words(doc: Doc, end: int) -> int:
    """The end of a known company's name over the capitalised words of one of its group's companies after
    it (name_words.COMPANY_UNIT_WORDS: "Samsung Biologics", "Take-Two Interactive", "Lockheed Martin Space";
    two of them joined by "and", "Airbus Defence and Space"); END where none follows."""
    i = end
    while i < len(doc) and doc[i - 1].whitespace_ and doc[i].text in COMPANY_UNIT_WORDS:
        i += 1
        if i + 1 < len(doc) and doc[i].lower_ == "and" and doc[i + 1].text in COMPANY_UNIT_WORDS:
            i += 1
    return i


def _joins(a: Candidate, b: Candidate) -> bool:
    """A known name and a legal-suffix name that overlap are one ORG ('South China Morning Post' + 'Post Publishers Ltd')."""
    sources = {a.source, b.source}
    nested = (a.span.start <= b.span.start and b.span.end <= a.span.end) or (
        b.span.start <= a.span.start and a.span.end <= b.span.end)
    return not nested and sources == {"gazetteer", "legal_suffix"} and a.label == b.label == "ORG"


_CASE_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z])")


def spelling_variants(text: str) -> set[str]:
    """'LinkNow' -> {'LinkNow', 'Link Now'}; 'Link Now' -> {'Link Now', 'LinkNow'}."""
    variants = {text}
    if " " in text and all(w[:1].isupper() for w in text.split()):
        variants.add(text.replace(" ", ""))
    elif " " not in text and _CASE_BOUNDARY.search(text):
        variants.add(_CASE_BOUNDARY.sub(" ", text))
    return variants


def _complete_variants(cands: list[Candidate], quantities: list[Span]) -> list[Candidate]:
    """Extend 'Link' to 'Link Now' where 'LinkNow' is a name of the article (never over a quantity)."""
    keys = {c.key for c in cands}
    taken = {c.span.start for c in cands} | {t.i for q in quantities for t in q}
    for cand in cands:
        span = cand.span
        doc, text = span.doc, span.text
        for end in (span.end + 1, span.end + 2):
            if end > len(doc) or end - 1 in taken:
                break
            text += doc[end - 2].whitespace_ + doc[end - 1].text  # the longer span's text, as Span.text joins it
            key = spelling_key(text)
            if key in keys and key != cand.key:
                cand.span = Span(doc, span.start, end, label=span.label)
                break
    return cands


NOT_AFTER_MODEL_NUMBER = frozenset({"%", "percent", "per", "million", "billion", "trillion", "thousand", "users",
                                    "years", "months", "days", "people", "employees"})


PLUS_MARK = "+"  # glued to a model's name: its variant ("S26+"), read by _with_model_number


def _with_model_number(doc: Doc, end: int) -> int:
    """Extend a product over up to two model tokens after it (the first may be a version number,
    'Llama 3.1', 'iOS 17.4'), and a generation after a number ('Snapdragon 8 Gen 3'), unless they are
    a quantity, or over 'model' and a designation ('PS/2 model 70-A21'). A plus glued to the name's end is the
    name's ('Galaxy S26+', 'Ryzen AI Max+ 395'; ANNOTATION §2, the whole model designation)."""
    if end < len(doc) and doc[end].text == PLUS_MARK and not doc[end - 1].whitespace_ and doc[end - 1].text[-1:].isalnum():
        end += 1
    if end + 1 < len(doc) and doc[end].lower_ == "model" and any(ch.isdigit() for ch in doc[end + 1].text):
        end += 2
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and doc[end + 1].text[:1].isalnum():
            end += 2
        return end
    for i in range(2):
        if end < len(doc) and doc[end - 1].whitespace_ and (
                MODEL_NUMBER_RX.match(doc[end].text) or (i == 0 and VERSION_NUMBER_RX.match(doc[end].text))):
            after = doc[end + 1].lower_ if end + 1 < len(doc) else ""
            if after in NOT_AFTER_MODEL_NUMBER:
                break
            end += 1
    # a trim's code in capitals after the model number ("Ram 1500 REV", "A350 XWB", "Galaxy S24 FE"; the ner
    # reads some alone as an ORG, "Silverado 1500 RST"): not a generic term ("RTX 4090 GPU"), a legal form ("Volvo
    # 240 AB"), a role ("CEO"), another kind of name ("iPhone 16 US sales") nor part of a hyphenated word ("USB-C")
    if (end < len(doc) and any(c.isdigit() for c in doc[end - 1].text) and doc[end - 1].whitespace_
            and TRIM_CODE_RX.match(doc[end].text) and doc[end].text not in NOT_TRIM_CODES and doc[end].lower_ not in ROLE_NOUNS
            and (doc[end].ent_type_ in ("", "PRODUCT") or _one_token_org(doc, end))
            and not (end + 1 < len(doc) and doc[end + 1].text == "-")):
        end += 1
    # a variant's letter before a noun of the machines it names ("Gripen E fighters", "Rafale M jets"; not "I", "A")
    if (end + 1 < len(doc) and doc[end - 1].whitespace_ and VARIANT_LETTER_RX.match(doc[end].text)
            and doc[end + 1].is_lower and doc[end + 1].text in DESIGNATION_NOUN_FORMS | WEAPON_NOUN_FORMS):
        end += 1
    # a generation and its number after the model number ("Snapdragon 8 Gen 3", "Snapdragon 8s Gen 3")
    if (end + 1 < len(doc) and doc[end].text in GENERATION_WORDS and doc[end + 1].text.isdigit()
            and doc[end - 1].text[:1].isdigit() and (end + 2 == len(doc) or doc[end + 2].lower_ not in NOT_AFTER_MODEL_NUMBER)):
        end += 2
    return end


def _before_descriptor(span: Span) -> bool:
    """SPAN glued to a hyphen and a descriptor's participle ('British-owned', 'Boston-based'; spans.DESCRIPTOR_HEADS)."""
    doc, end = span.doc, span.end
    return (end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in DESCRIPTOR_HEADS
            and not span[-1].whitespace_ and not doc[end].whitespace_)


def _one_token_org(doc: Doc, i: int) -> bool:
    """The ner reads token I alone as an ORG ('Silverado 1500 RST': the trim's code it misreads)."""
    return doc[i].ent_type_ == "ORG" and doc[i].ent_iob_ == "B" and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")


def _joins_two_names(span: Span, known: set[tuple[int, int]], words_listed: Callable[[str], bool]) -> bool:
    """'IBM and Apple Computer Inc', 'Acme Corp.'s Quill Group': two names, not one.

    An 'and' right after a known name, or a legal form before the end, splits them, and so does one between two names
    apart (_names_apart; WORDS_LISTED: the lemma tables).
    """
    words = [legal_key(t.text) for t in span]
    first_legal = next((i for i, w in enumerate(words) if w in LEGAL_FORM_KEYS), len(words))
    if any(w and w not in SUFFIX_KEYS for w in words[first_legal:]):  # a comma between legal forms: "Acme Co., Ltd."
        return True  # "Acme Corp.'s Quill Group": a legal form ends the first name
    for t in span[1:]:
        if all(w in SUFFIX_KEYS for w in words[t.i - span.start + 1:] if w):
            break  # "Morgan Stanley & Co.": a joined suffix ends one name, it names no second
        if t.lower_ in ("and", "&", "amp") and (
                (span.start, t.i) in known or words[t.i - span.start - 1] in CORPORATE_KEYS | LEGAL_FORM_KEYS):
            return True  # "IBM and Apple Computer Inc", "Kingsbridge Capital Group and Cara Operations Ltd"
        if t.lower_ == "and" and _named_with_suffix(span[:t.i - span.start]) and _named_with_suffix(span[t.i - span.start + 1:]):
            return True  # "Nordwind Airlines and Aurora Airlines"; not "Securities and Exchange Commission"
        if t.lower_ == "and" and (_names_apart(span[:t.i - span.start], span[t.i - span.start + 1:], words_listed)
                                  or _partners_and_co(span[t.i - span.start + 1:])):
            return True  # "Andreessen Horowitz and Index Ventures", "First Coastal Bancorp and Merchants Union Corp.",
            # "Imitrex and Merck and Co."
    return False


def _names_apart(before: Span, after: Span, listed: Callable[[str], bool]) -> bool:
    """'Andreessen Horowitz' + 'Index Ventures': two name words or more, 'and', and a name with its suffix are two
    names (ANNOTATION §2: coordinated names), where the ner reads them apart (an entity of its before 'and', a new one
    after it) or the words either side of 'and' are not both ordinary words (LISTED: the lemma tables), the fields of
    one name ('Pacific Gas and Electric Co.', 'American Telephone and Telegraph Co.', 'Columbia Savings and Loan
    Association'); not partners before 'and Co.' (no name after 'and')."""
    apart = before[-1].ent_type_ != "" and after[0].ent_iob_ == "B"
    return (len(before) >= 2 and all(t._.is_name_part for t in before) and _named_with_suffix(after)
            and all(t._.is_name_part for t in after) and (apart or not (listed(before[-1].lower_) and listed(after[0].lower_))))


def _partners_and_co(after: Span) -> bool:
    """'Merck and Co.' after 'Imitrex and': name words, a joiner and suffixes only are one firm's whole name, so the
    'and' before them coordinates it with another name."""
    joiner = next((t.i - after.start for t in after if t.lower_ in ("and", "&", "amp")), None)
    return (joiner is not None and joiner >= 1 and joiner < len(after) - 1 and all(t._.is_name_part for t in after[:joiner])
            and all(legal_key(t.text) in SUFFIX_KEYS for t in after[joiner + 1:] if not t.is_punct))


def _legal_parts(cand: Candidate, known: set[tuple[int, int]], words_listed: Callable[[str], bool]) -> list[Candidate]:
    """'JPMorgan Chase & Co. and Goldman Sachs Group Inc.' (the longest match of a joined-suffix row):
    the names a legal form ends before 'and' or a comma, each a candidate of its own where it is one
    name with its suffix; the rest of a span that joins two names is none (as before)."""
    span, doc = cand.span, cand.span.doc
    parts, start = [], span.start
    for t in span[:-1]:
        if (legal_key(t.text) in LEGAL_FORM_KEYS and doc[t.i + 1].lower_ in ("and", ",")) or (
                t.i + 1 > start and doc[t.i + 1].lower_ == "and" and (
                    _names_apart(doc[start:t.i + 1], doc[t.i + 2:span.end], words_listed) or _partners_and_co(doc[t.i + 2:span.end]))):
            parts.append(Span(doc, start, t.i + 1, label=span.label))
            start = t.i + 2
    parts.append(Span(doc, start, span.end, label=span.label))
    if len(parts) == 1:
        return []
    return [Candidate(p, cand.source, cand.label, rule=cand.rule) for p in parts
            if p[-1].text in ORG_SUFFIXES and p[0]._.is_name_part and not _joins_two_names(p, known, words_listed)]


def _named_with_suffix(tokens: Span) -> bool:
    """'Nordwind Airlines': a name of its own, a name word then a suffix ('Savings' alone is none)."""
    return (len(tokens) >= 2 and tokens[-1].text in ORG_SUFFIXES and tokens[0].text not in ORG_SUFFIXES
            and tokens[0].text[:1].isupper())


def _headline_run(cand: Candidate) -> bool:
    """'Huawei Shuts Down Less Popular Office App Link Now As It Scales Back': a title-case
    headline the model read as one name; a capitalised function word inside gives it away."""
    span = cand.span
    return cand.source in ("model", "brand_product") and len(span) >= 5 and any(
        t.is_stop and t.text[:1].isupper() and t.lower_ not in ("the", "of", "and", "for", "&") for t in span[1:])


def _acronym_plural(span: Span, companies: frozenset[str]) -> bool:
    """'FAQs', 'ETFs', 'NGOs': one word in capitals with a plural 's' is a common noun's plural
    (name_words.ACRONYM_PLURAL), no name; not a known company's ('two BMWs': its cars)."""
    text = span.text
    return len(span) == 1 and ACRONYM_PLURAL_RX.fullmatch(text) is not None and text[:-1] not in companies


def _headline_verb_before_person(span: Span, people: set[str], verbs: frozenset[str]) -> bool:
    """'Meet Ann Lee's new team', 'Watch Ann Lee Play': a headline's verb (a base form of the
    lexicon, capitalised, opening its sentence) the ner read as one name with the person after
    it. Neither is an ORG or a PRODUCT: the rest is a person of the article (one of its people's
    names, or their surname) and the verb no part of a name."""
    first, doc = span[0], span.doc
    if len(span) < 2 or not (first.i == 0 or first.is_sent_start) or not first.is_title or first.lower_ not in verbs:
        return False
    end = span.end - (span[-1].text in POSSESSIVES)
    rest = doc[span.start + 1:end]
    return len(rest) > 0 and (rest.text in people or rest[-1].text in people)


def _glossed_abbreviation(span: Span) -> bool:
    """'15 million instructions per second, or MIPs', 'gross domestic product (GDP)': a word in
    capitals (a plural 's' after them) whose letters are the initials of the lowercase words
    right before it (the first may open the sentence), behind 'or' or a bracket, abbreviates a
    common noun phrase: no name."""
    text = span.text
    core = text[:-1] if text.endswith("s") else text
    if len(span) != 1 or not (core.isalpha() and core.isupper() and len(core) >= 2):
        return False
    doc, i = span.doc, span.start - 1
    while i >= 0 and doc[i].lower_ in GLOSS_MARKS:
        i -= 1
    if i == span.start - 1:
        return False
    for letters in {text.lower(), core.lower()}:  # 'MIPs': million instructions per second
        words = doc[max(i - len(letters) + 1, 0):i + 1]
        if len(words) == len(letters) and all(t.is_alpha and (t.is_lower or t.is_sent_start and t.text[1:].islower())
                                              for t in words) and "".join(t.lower_[0] for t in words) == letters:
            return True
    return False


def _same_span(a: Candidate, b: Candidate) -> bool:
    return a.span.start == b.span.start and a.span.end == b.span.end


def _plausible(span: Span) -> bool:
    text = span.text
    if not any(ch.isalpha() for ch in text):
        return False
    if not any(t.text[:1].isupper() or any(c.isupper() for c in t.text) for t in span):
        return False
    return not all(t.is_stop for t in span)


def _product_code(span: Span) -> bool:
    """'80486', 'DC-8-62': a model designation that is the whole name."""
    text = span[0].text
    return bool(PRODUCT_CODE_RX.match(text) or PLURAL_PRODUCT_CODE_RX.match(text))


CODE_DETERMINERS = frozenset(PRODUCT_DETERMINERS) | {"new", "'s", "’s"}


def _code_as_name(span: Span) -> bool:
    """'the 486 is', 'an 80486 machine', '486-based': a designation used as a name, not a count
    ('486 products', '$486 million')."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text == "-":
        return span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "based"
    if after is not None and (after.tag_ in ("NNS", "NNPS") or after.like_num or after.lower_ in ("million", "billion")):
        return False
    return before in CODE_DETERMINERS


def _suffix_named(cand: Candidate) -> bool:
    """A candidate named with a legal suffix: the legal-suffix rows' own, or another row's span that pooled their
    vote ('Railroad operator Graniteway Corp.', the row org-trigger-noun)."""
    return cand.source == "legal_suffix" or cand.votes.get("legal_suffix:ORG", 0) > 0


def _propagatable(span: Span) -> bool:
    return len(span.text) > 2 and any(ch.isupper() for ch in span.text)


def _whole_tokens(span: Span) -> bool:
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    glued = (before is not None and not before.whitespace_ and before.is_alpha) or (
        after is not None and not span[-1].whitespace_ and after.is_alpha)
    return not glued


def _conjunct(cand: Candidate, cands: list[Candidate]) -> Candidate | None:
    """The name coordinated with CAND: written right after it with 'and'/'or' where that one stands
    before a line noun, as both do ('new Quill Pro and Quill Book models', where the parse hangs
    the first on the second; not 'Starz and Tubi reached an agreement'), or by the parse ('the
    iPhone, iPad and iPod Touch')."""
    root, doc = cand.span.root, cand.span.doc
    partners = set()
    if root.dep_ == "conj":
        partners.add(root.head.i)
    partners.update(t.i for t in root.children if t.dep_ == "conj")
    after = cand.span.end + 1 if cand.span.end < len(doc) and doc[cand.span.end].lower_ in ("and", "or") else None
    for other in cands:
        if other is cand:
            continue
        if other.span.start == after and _before_line_noun(other.span):
            return other
        if other.span.root.i in partners:
            return other
    return None


def _before_line_noun(span: Span) -> bool:
    """'Quill Book models': a name right before a noun of the machines a product line names."""
    return span.end < len(span.doc) and span.doc[span.end].lower_ in LINE_NOUN_FORMS


def _a_credit_rating(span: Span) -> bool:
    """'affirmed at AA', 'cut to Baa2', 'AA-rated bonds': a credit rating's grade (name_words.RATING_GRADE)
    after a preposition of its change or a rating's word, or before 'rating' or '-rated', in a sentence of
    ratings (a rater's name or a rating's word, RATING_SENTENCE_WORDS), is no ORG or PRODUCT ('from A2')."""
    doc = span.doc
    if len(span) != 1 or not RATING_GRADE_RX.match(span.text):
        return False
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    rated = after == "-" and span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "rated"
    return (before in RATING_BEFORE_WORDS or after in RATING_AFTER_WORDS or rated) and any(
        t.lower_ in RATING_SENTENCE_WORDS for t in span.sent)


def _before_consumer_goods(span: Span) -> bool:
    """'its Adidas sneakers': a name right before a noun of consumer goods (name_words.CONSUMER_GOODS_NOUNS)."""
    return span.end < len(span.doc) and span.doc[span.end].lower_ in CONSUMER_GOODS_NOUNS


def _previous_in_sentence(cand: Candidate, cands: list[Candidate]) -> Candidate | None:
    sent_start = cand.span.sent.start
    before = [c for c in cands if sent_start <= c.span.start < cand.span.start and c.source != "alias"]
    return before[-1] if before else None


