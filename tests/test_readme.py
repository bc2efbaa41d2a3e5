"""The README tells the truth: its example is what the API answers."""

import json
import re

import httpx
import pytest

from app.core.config import PROJECT_ROOT

pytestmark = pytest.mark.anyio
README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


async def test_readme_example_is_the_real_answer(client: httpx.AsyncClient) -> None:
    url = re.search(r"curl '(http://127\.0\.0\.1:8000)(/v1/[^']+)'", README)
    body = re.search(r"```json\n(.*?)\n```", README, re.S)
    assert url and body
    response = await client.get(url.group(2))
    assert response.status_code == 200
    assert response.json() == json.loads(body.group(1))


def test_readme_names_every_route() -> None:
    from app.main import create_app

    """Each path is written in code, whole: `GET /v1/x`, `/v1/x`, `/v1/x/{slug}` or `/v1/x?q=...`."""
    for path in create_app().openapi()["paths"]:
        base = re.escape(path.removesuffix("/{slug}"))
        assert re.search(rf"`(?:GET )?{base}(?:/\{{slug\}})?[`?]", README), path
