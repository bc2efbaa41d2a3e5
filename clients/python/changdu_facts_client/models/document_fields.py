from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.document_fields_precision_type_0 import DocumentFieldsPrecisionType0
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.citation import Citation
  from ..models.correction_ref import CorrectionRef
  from ..models.note_public import NotePublic
  from ..models.source_span import SourceSpan





T = TypeVar("T", bound="DocumentFields")



@_attrs_define
class DocumentFields:
    """ A `DocumentPublic` as `fields` cuts it: only the properties asked for.

        Attributes:
            slug (str | Unset):
            title (str | Unset):
            issuer (None | str | Unset):
            date (None | str | Unset):
            precision (DocumentFieldsPrecisionType0 | None | Unset):
            date_text (None | str | Unset):
            source (SourceSpan | Unset): Where a fact comes from: code points [start, end) of paragraph `paragraph`.
            citation (Citation | Unset): How to cite a fact: paragraph numbers are the API's, counted from 0.
            notes (list[NotePublic] | Unset): Editor's notes: likely misprints, outside sources, context. The article's
                words stay as printed.
            corrections (list[CorrectionRef] | Unset): The corrections-log entries that changed this fact, oldest first.
     """

    slug: str | Unset = UNSET
    title: str | Unset = UNSET
    issuer: None | str | Unset = UNSET
    date: None | str | Unset = UNSET
    precision: DocumentFieldsPrecisionType0 | None | Unset = UNSET
    date_text: None | str | Unset = UNSET
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

        issuer: None | str | Unset
        if isinstance(self.issuer, Unset):
            issuer = UNSET
        else:
            issuer = self.issuer

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        precision: None | str | Unset
        if isinstance(self.precision, Unset):
            precision = UNSET
        elif isinstance(self.precision, DocumentFieldsPrecisionType0):
            precision = self.precision.value
        else:
            precision = self.precision

        date_text: None | str | Unset
        if isinstance(self.date_text, Unset):
            date_text = UNSET
        else:
            date_text = self.date_text

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
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if date is not UNSET:
            field_dict["date"] = date
        if precision is not UNSET:
            field_dict["precision"] = precision
        if date_text is not UNSET:
            field_dict["date_text"] = date_text
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

        def _parse_issuer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issuer = _parse_issuer(d.pop("issuer", UNSET))


        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))


        def _parse_precision(data: object) -> DocumentFieldsPrecisionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                precision_type_0 = DocumentFieldsPrecisionType0(data)



                return precision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentFieldsPrecisionType0 | None | Unset, data)

        precision = _parse_precision(d.pop("precision", UNSET))


        def _parse_date_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_text = _parse_date_text(d.pop("date_text", UNSET))


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


        document_fields = cls(
            slug=slug,
            title=title,
            issuer=issuer,
            date=date,
            precision=precision,
            date_text=date_text,
            source=source,
            citation=citation,
            notes=notes,
            corrections=corrections,
        )


        document_fields.additional_properties = d
        return document_fields

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
