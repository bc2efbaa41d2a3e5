from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.statistic_fields_kind import StatisticFieldsKind
from ..models.statistic_fields_qualifier_type_0 import StatisticFieldsQualifierType0
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





T = TypeVar("T", bound="StatisticFields")



@_attrs_define
class StatisticFields:
    """ A `StatisticPublic` as `fields` cuts it: only the properties asked for.

        Attributes:
            slug (str | Unset):
            kind (StatisticFieldsKind | Unset):
            section (str | Unset): Values from the data (now `captions`, `grassroots-governance`, `incomes`, `opening`,
                `social-insurance`), listed with counts at `/v1/sections`.
            label (str | Unset): What was counted, where and when.
            value (float | int | Unset): The figure as a plain number (60.6万人次 gives 606000); a range's low end.
            value_max (float | int | None | Unset): A range's high end (五到六年 gives 6), else null.
            unit (str | Unset): The unit as the article writes it.
            unit_label (str | Unset): The unit in the response language.
            value_text (str | Unset): The article's exact words for the figure.
            qualifier (None | StatisticFieldsQualifierType0 | Unset): How the article hedges the figure, if it does.
            as_of (None | str | Unset): When the figure holds: YYYY, YYYY-MM or YYYY-MM-DD.
            as_of_text (None | str | Unset): The article's words for as_of.
            period (None | Period | Unset): The years the figure covers, where the article gives them.
            period_text (None | str | Unset):
            derived (list[Derivation] | Unset): Fields not stated outright in the article, and why.
            source (SourceSpan | Unset): Where a fact comes from: code points [start, end) of paragraph `paragraph`.
            citation (Citation | Unset): How to cite a fact: paragraph numbers are the API's, counted from 0.
            notes (list[NotePublic] | Unset): Editor's notes: likely misprints, outside sources, context. The article's
                words stay as printed.
            corrections (list[CorrectionRef] | Unset): The corrections-log entries that changed this fact, oldest first.
            display (Display | Unset): The figure written for a reader of the response language, by the formatter the embeds
                use.
     """

    slug: str | Unset = UNSET
    kind: StatisticFieldsKind | Unset = UNSET
    section: str | Unset = UNSET
    label: str | Unset = UNSET
    value: float | int | Unset = UNSET
    value_max: float | int | None | Unset = UNSET
    unit: str | Unset = UNSET
    unit_label: str | Unset = UNSET
    value_text: str | Unset = UNSET
    qualifier: None | StatisticFieldsQualifierType0 | Unset = UNSET
    as_of: None | str | Unset = UNSET
    as_of_text: None | str | Unset = UNSET
    period: None | Period | Unset = UNSET
    period_text: None | str | Unset = UNSET
    derived: list[Derivation] | Unset = UNSET
    source: SourceSpan | Unset = UNSET
    citation: Citation | Unset = UNSET
    notes: list[NotePublic] | Unset = UNSET
    corrections: list[CorrectionRef] | Unset = UNSET
    display: Display | Unset = UNSET
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

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value


        section = self.section

        label = self.label

        value: float | int | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        value_max: float | int | None | Unset
        if isinstance(self.value_max, Unset):
            value_max = UNSET
        else:
            value_max = self.value_max

        unit = self.unit

        unit_label = self.unit_label

        value_text = self.value_text

        qualifier: None | str | Unset
        if isinstance(self.qualifier, Unset):
            qualifier = UNSET
        elif isinstance(self.qualifier, StatisticFieldsQualifierType0):
            qualifier = self.qualifier.value
        else:
            qualifier = self.qualifier

        as_of: None | str | Unset
        if isinstance(self.as_of, Unset):
            as_of = UNSET
        else:
            as_of = self.as_of

        as_of_text: None | str | Unset
        if isinstance(self.as_of_text, Unset):
            as_of_text = UNSET
        else:
            as_of_text = self.as_of_text

        period: dict[str, Any] | None | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        elif isinstance(self.period, Period):
            period = self.period.to_dict()
        else:
            period = self.period

        period_text: None | str | Unset
        if isinstance(self.period_text, Unset):
            period_text = UNSET
        else:
            period_text = self.period_text

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



        display: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display, Unset):
            display = self.display.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if slug is not UNSET:
            field_dict["slug"] = slug
        if kind is not UNSET:
            field_dict["kind"] = kind
        if section is not UNSET:
            field_dict["section"] = section
        if label is not UNSET:
            field_dict["label"] = label
        if value is not UNSET:
            field_dict["value"] = value
        if value_max is not UNSET:
            field_dict["value_max"] = value_max
        if unit is not UNSET:
            field_dict["unit"] = unit
        if unit_label is not UNSET:
            field_dict["unit_label"] = unit_label
        if value_text is not UNSET:
            field_dict["value_text"] = value_text
        if qualifier is not UNSET:
            field_dict["qualifier"] = qualifier
        if as_of is not UNSET:
            field_dict["as_of"] = as_of
        if as_of_text is not UNSET:
            field_dict["as_of_text"] = as_of_text
        if period is not UNSET:
            field_dict["period"] = period
        if period_text is not UNSET:
            field_dict["period_text"] = period_text
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
        if display is not UNSET:
            field_dict["display"] = display

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
        slug = d.pop("slug", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: StatisticFieldsKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = StatisticFieldsKind(_kind)




        section = d.pop("section", UNSET)

        label = d.pop("label", UNSET)

        def _parse_value(data: object) -> float | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | int | Unset, data)

        value = _parse_value(d.pop("value", UNSET))


        def _parse_value_max(data: object) -> float | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | int | None | Unset, data)

        value_max = _parse_value_max(d.pop("value_max", UNSET))


        unit = d.pop("unit", UNSET)

        unit_label = d.pop("unit_label", UNSET)

        value_text = d.pop("value_text", UNSET)

        def _parse_qualifier(data: object) -> None | StatisticFieldsQualifierType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                qualifier_type_0 = StatisticFieldsQualifierType0(data)



                return qualifier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatisticFieldsQualifierType0 | Unset, data)

        qualifier = _parse_qualifier(d.pop("qualifier", UNSET))


        def _parse_as_of(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        as_of = _parse_as_of(d.pop("as_of", UNSET))


        def _parse_as_of_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        as_of_text = _parse_as_of_text(d.pop("as_of_text", UNSET))


        def _parse_period(data: object) -> None | Period | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                period_type_0 = Period.from_dict(data)



                return period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Period | Unset, data)

        period = _parse_period(d.pop("period", UNSET))


        def _parse_period_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        period_text = _parse_period_text(d.pop("period_text", UNSET))


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


        _display = d.pop("display", UNSET)
        display: Display | Unset
        if isinstance(_display,  Unset):
            display = UNSET
        else:
            display = Display.from_dict(_display)




        statistic_fields = cls(
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
            notes=notes,
            corrections=corrections,
            display=display,
        )


        statistic_fields.additional_properties = d
        return statistic_fields

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
