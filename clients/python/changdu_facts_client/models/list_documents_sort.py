from enum import StrEnum

class ListDocumentsSort(StrEnum):
    ARTICLE = "article"
    SLUG = "slug"
    VALUE_2 = "-slug"

    def __str__(self) -> str:
        return str(self.value)
