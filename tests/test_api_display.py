"""`display`: each statistic's figure and date written out in the asked language, by the formatter
the embed cards use, so a frontend shows "606,000 enrolments" / "as of 31 Dec 2019" as it is."""

import re

import httpx
import pytest

pytestmark = pytest.mark.anyio
CJK = re.compile(r"[\u3400-\u9fff\uff08\uff09]")


async def all_statistics(client: httpx.AsyncClient, lang: str) -> list[dict]:
    """Every statistic, following `next` 20 at a time."""
    items, url, total = [], f"/v1/statistics?lang={lang}", None
    while url:
        page = (await client.get(url)).json()
        items += page["items"]
        total = page["total"]
        url = page["next"] and page["next"].removeprefix("http://testserver")
    assert len(items) == total
    return items


async def test_display_strings_in_english_for_every_statistic(client: httpx.AsyncClient) -> None:
    statistics = await all_statistics(client, "EN")
    assert len(statistics) >= 40
    for statistic in statistics:
        display = statistic["display"]
        assert display["value"] and display["when"], statistic["slug"]
        assert not CJK.search(display["value"] + display["when"]), (statistic["slug"], display)
        if statistic["kind"] != "rank":
            number = (
                f"{statistic['value']:,}" if isinstance(statistic["value"], int) else str(statistic["value"])
            )
            assert number in display["value"], (statistic["slug"], display)


async def test_display_strings_in_chinese_are_the_articles_words(client: httpx.AsyncClient) -> None:
    for statistic in await all_statistics(client, "zh-CN"):
        display = statistic["display"]
        assert display["value"] == statistic["value_text"], statistic["slug"]
        assert display["when"] and not re.search(r"[A-Za-z]{3,}", display["when"]), (
            statistic["slug"],
            display,
        )


@pytest.mark.parametrize(
    ("slug", "lang", "value", "when"),
    [
        ("social-insurance-enrolments-2019", "en", "606,000 enrolments", "as of 31 Dec 2019"),
        ("social-insurance-enrolments-2019", "zh", "60.6万人次", "截至2019年底"),
    ],
)
async def test_display_of_one_statistic(
    client: httpx.AsyncClient, slug: str, lang: str, value: str, when: str
) -> None:
    response = await client.get(f"/v1/statistics/{slug}", params={"lang": lang})
    assert response.json()["display"] == {"value": value, "when": when}
