from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.corrected_fact import CorrectedFact
  from ..models.field_change import FieldChange





T = TypeVar("T", bound="CorrectionFields")



@_attrs_define
class CorrectionFields:
    """ A `CorrectionPublic` as `fields` cuts it: only the properties asked for.

        Attributes:
            slug (str | Unset):
            date (str | Unset): When the correction was published (YYYY-MM-DD).
            title (str | Unset):
            reason (str | Unset):
            facts (list[CorrectedFact] | Unset):
            changes (list[FieldChange] | Unset):
     """

    slug: str | Unset = UNSET
    date: str | Unset = UNSET
    title: str | Unset = UNSET
    reason: str | Unset = UNSET
    facts: list[CorrectedFact] | Unset = UNSET
    changes: list[FieldChange] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.corrected_fact import CorrectedFact # noqa: PLC0415
        from ..models.field_change import FieldChange # noqa: PLC0415
        slug = self.slug

        date = self.date

        title = self.title

        reason = self.reason

        facts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.facts, Unset):
            facts = []
            for facts_item_data in self.facts:
                facts_item = facts_item_data.to_dict()
                facts.append(facts_item)



        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if slug is not UNSET:
            field_dict["slug"] = slug
        if date is not UNSET:
            field_dict["date"] = date
        if title is not UNSET:
            field_dict["title"] = title
        if reason is not UNSET:
            field_dict["reason"] = reason
        if facts is not UNSET:
            field_dict["facts"] = facts
        if changes is not UNSET:
            field_dict["changes"] = changes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.corrected_fact import CorrectedFact # noqa: PLC0415
        from ..models.field_change import FieldChange # noqa: PLC0415
        d = dict(src_dict)
        slug = d.pop("slug", UNSET)

        date = d.pop("date", UNSET)

        title = d.pop("title", UNSET)

        reason = d.pop("reason", UNSET)

        _facts = d.pop("facts", UNSET)
        facts: list[CorrectedFact] | Unset = UNSET
        if _facts is not UNSET:
            facts = []
            for facts_item_data in _facts:
                facts_item = CorrectedFact.from_dict(facts_item_data)



                facts.append(facts_item)


        _changes = d.pop("changes", UNSET)
        changes: list[FieldChange] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                changes_item = FieldChange.from_dict(changes_item_data)



                changes.append(changes_item)


        correction_fields = cls(
            slug=slug,
            date=date,
            title=title,
            reason=reason,
            facts=facts,
            changes=changes,
        )


        correction_fields.additional_properties = d
        return correction_fields

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
