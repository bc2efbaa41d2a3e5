from enum import StrEnum

class ListStatisticsSort(StrEnum):
    ARTICLE = "article"
    AS_OF = "as_of"
    SLUG = "slug"
    VALUE = "value"
    VALUE_2 = "-value"
    VALUE_4 = "-as_of"
    VALUE_6 = "-slug"

    def __str__(self) -> str:
        return str(self.value)
