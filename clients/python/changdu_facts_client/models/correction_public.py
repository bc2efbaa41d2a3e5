from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.corrected_fact import CorrectedFact
  from ..models.field_change import FieldChange





T = TypeVar("T", bound="CorrectionPublic")



@_attrs_define
class CorrectionPublic:
    """ An entry of the corrections log: which published facts changed, field by field, and why.

        Attributes:
            slug (str):
            date (str): When the correction was published (YYYY-MM-DD).
            title (str):
            reason (str):
            facts (list[CorrectedFact]):
            changes (list[FieldChange]):
     """

    slug: str
    date: str
    title: str
    reason: str
    facts: list[CorrectedFact]
    changes: list[FieldChange]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.corrected_fact import CorrectedFact # noqa: PLC0415
        from ..models.field_change import FieldChange # noqa: PLC0415
        slug = self.slug

        date = self.date

        title = self.title

        reason = self.reason

        facts = []
        for facts_item_data in self.facts:
            facts_item = facts_item_data.to_dict()
            facts.append(facts_item)



        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "slug": slug,
            "date": date,
            "title": title,
            "reason": reason,
            "facts": facts,
            "changes": changes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.corrected_fact import CorrectedFact # noqa: PLC0415
        from ..models.field_change import FieldChange # noqa: PLC0415
        d = dict(src_dict)
        slug = d.pop("slug")

        date = d.pop("date")

        title = d.pop("title")

        reason = d.pop("reason")

        facts = []
        _facts = d.pop("facts")
        for facts_item_data in (_facts):
            facts_item = CorrectedFact.from_dict(facts_item_data)



            facts.append(facts_item)


        changes = []
        _changes = d.pop("changes")
        for changes_item_data in (_changes):
            changes_item = FieldChange.from_dict(changes_item_data)



            changes.append(changes_item)


        correction_public = cls(
            slug=slug,
            date=date,
            title=title,
            reason=reason,
            facts=facts,
            changes=changes,
        )


        correction_public.additional_properties = d
        return correction_public

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
