from enum import StrEnum

class ListOrganisationsSort(StrEnum):
    ARTICLE = "article"
    SLUG = "slug"
    VALUE_2 = "-slug"

    def __str__(self) -> str:
        return str(self.value)
