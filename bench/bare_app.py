"""The yardstick: a bare Starlette app that answers the very bytes the API answered.

`BENCH_RESPONSES` names a JSON file of {"<path>?<query>": {"headers": [[name, value], ...],
"body_b64": ..., "etag": ...}} captured from the API; a request with a matching If-None-Match gets
the 304 the API would give, with the same headers. Nothing else: no database, no cache logic.
"""

import base64
import json
import os
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

ANSWERS = {
    url: (
        base64.b64decode(answer["body_b64"]),
        {name: value for name, value in answer["headers"] if name != "content-length"},
        {name: value for name, value in answer["not_modified_headers"]},
        answer["etag"],
    )
    for url, answer in json.loads(Path(os.environ["BENCH_RESPONSES"]).read_text(encoding="utf-8")).items()
}


async def answer(request: Request) -> Response:
    query = request.url.query
    url = request.url.path + ("?" + query if query else "")
    found = ANSWERS.get(url)
    if found is None:
        return Response(b"not captured", status_code=404)
    body, headers, not_modified_headers, etag = found
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=not_modified_headers)
    return Response(body, headers=headers)


app = Starlette(routes=[Route("/{path:path}", answer)])
