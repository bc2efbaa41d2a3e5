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





T = TypeVar("T", bound="HonourFields")



@_attrs_define
class HonourFields:
    """ A `HonourPublic` as `fields` cuts it: only the properties asked for.

        Attributes:
            slug (str | Unset):
            title (str | Unset):
            recipient (str | Unset):
            source (SourceSpan | Unset): Where a fact comes from: code points [start, end) of paragraph `paragraph`.
            citation (Citation | Unset): How to cite a fact: paragraph numbers are the API's, counted from 0.
            notes (list[NotePublic] | Unset): Editor's notes: likely misprints, outside sources, context. The article's
                words stay as printed.
            corrections (list[CorrectionRef] | Unset): The corrections-log entries that changed this fact, oldest first.
     """

    slug: str | Unset = UNSET
    title: str | Unset = UNSET
    recipient: str | Unset = UNSET
    source: SourceSpan | Unset = UNSET
    citation: Citation | Unset = UNSET
    notes: list[NotePublic] | Unset = UNSET
    corrections: list[CorrectionRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.citation import Citation # noqa: PLC0415
        from ..models.correction_ref import CorrectionRef # noqa: PLC0415
        from ..models.note_public import NotePublic # noqa: PLC0415
        from ..models.source_span import SourceSpan # noqa: PLC0415
        slug = self.slug

        title = self.title

        recipient = self.recipient

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

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
        if title is not UNSET:
            field_dict["title"] = title
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if source is not UNSET:
            field_dict["source"] = source
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
        from ..models.source_span import SourceSpan # noqa: PLC0415
        d = dict(src_dict)
        slug = d.pop("slug", UNSET)

        title = d.pop("title", UNSET)

        recipient = d.pop("recipient", UNSET)

        _source = d.pop("source", UNSET)
        source: SourceSpan | Unset
        if isinstance(_source,  Unset):
            source = UNSET
        else:
            source = SourceSpan.from_dict(_source)




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


        honour_fields = cls(
            slug=slug,
            title=title,
            recipient=recipient,
            source=source,
            citation=citation,
            notes=notes,
            corrections=corrections,
        )


        honour_fields.additional_properties = d
        return honour_fields

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
