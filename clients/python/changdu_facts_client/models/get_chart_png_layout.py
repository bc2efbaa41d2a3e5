from enum import StrEnum

class GetChartPngLayout(StrEnum):
    FIT = "fit"
    SOCIAL = "social"

    def __str__(self) -> str:
        return str(self.value)
