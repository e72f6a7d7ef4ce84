"""Pydantic models of the record contract (ANNOTATION.md §3-§4): one value model per label, one union."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

Label = Literal["ORG", "PRODUCT", "DATE", "MONEY", "PERCENT"]
LABELS: tuple[str, ...] = ("ORG", "PRODUCT", "DATE", "MONEY", "PERCENT")

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

VALUE_MODELS: dict[str, type[_Value]] = {
    "ORG": NameValue, "PRODUCT": NameValue, "DATE": DateValue,
    "MONEY": MoneyValue, "PERCENT": PercentValue,
}


def mention_schema() -> dict:
    """JSON Schema of one output line, as committed in `schemas/mention.schema.json`."""
    schema = MENTION_ADAPTER.json_schema()
    schema["title"] = "Mention"
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def to_line(mention: MentionBase) -> str:
    """One JSONL line; `entity` is left out until it is set (ANNOTATION.md §3)."""
    return mention.model_dump_json(exclude_none=False, exclude={"value": {"entity"}} if _no_entity(mention) else None) + "\n"


def _no_entity(mention: MentionBase) -> bool:
    return isinstance(mention.value, NameValue) and mention.value.entity is None


SCHEMA_FILE = "mention.schema.json"


def schema_text() -> str:
    import json

    return json.dumps(mention_schema(), indent=2, sort_keys=True) + "\n"


def write_schema(out_dir) -> Path:
    """Write `mention.schema.json` into OUT_DIR atomically; returns its path."""
    from extract.writers import write_text

    path = Path(out_dir) / SCHEMA_FILE
    write_text(path, schema_text())
    return path
