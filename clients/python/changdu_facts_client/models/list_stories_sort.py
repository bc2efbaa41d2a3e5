from enum import StrEnum

class ListStoriesSort(StrEnum):
    ARTICLE = "article"
    SLUG = "slug"
    VALUE_2 = "-slug"

    def __str__(self) -> str:
        return str(self.value)
