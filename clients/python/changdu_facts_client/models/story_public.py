from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.citation import Citation
  from ..models.correction_ref import CorrectionRef
  from ..models.note_public import NotePublic
  from ..models.organisation_public import OrganisationPublic
  from ..models.person_public import PersonPublic
  from ..models.place_public import PlacePublic
  from ..models.quote_public import QuotePublic
  from ..models.source_span import SourceSpan





T = TypeVar("T", bound="StoryPublic")



@_attrs_define
class StoryPublic:
    """ 
        Attributes:
            slug (str):
            section (str): Values from the data (now `captions`, `grassroots-governance`, `incomes`, `opening`, `social-
                insurance`), listed with counts at `/v1/sections`.
            title (str):
            summary (str):
            people (list[PersonPublic]):
            places (list[PlacePublic]):
            organisations (list[OrganisationPublic]):
            quotes (list[QuotePublic]):
            sources (list[SourceSpan]):
            citation (Citation): How to cite a fact: paragraph numbers are the API's, counted from 0.
            notes (list[NotePublic] | Unset): Editor's notes: likely misprints, outside sources, context. The article's
                words stay as printed.
            corrections (list[CorrectionRef] | Unset): The corrections-log entries that changed this fact, oldest first.
     """

    slug: str
    section: str
    title: str
    summary: str
    people: list[PersonPublic]
    places: list[PlacePublic]
    organisations: list[OrganisationPublic]
    quotes: list[QuotePublic]
    sources: list[SourceSpan]
    citation: Citation
    notes: list[NotePublic] | Unset = UNSET
    corrections: list[CorrectionRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.citation import Citation # noqa: PLC0415
        from ..models.correction_ref import CorrectionRef # noqa: PLC0415
        from ..models.note_public import NotePublic # noqa: PLC0415
        from ..models.organisation_public import OrganisationPublic # noqa: PLC0415
        from ..models.person_public import PersonPublic # noqa: PLC0415
        from ..models.place_public import PlacePublic # noqa: PLC0415
        from ..models.quote_public import QuotePublic # noqa: PLC0415
        from ..models.source_span import SourceSpan # noqa: PLC0415
        slug = self.slug

        section = self.section

        title = self.title

        summary = self.summary

        people = []
        for people_item_data in self.people:
            people_item = people_item_data.to_dict()
            people.append(people_item)



        places = []
        for places_item_data in self.places:
            places_item = places_item_data.to_dict()
            places.append(places_item)



        organisations = []
        for organisations_item_data in self.organisations:
            organisations_item = organisations_item_data.to_dict()
            organisations.append(organisations_item)



        quotes = []
        for quotes_item_data in self.quotes:
            quotes_item = quotes_item_data.to_dict()
            quotes.append(quotes_item)



        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)



        citation = self.citation.to_dict()

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item = notes_item_data.to_dict()
                notes.append(notes_item)



        corrections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.corrections, Unset):
            corrections = []
            for corrections_item_data in self.corrections:
                corrections_item = corrections_item_data.to_dict()
                corrections.append(corrections_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "slug": slug,
            "section": section,
            "title": title,
            "summary": summary,
            "people": people,
            "places": places,
            "organisations": organisations,
            "quotes": quotes,
            "sources": sources,
            "citation": citation,
        })
        if notes is not UNSET:
            field_dict["notes"] = notes
        if corrections is not UNSET:
            field_dict["corrections"] = corrections

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation import Citation # noqa: PLC0415
        from ..models.correction_ref import CorrectionRef # noqa: PLC0415
        from ..models.note_public import NotePublic # noqa: PLC0415
        from ..models.organisation_public import OrganisationPublic # noqa: PLC0415
        from ..models.person_public import PersonPublic # noqa: PLC0415
        from ..models.place_public import PlacePublic # noqa: PLC0415
        from ..models.quote_public import QuotePublic # noqa: PLC0415
        from ..models.source_span import SourceSpan # noqa: PLC0415
        d = dict(src_dict)
        slug = d.pop("slug")

        section = d.pop("section")

        title = d.pop("title")

        summary = d.pop("summary")

        people = []
        _people = d.pop("people")
        for people_item_data in (_people):
            people_item = PersonPublic.from_dict(people_item_data)



            people.append(people_item)


        places = []
        _places = d.pop("places")
        for places_item_data in (_places):
            places_item = PlacePublic.from_dict(places_item_data)



            places.append(places_item)


        organisations = []
        _organisations = d.pop("organisations")
        for organisations_item_data in (_organisations):
            organisations_item = OrganisationPublic.from_dict(organisations_item_data)



            organisations.append(organisations_item)


        quotes = []
        _quotes = d.pop("quotes")
        for quotes_item_data in (_quotes):
            quotes_item = QuotePublic.from_dict(quotes_item_data)



            quotes.append(quotes_item)


        sources = []
        _sources = d.pop("sources")
        for sources_item_data in (_sources):
            sources_item = SourceSpan.from_dict(sources_item_data)



            sources.append(sources_item)


        citation = Citation.from_dict(d.pop("citation"))




        _notes = d.pop("notes", UNSET)
        notes: list[NotePublic] | Unset = UNSET
        if _notes is not UNSET:
            notes = []
            for notes_item_data in _notes:
                notes_item = NotePublic.from_dict(notes_item_data)



                notes.append(notes_item)


        _corrections = d.pop("corrections", UNSET)
        corrections: list[CorrectionRef] | Unset = UNSET
        if _corrections is not UNSET:
            corrections = []
            for corrections_item_data in _corrections:
                corrections_item = CorrectionRef.from_dict(corrections_item_data)



                corrections.append(corrections_item)


        story_public = cls(
            slug=slug,
            section=section,
            title=title,
            summary=summary,
            people=people,
            places=places,
            organisations=organisations,
            quotes=quotes,
            sources=sources,
            citation=citation,
            notes=notes,
            corrections=corrections,
        )


        story_public.additional_properties = d
        return story_public

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
