"""The licences: the code's (MIT) and the data's we add (CC BY 4.0), apart from the article's text,
which belongs to its publisher and is quoted for citation."""

from typing import Any

CODE_LICENCE = {"name": "MIT", "identifier": "MIT", "url": "https://opensource.org/license/mit"}
DATA_LICENCE = {
    "name": "Creative Commons Attribution 4.0 International",
    "identifier": "CC-BY-4.0",
    "url": "https://creativecommons.org/licenses/by/4.0/",
}
LICENCE_NOTE = (
    "The data we add (labels, English translations, editor's notes, the corrections log and the "
    "structure of the facts) is licensed under CC BY 4.0: credit changdu-facts and the article. "
    "The code of changdu-facts is MIT-licensed. The article's text belongs to its publisher; it is "
    "quoted here for citation, each figure with the sentence it comes from."
)


def licences() -> dict[str, Any]:
    """As /v1/article serves them."""
    return {"data": DATA_LICENCE, "code": CODE_LICENCE, "note": LICENCE_NOTE}
