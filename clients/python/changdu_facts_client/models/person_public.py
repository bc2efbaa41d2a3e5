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
  from ..models.source_span import SourceSpan





T = TypeVar("T", bound="PersonPublic")



@_attrs_define
class PersonPublic:
    """ 
        Attributes:
            slug (str):
            name (str):
            role (str):
            place (None | str):
            organisation (None | str):
            source (SourceSpan): Where a fact comes from: code points [start, end) of paragraph `paragraph`.
            citation (Citation): How to cite a fact: paragraph numbers are the API's, counted from 0.
            notes (list[NotePublic] | Unset): Editor's notes: likely misprints, outside sources, context. The article's
                words stay as printed.
            corrections (list[CorrectionRef] | Unset): The corrections-log entries that changed this fact, oldest first.
     """

    slug: str
    name: str
    role: str
    place: None | str
    organisation: None | str
    source: SourceSpan
    citation: Citation
    notes: list[NotePublic] | Unset = UNSET
    corrections: list[CorrectionRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.citation import Citation # noqa: PLC0415
        from ..models.correction_ref import CorrectionRef # noqa: PLC0415
        from ..models.note_public import NotePublic # noqa: PLC0415
        from ..models.source_span import SourceSpan # noqa: PLC0415
        slug = self.slug

        name = self.name

        role = self.role

        place: None | str
        place = self.place

        organisation: None | str
        organisation = self.organisation

        source = self.source.to_dict()

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
            "name": name,
            "role": role,
            "place": place,
            "organisation": organisation,
            "source": source,
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
        from ..models.source_span import SourceSpan # noqa: PLC0415
        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        role = d.pop("role")

        def _parse_place(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        place = _parse_place(d.pop("place"))


        def _parse_organisation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organisation = _parse_organisation(d.pop("organisation"))


        source = SourceSpan.from_dict(d.pop("source"))




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


        person_public = cls(
            slug=slug,
            name=name,
            role=role,
            place=place,
            organisation=organisation,
            source=source,
            citation=citation,
            notes=notes,
            corrections=corrections,
        )


        person_public.additional_properties = d
        return person_public

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
