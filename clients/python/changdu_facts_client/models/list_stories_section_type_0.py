from enum import StrEnum

class ListStoriesSectionType0(StrEnum):
    CAPTIONS = "captions"
    GRASSROOTS_GOVERNANCE = "grassroots-governance"
    INCOMES = "incomes"
    OPENING = "opening"
    SOCIAL_INSURANCE = "social-insurance"

    def __str__(self) -> str:
        return str(self.value)
