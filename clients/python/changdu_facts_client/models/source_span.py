from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="SourceSpan")



@_attrs_define
class SourceSpan:
    """ Where a fact comes from: code points [start, end) of paragraph `paragraph`.

        Attributes:
            paragraph (int): Index of the article's non-empty line, from 0.
            start (int): Offset of the first code point of the quote.
            end (int): Offset just past the quote's last code point.
            quote (str): The article's text at these offsets, verbatim (Chinese).
     """

    paragraph: int
    start: int
    end: int
    quote: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        paragraph = self.paragraph

        start = self.start

        end = self.end

        quote = self.quote


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "paragraph": paragraph,
            "start": start,
            "end": end,
            "quote": quote,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        paragraph = d.pop("paragraph")

        start = d.pop("start")

        end = d.pop("end")

        quote = d.pop("quote")

        source_span = cls(
            paragraph=paragraph,
            start=start,
            end=end,
            quote=quote,
        )


        source_span.additional_properties = d
        return source_span

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
