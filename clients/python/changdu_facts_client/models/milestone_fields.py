from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.milestone_fields_precision import MilestoneFieldsPrecision
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.citation import Citation
  from ..models.correction_ref import CorrectionRef
  from ..models.derivation import Derivation
  from ..models.note_public import NotePublic
  from ..models.source_span import SourceSpan





T = TypeVar("T", bound="MilestoneFields")



@_attrs_define
class MilestoneFields:
    """ A `MilestonePublic` as `fields` cuts it: only the properties asked for.

        Attributes:
            slug (str | Unset):
            section (str | Unset): Values from the data (now `captions`, `grassroots-governance`, `incomes`, `opening`,
                `social-insurance`), listed with counts at `/v1/sections`.
            date (str | Unset): YYYY, YYYY-MM or YYYY-MM-DD, as precise as the article.
            year (int | Unset):
            month (int | None | Unset):
            day (int | None | Unset):
            precision (MilestoneFieldsPrecision | Unset):
            date_text (str | Unset): The article's words for the date.
            title (str | Unset):
            description (str | Unset):
            derived (list[Derivation] | Unset):
            source (SourceSpan | Unset): Where a fact comes from: code points [start, end) of paragraph `paragraph`.
            citation (Citation | Unset): How to cite a fact: paragraph numbers are the API's, counted from 0.
            notes (list[NotePublic] | Unset): Editor's notes: likely misprints, outside sources, context. The article's
                words stay as printed.
            corrections (list[CorrectionRef] | Unset): The corrections-log entries that changed this fact, oldest first.
     """

    slug: str | Unset = UNSET
    section: str | Unset = UNSET
    date: str | Unset = UNSET
    year: int | Unset = UNSET
    month: int | None | Unset = UNSET
    day: int | None | Unset = UNSET
    precision: MilestoneFieldsPrecision | Unset = UNSET
    date_text: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    derived: list[Derivation] | Unset = UNSET
    source: SourceSpan | Unset = UNSET
    citation: Citation | Unset = UNSET
    notes: list[NotePublic] | Unset = UNSET
    corrections: list[CorrectionRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.citation import Citation # noqa: PLC0415
        from ..models.correction_ref import CorrectionRef # noqa: PLC0415
        from ..models.derivation import Derivation # noqa: PLC0415
        from ..models.note_public import NotePublic # noqa: PLC0415
        from ..models.source_span import SourceSpan # noqa: PLC0415
        slug = self.slug

        section = self.section

        date = self.date

        year = self.year

        month: int | None | Unset
        if isinstance(self.month, Unset):
            month = UNSET
        else:
            month = self.month

        day: int | None | Unset
        if isinstance(self.day, Unset):
            day = UNSET
        else:
            day = self.day

        precision: str | Unset = UNSET
        if not isinstance(self.precision, Unset):
            precision = self.precision.value


        date_text = self.date_text

        title = self.title

        description = self.description

        derived: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.derived, Unset):
            derived = []
            for derived_item_data in self.derived:
                derived_item = derived_item_data.to_dict()
                derived.append(derived_item)



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
        if section is not UNSET:
            field_dict["section"] = section
        if date is not UNSET:
            field_dict["date"] = date
        if year is not UNSET:
            field_dict["year"] = year
        if month is not UNSET:
            field_dict["month"] = month
        if day is not UNSET:
            field_dict["day"] = day
        if precision is not UNSET:
            field_dict["precision"] = precision
        if date_text is not UNSET:
            field_dict["date_text"] = date_text
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if derived is not UNSET:
            field_dict["derived"] = derived
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
        from ..models.derivation import Derivation # noqa: PLC0415
        from ..models.note_public import NotePublic # noqa: PLC0415
        from ..models.source_span import SourceSpan # noqa: PLC0415
        d = dict(src_dict)
        slug = d.pop("slug", UNSET)

        section = d.pop("section", UNSET)

        date = d.pop("date", UNSET)

        year = d.pop("year", UNSET)

        def _parse_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        month = _parse_month(d.pop("month", UNSET))


        def _parse_day(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        day = _parse_day(d.pop("day", UNSET))


        _precision = d.pop("precision", UNSET)
        precision: MilestoneFieldsPrecision | Unset
        if isinstance(_precision,  Unset):
            precision = UNSET
        else:
            precision = MilestoneFieldsPrecision(_precision)




        date_text = d.pop("date_text", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        _derived = d.pop("derived", UNSET)
        derived: list[Derivation] | Unset = UNSET
        if _derived is not UNSET:
            derived = []
            for derived_item_data in _derived:
                derived_item = Derivation.from_dict(derived_item_data)



                derived.append(derived_item)


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


        milestone_fields = cls(
            slug=slug,
            section=section,
            date=date,
            year=year,
            month=month,
            day=day,
            precision=precision,
            date_text=date_text,
            title=title,
            description=description,
            derived=derived,
            source=source,
            citation=citation,
            notes=notes,
            corrections=corrections,
        )


        milestone_fields.additional_properties = d
        return milestone_fields

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
