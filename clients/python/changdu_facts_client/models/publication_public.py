from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="PublicationPublic")



@_attrs_define
class PublicationPublic:
    """ Where and when the feature was published, as far as confirmed in published sources.

        Attributes:
            confirmed (bool): False: publisher, date and URL could not be confirmed and are null.
            publisher (None | str):
            date_published (None | str):
            url (None | str):
            note (str):
     """

    confirmed: bool
    publisher: None | str
    date_published: None | str
    url: None | str
    note: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        confirmed = self.confirmed

        publisher: None | str
        publisher = self.publisher

        date_published: None | str
        date_published = self.date_published

        url: None | str
        url = self.url

        note = self.note


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "confirmed": confirmed,
            "publisher": publisher,
            "date_published": date_published,
            "url": url,
            "note": note,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        confirmed = d.pop("confirmed")

        def _parse_publisher(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        publisher = _parse_publisher(d.pop("publisher"))


        def _parse_date_published(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date_published = _parse_date_published(d.pop("date_published"))


        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))


        note = d.pop("note")

        publication_public = cls(
            confirmed=confirmed,
            publisher=publisher,
            date_published=date_published,
            url=url,
            note=note,
        )


        publication_public.additional_properties = d
        return publication_public

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
