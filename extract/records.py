"""The labels and the Pydantic models of the output lines (ANNOTATION.md §3-§4): one value model per label, one Mention union, the articles.jsonl row; their JSON Schemas."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

NAME_LABELS: tuple[str, ...] = ("ORG", "PRODUCT")
QUANTITY_LABELS: tuple[str, ...] = ("DATE", "MONEY", "PERCENT")
LABELS: tuple[str, ...] = NAME_LABELS + QUANTITY_LABELS

Mod = Literal[
    "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
    "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE",
]

ISO_DAY = r"^\d{4}-\d{2}-\d{2}$"


class _Value(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NameValue(_Value):
    name: str = Field(min_length=1)
    entity: str | None = Field(default=None, pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")


class DateValue(_Value):
    type: Literal["DATE", "DURATION"]
    timex: str = Field(min_length=1)
    mod: Mod | None = None
    start: str | None = Field(default=None, pattern=ISO_DAY)
    end: str | None = Field(default=None, pattern=ISO_DAY)


class MoneyValue(_Value):
    amount: float
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    mod: Mod | None = None
    high: float | None = None


class PercentValue(_Value):
    percent: float
    mod: Mod | None = None
    high: float | None = None


class MentionBase(BaseModel):
    """Fields common to every record, in contract order."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    article: str
    label: str
    text: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(ge=1)


class OrgMention(MentionBase):
    label: Literal["ORG"]
    value: NameValue


class ProductMention(MentionBase):
    label: Literal["PRODUCT"]
    value: NameValue


class DateMention(MentionBase):
    label: Literal["DATE"]
    value: DateValue


class MoneyMention(MentionBase):
    label: Literal["MONEY"]
    value: MoneyValue


class PercentMention(MentionBase):
    label: Literal["PERCENT"]
    value: PercentValue


Mention = Annotated[
    Union[OrgMention, ProductMention, DateMention, MoneyMention, PercentMention],
    Field(discriminator="label"),
]
MENTION_ADAPTER: TypeAdapter = TypeAdapter(Mention)

class MentionCounts(BaseModel):
    """Mentions of an article per label, in LABELS order."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    ORG: int = Field(ge=0)
    PRODUCT: int = Field(ge=0)
    DATE: int = Field(ge=0)
    MONEY: int = Field(ge=0)
    PERCENT: int = Field(ge=0)


class ArticleRow(BaseModel):
    """One line of `articles.jsonl`: an article of the run, processed or failed (null fields when it failed to read)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    path: str
    sha256: str | None = Field(pattern=r"^[0-9a-f]{64}$")
    published: date | None
    title: str | None
    characters: int | None = Field(ge=0)
    mentions: MentionCounts
    status: Literal["ok", "error"]
    error: str | None


ARTICLE_ADAPTER: TypeAdapter = TypeAdapter(ArticleRow)


def to_line(mention: MentionBase) -> str:
    """One JSONL line; `entity` is left out until it is set (ANNOTATION.md §3)."""
    return mention.model_dump_json(exclude_none=False, exclude={"value": {"entity"}} if _no_entity(mention) else None) + "\n"


def _no_entity(mention: MentionBase) -> bool:
    return isinstance(mention.value, NameValue) and mention.value.entity is None


def article_line(row: ArticleRow) -> str:
    """One line of articles.jsonl, written as json.dumps writes it (', ' and ': ' separators, UTF-8)."""
    import json

    return json.dumps(row.model_dump(mode="json"), ensure_ascii=False) + "\n"


SCHEMA_FILE = "mention.schema.json"
ARTICLE_SCHEMA_FILE = "article.schema.json"
# Committed file -> (adapter, title): one schema per kind of output line.
SCHEMAS: dict[str, tuple[TypeAdapter, str]] = {
    SCHEMA_FILE: (MENTION_ADAPTER, "Mention"),
    ARTICLE_SCHEMA_FILE: (ARTICLE_ADAPTER, "Article"),
}


def json_schema(file: str = SCHEMA_FILE) -> dict:
    """JSON Schema of one line of an output, as committed in `schemas/FILE`."""
    adapter, title = SCHEMAS[file]
    schema = adapter.json_schema()
    schema["title"] = title
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def schema_text(file: str = SCHEMA_FILE) -> str:
    import json

    return json.dumps(json_schema(file), indent=2, sort_keys=True) + "\n"


def write_schemas(out_dir) -> list[Path]:
    """Write every file of SCHEMAS into OUT_DIR atomically; returns their paths."""
    from extract.writers import write_text

    paths = []
    for file in SCHEMAS:
        path = Path(out_dir) / file
        write_text(path, schema_text(file))
        paths.append(path)
    return paths
