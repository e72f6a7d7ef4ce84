"""Canonical entities (ANNOTATION.md §3): one `entity` key per organization or product.

Mentions group by a name key: case, spacing, hyphen and possessive variants are one name,
and an ORG's legal and corporate suffixes are left out ("Acme Holdings Ltd" ~ "Acme").
Two names are also one entity when an article links them: an acronym standing for a
longer name of the same label in that article ("SCMP" ~ "South China Morning Post", by
initials or written in brackets), or an alias ("Feishu - known internationally as Lark").
The canonical name is the most complete of the forms seen at least twice (else of all
forms); the key is its lowercase ASCII slug without the legal form, unique per label.
Everything depends on the corpus's names only, so unrelated articles change no key.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from extract.name_words import ALIAS_VERBS, DIGIT_NAME_WORD, JOINING_WORDS, NAME_DESCRIPTOR_WORDS, SUFFIX_KEYS, strip_legal
from extract.normalize.names import POSSESSIVE
from extract.records import NAME_LABELS

# Text between two names of one label that makes the second an alias of the first.
ALIAS_BETWEEN = re.compile(
    r"^\s*[,(\-\u2013\u2014]?\s*(?:which is |also |now |formerly |internationally |officially )*"
    rf"(?:{'|'.join(sorted(ALIAS_VERBS))})(?: internationally| abroad| overseas| locally)?"
    r"(?: as| to)?\s*[\"'\u201c]?$",
    re.IGNORECASE,
)
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,6}$")
# "Nordwind Technologies (NWT)": an acronym written in brackets right after its name.
ACRONYM_BETWEEN = re.compile(r"^\s*[(\[]\s*$")


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", POSSESSIVE.sub("", name).strip()) if w]


def _bare_words(label: str, name: str, corporate: bool) -> list[str]:
    """The name's words, an ORG's without its legal form (and, with CORPORATE, its corporate words)."""
    words = _words(name)
    return strip_legal(words, corporate)[-1] if label == "ORG" else words


@lru_cache(maxsize=65536)
def name_key(label: str, name: str) -> str:
    """('ORG', 'Acme Holdings Ltd.') -> 'acme'; ('PRODUCT', 'Quill Pad') -> 'quillpad'."""
    words = _bare_words(label, name, corporate=True)
    return re.sub(r"[^a-z0-9]", "", _ascii("".join(words).lower())) or _ascii(name.lower())


# First words too common to stand alone for a company ("First" of "First of America Bank").
COMMON_FIRST_WORDS = frozenset({
    "first", "american", "national", "general", "united", "international", "federal", "pacific",
    "western", "eastern", "southern", "northern", "new", "royal", "standard", "continental", "central",
    "global", "capital", "security", "mutual", "public", "china", "us", "u.s.", "the", "bank", "great",
    "home", "city", "state", "world", "north", "south", "east", "west", "old", "best", "big",
})


# Last words a bank holding company's short form leaves out ("Chase Manhattan" for "Chase Manhattan Bank").
SHORTENED_BANK_WORDS = frozenset({"bank", "bancorp", "bankcorp", "financial"})


def without_descriptor(name: str) -> str | None:
    """'Banca Intesa SpA' -> 'Intesa SpA'; 'Beijing Roborock Technology Co., Ltd.' -> 'Roborock Technology Co., Ltd.'.

    The name without a first word that says what kind of firm it is or where it is registered
    (name_words.NAME_DESCRIPTOR_WORDS), where what follows is a name's word: capitalized, no
    corporate or suffix word ('Shanghai Electric', 'Banco do Brasil' keep theirs); else None.
    """
    first, _, rest = POSSESSIVE.sub("", name).strip().partition(" ")
    head = rest.split(" ", 1)[0]
    if (first not in NAME_DESCRIPTOR_WORDS or len(head) < 3 or not head[:1].isupper()
            or head.lower().strip(".,") in SUFFIX_KEYS | COMMON_FIRST_WORDS or f"{head.lower()}s" in SUFFIX_KEYS):
        return None
    return rest


def short_forms(name: str) -> set[str]:
    """'Magna International Inc' -> {'Magna International', 'Magna'}; 'A.L. Williams Corp' -> {'A.L. Williams', 'Williams'};
    'Hewlett-Packard Co' -> {'Hewlett-Packard', 'Hewlett'}; 'Banca Intesa SpA' -> {'Banca Intesa', 'Intesa SpA', 'Intesa'}.

    The forms an article uses for a company after naming it in full: without the legal form
    and corporate words, and the first word when it is distinctive; a name that opens with a
    descriptor (without_descriptor) has the rest's forms too, and the descriptor alone is none.
    """
    rest = without_descriptor(name)
    if rest is not None:
        return {*_forms(name), rest, *short_forms(rest)} - {name}
    return _forms(name)


def _forms(name: str) -> set[str]:
    # "Becton Dickinson & Co" -> "Becton Dickinson": the joining word before a legal form goes with it
    stripped = [words[:-1] if len(words) > 2 and words[-1] in JOINING_WORDS else words
                for words in strip_legal(POSSESSIVE.sub("", name).split())]
    forms = {" ".join(words) for words in stripped[1:]}
    words = stripped[-1]
    if len(words) > 2 and words[-1].lower() in SHORTENED_BANK_WORDS:
        forms.add(" ".join(words[:-1]))  # "First of America" for "First of America Bank Corp."
    if len(words) > 1 and re.fullmatch(r"(?:[A-Z]\.)+", words[0]):
        forms.add(" ".join(words[1:]))  # "A.L. Williams" -> "Williams"
    head = words[0]
    if (len(words) > 1 and len(head) > 2 and head.lower() not in COMMON_FIRST_WORDS and (head[:1].isupper() or re.match(DIGIT_NAME_WORD, head))
            and head not in NAME_DESCRIPTOR_WORDS):
        forms.add(head)
    part, hyphen, rest = words[0].partition("-")
    if hyphen and len(part) > 2 and part[:1].isupper() and rest[:1].isupper():
        forms.add(part)  # "Hewlett" for "Hewlett-Packard Co", "Anheuser" for "Anheuser-Busch Cos"
    return {f for f in forms if f and f != name and not re.fullmatch(r"(?:[A-Z]\.)+", f)}


def slug(label: str, name: str) -> str:
    """('ORG', 'Acme Holdings Ltd') -> 'acme-holdings'; ('PRODUCT', 'Quill Pad') -> 'quill-pad'."""
    words = _bare_words(label, name, corporate=False)
    text = re.sub(r"[^a-z0-9]+", "-", _ascii(" ".join(words).lower())).strip("-")
    return text or "x"


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def initials(name: str, label: str) -> set[str]:
    """'South China Morning Post' -> {'SCMP'}; with and without corporate words."""
    words = [w for w in _words(name) if w[:1].isalnum()]
    forms = {"".join(w[0] for w in trimmed).upper() for trimmed in strip_legal(words)}
    return {f for f in forms if len(f) >= 2}


@dataclass
class EntityIndex:
    """Names seen over a corpus, and the links articles make between them."""

    forms: dict[tuple[str, str], Counter] = field(default_factory=lambda: defaultdict(Counter))
    articles: dict[tuple[str, str], set] = field(default_factory=lambda: defaultdict(set))
    links: set[tuple[str, str, str]] = field(default_factory=set)
    _article_ids: dict[str, int] = field(default_factory=dict)

    def add(self, article: str, text: str, mentions: list) -> None:
        """Count the article's ORG/PRODUCT mentions (records.MentionBase) and find its links."""
        article_id = self._article_ids.setdefault(article, len(self._article_ids))
        names = [m for m in mentions if m.label in NAME_LABELS]
        for m in names:
            key = (m.label, name_key(m.label, m.value.name))
            self.forms[key][m.value.name] += 1
            self.articles[key].add(article_id)
        for label in NAME_LABELS:
            same = [m for m in names if m.label == label]
            self._link_aliases(label, text, same)
            self._link_acronyms(label, text, same)
        self._link_descriptors([m for m in names if m.label == "ORG"])

    def _link_aliases(self, label: str, text: str, same: list) -> None:
        for first, second in zip(same, same[1:]):
            if ALIAS_BETWEEN.match(text[first.end:second.start]):
                self._link(label, first.value.name, second.value.name)

    def _link_acronyms(self, label: str, text: str, same: list) -> None:
        for first, second in zip(same, same[1:]):
            if ACRONYM.match(second.value.name) and ACRONYM_BETWEEN.match(text[first.end:second.start]):
                self._link(label, first.value.name, second.value.name)
        full_names = {m.value.name for m in same if not ACRONYM.match(m.value.name)}
        for m in same:
            acronym = m.value.name
            if ACRONYM.match(acronym):
                matches = sorted(n for n in full_names if acronym in initials(n, label))
                if matches:
                    self._link(label, matches[0], acronym)

    def _link_descriptors(self, same: list) -> None:
        """'Intesa' after 'Banca Intesa SpA', 'Zhifei' after 'Chongqing Zhifei Biological Products Co. Ltd.': the
        name without its descriptor word, and that one's short forms, are the same ORG."""
        names = {m.value.name for m in same}
        for name in sorted(names):
            rest = without_descriptor(name)
            if rest is not None:
                for form in sorted(names & {rest, *short_forms(rest)}):
                    self._link("ORG", name, form)

    def _link(self, label: str, a: str, b: str) -> None:
        ka, kb = name_key(label, a), name_key(label, b)
        if ka != kb:
            self.links.add((label, min(ka, kb), max(ka, kb)))

    def resolve(self) -> "Entities":
        """Group linked names and choose each group's canonical name and key."""
        parent = {key: key for key in self.forms}

        def find(key):
            while parent[key] != key:
                parent[key] = parent[parent[key]]
                key = parent[key]
            return key

        for label, a, b in sorted(self.links):
            ra, rb = find((label, a)), find((label, b))
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
        groups: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        for key in sorted(self.forms):
            groups[find(key)].append(key)
        entities = Entities()
        taken: dict[tuple[str, str], int] = Counter()
        for root in sorted(groups):  # by name key: a slug shared by two groups is numbered stably
            members = groups[root]
            forms = Counter()
            article_ids = set()
            for key in members:
                forms.update(self.forms[key])
                article_ids |= self.articles[key]
            canonical = canonical_name(forms)
            label = root[0]
            base = slug(label, canonical)
            taken[(label, base)] += 1
            entity = base if taken[(label, base)] == 1 else f"{base}-{taken[(label, base)]}"
            for key in members:
                entities.keys[key] = entity
            entities.rows.append({
                "key": entity, "label": label, "name": canonical, "aliases": sorted(forms),
                "mentions": sum(forms.values()), "articles": len(article_ids),
            })
        entities.rows.sort(key=lambda row: (row["label"], row["key"]))
        return entities


def canonical_name(forms: Counter) -> str:
    """The most complete of the forms seen at least twice (else of all): more words, longer, more frequent.

    An acronym is canonical only when the entity has no other form.
    """
    spelled = Counter({f: n for f, n in forms.items() if not ACRONYM.match(f)}) or forms
    frequent = [f for f, n in spelled.items() if n >= 2] or list(spelled)
    return max(sorted(frequent), key=lambda f: (len(_words(f)), len(f), spelled[f]))


@dataclass
class Entities:
    keys: dict[tuple[str, str], str] = field(default_factory=dict)
    rows: list[dict] = field(default_factory=list)

    def key_of(self, label: str, name: str) -> str | None:
        return self.keys.get((label, name_key(label, name)))
