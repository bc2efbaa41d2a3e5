from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.localized import Localized





T = TypeVar("T", bound="Citation")



@_attrs_define
class Citation:
    """ How to cite a fact: paragraph numbers are the API's, counted from 0.

        Attributes:
            short (Localized):
            long (Localized):
     """

    short: Localized
    long: Localized
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.localized import Localized # noqa: PLC0415
        short = self.short.to_dict()

        long = self.long.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "short": short,
            "long": long,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localized import Localized # noqa: PLC0415
        d = dict(src_dict)
        short = Localized.from_dict(d.pop("short"))




        long = Localized.from_dict(d.pop("long"))




        citation = cls(
            short=short,
            long=long,
        )


        citation.additional_properties = d
        return citation

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
