"""The facts an embed shows, read through the API's own public models and citations.

Embeds never re-derive a value, label or citation: they show exactly what `/v1/...` serves, so a
card and the API it links to cannot disagree. Callers open the session inside their endpoint.
"""

from dataclasses import dataclass

from sqlmodel import Session, col, select

from app import models
from app.api.problems import NotFound
from app.citations import CitationContext
from app.embed.charts import ChartDefinition, Figure, check_charts
from app.schemas import Cite, Lang, MilestonePublic, StatisticPublic


@dataclass(frozen=True)
class Facts:
    """One request's view of the dataset: the article (for attribution) and a citation function."""

    session: Session
    lang: Lang
    article: CitationContext

    @classmethod
    def open(cls, session: Session, lang: Lang) -> "Facts":
        return cls(session=session, lang=lang, article=CitationContext.load(session))

    @property
    def cite(self) -> Cite:
        return self.article

    def statistic(self, slug: str) -> StatisticPublic:
        """One statistic; 404 problem when no statistic has the slug."""
        row = self.session.get(models.Statistic, slug)
        if row is None:
            raise NotFound("statistic", slug)
        return StatisticPublic.from_row(row, self.lang, self.cite)

    def statistics(self, slugs: tuple[str, ...] | None = None) -> list[StatisticPublic]:
        """Statistics in the article's order, or in the order of `slugs` (missing ones left out)."""
        query = select(models.Statistic).order_by(col(models.Statistic.position))
        if slugs is not None:
            query = query.where(col(models.Statistic.slug).in_(slugs))
        found = [StatisticPublic.from_row(row, self.lang, self.cite) for row in self.session.exec(query)]
        if slugs is None:
            return found
        by_slug = {statistic.slug: statistic for statistic in found}
        return [by_slug[slug] for slug in slugs if slug in by_slug]

    def chart_statistics(self, chart: ChartDefinition) -> list[StatisticPublic]:
        """A chart's figures, checked again against the rule: it must hold for what is served."""
        statistics = self.statistics(chart.slugs)
        check_charts([chart], [Figure.from_public(statistic) for statistic in statistics])
        return statistics

    def milestones_by_date(self) -> list[MilestonePublic]:
        """Every milestone, earliest first; events of one date keep the article's order.

        A coarser date sorts before the finer ones inside it (2020 before 2020-07). Sorted here, not
        in SQL, so the order does not depend on the database's collation.
        """
        rows = sorted(self.session.exec(select(models.Milestone)), key=lambda row: (row.date, row.position))
        return [MilestonePublic.from_row(row, self.lang, self.cite) for row in rows]
