from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.licence_public import LicencePublic





T = TypeVar("T", bound="LicencesPublic")



@_attrs_define
class LicencesPublic:
    """ 
        Attributes:
            data (LicencePublic):
            code (LicencePublic):
            note (str):
     """

    data: LicencePublic
    code: LicencePublic
    note: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.licence_public import LicencePublic # noqa: PLC0415
        data = self.data.to_dict()

        code = self.code.to_dict()

        note = self.note


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "data": data,
            "code": code,
            "note": note,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.licence_public import LicencePublic # noqa: PLC0415
        d = dict(src_dict)
        data = LicencePublic.from_dict(d.pop("data"))




        code = LicencePublic.from_dict(d.pop("code"))




        note = d.pop("note")

        licences_public = cls(
            data=data,
            code=code,
            note=note,
        )


        licences_public.additional_properties = d
        return licences_public

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
