from enum import StrEnum

class SearchFactsLangType0(StrEnum):
    EN = "en"
    ZH = "zh"

    def __str__(self) -> str:
        return str(self.value)
