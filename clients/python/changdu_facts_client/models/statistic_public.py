from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.statistic_public_kind import StatisticPublicKind
from ..models.statistic_public_qualifier_type_0 import StatisticPublicQualifierType0
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.citation import Citation
  from ..models.correction_ref import CorrectionRef
  from ..models.derivation import Derivation
  from ..models.display import Display
  from ..models.note_public import NotePublic
  from ..models.period import Period
  from ..models.source_span import SourceSpan





T = TypeVar("T", bound="StatisticPublic")



@_attrs_define
class StatisticPublic:
    """ 
        Attributes:
            slug (str):
            kind (StatisticPublicKind):
            section (str): Values from the data (now `captions`, `grassroots-governance`, `incomes`, `opening`, `social-
                insurance`), listed with counts at `/v1/sections`.
            label (str): What was counted, where and when.
            value (float | int): The figure as a plain number (60.6万人次 gives 606000); a range's low end.
            value_max (float | int | None): A range's high end (五到六年 gives 6), else null.
            unit (str): The unit as the article writes it.
            unit_label (str): The unit in the response language.
            value_text (str): The article's exact words for the figure.
            qualifier (None | StatisticPublicQualifierType0): How the article hedges the figure, if it does.
            as_of (None | str): When the figure holds: YYYY, YYYY-MM or YYYY-MM-DD.
            as_of_text (None | str): The article's words for as_of.
            period (None | Period): The years the figure covers, where the article gives them.
            period_text (None | str):
            derived (list[Derivation]): Fields not stated outright in the article, and why.
            source (SourceSpan): Where a fact comes from: code points [start, end) of paragraph `paragraph`.
            citation (Citation): How to cite a fact: paragraph numbers are the API's, counted from 0.
            display (Display): The figure written for a reader of the response language, by the formatter the embeds use.
            notes (list[NotePublic] | Unset): Editor's notes: likely misprints, outside sources, context. The article's
                words stay as printed.
            corrections (list[CorrectionRef] | Unset): The corrections-log entries that changed this fact, oldest first.
     """

    slug: str
    kind: StatisticPublicKind
    section: str
    label: str
    value: float | int
    value_max: float | int | None
    unit: str
    unit_label: str
    value_text: str
    qualifier: None | StatisticPublicQualifierType0
    as_of: None | str
    as_of_text: None | str
    period: None | Period
    period_text: None | str
    derived: list[Derivation]
    source: SourceSpan
    citation: Citation
    display: Display
    notes: list[NotePublic] | Unset = UNSET
    corrections: list[CorrectionRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.citation import Citation # noqa: PLC0415
        from ..models.correction_ref import CorrectionRef # noqa: PLC0415
        from ..models.derivation import Derivation # noqa: PLC0415
        from ..models.display import Display # noqa: PLC0415
        from ..models.note_public import NotePublic # noqa: PLC0415
        from ..models.period import Period # noqa: PLC0415
        from ..models.source_span import SourceSpan # noqa: PLC0415
        slug = self.slug

        kind = self.kind.value

        section = self.section

        label = self.label

        value: float | int
        value = self.value

        value_max: float | int | None
        value_max = self.value_max

        unit = self.unit

        unit_label = self.unit_label

        value_text = self.value_text

        qualifier: None | str
        if isinstance(self.qualifier, StatisticPublicQualifierType0):
            qualifier = self.qualifier.value
        else:
            qualifier = self.qualifier

        as_of: None | str
        as_of = self.as_of

        as_of_text: None | str
        as_of_text = self.as_of_text

        period: dict[str, Any] | None
        if isinstance(self.period, Period):
            period = self.period.to_dict()
        else:
            period = self.period

        period_text: None | str
        period_text = self.period_text

        derived = []
        for derived_item_data in self.derived:
            derived_item = derived_item_data.to_dict()
            derived.append(derived_item)



        source = self.source.to_dict()

        citation = self.citation.to_dict()

        display = self.display.to_dict()

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
            "kind": kind,
            "section": section,
            "label": label,
            "value": value,
            "value_max": value_max,
            "unit": unit,
            "unit_label": unit_label,
            "value_text": value_text,
            "qualifier": qualifier,
            "as_of": as_of,
            "as_of_text": as_of_text,
            "period": period,
            "period_text": period_text,
            "derived": derived,
            "source": source,
            "citation": citation,
            "display": display,
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
        from ..models.display import Display # noqa: PLC0415
        from ..models.note_public import NotePublic # noqa: PLC0415
        from ..models.period import Period # noqa: PLC0415
        from ..models.source_span import SourceSpan # noqa: PLC0415
        d = dict(src_dict)
        slug = d.pop("slug")

        kind = StatisticPublicKind(d.pop("kind"))




        section = d.pop("section")

        label = d.pop("label")

        def _parse_value(data: object) -> float | int:
            return cast(float | int, data)

        value = _parse_value(d.pop("value"))


        def _parse_value_max(data: object) -> float | int | None:
            if data is None:
                return data
            return cast(float | int | None, data)

        value_max = _parse_value_max(d.pop("value_max"))


        unit = d.pop("unit")

        unit_label = d.pop("unit_label")

        value_text = d.pop("value_text")

        def _parse_qualifier(data: object) -> None | StatisticPublicQualifierType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                qualifier_type_0 = StatisticPublicQualifierType0(data)



                return qualifier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatisticPublicQualifierType0, data)

        qualifier = _parse_qualifier(d.pop("qualifier"))


        def _parse_as_of(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        as_of = _parse_as_of(d.pop("as_of"))


        def _parse_as_of_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        as_of_text = _parse_as_of_text(d.pop("as_of_text"))


        def _parse_period(data: object) -> None | Period:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                period_type_0 = Period.from_dict(data)



                return period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Period, data)

        period = _parse_period(d.pop("period"))


        def _parse_period_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        period_text = _parse_period_text(d.pop("period_text"))


        derived = []
        _derived = d.pop("derived")
        for derived_item_data in (_derived):
            derived_item = Derivation.from_dict(derived_item_data)



            derived.append(derived_item)


        source = SourceSpan.from_dict(d.pop("source"))




        citation = Citation.from_dict(d.pop("citation"))




        display = Display.from_dict(d.pop("display"))




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


        statistic_public = cls(
            slug=slug,
            kind=kind,
            section=section,
            label=label,
            value=value,
            value_max=value_max,
            unit=unit,
            unit_label=unit_label,
            value_text=value_text,
            qualifier=qualifier,
            as_of=as_of,
            as_of_text=as_of_text,
            period=period,
            period_text=period_text,
            derived=derived,
            source=source,
            citation=citation,
            display=display,
            notes=notes,
            corrections=corrections,
        )


        statistic_public.additional_properties = d
        return statistic_public

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
