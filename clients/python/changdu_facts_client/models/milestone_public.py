from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.milestone_public_precision import MilestonePublicPrecision
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.citation import Citation
  from ..models.correction_ref import CorrectionRef
  from ..models.derivation import Derivation
  from ..models.note_public import NotePublic
  from ..models.source_span import SourceSpan





T = TypeVar("T", bound="MilestonePublic")



@_attrs_define
class MilestonePublic:
    """ 
        Attributes:
            slug (str):
            section (str): Values from the data (now `captions`, `grassroots-governance`, `incomes`, `opening`, `social-
                insurance`), listed with counts at `/v1/sections`.
            date (str): YYYY, YYYY-MM or YYYY-MM-DD, as precise as the article.
            year (int):
            month (int | None):
            day (int | None):
            precision (MilestonePublicPrecision):
            date_text (str): The article's words for the date.
            title (str):
            description (str):
            derived (list[Derivation]):
            source (SourceSpan): Where a fact comes from: code points [start, end) of paragraph `paragraph`.
            citation (Citation): How to cite a fact: paragraph numbers are the API's, counted from 0.
            notes (list[NotePublic] | Unset): Editor's notes: likely misprints, outside sources, context. The article's
                words stay as printed.
            corrections (list[CorrectionRef] | Unset): The corrections-log entries that changed this fact, oldest first.
     """

    slug: str
    section: str
    date: str
    year: int
    month: int | None
    day: int | None
    precision: MilestonePublicPrecision
    date_text: str
    title: str
    description: str
    derived: list[Derivation]
    source: SourceSpan
    citation: Citation
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

        month: int | None
        month = self.month

        day: int | None
        day = self.day

        precision = self.precision.value

        date_text = self.date_text

        title = self.title

        description = self.description

        derived = []
        for derived_item_data in self.derived:
            derived_item = derived_item_data.to_dict()
            derived.append(derived_item)



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
            "date": date,
            "year": year,
            "month": month,
            "day": day,
            "precision": precision,
            "date_text": date_text,
            "title": title,
            "description": description,
            "derived": derived,
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
        from ..models.derivation import Derivation # noqa: PLC0415
        from ..models.note_public import NotePublic # noqa: PLC0415
        from ..models.source_span import SourceSpan # noqa: PLC0415
        d = dict(src_dict)
        slug = d.pop("slug")

        section = d.pop("section")

        date = d.pop("date")

        year = d.pop("year")

        def _parse_month(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        month = _parse_month(d.pop("month"))


        def _parse_day(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        day = _parse_day(d.pop("day"))


        precision = MilestonePublicPrecision(d.pop("precision"))




        date_text = d.pop("date_text")

        title = d.pop("title")

        description = d.pop("description")

        derived = []
        _derived = d.pop("derived")
        for derived_item_data in (_derived):
            derived_item = Derivation.from_dict(derived_item_data)



            derived.append(derived_item)


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


        milestone_public = cls(
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


        milestone_public.additional_properties = d
        return milestone_public

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
