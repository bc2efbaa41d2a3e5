"""Prove a seed against the article: every quote is the text at its offsets, every number is what
the quoted words say, every reference resolves, and every date not written out is marked derived."""

from collections.abc import Iterable
from decimal import Decimal

from app.numbers import FigureError, parse_figure
from app.seed.files import Seed, SeedError
from app.seed.schema import Derivation, Span


def span_problem(span: Span, paragraphs: tuple[str, ...]) -> str | None:
    if span.paragraph >= len(paragraphs):
        return f"paragraph {span.paragraph} does not exist (the article has {len(paragraphs)})"
    text = paragraphs[span.paragraph]
    if span.end > len(text):
        return f"span {span.start}-{span.end} runs past the end of paragraph {span.paragraph} ({len(text)})"
    found = text[span.start : span.end]
    if found != span.quote:
        where = f"paragraph {span.paragraph} [{span.start}:{span.end}]"
        return f"quote {span.quote!r} is not the text at {where}: {found!r}"
    return None


def section_of(seed: Seed, paragraph: int) -> str | None:
    for section in seed.article.sections:
        if section.first_paragraph <= paragraph <= section.last_paragraph:
            return section.slug
    return None


def _as_decimal(number: float | None) -> Decimal | None:
    return None if number is None else Decimal(repr(number))


def _check_sections(seed: Seed, problems: list[str]) -> None:
    expected = 0
    for section in seed.article.sections:
        where = f"seed/article.yaml: section '{section.slug}'"
        if section.first_paragraph != expected or section.last_paragraph < section.first_paragraph:
            problems.append(
                f"{where}: sections must cover paragraphs in order without gaps (next is {expected})"
            )
        expected = section.last_paragraph + 1
        if section.heading and (problem := span_problem(section.heading, seed.paragraphs)):
            problems.append(f"{where}: heading: {problem}")
    if expected != len(seed.paragraphs):
        problems.append(
            f"seed/article.yaml: sections end at paragraph {expected - 1}, "
            f"the article at {len(seed.paragraphs) - 1}"
        )
    for name in ("title", "subtitle", "byline"):
        span: Span = getattr(seed.article, f"{name}_source")
        if problem := span_problem(span, seed.paragraphs):
            problems.append(f"seed/article.yaml: {name}_source: {problem}")
        elif span.quote != getattr(seed.article, name).zh:
            problems.append(f"seed/article.yaml: {name}.zh differs from its source quote {span.quote!r}")


def _check_words_in_quote(where: str, name: str, words: str | None, quote: str, problems: list[str]) -> None:
    if words is not None and words not in quote:
        problems.append(f"{where}: {name} {words!r} is not in the quote")


def _check_derived(
    where: str, derived: Iterable[Derivation], fields: set[str], problems: list[str]
) -> set[str]:
    names = {d.field for d in derived}
    for unknown in sorted(names - fields):
        problems.append(f"{where}: derived names an unknown field {unknown!r}")
    return names


def _check_statistics(seed: Seed, problems: list[str]) -> None:
    sections = {s.slug for s in seed.article.sections}
    for stat in seed.statistics:
        where = f"seed/statistics.yaml: '{stat.slug}'"
        if problem := span_problem(stat.source, seed.paragraphs):
            problems.append(f"{where}: source: {problem}")
            continue
        if stat.section not in sections or section_of(seed, stat.source.paragraph) != stat.section:
            problems.append(
                f"{where}: section {stat.section!r} does not hold paragraph {stat.source.paragraph}"
            )
        occurrences = stat.source.quote.count(stat.value_text)
        if occurrences != 1:
            problems.append(
                f"{where}: value_text {stat.value_text!r} occurs {occurrences} times in the quote, not once"
            )
        try:
            figure = parse_figure(stat.value_text)
        except FigureError as error:
            problems.append(f"{where}: value_text cannot be read: {error}")
        else:
            read = (figure.value, figure.value_max, figure.unit, figure.qualifier)
            stated = (_as_decimal(stat.value), _as_decimal(stat.value_max), stat.unit, stat.qualifier)
            if read != stated:
                problems.append(
                    f"{where}: value, value_max, unit, qualifier {stated} differ from what "
                    f"{stat.value_text!r} says: {read}"
                )
        _check_words_in_quote(where, "as_of_text", stat.as_of_text, stat.source.quote, problems)
        _check_words_in_quote(where, "period_text", stat.period_text, stat.source.quote, problems)
        derived = _check_derived(where, stat.derived, {"as_of", "period"}, problems)
        if stat.as_of and "as_of" not in derived and stat.as_of[:4] not in (stat.as_of_text or ""):
            problems.append(
                f"{where}: as_of {stat.as_of} is not written in as_of_text, so it must be marked derived"
            )
        if stat.period and "period" not in derived:
            for year in (stat.period.start, stat.period.end):
                if year not in (stat.period_text or ""):
                    problems.append(
                        f"{where}: period year {year} is not written in period_text, so mark it derived"
                    )


def _check_milestones(seed: Seed, problems: list[str]) -> None:
    lengths = {"year": 4, "month": 7, "day": 10}
    for milestone in seed.milestones:
        where = f"seed/milestones.yaml: '{milestone.slug}'"
        if problem := span_problem(milestone.source, seed.paragraphs):
            problems.append(f"{where}: source: {problem}")
            continue
        if section_of(seed, milestone.source.paragraph) != milestone.section:
            problems.append(
                f"{where}: section {milestone.section!r} does not hold paragraph {milestone.source.paragraph}"
            )
        if len(milestone.date) != lengths[milestone.precision]:
            problems.append(f"{where}: date {milestone.date} does not have precision {milestone.precision}")
        _check_words_in_quote(where, "date_text", milestone.date_text, milestone.source.quote, problems)
        derived = _check_derived(where, milestone.derived, {"date", "precision"}, problems)
        if "date" not in derived and milestone.date[:4] not in milestone.date_text:
            problems.append(
                f"{where}: date {milestone.date} is not written in date_text, so it must be marked derived"
            )


def _check_references(seed: Seed, problems: list[str]) -> None:
    places = {p.slug for p in seed.places}
    organisations = {o.slug for o in seed.organisations}
    people = {p.slug for p in seed.people}
    quotes = {q.slug for q in seed.quotes}
    sections = {s.slug for s in seed.article.sections}

    def expect(where: str, name: str, slug: str | None, known: set[str]) -> None:
        if slug is not None and slug not in known:
            problems.append(f"{where}: {name} {slug!r} is not in the seed")

    parents = {p.slug: p.parent for p in seed.places}
    for place in seed.places:
        where = f"seed/places.yaml: '{place.slug}'"
        expect(where, "parent", place.parent, places)
        seen, current = {place.slug}, place.parent
        while current is not None and current in parents:
            if current in seen:
                problems.append(f"{where}: parent chain loops back to {current!r}")
                break
            seen.add(current)
            current = parents[current]
    for org in seed.organisations:
        expect(f"seed/organisations.yaml: '{org.slug}'", "place", org.place, places)
    for person in seed.people:
        where = f"seed/people.yaml: '{person.slug}'"
        expect(where, "place", person.place, places)
        expect(where, "organisation", person.organisation, organisations)
    for quote in seed.quotes:
        where = f"seed/quotes.yaml: '{quote.slug}'"
        expect(where, "speaker", quote.speaker, people)
        expect(where, "section", quote.section, sections)
    for story in seed.stories:
        where = f"seed/stories.yaml: '{story.slug}'"
        expect(where, "section", story.section, sections)
        for name, slugs, known in (
            ("person", story.people, people),
            ("place", story.places, places),
            ("organisation", story.organisations, organisations),
            ("quote", story.quotes, quotes),
        ):
            for slug in slugs:
                expect(where, name, slug, known)
            if len(set(slugs)) != len(slugs):
                problems.append(f"{where}: a {name} is listed twice")
    for document in seed.documents:
        expect(f"seed/documents.yaml: '{document.slug}'", "issuer", document.issuer, organisations)
    for honour in seed.honours:
        expect(f"seed/honours.yaml: '{honour.slug}'", "recipient", honour.recipient, organisations)


def _check_spans(seed: Seed, problems: list[str]) -> None:
    """Spans of the records not checked with their own rules above."""
    for file, records in (
        ("places", seed.places),
        ("organisations", seed.organisations),
        ("people", seed.people),
        ("quotes", seed.quotes),
        ("photos", seed.photos),
        ("documents", seed.documents),
        ("honours", seed.honours),
    ):
        for record in records:
            if problem := span_problem(record.source, seed.paragraphs):
                problems.append(f"seed/{file}.yaml: '{record.slug}': source: {problem}")
    for quote in seed.quotes:
        if quote.text.zh != quote.source.quote:
            problems.append(f"seed/quotes.yaml: '{quote.slug}': text.zh differs from its source quote")
        if section_of(seed, quote.source.paragraph) != quote.section:
            problems.append(
                f"seed/quotes.yaml: '{quote.slug}': section {quote.section!r} does not hold the quote"
            )
    for photo in seed.photos:
        if photo.caption.zh != photo.source.quote:
            problems.append(f"seed/photos.yaml: '{photo.slug}': caption.zh differs from its source quote")
    for story in seed.stories:
        for index, span in enumerate(story.sources):
            if problem := span_problem(span, seed.paragraphs):
                problems.append(f"seed/stories.yaml: '{story.slug}': sources.{index}: {problem}")
    for ignored in seed.ignored_figures:
        if (
            ignored.paragraph >= len(seed.paragraphs)
            or ignored.text not in seed.paragraphs[ignored.paragraph]
        ):
            problems.append(
                f"seed/ignored_figures.yaml: {ignored.text!r} is not in paragraph {ignored.paragraph}"
            )


def check_seed(seed: Seed) -> None:
    """Raise SeedError listing every provenance problem; return quietly when there is none."""
    problems: list[str] = []
    _check_sections(seed, problems)
    _check_statistics(seed, problems)
    _check_milestones(seed, problems)
    _check_references(seed, problems)
    _check_spans(seed, problems)
    _check_corrections(seed, problems)
    if problems:
        raise SeedError(problems)


def _check_corrections(seed: Seed, problems: list[str]) -> None:
    """Every corrected fact exists under its (new) slug; a renamed slug is no fact's any more."""
    slugs = {
        resource: {record.slug for record in getattr(seed, resource)}
        for resource in ("statistics", "milestones", "stories", "quotes", "photos", "places", "people",
                         "organisations", "documents", "honours")
    }  # fmt: skip
    for correction in seed.corrections:
        where = f"seed/corrections.yaml: '{correction.slug}'"
        for fact in correction.facts:
            if fact.slug not in slugs[fact.resource]:
                problems.append(f"{where}: no {fact.resource} fact has the slug '{fact.slug}'")
        for change in correction.changes:
            if change.field == "slug" and change.new != change.slug:
                problems.append(f"{where}: the slug change of '{change.slug}' must have it as its new slug")
            if change.field == "slug" and change.old in slugs[change.resource]:
                problems.append(f"{where}: renamed slug '{change.old}' is still a {change.resource} fact")
