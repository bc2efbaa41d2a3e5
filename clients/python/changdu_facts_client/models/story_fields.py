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





T = TypeVar("T", bound="StoryFields")



@_attrs_define
class StoryFields:
    """ A `StoryPublic` as `fields` cuts it: only the properties asked for.

        Attributes:
            slug (str | Unset):
            section (str | Unset): Values from the data (now `captions`, `grassroots-governance`, `incomes`, `opening`,
                `social-insurance`), listed with counts at `/v1/sections`.
            title (str | Unset):
            summary (str | Unset):
            people (list[PersonPublic] | Unset):
            places (list[PlacePublic] | Unset):
            organisations (list[OrganisationPublic] | Unset):
            quotes (list[QuotePublic] | Unset):
            sources (list[SourceSpan] | Unset):
            citation (Citation | Unset): How to cite a fact: paragraph numbers are the API's, counted from 0.
            notes (list[NotePublic] | Unset): Editor's notes: likely misprints, outside sources, context. The article's
                words stay as printed.
            corrections (list[CorrectionRef] | Unset): The corrections-log entries that changed this fact, oldest first.
     """

    slug: str | Unset = UNSET
    section: str | Unset = UNSET
    title: str | Unset = UNSET
    summary: str | Unset = UNSET
    people: list[PersonPublic] | Unset = UNSET
    places: list[PlacePublic] | Unset = UNSET
    organisations: list[OrganisationPublic] | Unset = UNSET
    quotes: list[QuotePublic] | Unset = UNSET
    sources: list[SourceSpan] | Unset = UNSET
    citation: Citation | Unset = UNSET
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

        people: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.people, Unset):
            people = []
            for people_item_data in self.people:
                people_item = people_item_data.to_dict()
                people.append(people_item)



        places: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.places, Unset):
            places = []
            for places_item_data in self.places:
                places_item = places_item_data.to_dict()
                places.append(places_item)



        organisations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organisations, Unset):
            organisations = []
            for organisations_item_data in self.organisations:
                organisations_item = organisations_item_data.to_dict()
                organisations.append(organisations_item)



        quotes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quotes, Unset):
            quotes = []
            for quotes_item_data in self.quotes:
                quotes_item = quotes_item_data.to_dict()
                quotes.append(quotes_item)



        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)



        citation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.citation, Unset):
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
        })
        if slug is not UNSET:
            field_dict["slug"] = slug
        if section is not UNSET:
            field_dict["section"] = section
        if title is not UNSET:
            field_dict["title"] = title
        if summary is not UNSET:
            field_dict["summary"] = summary
        if people is not UNSET:
            field_dict["people"] = people
        if places is not UNSET:
            field_dict["places"] = places
        if organisations is not UNSET:
            field_dict["organisations"] = organisations
        if quotes is not UNSET:
            field_dict["quotes"] = quotes
        if sources is not UNSET:
            field_dict["sources"] = sources
        if citation is not UNSET:
            field_dict["citation"] = citation
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
        slug = d.pop("slug", UNSET)

        section = d.pop("section", UNSET)

        title = d.pop("title", UNSET)

        summary = d.pop("summary", UNSET)

        _people = d.pop("people", UNSET)
        people: list[PersonPublic] | Unset = UNSET
        if _people is not UNSET:
            people = []
            for people_item_data in _people:
                people_item = PersonPublic.from_dict(people_item_data)



                people.append(people_item)


        _places = d.pop("places", UNSET)
        places: list[PlacePublic] | Unset = UNSET
        if _places is not UNSET:
            places = []
            for places_item_data in _places:
                places_item = PlacePublic.from_dict(places_item_data)



                places.append(places_item)


        _organisations = d.pop("organisations", UNSET)
        organisations: list[OrganisationPublic] | Unset = UNSET
        if _organisations is not UNSET:
            organisations = []
            for organisations_item_data in _organisations:
                organisations_item = OrganisationPublic.from_dict(organisations_item_data)



                organisations.append(organisations_item)


        _quotes = d.pop("quotes", UNSET)
        quotes: list[QuotePublic] | Unset = UNSET
        if _quotes is not UNSET:
            quotes = []
            for quotes_item_data in _quotes:
                quotes_item = QuotePublic.from_dict(quotes_item_data)



                quotes.append(quotes_item)


        _sources = d.pop("sources", UNSET)
        sources: list[SourceSpan] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = SourceSpan.from_dict(sources_item_data)



                sources.append(sources_item)


        _citation = d.pop("citation", UNSET)
        citation: Citation | Unset
        if isinstance(_citation,  Unset):
            citation = UNSET
        else:
            citation = Citation.from_dict(_citation)




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


        story_fields = cls(
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


        story_fields.additional_properties = d
        return story_fields

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
