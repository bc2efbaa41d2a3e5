from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.milestone_fields import MilestoneFields
  from ..models.milestone_public import MilestonePublic





T = TypeVar("T", bound="MilestonePage")



@_attrs_define
class MilestonePage:
    """ 
        Attributes:
            items (list[MilestoneFields | MilestonePublic]):
            total (int): How many items match, over all pages.
            next_ (None | str): URL of the next page, or null on the last one.
     """

    items: list[MilestoneFields | MilestonePublic]
    total: int
    next_: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.milestone_fields import MilestoneFields # noqa: PLC0415
        from ..models.milestone_public import MilestonePublic # noqa: PLC0415
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            if isinstance(items_item_data, MilestonePublic):
                items_item = items_item_data.to_dict()
            else:
                items_item = items_item_data.to_dict()

            items.append(items_item)



        total = self.total

        next_: None | str
        next_ = self.next_


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "items": items,
            "total": total,
            "next": next_,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.milestone_fields import MilestoneFields # noqa: PLC0415
        from ..models.milestone_public import MilestonePublic # noqa: PLC0415
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            def _parse_items_item(data: object) -> MilestoneFields | MilestonePublic:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    items_item_type_0 = MilestonePublic.from_dict(data)



                    return items_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                items_item_type_1 = MilestoneFields.from_dict(data)



                return items_item_type_1

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)


        total = d.pop("total")

        def _parse_next_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_ = _parse_next_(d.pop("next"))


        milestone_page = cls(
            items=items,
            total=total,
            next_=next_,
        )


        milestone_page.additional_properties = d
        return milestone_page

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
