"""Citation strings for any fact: short and long, in Chinese and English, from its source span."""

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, select

from app import models
from app.schemas import Citation, Cite, Localized, SourceSpan


def citer(session: Session) -> Cite:
    """The citation context of the dataset the session sees (call it to cite a span), for a build
    that runs once per version: the routes take theirs from the version's state, app/api/dataset.py."""
    return CitationContext.load(session)


CORRECTIONS_PATH = "/v1/corrections"


def _note(row: models.Note, lang: str) -> dict[str, Any]:
    source = None
    if row.source_title:
        source = {
            "title": row.source_title,
            "publisher": row.source_publisher,
            "date": row.source_date,
            "url": row.source_url,
        }
    return {"kind": row.kind, "text": row.text_zh if lang == "zh" else row.text_en, "source": source}


@dataclass(frozen=True)
class CitationContext:
    """What every citation names (the article, its author and the section of each paragraph), and
    what an editor adds to a fact: its notes and the corrections that changed it."""

    title: Localized
    subtitle: Localized
    author: Localized
    sections: tuple[tuple[int, int, Localized], ...]  # first paragraph, last paragraph, title
    # (resource, slug) -> {"zh": [note, ...], "en": [...]}
    notes: dict[tuple[str, str], dict[str, list[dict[str, Any]]]] = field(default_factory=dict)
    # (resource, slug) -> [{"slug", "date", "url"}, ...], oldest first
    corrections: dict[tuple[str, str], list[dict[str, str]]] = field(default_factory=dict)
    # (resource, old slug) -> current slug, from the corrections' slug changes
    renamed: dict[tuple[str, str], str] = field(default_factory=dict)
    # article.yaml's `publication`: cited only when `confirmed`
    publication: dict[str, Any] = field(default_factory=dict)
    _parts: dict[int, tuple[str, str, str, str]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls, session: Session) -> "CitationContext":
        article = session.get(models.Article, 1)
        if article is None:
            raise LookupError("the dataset is not loaded")
        sections = session.exec(select(models.Section).order_by(models.Section.position)).all()
        notes: dict[tuple[str, str], dict[str, list[dict[str, Any]]]] = {}
        for note in session.exec(select(models.Note).order_by(models.Note.position)):
            by_lang = notes.setdefault((note.resource, note.slug), {"zh": [], "en": []})
            for lang in ("zh", "en"):
                by_lang[lang].append(_note(note, lang))
        corrections: dict[tuple[str, str], list[dict[str, str]]] = {}
        renamed: dict[tuple[str, str], str] = {}
        for entry in session.exec(select(models.Correction).order_by(models.Correction.position)):
            ref = {"slug": entry.slug, "date": entry.date, "url": f"{CORRECTIONS_PATH}/{entry.slug}"}
            for fact in entry.facts:
                corrections.setdefault((fact["resource"], fact["slug"]), []).append(ref)
            for change in entry.changes:
                if change["field"] == "slug":
                    renamed[(change["resource"], change["old"])] = change["new"]
        return cls(
            publication=article.publication or {},
            notes=notes,
            corrections=corrections,
            renamed=renamed,
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

    def editorial(self, resource: str, slug: str, lang: str) -> dict[str, list[dict[str, Any]]]:
        """A fact's `notes` (in `lang`) and `corrections` (links to the log), as the API serves them."""
        notes = self.notes.get((resource, slug))
        return {
            "notes": notes[lang] if notes else [],
            "corrections": self.corrections.get((resource, slug), []),
        }

    def __call__(self, source: SourceSpan) -> Citation:
        return self.cite(source)

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
        zh_published = en_published = ""
        if self.publication.get("confirmed"):  # publisher and date only once confirmed, never guessed
            publisher, date = self.publication["publisher"], self.publication["date_published"]
            zh_published, en_published = f"{publisher['zh']}，{date}，", f"{publisher['en']}, {date}, "
        parts = (
            f"{self.author.zh}《{self.title.zh}》第{paragraph}段",
            f"{self.author.en}, “{self.title.en}”, para. {paragraph}",
            f"{self.author.zh}：《{self.title.zh}——{self.subtitle.zh}》，{zh_published}{zh_section}第{paragraph}段：",
            (
                f"{self.author.en}, “{self.title.en}: {self.subtitle.en}” "
                f"(《{self.title.zh}——{self.subtitle.zh}》), {en_published}{en_section}"
                f"paragraph {paragraph}: "
            ),
        )
        if len(self._parts) < 100_000:
            self._parts[paragraph] = parts
        return parts
