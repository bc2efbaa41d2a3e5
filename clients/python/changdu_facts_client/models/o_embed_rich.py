from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast






T = TypeVar("T", bound="OEmbedRich")



@_attrs_define
class OEmbedRich:
    """ An oEmbed 1.0 `rich` response: an iframe of the embed page.

        Attributes:
            title (str): The embed's title in its language.
            author_name (str):
            author_url (str): The article in this API.
            provider_name (str):
            provider_url (str):
            cache_age (int): Seconds a consumer may cache this answer.
            html (str): An iframe of the embed page; no script.
            width (int): Pixels; never more than maxwidth.
            height (int): Pixels; never more than maxheight.
            type_ (Literal['rich'] | Unset):  Default: 'rich'.
            version (Literal['1.0'] | Unset):  Default: '1.0'.
            thumbnail_url (None | str | Unset): The embed's 1200×630 PNG (`layout=social`), for link previews; left out,
                with its width and height, when that does not fit maxwidth and maxheight.
            thumbnail_width (int | None | Unset):
            thumbnail_height (int | None | Unset):
     """

    title: str
    author_name: str
    author_url: str
    provider_name: str
    provider_url: str
    cache_age: int
    html: str
    width: int
    height: int
    type_: Literal['rich'] | Unset = 'rich'
    version: Literal['1.0'] | Unset = '1.0'
    thumbnail_url: None | str | Unset = UNSET
    thumbnail_width: int | None | Unset = UNSET
    thumbnail_height: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        title = self.title

        author_name = self.author_name

        author_url = self.author_url

        provider_name = self.provider_name

        provider_url = self.provider_url

        cache_age = self.cache_age

        html = self.html

        width = self.width

        height = self.height

        type_ = self.type_

        version = self.version

        thumbnail_url: None | str | Unset
        if isinstance(self.thumbnail_url, Unset):
            thumbnail_url = UNSET
        else:
            thumbnail_url = self.thumbnail_url

        thumbnail_width: int | None | Unset
        if isinstance(self.thumbnail_width, Unset):
            thumbnail_width = UNSET
        else:
            thumbnail_width = self.thumbnail_width

        thumbnail_height: int | None | Unset
        if isinstance(self.thumbnail_height, Unset):
            thumbnail_height = UNSET
        else:
            thumbnail_height = self.thumbnail_height


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "title": title,
            "author_name": author_name,
            "author_url": author_url,
            "provider_name": provider_name,
            "provider_url": provider_url,
            "cache_age": cache_age,
            "html": html,
            "width": width,
            "height": height,
        })
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version is not UNSET:
            field_dict["version"] = version
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if thumbnail_width is not UNSET:
            field_dict["thumbnail_width"] = thumbnail_width
        if thumbnail_height is not UNSET:
            field_dict["thumbnail_height"] = thumbnail_height

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        author_name = d.pop("author_name")

        author_url = d.pop("author_url")

        provider_name = d.pop("provider_name")

        provider_url = d.pop("provider_url")

        cache_age = d.pop("cache_age")

        html = d.pop("html")

        width = d.pop("width")

        height = d.pop("height")

        type_ = cast(Literal['rich'] | Unset , d.pop("type", UNSET))
        if type_ != 'rich'and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'rich', got '{type_}'")

        version = cast(Literal['1.0'] | Unset , d.pop("version", UNSET))
        if version != '1.0'and not isinstance(version, Unset):
            raise ValueError(f"version must match const '1.0', got '{version}'")

        def _parse_thumbnail_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumbnail_url = _parse_thumbnail_url(d.pop("thumbnail_url", UNSET))


        def _parse_thumbnail_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        thumbnail_width = _parse_thumbnail_width(d.pop("thumbnail_width", UNSET))


        def _parse_thumbnail_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        thumbnail_height = _parse_thumbnail_height(d.pop("thumbnail_height", UNSET))


        o_embed_rich = cls(
            title=title,
            author_name=author_name,
            author_url=author_url,
            provider_name=provider_name,
            provider_url=provider_url,
            cache_age=cache_age,
            html=html,
            width=width,
            height=height,
            type_=type_,
            version=version,
            thumbnail_url=thumbnail_url,
            thumbnail_width=thumbnail_width,
            thumbnail_height=thumbnail_height,
        )


        o_embed_rich.additional_properties = d
        return o_embed_rich

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
