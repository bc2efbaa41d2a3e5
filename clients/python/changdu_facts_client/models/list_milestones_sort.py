from enum import StrEnum

class ListMilestonesSort(StrEnum):
    ARTICLE = "article"
    DATE = "date"
    SLUG = "slug"
    VALUE_2 = "-date"
    VALUE_4 = "-slug"

    def __str__(self) -> str:
        return str(self.value)
