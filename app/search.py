"""Full-text search: one `search_entry` row per searchable text, matched through an index on both engines.

Why a spaced shadow column, not trigrams: Chinese has no spaces, so a word tokenizer sees a whole
clause as one token, and the usual escape, FTS5's trigram tokenizer, never matches a query shorter
than three characters (医保, 唐卡, 脱贫 are two), while on SQLite 3.40 LIKE/GLOB on a trigram table
wrongly return nothing. So every text gets a shadow, `spaced`, in which each CJK character is a token
of its own and every other run of letters and digits is one lower-cased word with its diacritics
removed ("医保局60.6万 Riwoqê" becomes "医 保 局 60 6 万 riwoqe"). A query is tokenised the same way
and searched as a phrase: consecutive tokens, so 医保 finds 医保 but not 医疗保障, and a single
character or a long clause work alike. The last word of a query may be a prefix ("pover" finds
"poverty"); digits and CJK characters are matched whole. Punctuation is not a token, so a phrase
may run across it (医保 would also find 医、保); the snippet marks exactly what the index matched.

- SQLite: `search_fts`, an external-content FTS5 table (unicode61) over `search_entry.spaced`, made
  by the migration and refreshed with FTS5's 'rebuild' after the loader writes the rows; ranked by
  bm25().
- PostgreSQL: a GIN index on `to_tsvector('simple', spaced)`, made by the migration; queried with
  `to_tsquery('simple', ...)` built from the tokens as a `<->` phrase (`:*` on a last word), ranked
  by ts_rank(). The spaced text holds nothing but words and spaces, so PostgreSQL's parser sees the
  same tokens FTS5 does (no hyphenated words, floats or URLs to split differently).

User input never reaches either query language as syntax: it is reduced to tokens of letters and
digits, then bound as a quoted phrase (FTS5, `"` doubled) or as quoted lexemes (tsquery).
"""

import hashlib
import json
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from markupsafe import Markup
from sqlalchemy import Connection, delete, insert, text
from sqlalchemy import select as select_columns
from sqlmodel import Session, select

from app import models

Kind = Literal["statistic", "milestone", "story", "quote", "photo", "paragraph"]
KINDS: tuple[Kind, ...] = ("statistic", "milestone", "story", "quote", "photo", "paragraph")
# Where a kind's items are served; paragraphs have no item of their own.
KIND_PATHS: dict[str, str | None] = {
    "statistic": "/v1/statistics",
    "milestone": "/v1/milestones",
    "story": "/v1/stories",
    "quote": "/v1/quotes",
    "photo": "/v1/photos",
    "paragraph": None,
}

FTS_TABLE = "search_fts"  # SQLite: the FTS5 table (and its shadow tables search_fts_*)
TSVECTOR_INDEX = "ix_search_entry_spaced_tsvector"  # PostgreSQL: the GIN expression index
SNIPPET_LENGTH = 60


def is_index_object(name: str | None) -> bool:
    """True for what the migration makes outside the models: Alembic's autogenerate must ignore it."""
    return name is not None and (name in (FTS_TABLE, TSVECTOR_INDEX) or name.startswith(f"{FTS_TABLE}_"))


# ---------------------------------------------------------------------------------------------------
# Tokens


@dataclass(frozen=True)
class Token:
    """A token of the spaced form and the code points [start, end) of the original text it came from."""

    text: str
    start: int
    end: int


def _is_cjk(char: str) -> bool:
    """Scripts written without spaces between words: each character is a token of its own."""
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF  # radicals, CJK punctuation and symbols, kana, bopomofo, ideographs
        or 0xAC00 <= code <= 0xD7AF  # Hangul syllables
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0x20000 <= code <= 0x3FFFF  # ideographs, extensions B and beyond
    )


def _fold(char: str) -> str:
    """The character as it is indexed: compatibility forms unfolded, diacritics dropped, lower case."""
    decomposed = unicodedata.normalize("NFKD", char)
    bare = "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))
    return unicodedata.normalize("NFC", bare).lower()


def tokenize(value: str) -> list[Token]:
    """Split `value` into CJK characters and lower-cased words; everything else separates tokens."""
    tokens: list[Token] = []
    word: list[str] = []
    word_start = word_end = 0

    def close_word() -> None:
        if word:
            tokens.append(Token("".join(word), word_start, word_end))
            word.clear()

    for index, char in enumerate(value):
        folded = _fold(char)
        if not folded:  # a combining mark: part of the character before it
            if word:
                word_end = index + 1
            continue
        if not all(c.isalnum() for c in folded):
            close_word()
            continue
        for c in folded:
            if _is_cjk(c):
                close_word()
                tokens.append(Token(c, index, index + 1))
            else:
                if not word:
                    word_start = index
                word.append(c)
                word_end = index + 1
    close_word()
    return tokens


def spaced(value: str) -> str:
    """The shadow text that is indexed: the tokens of `value`, separated by single spaces."""
    return " ".join(token.text for token in tokenize(value))


@dataclass(frozen=True)
class SearchQuery:
    """What the user typed, as tokens to find consecutively; the last one a prefix if `prefix`."""

    tokens: tuple[str, ...]
    prefix: bool

    @classmethod
    def parse(cls, q: str) -> "SearchQuery":
        tokens = tuple(token.text for token in tokenize(q))
        last = tokens[-1] if tokens else ""
        # Only a word may be a prefix: "pover" finds "poverty", but "60" must not find "606".
        prefix = bool(last) and not _is_cjk(last[0]) and not last.isdigit()
        return cls(tokens, prefix)

    def fts5(self) -> str:
        """An FTS5 MATCH expression: one quoted phrase, with `*` to make its last token a prefix."""
        phrase = " ".join(self.tokens).replace('"', '""')
        return f'"{phrase}"' + ("*" if self.prefix else "")

    def tsquery(self) -> str:
        """A to_tsquery('simple', ...) text: quoted lexemes joined by <->, `:*` on a prefix."""
        lexemes = ["'" + token.replace("\\", "\\\\").replace("'", "''") + "'" for token in self.tokens]
        if self.prefix:
            lexemes[-1] += ":*"
        return " <-> ".join(lexemes)

    def fingerprint(self, *parts: str | None) -> str:
        """A short digest of the query and its filters, so a cursor serves only the search it came from."""
        raw = json.dumps([list(self.tokens), self.prefix, *parts], ensure_ascii=False)
        return hashlib.sha256(raw.encode()).hexdigest()[:16]

    def find_in(self, value: str) -> tuple[int, int] | None:
        """Code points [start, end) of the first match in `value`, as the index matches it."""
        tokens, wanted = tokenize(value), self.tokens
        if not wanted:
            return None
        *whole, last = wanted
        for i in range(len(tokens) - len(wanted) + 1):
            window = tokens[i : i + len(wanted)]
            if [t.text for t in window[:-1]] != whole:
                continue
            end = window[-1].text
            if end == last or (self.prefix and end.startswith(last)):
                return window[0].start, window[-1].end
        return None


def snippet(value: str, query: SearchQuery, length: int = SNIPPET_LENGTH) -> str:
    """About `length` characters of `value` around the first match, HTML-escaped, the match in <mark>."""
    match = query.find_in(value)
    if match is None:  # not expected; show the start of the text rather than nothing
        cut = value[:length]
        return str(Markup("{}{}").format(cut, "…" if len(cut) < len(value) else ""))
    start, end = match
    room = max(length - (end - start), 0)
    before = min(room // 3, start)
    after = min(room - before, len(value) - end)
    before = min(room - after, start)
    left, right = start - before, end + after
    # Do not cut a word in two: move each cut to the nearest word boundary inside the snippet.
    while 0 < left < start and _in_word(value, left):
        left += 1
    while end < right < len(value) and _in_word(value, right):
        right -= 1
    return str(
        Markup("{}{}<mark>{}</mark>{}{}").format(
            "…" if left > 0 else "",
            value[left:start].lstrip() if left > 0 else value[:start],
            value[start:end],
            value[end:right].rstrip() if right < len(value) else value[end:],
            "…" if right < len(value) else "",
        )
    )


def _in_word(value: str, cut: int) -> bool:
    """True if a cut before value[cut] would split a word (CJK characters are words of their own)."""
    before, after = value[cut - 1], value[cut]
    return before.isalnum() and after.isalnum() and not _is_cjk(before) and not _is_cjk(after)


# ---------------------------------------------------------------------------------------------------
# The index: rows the loader writes


ENTRY_COLUMNS = (
    "kind",
    "slug",
    "field",
    "lang",
    "text",
    "spaced",
    "source_paragraph",
    "source_start",
    "source_end",
    "source_quote",
    "position",
)


def _span(row: Any) -> tuple[int, int, int, str]:
    return row.source_paragraph, row.source_start, row.source_end, row.source_quote


def _texts(session: Session) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    """(article-order key, entry without position) for every searchable text in the tables."""
    bilingual: list[tuple[Kind, type[Any], tuple[str, ...]]] = [
        ("statistic", models.Statistic, ("label",)),
        ("milestone", models.Milestone, ("title", "description")),
        ("story", models.Story, ("title", "summary")),
        ("quote", models.Quote, ("text",)),
        ("photo", models.Photo, ("caption",)),
    ]
    for kind, table, fields in bilingual:
        for row in session.exec(select(table)):
            if kind == "story":
                first = row.sources[0]
                span = (first["paragraph"], first["start"], first["end"], first["quote"])
            else:
                span = _span(row)
            texts = [
                (field, lang, getattr(row, f"{field}_{lang}")) for field in fields for lang in ("zh", "en")
            ]
            if kind == "statistic":
                texts.append(("value_text", "zh", row.value_text))
            for order, (field, lang, value) in enumerate(texts):
                key = (span[0], span[1], KINDS.index(kind), row.position, order)
                yield key, _entry(kind, row.slug, field, lang, value, span)
    for paragraph in session.exec(select(models.Paragraph)):
        span = (paragraph.index, 0, len(paragraph.text), paragraph.text)
        key = (paragraph.index, 0, KINDS.index("paragraph"), 0, 0)
        yield key, _entry("paragraph", str(paragraph.index), "text", "zh", paragraph.text, span)


def _entry(
    kind: str, slug: str, field: str, lang: str, value: str, span: tuple[int, int, int, str]
) -> dict[str, Any]:
    paragraph, start, end, quote = span
    return {
        "kind": kind,
        "slug": slug,
        "field": field,
        "lang": lang,
        "text": value,
        "spaced": spaced(value),
        "source_paragraph": paragraph,
        "source_start": start,
        "source_end": end,
        "source_quote": quote,
    }


def search_rows(session: Session) -> list[dict[str, Any]]:
    """Every search_entry row the fact tables call for, numbered in the article's order."""
    ordered = sorted(_texts(session), key=lambda pair: pair[0])
    return [{**entry, "position": position} for position, (_key, entry) in enumerate(ordered)]


def rebuild_search_index(session: Session) -> bool:
    """Bring search_entry (and on SQLite its FTS5 table) in line with the fact tables; True if it changed.

    Runs inside the loader's transaction. The rows are derived, so they are replaced wholesale, and
    only when they differ: loading the same seed twice writes nothing here either.
    """
    session.flush()
    wanted = search_rows(session)
    connection = session.connection()
    table = models.SearchEntry.__table__  # type: ignore[attr-defined]
    columns = [table.c[name] for name in ENTRY_COLUMNS]
    existing = connection.execute(select_columns(*columns).order_by(table.c.position)).all()
    if [tuple(row) for row in existing] == [tuple(entry[name] for name in ENTRY_COLUMNS) for entry in wanted]:
        return False
    connection.execute(delete(table))
    if wanted:
        connection.execute(insert(table), wanted)
    refresh_fts(connection)
    return True


def refresh_fts(connection: Connection) -> None:
    """SQLite: rebuild the external-content FTS5 table from search_entry. PostgreSQL keeps its GIN index."""
    if connection.dialect.name == "sqlite":
        connection.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"))


# ---------------------------------------------------------------------------------------------------
# The query


RESULT_COLUMNS = (
    "e.kind, e.slug, e.field, e.lang, e.text, e.source_paragraph, e.source_start, e.source_end, "
    "e.source_quote, e.position"
)
TSVECTOR = "to_tsvector('simple'::regconfig, e.spaced)"  # exactly the indexed expression
TSQUERY = "to_tsquery('simple'::regconfig, :match)"


def search_sql(
    dialect: str,
    query: SearchQuery,
    *,
    kind: str | None = None,
    lang: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    count: bool = False,
) -> tuple[str, dict[str, Any]]:
    """The SQL (and its parameters) of one page of hits, best first, or of their count if `count`.

    Exposed so that the tests can EXPLAIN exactly what the endpoint runs.
    """
    filters: list[str] = []
    params: dict[str, Any] = {}
    if kind is not None:
        filters.append("e.kind = :kind")
        params["kind"] = kind
    if lang is not None:
        filters.append("e.lang = :lang")
        params["lang"] = lang
    if dialect == "sqlite":
        params["match"] = query.fts5()
        # CROSS JOIN fixes the join order: the FTS5 index finds the rows, search_entry is read by rowid.
        source = f"{FTS_TABLE} CROSS JOIN search_entry AS e ON e.id = {FTS_TABLE}.rowid"
        where = [f"{FTS_TABLE} MATCH :match", *filters]
        rank, order = f"bm25({FTS_TABLE})", "rank"
    elif dialect == "postgresql":
        params["match"] = query.tsquery()
        source = "search_entry AS e"
        where = [f"{TSVECTOR} @@ {TSQUERY}", *filters]
        rank, order = f"ts_rank({TSVECTOR}, {TSQUERY})", "rank DESC"
    else:
        raise ValueError(f"search is not implemented for {dialect}")
    condition = " AND ".join(where)
    if count:
        return f"SELECT count(*) FROM {source} WHERE {condition}", params
    sql = (
        f"SELECT {RESULT_COLUMNS}, {rank} AS rank FROM {source} WHERE {condition} "
        f"ORDER BY {order}, e.position, e.id"
    )
    if limit is not None:
        sql += " LIMIT :limit OFFSET :offset"
        params.update(limit=limit, offset=offset)
    return sql, params


@dataclass(frozen=True)
class Hit:
    kind: str
    slug: str
    field: str
    lang: str
    text: str
    source_paragraph: int
    source_start: int
    source_end: int
    source_quote: str
    position: int
    rank: float


def search(
    connection: Connection,
    query: SearchQuery,
    *,
    kind: str | None = None,
    lang: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> tuple[Sequence[Hit], int]:
    """One page of hits for `query` and how many there are in all."""
    if not query.tokens:
        return [], 0
    dialect = connection.dialect.name
    count_sql, count_params = search_sql(dialect, query, kind=kind, lang=lang, count=True)
    total = connection.execute(text(count_sql), count_params).scalar_one()
    if offset >= total:
        return [], total
    page_sql, params = search_sql(dialect, query, kind=kind, lang=lang, limit=limit, offset=offset)
    hits = [Hit(**row._mapping) for row in connection.execute(text(page_sql), params)]
    return hits, total
