from enum import StrEnum

class GetStatisticsCsvQualifierType0(StrEnum):
    APPROXIMATELY = "approximately"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    MORE_THAN = "more_than"
    RANGE = "range"

    def __str__(self) -> str:
        return str(self.value)
