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





T = TypeVar("T", bound="QuotePublic")



@_attrs_define
class QuotePublic:
    """ 
        Attributes:
            slug (str):
            section (str): Values from the data (now `captions`, `grassroots-governance`, `incomes`, `opening`, `social-
                insurance`), listed with counts at `/v1/sections`.
            speaker (None | str): The speaker's slug where the article names one.
            speaker_name (None | str):
            speaker_description (str):
            text (str): The words quoted: verbatim in Chinese, our translation in English.
            source (SourceSpan): Where a fact comes from: code points [start, end) of paragraph `paragraph`.
            citation (Citation): How to cite a fact: paragraph numbers are the API's, counted from 0.
            notes (list[NotePublic] | Unset): Editor's notes: likely misprints, outside sources, context. The article's
                words stay as printed.
            corrections (list[CorrectionRef] | Unset): The corrections-log entries that changed this fact, oldest first.
     """

    slug: str
    section: str
    speaker: None | str
    speaker_name: None | str
    speaker_description: str
    text: str
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

        section = self.section

        speaker: None | str
        speaker = self.speaker

        speaker_name: None | str
        speaker_name = self.speaker_name

        speaker_description = self.speaker_description

        text = self.text

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
            "section": section,
            "speaker": speaker,
            "speaker_name": speaker_name,
            "speaker_description": speaker_description,
            "text": text,
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

        section = d.pop("section")

        def _parse_speaker(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        speaker = _parse_speaker(d.pop("speaker"))


        def _parse_speaker_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        speaker_name = _parse_speaker_name(d.pop("speaker_name"))


        speaker_description = d.pop("speaker_description")

        text = d.pop("text")

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


        quote_public = cls(
            slug=slug,
            section=section,
            speaker=speaker,
            speaker_name=speaker_name,
            speaker_description=speaker_description,
            text=text,
            source=source,
            citation=citation,
            notes=notes,
            corrections=corrections,
        )


        quote_public.additional_properties = d
        return quote_public

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
