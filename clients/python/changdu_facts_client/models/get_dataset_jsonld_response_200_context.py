from enum import StrEnum

class GetDatasetJsonldResponse200Context(StrEnum):
    HTTPSSCHEMA_ORG = "https://schema.org"

    def __str__(self) -> str:
        return str(self.value)
