from enum import StrEnum

class GetTimelinePngLayout(StrEnum):
    FIT = "fit"
    SOCIAL = "social"

    def __str__(self) -> str:
        return str(self.value)
