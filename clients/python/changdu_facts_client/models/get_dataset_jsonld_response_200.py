from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.get_dataset_jsonld_response_200_context import GetDatasetJsonldResponse200Context
from typing import cast

if TYPE_CHECKING:
  from ..models.get_dataset_jsonld_response_200_graph_item import GetDatasetJsonldResponse200GraphItem





T = TypeVar("T", bound="GetDatasetJsonldResponse200")



@_attrs_define
class GetDatasetJsonldResponse200:
    """ 
        Attributes:
            context (GetDatasetJsonldResponse200Context):
            graph (list[GetDatasetJsonldResponse200GraphItem]):
     """

    context: GetDatasetJsonldResponse200Context
    graph: list[GetDatasetJsonldResponse200GraphItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.get_dataset_jsonld_response_200_graph_item import GetDatasetJsonldResponse200GraphItem # noqa: PLC0415
        context = self.context.value

        graph = []
        for graph_item_data in self.graph:
            graph_item = graph_item_data.to_dict()
            graph.append(graph_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "@context": context,
            "@graph": graph,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_dataset_jsonld_response_200_graph_item import GetDatasetJsonldResponse200GraphItem # noqa: PLC0415
        d = dict(src_dict)
        context = GetDatasetJsonldResponse200Context(d.pop("@context"))




        graph = []
        _graph = d.pop("@graph")
        for graph_item_data in (_graph):
            graph_item = GetDatasetJsonldResponse200GraphItem.from_dict(graph_item_data)



            graph.append(graph_item)


        get_dataset_jsonld_response_200 = cls(
            context=context,
            graph=graph,
        )


        get_dataset_jsonld_response_200.additional_properties = d
        return get_dataset_jsonld_response_200

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
