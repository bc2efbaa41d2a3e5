from enum import StrEnum

class GetStatisticsCsvKind(StrEnum):
    AGE = "age"
    COUNT = "count"
    DURATION = "duration"
    MONEY = "money"
    RANK = "rank"
    RATE = "rate"

    def __str__(self) -> str:
        return str(self.value)
