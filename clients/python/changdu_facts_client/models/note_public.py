from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.note_public_kind import NotePublicKind
from typing import cast

if TYPE_CHECKING:
  from ..models.note_source import NoteSource





T = TypeVar("T", bound="NotePublic")



@_attrs_define
class NotePublic:
    """ An editor's note: the article's words stay as printed; the note says what else we know.

        Attributes:
            kind (NotePublicKind):
            text (str):
            source (None | NoteSource): The outside source the note relies on, if any.
     """

    kind: NotePublicKind
    text: str
    source: None | NoteSource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.note_source import NoteSource # noqa: PLC0415
        kind = self.kind.value

        text = self.text

        source: dict[str, Any] | None
        if isinstance(self.source, NoteSource):
            source = self.source.to_dict()
        else:
            source = self.source


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "text": text,
            "source": source,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.note_source import NoteSource # noqa: PLC0415
        d = dict(src_dict)
        kind = NotePublicKind(d.pop("kind"))




        text = d.pop("text")

        def _parse_source(data: object) -> None | NoteSource:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = NoteSource.from_dict(data)



                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NoteSource, data)

        source = _parse_source(d.pop("source"))


        note_public = cls(
            kind=kind,
            text=text,
            source=source,
        )


        note_public.additional_properties = d
        return note_public

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
