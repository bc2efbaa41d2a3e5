"""Citation strings for any fact: short and long, in Chinese and English, from its source span."""

from dataclasses import dataclass, field

from sqlmodel import Session, select

from app import models
from app.schemas import Citation, Cite, Localized, SourceSpan


def citer(session: Session) -> Cite:
    """The citation function for the dataset the session sees (for a build that runs once per
    version: the routes take theirs from the version's state, app/api/dataset.py)."""
    return CitationContext.load(session).cite


@dataclass(frozen=True)
class CitationContext:
    """What every citation names: the article, its author and the section of each paragraph."""

    title: Localized
    subtitle: Localized
    author: Localized
    sections: tuple[tuple[int, int, Localized], ...]  # first paragraph, last paragraph, title
    _parts: dict[int, tuple[str, str, str, str]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls, session: Session) -> "CitationContext":
        article = session.get(models.Article, 1)
        if article is None:
            raise LookupError("the dataset is not loaded")
        sections = session.exec(select(models.Section).order_by(models.Section.position)).all()
        return cls(
            title=Localized(zh=article.title_zh, en=article.title_en),
            subtitle=Localized(zh=article.subtitle_zh, en=article.subtitle_en),
            author=Localized(zh=article.author_zh, en=article.author_en),
            sections=tuple(
                (s.first_paragraph, s.last_paragraph, Localized(zh=s.title_zh, en=s.title_en))
                for s in sections
            ),
        )

    def section_title(self, paragraph: int) -> Localized | None:
        for first, last, title in self.sections:
            if first <= paragraph <= last:
                return title
        return None

    def cite(self, source: SourceSpan) -> Citation:
        """Paragraph numbers are the API's (from 0), so a citation can be looked up in it."""
        return Citation.model_validate(self.citation(source.paragraph, source.quote))

    def citation(self, paragraph: int, quote: str) -> dict[str, dict[str, str]]:
        """The citation as plain data, what `cite` validates."""
        parts = self._parts.get(paragraph) or self._paragraph_parts(paragraph)
        short_zh, short_en, long_zh, long_en = parts
        return {
            "short": {"zh": short_zh, "en": short_en},
            "long": {"zh": f"{long_zh}“{quote}”", "en": f"{long_en}“{quote}”"},
        }

    def _paragraph_parts(self, paragraph: int) -> tuple[str, str, str, str]:
        """Everything of a citation but its quote depends on the paragraph alone: built once for each."""
        section = self.section_title(paragraph)
        zh_section = f"“{section.zh}”部分，" if section else ""
        en_section = f"section “{section.en}”, " if section else ""
        parts = (
            f"{self.author.zh}《{self.title.zh}》第{paragraph}段",
            f"{self.author.en}, “{self.title.en}”, para. {paragraph}",
            f"{self.author.zh}：《{self.title.zh}——{self.subtitle.zh}》，{zh_section}第{paragraph}段：",
            (
                f"{self.author.en}, “{self.title.en}: {self.subtitle.en}” "
                f"(《{self.title.zh}——{self.subtitle.zh}》), {en_section}paragraph {paragraph}: "
            ),
        )
        if len(self._parts) < 100_000:
            self._parts[paragraph] = parts
        return parts
