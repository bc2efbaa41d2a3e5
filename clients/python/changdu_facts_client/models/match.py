from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.match_lang import MatchLang
from typing import cast

if TYPE_CHECKING:
  from ..models.highlight import Highlight





T = TypeVar("T", bound="Match")



@_attrs_define
class Match:
    """ The item's text that matched best, in its own language, and where in it the query matched.

        Attributes:
            field (str): Which text matched: label, value_text, title, description, summary, text or caption.
            lang (MatchLang): The language of the text that matched, whatever the answer's language.
            text (str): The whole text, plain (not HTML).
            highlights (list[Highlight]): Every word or phrase of `text` the query matched, in order, not overlapping: a
                frontend marks these, escaping the text as any other.
     """

    field: str
    lang: MatchLang
    text: str
    highlights: list[Highlight]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.highlight import Highlight # noqa: PLC0415
        field = self.field

        lang = self.lang.value

        text = self.text

        highlights = []
        for highlights_item_data in self.highlights:
            highlights_item = highlights_item_data.to_dict()
            highlights.append(highlights_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "field": field,
            "lang": lang,
            "text": text,
            "highlights": highlights,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.highlight import Highlight # noqa: PLC0415
        d = dict(src_dict)
        field = d.pop("field")

        lang = MatchLang(d.pop("lang"))




        text = d.pop("text")

        highlights = []
        _highlights = d.pop("highlights")
        for highlights_item_data in (_highlights):
            highlights_item = Highlight.from_dict(highlights_item_data)



            highlights.append(highlights_item)


        match = cls(
            field=field,
            lang=lang,
            text=text,
            highlights=highlights,
        )


        match.additional_properties = d
        return match

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
