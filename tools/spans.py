"""Print the source span of a phrase, for writing seed files.

python -m tools.spans 60.6万人次            # the sentence around each occurrence
python -m tools.spans --exact 增旺姆        # the phrase itself
"""

import argparse
import json
import re

from app.seed.text import article_paragraphs

SENTENCE_END = "。;；！？!?"


def sentence_bounds(paragraph: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to the whole sentence around it."""
    left = start
    while left > 0 and paragraph[left - 1] not in SENTENCE_END:
        left -= 1
    if paragraph[left : left + 1] == "”":  # the closing mark of the previous sentence
        left += 1
    right = end
    while right < len(paragraph) and paragraph[right - 1 : right] not in set(SENTENCE_END):
        right += 1
    if right < len(paragraph) and paragraph[right] == "”":
        right += 1
    return left, right


def find_spans(phrase: str, exact: bool = False) -> list[dict]:
    spans = []
    for index, paragraph in enumerate(article_paragraphs()):
        for match in re.finditer(re.escape(phrase), paragraph):
            start, end = match.span()
            if not exact:
                start, end = sentence_bounds(paragraph, start, end)
            spans.append({"paragraph": index, "start": start, "end": end, "quote": paragraph[start:end]})
    return spans


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("phrase")
    parser.add_argument("--exact", action="store_true", help="span the phrase only, not its sentence")
    args = parser.parse_args()
    for span in find_spans(args.phrase, args.exact):
        print(json.dumps(span, ensure_ascii=False))


if __name__ == "__main__":
    main()
