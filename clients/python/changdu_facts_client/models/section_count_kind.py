from enum import StrEnum

class SectionCountKind(StrEnum):
    CAPTIONS = "captions"
    OPENING = "opening"
    THEME = "theme"

    def __str__(self) -> str:
        return str(self.value)
