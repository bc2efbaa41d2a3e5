from enum import StrEnum

class PlaceFieldsLevel(StrEnum):
    COUNTY = "county"
    OTHER = "other"
    PREFECTURE = "prefecture"
    REGION = "region"
    SITE = "site"
    TOWNSHIP = "township"
    VILLAGE = "village"

    def __str__(self) -> str:
        return str(self.value)
