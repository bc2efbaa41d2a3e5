from enum import StrEnum

class GetStatisticPngLayout(StrEnum):
    FIT = "fit"
    SOCIAL = "social"

    def __str__(self) -> str:
        return str(self.value)
