"""Full-text search: one `search_entry` row per searchable text, matched through an index on both engines.

Why a spaced shadow column, not trigrams: Chinese has no spaces, so a word tokenizer sees a whole
clause as one token, and the usual escape, FTS5's trigram tokenizer, never matches a query shorter
than three characters (医保, 唐卡, 脱贫 are two), while on SQLite 3.40 LIKE/GLOB on a trigram table
wrongly return nothing. So every text gets a shadow, `spaced`, in which each CJK character is a token
of its own and every other run of letters and digits is one lower-cased word with its diacritics
removed. An English word is indexed by its Snowball stem, followed by the word itself where the two
differ ("Poverty alleviation, 60.6万 Riwoqê" becomes "poverti poverty allevi alleviation 60 6 万
riwoq riwoqe"): stemmed in Python, so that both engines index the very same tokens.

A query is read the same way, as terms that must all be found in one text, in any order:
- an English word (any run of letters that is not CJK) matches by its stem: "alleviating",
  "alleviation" and "alleviate" are one word, so are "enrolment" and "enrolments". The last word of a
  query may also be a prefix of a word ("pover" finds "poverty"). A few standard terms the
  translation paraphrases also find the paraphrase (SYNONYMS: "alleviation" finds "lifted",
  "relief", "eliminated", as in "poverty alleviation", 扶贫).
- CJK characters and numbers next to each other in the query are a phrase, found only as written:
  医保 finds 医保 but not 医疗保障, 66.32亿 finds 66.32亿 but not 66 and 32亿 apart. Numbers are
  never prefixes ("60" does not find "606"). Spaces separate phrases, which are then found in any
  order (脱贫 户 finds 脱贫户 and 户...脱贫). Punctuation is not a token, so a phrase may run across it
  (医保 would also find 医、保).
Each text is matched in its own language; the API then answers with the items in the language asked
for (app/api/routes/search.py), whichever language's text matched.

- SQLite: `search_fts`, an external-content FTS5 table (unicode61) over `search_entry.spaced`, made
  by the migration and refreshed with FTS5's 'rebuild' after the loader writes the rows.
- PostgreSQL: a GIN index on `to_tsvector('simple', spaced)`, made by the migration; queried with
  `to_tsquery('simple', ...)`: quoted lexemes, a phrase's joined by `<->`, a word's alternatives by
  `|` (`:*` on a prefix), the terms by `&`. The spaced text holds nothing but
  words and spaces, so PostgreSQL's parser sees the same tokens FTS5 does.

User input never reaches either query language as syntax: it is reduced to tokens of letters and
digits, then bound as quoted strings (FTS5, `"` doubled) or as quoted lexemes (tsquery); the only
operators are the ones written here.
"""

import hashlib
import json
import threading
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

import snowballstemmer
from sqlalchemy import Connection, delete, insert, text
from sqlalchemy import select as select_columns
from sqlmodel import Session, select

from app import models

Kind = Literal["statistic", "milestone", "story", "quote", "photo", "paragraph"]
KINDS: tuple[Kind, ...] = ("statistic", "milestone", "story", "quote", "photo", "paragraph")
# Where a kind's items are served: `{path}/{slug}` (a paragraph's slug is its index).
KIND_PATHS: dict[str, str] = {
    "statistic": "/v1/statistics",
    "milestone": "/v1/milestones",
    "story": "/v1/stories",
    "quote": "/v1/quotes",
    "photo": "/v1/photos",
    "paragraph": "/v1/article/paragraphs",
}

FTS_TABLE = "search_fts"  # SQLite: the FTS5 table (and its shadow tables search_fts_*)
TSVECTOR_INDEX = "ix_search_entry_spaced_tsvector"  # PostgreSQL: the GIN expression index
# Standard terms (stems) that the translation does not use, and the stems of the words it uses for
# them: what China's policy calls 扶贫/脱贫, "poverty alleviation", it writes as people "lifted out of
# poverty", "poverty relief", poverty "eliminated". A query word with such a stem also finds these.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "allevi": ("lift", "relief", "elimin"),  # alleviation, alleviate, alleviating
    "reduct": ("lift", "relief", "elimin"),  # (poverty) reduction
}


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


_STEMMER = snowballstemmer.stemmer("english")
_STEMMER_LOCK = threading.Lock()  # a Snowball stemmer keeps its state in the object: one word at a time


@lru_cache(maxsize=65_536)
def _english_stem(word: str) -> str:
    with _STEMMER_LOCK:
        return _STEMMER.stemWord(word)  # type: ignore[no-any-return]


def is_word(token: str) -> bool:
    """A word (matched by stem, in any order), not a CJK character or a number (matched in phrases)."""
    return not _is_cjk(token[0]) and not token.isdigit()


def stem(token: str) -> str:
    """An English word's Snowball stem ("alleviation" -> "allevi"); any other token as it is."""
    return _english_stem(token) if token.isascii() and token.isalpha() else token


def index_terms(token: str) -> tuple[str, ...]:
    """What one token is indexed as: a word's stem and, where it differs, the word itself."""
    if not is_word(token):
        return (token,)
    stemmed = stem(token)
    return (stemmed,) if stemmed == token else (stemmed, token)


def spaced(value: str) -> str:
    """The shadow text that is indexed: the index terms of `value`'s tokens, separated by single spaces."""
    return " ".join(term for token in tokenize(value) for term in index_terms(token.text))


Range = tuple[int, int]


@dataclass(frozen=True)
class Phrase:
    """CJK characters and numbers that must be found next to each other, in this order."""

    tokens: tuple[str, ...]

    def find(self, tokens: Sequence[Token], _terms: Sequence[tuple[str, ...]]) -> list[Range]:
        size = len(self.tokens)
        return [
            (tokens[i].start, tokens[i + size - 1].end)
            for i in range(len(tokens) - size + 1)
            if all(tokens[i + k].text == self.tokens[k] for k in range(size))
        ]


@dataclass(frozen=True)
class Word:
    """A word found anywhere in the text: as one of the stems `exact`, or beginning with a `prefixes`."""

    exact: tuple[str, ...]
    prefixes: tuple[str, ...] = ()

    @classmethod
    def of(cls, token: str, prefix: bool) -> "Word":
        stemmed = stem(token)
        if not prefix:
            return cls((stemmed, *SYNONYMS.get(stemmed, ())))
        # A word being typed has the synonyms of the standard term it already spells ("alleviat").
        synonyms = tuple(
            dict.fromkeys(s for key, words in SYNONYMS.items() if token.startswith(key) for s in words)
        )
        # As a prefix both the stem and the word as typed: "alleviat" begins "alleviation", not its stem.
        starts = sorted({stemmed, token}, key=lambda start: (len(start), start))
        return cls(synonyms, tuple(s for s in starts if not any(s.startswith(t) for t in starts if t != s)))

    def find(self, tokens: Sequence[Token], terms: Sequence[tuple[str, ...]]) -> list[Range]:
        return [
            (token.start, token.end)
            for token, indexed in zip(tokens, terms, strict=True)
            if any(term in self.exact or term.startswith(self.prefixes) for term in indexed)
        ]


Term = Phrase | Word


@dataclass(frozen=True)
class SearchQuery:
    """What the user typed, as terms that must all be found in one text (see the module's docstring)."""

    terms: tuple[Term, ...]

    @classmethod
    def parse(cls, q: str) -> "SearchQuery":
        terms: list[Term] = []
        for chunk in q.split():
            run: list[str] = []
            for token in tokenize(chunk):
                if is_word(token.text):
                    if run:
                        terms.append(Phrase(tuple(run)))
                        run = []
                    terms.append(Word.of(token.text, prefix=False))
                else:
                    run.append(token.text)
            if run:
                terms.append(Phrase(tuple(run)))
        tokens = tokenize(q)
        if terms and isinstance(terms[-1], Word):  # the query ends in a word: it may be unfinished
            terms[-1] = Word.of(tokens[-1].text, prefix=True)
        # Each term once: a term repeated finds nothing more, and the index matched it again for every
        # copy (200 characters of one word cost 1.5 times that word alone at 100,000 statistics).
        return cls(tuple(dict.fromkeys(terms)))

    def fts5(self) -> str:
        """An FTS5 MATCH expression: the terms ANDed, each a quoted phrase or an OR of quoted words."""

        def quoted(value: str) -> str:
            return '"' + value.replace('"', '""') + '"'

        parts = []
        for term in self.terms:
            if isinstance(term, Phrase):
                parts.append(quoted(" ".join(term.tokens)))
                continue
            options = [quoted(t) for t in term.exact] + [quoted(t) + "*" for t in term.prefixes]
            parts.append(options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")")
        return " AND ".join(parts)

    def tsquery(self) -> str:
        """A to_tsquery('simple', ...) text: quoted lexemes, phrases by <->, alternatives by |, terms by &."""

        def lexeme(value: str) -> str:
            return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"

        parts = []
        for term in self.terms:
            if isinstance(term, Phrase):
                parts.append("(" + " <-> ".join(lexeme(t) for t in term.tokens) + ")")
            else:
                options = [lexeme(t) for t in term.exact] + [lexeme(t) + ":*" for t in term.prefixes]
                parts.append("(" + " | ".join(options) + ")")
        return " & ".join(parts)

    def fingerprint(self, *parts: str | None) -> str:
        """A short digest of the query and its filters, so a cursor serves only the search it came from."""
        raw = json.dumps([repr(self.terms), *parts], ensure_ascii=False)
        return hashlib.sha256(raw.encode()).hexdigest()[:16]

    def highlights(self, value: str) -> list[Range]:
        """Code points [start, end) of every token or phrase of `value` that a term matches, in order and
        without overlaps; empty if a term is missing (then the index would not have found `value`)."""
        tokens = tokenize(value)
        indexed = [index_terms(token.text) for token in tokens]
        found: list[Range] = []
        for term in self.terms:
            ranges = term.find(tokens, indexed)
            if not ranges:
                return []
            found += ranges
        merged: list[Range] = []
        for start, end in sorted(set(found)):
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged


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


COLUMNS = (
    "kind",
    "slug",
    "field",
    "lang",
    "text",
    "source_paragraph",
    "source_start",
    "source_end",
    "source_quote",
    "position",
)
TSVECTOR = "to_tsvector('simple'::regconfig, e.spaced)"  # exactly the indexed expression
TSQUERY = "to_tsquery('simple'::regconfig, :match)"


def search_sql(
    dialect: str,
    query: SearchQuery,
    *,
    kind: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    count: bool = False,
) -> tuple[str, dict[str, Any]]:
    """The SQL (and its parameters) of one page of items, best first, or of how many items match if `count`.

    The index finds the matching texts; an item (kind, slug) with several, in Chinese and English
    say, is one hit, shown by its best text. The best text is the shortest, where the query is the
    largest share (a label before a description, a fact before a paragraph), then the first in the
    article's order; the items are in the order of their best texts. Not bm25(): its inverse
    document frequencies read every row that has each query word, so `sample 99999` cost as much as
    the rows saying "sample" (2.1 ms at 340,000 texts against 0.1 ms for the match itself), and
    ts_rank() would order PostgreSQL's hits differently. Both engines give the same order. Exposed
    so that the tests can EXPLAIN exactly what the endpoint runs.
    """
    filters: list[str] = []
    params: dict[str, Any] = {}
    if kind is not None:
        filters.append("e.kind = :kind")
        params["kind"] = kind
    if dialect == "sqlite":
        params["match"] = query.fts5()
        # CROSS JOIN fixes the join order: the FTS5 index finds the rows, search_entry is read by rowid.
        source = f"{FTS_TABLE} CROSS JOIN search_entry AS e ON e.id = {FTS_TABLE}.rowid"
        where = [f"{FTS_TABLE} MATCH :match", *filters]
    elif dialect == "postgresql":
        params["match"] = query.tsquery()
        source = "search_entry AS e"
        where = [f"{TSVECTOR} @@ {TSQUERY}", *filters]
    else:
        raise ValueError(f"search is not implemented for {dialect}")
    condition = " AND ".join(where)
    if count:
        return (
            f"SELECT count(*) FROM (SELECT DISTINCT e.kind, e.slug FROM {source} WHERE {condition}) AS items",
            params,
        )
    # Ranked on narrow rows; only the page's texts (and their paragraphs, source_quote) are read whole.
    narrow = "e.id, e.kind, e.slug, e.position, length(e.text) AS rank"
    order = "rank, position, id"
    nth = f"row_number() OVER (PARTITION BY kind, slug ORDER BY {order}) AS nth"
    ranked = f"SELECT m.*, {nth} FROM (SELECT {narrow} FROM {source} WHERE {condition}) AS m"
    page = f"SELECT id, rank, position FROM ({ranked}) AS r WHERE nth = 1"
    if limit is not None:
        page += f" ORDER BY {order} LIMIT :limit OFFSET :offset"
        params.update(limit=limit, offset=offset)
    columns = ", ".join(f"e.{name}" for name in COLUMNS)
    sql = (
        f"SELECT {columns}, p.rank FROM ({page}) AS p JOIN search_entry AS e ON e.id = p.id "
        "ORDER BY p.rank, p.position, p.id"
    )
    return sql, params


@dataclass(frozen=True)
class Hit:
    """An item that matches, by the text of it that matched best."""

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
    rank: int  # the length of the text: shorter is better


def search(
    connection: Connection,
    query: SearchQuery,
    *,
    kind: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> tuple[Sequence[Hit], int]:
    """One page of matching items and how many there are in all."""
    if not query.terms:
        return [], 0
    dialect = connection.dialect.name
    count_sql, count_params = search_sql(dialect, query, kind=kind, count=True)
    total = connection.execute(text(count_sql), count_params).scalar_one()
    if offset >= total:
        return [], total
    page_sql, params = search_sql(dialect, query, kind=kind, limit=limit, offset=offset)
    hits = [Hit(**row._mapping) for row in connection.execute(text(page_sql), params)]
    return hits, total
