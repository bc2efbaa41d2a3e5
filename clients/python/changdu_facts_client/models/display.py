from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="Display")



@_attrs_define
class Display:
    """ The figure written for a reader of the response language, by the formatter the embeds use.

        Attributes:
            value (str): The figure with its unit and hedge: the article's words in Chinese (60.6万人次, 20余种); in English from
                the plain value, with thousands separators (606,000 enrolments, more than 20 types of training).
            when (str): When it holds: the period, else the date at the article's precision (截至2019年底, as of 31 Dec 2019,
                2016–2019); a derived one is marked so.
     """

    value: str
    when: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        value = self.value

        when = self.when


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "value": value,
            "when": when,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        when = d.pop("when")

        display = cls(
            value=value,
            when=when,
        )


        display.additional_properties = d
        return display

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
