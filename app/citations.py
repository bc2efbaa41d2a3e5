"""Citation strings for any fact: short and long, in Chinese and English, from its source span."""

from dataclasses import dataclass

from sqlmodel import Session, select

from app import models
from app.schemas import Citation, Cite, Localized, SourceSpan


def citer(session: Session) -> Cite:
    """The citation function for this request's dataset."""
    return CitationContext.load(session).cite


@dataclass(frozen=True)
class CitationContext:
    """What every citation names: the article, its author and the section of each paragraph."""

    title: Localized
    subtitle: Localized
    author: Localized
    sections: tuple[tuple[int, int, Localized], ...]  # first paragraph, last paragraph, title

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
        section = self.section_title(source.paragraph)
        zh_section = f"“{section.zh}”部分，" if section else ""
        en_section = f"section “{section.en}”, " if section else ""
        return Citation(
            short=Localized(
                zh=f"{self.author.zh}《{self.title.zh}》第{source.paragraph}段",
                en=f"{self.author.en}, “{self.title.en}”, para. {source.paragraph}",
            ),
            long=Localized(
                zh=(
                    f"{self.author.zh}：《{self.title.zh}——{self.subtitle.zh}》，{zh_section}"
                    f"第{source.paragraph}段：“{source.quote}”"
                ),
                en=(
                    f"{self.author.en}, “{self.title.en}: {self.subtitle.en}” "
                    f"(《{self.title.zh}——{self.subtitle.zh}》), {en_section}"
                    f"paragraph {source.paragraph}: “{source.quote}”"
                ),
            ),
        )
