from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="UnitPublic")



@_attrs_define
class UnitPublic:
    """ A unit the statistics use, as the article writes it.

        Attributes:
            unit (str): As the article writes it; the value `/v1/statistics?unit=` takes.
            labels (list[str]): The unit in the response language, as the statistics in it say it (one Chinese unit may read
                differently in English: 个 is projects, villages...), most used first.
            statistics (int): How many statistics use it.
     """

    unit: str
    labels: list[str]
    statistics: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        unit = self.unit

        labels = self.labels



        statistics = self.statistics


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "unit": unit,
            "labels": labels,
            "statistics": statistics,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unit = d.pop("unit")

        labels = cast(list[str], d.pop("labels"))


        statistics = d.pop("statistics")

        unit_public = cls(
            unit=unit,
            labels=labels,
            statistics=statistics,
        )


        unit_public.additional_properties = d
        return unit_public

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
