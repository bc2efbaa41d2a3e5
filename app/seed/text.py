"""The article text and its shared paragraph numbering."""

from functools import cache
from pathlib import Path

SEED_DIR = Path(__file__).resolve().parents[2] / "seed"
ARTICLE_FILE = "article.txt"


def split_paragraphs(text: str) -> list[str]:
    """Paragraph N is the N-th non-empty line after stripping, counting from 0."""
    return [line.strip() for line in text.splitlines() if line.strip()]


@cache
def article_paragraphs(seed_dir: Path = SEED_DIR) -> tuple[str, ...]:
    text = (seed_dir / ARTICLE_FILE).read_text(encoding="utf-8")
    return tuple(split_paragraphs(text))
