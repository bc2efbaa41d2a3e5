from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ParagraphPublic")



@_attrs_define
class ParagraphPublic:
    """ 
        Attributes:
            index (int):
            section (str): Values from the data (now `captions`, `grassroots-governance`, `incomes`, `opening`, `social-
                insurance`), listed with counts at `/v1/sections`.
            text (str): The paragraph verbatim (Chinese).
     """

    index: int
    section: str
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        index = self.index

        section = self.section

        text = self.text


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "index": index,
            "section": section,
            "text": text,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        section = d.pop("section")

        text = d.pop("text")

        paragraph_public = cls(
            index=index,
            section=section,
            text=text,
        )


        paragraph_public.additional_properties = d
        return paragraph_public

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
