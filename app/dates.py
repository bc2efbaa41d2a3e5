"""Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD), as precise as the article is."""

import calendar
import re
from datetime import date

PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_bounds(partial: str) -> tuple[str, str]:
    """The first and last day a partial date can mean: "2018-08" gives 2018-08-01 and 2018-08-31.

    Raises ValueError for anything that is not a real partial date.
    """
    match = PARTIAL_DATE.match(partial)
    if not match:
        raise ValueError(f"{partial!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(part) if part else None for part in match.groups())
    if month is None:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    if day is None:
        last = calendar.monthrange(year, month)[1]  # raises ValueError for month 13
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    exact = date(year, month, day).isoformat()  # raises ValueError for 2019-02-30
    return exact, exact
