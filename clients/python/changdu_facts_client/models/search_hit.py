from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.search_hit_kind import SearchHitKind
from ..models.search_hit_lang import SearchHitLang
from typing import cast

if TYPE_CHECKING:
  from ..models.source_span import SourceSpan





T = TypeVar("T", bound="SearchHit")



@_attrs_define
class SearchHit:
    """ One text that matches: where it belongs, the words around the match, and the sentence cited.

        Attributes:
            kind (SearchHitKind): What matched: a statistic, milestone, story, quote, photo or paragraph.
            slug (str): The item's slug; for a paragraph, its index.
            field (str): Which text matched: label, value_text, title, description, summary, text or caption.
            lang (SearchHitLang): The language of the text that matched.
            snippet (str): About 60 characters around the first match, HTML-escaped, the match in <mark>…</mark>, with …
                where the text was cut.
            source (SourceSpan): Where a fact comes from: code points [start, end) of paragraph `paragraph`.
            url (None | str): Where the item is served, or null for a paragraph (see /v1/article/paragraphs).
     """

    kind: SearchHitKind
    slug: str
    field: str
    lang: SearchHitLang
    snippet: str
    source: SourceSpan
    url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.source_span import SourceSpan # noqa: PLC0415
        kind = self.kind.value

        slug = self.slug

        field = self.field

        lang = self.lang.value

        snippet = self.snippet

        source = self.source.to_dict()

        url: None | str
        url = self.url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "slug": slug,
            "field": field,
            "lang": lang,
            "snippet": snippet,
            "source": source,
            "url": url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source_span import SourceSpan # noqa: PLC0415
        d = dict(src_dict)
        kind = SearchHitKind(d.pop("kind"))




        slug = d.pop("slug")

        field = d.pop("field")

        lang = SearchHitLang(d.pop("lang"))




        snippet = d.pop("snippet")

        source = SourceSpan.from_dict(d.pop("source"))




        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))


        search_hit = cls(
            kind=kind,
            slug=slug,
            field=field,
            lang=lang,
            snippet=snippet,
            source=source,
            url=url,
        )


        search_hit.additional_properties = d
        return search_hit

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
