from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.search_hit_kind import SearchHitKind
from typing import cast

if TYPE_CHECKING:
  from ..models.display import Display
  from ..models.match import Match
  from ..models.source_span import SourceSpan





T = TypeVar("T", bound="SearchHit")



@_attrs_define
class SearchHit:
    """ One item that matches, written in the answer's language, with what matched and where it comes from.

        Attributes:
            kind (SearchHitKind): What matched: a statistic, milestone, story, quote, photo or paragraph.
            slug (str): The item's slug; for a paragraph, its index.
            url (str): Where the item is served (a paragraph at /v1/article/paragraphs/{index}).
            title (None | str): The item's name in the answer's language: a statistic's label, a milestone's or story's
                title, a quote's words, a photo's caption; null for a paragraph (its text is `match.text`).
            value (float | int | None): A statistic's figure as a plain number; null for other kinds.
            unit (None | str): A statistic's unit as the article writes it; null for other kinds.
            display (Display | None): A statistic's figure and date written out in the answer's language, as its item has
                them; null for other kinds.
            match (Match): The item's text that matched best, in its own language, and where in it the query matched.
            source (SourceSpan): Where a fact comes from: code points [start, end) of paragraph `paragraph`.
     """

    kind: SearchHitKind
    slug: str
    url: str
    title: None | str
    value: float | int | None
    unit: None | str
    display: Display | None
    match: Match
    source: SourceSpan
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.display import Display # noqa: PLC0415
        from ..models.match import Match # noqa: PLC0415
        from ..models.source_span import SourceSpan # noqa: PLC0415
        kind = self.kind.value

        slug = self.slug

        url = self.url

        title: None | str
        title = self.title

        value: float | int | None
        value = self.value

        unit: None | str
        unit = self.unit

        display: dict[str, Any] | None
        if isinstance(self.display, Display):
            display = self.display.to_dict()
        else:
            display = self.display

        match = self.match.to_dict()

        source = self.source.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "slug": slug,
            "url": url,
            "title": title,
            "value": value,
            "unit": unit,
            "display": display,
            "match": match,
            "source": source,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.display import Display # noqa: PLC0415
        from ..models.match import Match # noqa: PLC0415
        from ..models.source_span import SourceSpan # noqa: PLC0415
        d = dict(src_dict)
        kind = SearchHitKind(d.pop("kind"))




        slug = d.pop("slug")

        url = d.pop("url")

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))


        def _parse_value(data: object) -> float | int | None:
            if data is None:
                return data
            return cast(float | int | None, data)

        value = _parse_value(d.pop("value"))


        def _parse_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit = _parse_unit(d.pop("unit"))


        def _parse_display(data: object) -> Display | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                display_type_0 = Display.from_dict(data)



                return display_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Display | None, data)

        display = _parse_display(d.pop("display"))


        match = Match.from_dict(d.pop("match"))




        source = SourceSpan.from_dict(d.pop("source"))




        search_hit = cls(
            kind=kind,
            slug=slug,
            url=url,
            title=title,
            value=value,
            unit=unit,
            display=display,
            match=match,
            source=source,
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
