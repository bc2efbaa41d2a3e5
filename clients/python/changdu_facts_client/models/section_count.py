from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.section_count_kind import SectionCountKind
from typing import cast






T = TypeVar("T", bound="SectionCount")



@_attrs_define
class SectionCount:
    """ A section of the article, with how many statistics come from it.

        Attributes:
            slug (str):
            kind (SectionCountKind):
            title (str):
            first_paragraph (int):
            last_paragraph (int):
            heading_paragraph (int | None): The paragraph that is the section's heading, if any.
            statistics (int): How many statistics `/v1/statistics?section=` lists.
     """

    slug: str
    kind: SectionCountKind
    title: str
    first_paragraph: int
    last_paragraph: int
    heading_paragraph: int | None
    statistics: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        kind = self.kind.value

        title = self.title

        first_paragraph = self.first_paragraph

        last_paragraph = self.last_paragraph

        heading_paragraph: int | None
        heading_paragraph = self.heading_paragraph

        statistics = self.statistics


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "slug": slug,
            "kind": kind,
            "title": title,
            "first_paragraph": first_paragraph,
            "last_paragraph": last_paragraph,
            "heading_paragraph": heading_paragraph,
            "statistics": statistics,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        kind = SectionCountKind(d.pop("kind"))




        title = d.pop("title")

        first_paragraph = d.pop("first_paragraph")

        last_paragraph = d.pop("last_paragraph")

        def _parse_heading_paragraph(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        heading_paragraph = _parse_heading_paragraph(d.pop("heading_paragraph"))


        statistics = d.pop("statistics")

        section_count = cls(
            slug=slug,
            kind=kind,
            title=title,
            first_paragraph=first_paragraph,
            last_paragraph=last_paragraph,
            heading_paragraph=heading_paragraph,
            statistics=statistics,
        )


        section_count.additional_properties = d
        return section_count

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
