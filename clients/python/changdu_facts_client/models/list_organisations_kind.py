from enum import StrEnum

class ListOrganisationsKind(StrEnum):
    COMPANY = "company"
    COOPERATIVE = "cooperative"
    GOVERNMENT = "government"
    OTHER = "other"
    PARTY = "party"
    PUBLIC_SERVICE = "public-service"

    def __str__(self) -> str:
        return str(self.value)
