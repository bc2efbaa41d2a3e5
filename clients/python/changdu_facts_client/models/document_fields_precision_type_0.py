from enum import StrEnum

class DocumentFieldsPrecisionType0(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
