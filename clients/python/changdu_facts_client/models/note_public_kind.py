from enum import StrEnum

class NotePublicKind(StrEnum):
    CONTEXT = "context"
    OUTSIDE_SOURCE = "outside_source"
    POSSIBLE_MISPRINT = "possible_misprint"

    def __str__(self) -> str:
        return str(self.value)
