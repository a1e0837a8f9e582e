"""The FastAPI application: routes, the error catalogue as JSON, and the request-size wall."""

from __future__ import annotations

import logging

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from recp_hub import HUB_VERSION, errors
from recp_hub.blobs import BlobStore
from recp_hub.db import Database
from recp_hub.deps import Hub, check_protocol
from recp_hub.errors import Problem
from recp_hub.ratelimit import FailureLimiter
from recp_hub.settings import HubSettings

log = logging.getLogger("recp_hub")
BLOB_PREFIX = "/v1/blobs/"


def _answer(problem: Problem) -> JSONResponse:
    return JSONResponse(problem.body(), status_code=problem.kind.status, headers=problem.headers)


class BodyLimit:
    """Refuse (413) a request body over the limit before the application reads all of it.

    Blob uploads are exempt: their size is checked against the declared range as they stream.
    """

    def __init__(self, app, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(BLOB_PREFIX):
            await self.app(scope, receive, send)
            return
        too_large = Problem(errors.TOO_LARGE, what="request body", limit=self.limit)
        for name, value in scope["headers"]:
            if name == b"content-length" and (not value.isdigit() or int(value) > self.limit):
                await _answer(too_large)(scope, receive, send)
                return
        received = 0

        async def limited_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise too_large
            return message

        await self.app(scope, limited_receive, send)


def _no_address(path: str) -> str:
    """The 404.1 message for an address the hub does not serve: under ``/v1/`` an id or name in
    it that is not there (the words of every such answer); elsewhere a hub URL with a path."""
    if path.startswith("/v1/"):
        return errors.NOTHING_AT_ADDRESS
    return (
        f"This hub has no address {path[:200]!r}. Check the hub's address: it is the one "
        "`recp-hub serve` printed (e.g. http://host:8765), with no path after it."
    )


def _validation_reason(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors()[:5]:
        if tuple(error.get("loc", ())) == ("body",):
            parts.append("the body must be a JSON object sent as Content-Type: application/json")
            continue
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body")
        parts.append(f"{where}: {error.get('msg', 'invalid')}" if where else error.get("msg", ""))
    return "; ".join(parts) or "invalid"


def create_app(settings: HubSettings, db: Database | None = None) -> FastAPI:
    """The hub for ``settings``; the database schema must already be current."""
    from recp_hub.routes import admin, assignments, auth, blobs, health, sync

    app = FastAPI(
        title="RECP Hub", version=HUB_VERSION, docs_url=None, redoc_url=None, openapi_url=None
    )
    app.state.hub = Hub(
        settings=settings,
        db=db or Database(settings.database_url),
        blobs=BlobStore(settings.blob_dir),
        limiter=FailureLimiter(settings.login_failures, settings.login_window),
    )
    app.include_router(health.router)
    versioned = [Depends(check_protocol)]
    for module in (auth, admin, assignments, blobs, sync):
        app.include_router(module.router, prefix="/v1", dependencies=versioned)

    @app.exception_handler(Problem)
    async def _problem(_request: Request, exc: Problem) -> JSONResponse:
        return _answer(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        if any(e.get("type") == "json_invalid" for e in exc.errors()):
            return _answer(Problem(errors.INVALID_JSON))
        return _answer(Problem(errors.INVALID_BODY, reason=_validation_reason(exc)))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if isinstance(exc.__cause__, Problem):  # raised while FastAPI read the body (BodyLimit)
            return _answer(exc.__cause__)
        if exc.status_code == 405:
            return _answer(Problem(errors.METHOD_NOT_ALLOWED))
        if exc.status_code == 404:
            return _answer(Problem(errors.NOT_FOUND, what=_no_address(request.url.path)))
        return _answer(Problem(errors.INVALID_BODY, reason=str(exc.detail)))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return _answer(Problem(errors.INTERNAL))

    app.add_middleware(BodyLimit, limit=settings.max_json_bytes)
    return app
