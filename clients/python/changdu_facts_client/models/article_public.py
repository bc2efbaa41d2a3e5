from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.licences_public import LicencesPublic
  from ..models.publication_public import PublicationPublic
  from ..models.section_public import SectionPublic





T = TypeVar("T", bound="ArticlePublic")



@_attrs_define
class ArticlePublic:
    """ 
        Attributes:
            title (str):
            subtitle (str):
            byline (str):
            author (str):
            dataset_version (str): Changes exactly when the seed data changes.
            paragraph_count (int):
            sections (list[SectionPublic]):
            publication (PublicationPublic): Where and when the feature was published, as far as confirmed in published
                sources.
            licence (LicencesPublic):
     """

    title: str
    subtitle: str
    byline: str
    author: str
    dataset_version: str
    paragraph_count: int
    sections: list[SectionPublic]
    publication: PublicationPublic
    licence: LicencesPublic
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.licences_public import LicencesPublic # noqa: PLC0415
        from ..models.publication_public import PublicationPublic # noqa: PLC0415
        from ..models.section_public import SectionPublic # noqa: PLC0415
        title = self.title

        subtitle = self.subtitle

        byline = self.byline

        author = self.author

        dataset_version = self.dataset_version

        paragraph_count = self.paragraph_count

        sections = []
        for sections_item_data in self.sections:
            sections_item = sections_item_data.to_dict()
            sections.append(sections_item)



        publication = self.publication.to_dict()

        licence = self.licence.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "title": title,
            "subtitle": subtitle,
            "byline": byline,
            "author": author,
            "dataset_version": dataset_version,
            "paragraph_count": paragraph_count,
            "sections": sections,
            "publication": publication,
            "licence": licence,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.licences_public import LicencesPublic # noqa: PLC0415
        from ..models.publication_public import PublicationPublic # noqa: PLC0415
        from ..models.section_public import SectionPublic # noqa: PLC0415
        d = dict(src_dict)
        title = d.pop("title")

        subtitle = d.pop("subtitle")

        byline = d.pop("byline")

        author = d.pop("author")

        dataset_version = d.pop("dataset_version")

        paragraph_count = d.pop("paragraph_count")

        sections = []
        _sections = d.pop("sections")
        for sections_item_data in (_sections):
            sections_item = SectionPublic.from_dict(sections_item_data)



            sections.append(sections_item)


        publication = PublicationPublic.from_dict(d.pop("publication"))




        licence = LicencesPublic.from_dict(d.pop("licence"))




        article_public = cls(
            title=title,
            subtitle=subtitle,
            byline=byline,
            author=author,
            dataset_version=dataset_version,
            paragraph_count=paragraph_count,
            sections=sections,
            publication=publication,
            licence=licence,
        )


        article_public.additional_properties = d
        return article_public

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
