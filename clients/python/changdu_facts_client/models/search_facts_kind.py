from enum import StrEnum

class SearchFactsKind(StrEnum):
    MILESTONE = "milestone"
    PARAGRAPH = "paragraph"
    PHOTO = "photo"
    QUOTE = "quote"
    STATISTIC = "statistic"
    STORY = "story"

    def __str__(self) -> str:
        return str(self.value)
