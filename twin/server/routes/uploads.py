"""Resumable uploads at /api/uploads: tus 1.0.0 core, creation, creation-with-upload,
termination, checksum and expiration (https://tus.io/protocols/resumable-upload).

Every request but OPTIONS needs a surveyor's token (``Authorization: Bearer``); an upload is its
creator's (and any admin's): another token gets 403.

The storage is twin/uploads.py (why no library is used is said there); the rules every request
shares (method override, version check, Tus-Resumable) are twin/server/tus.py. When the last
byte arrives the upload is sniffed (ingest_survey/sniff.py): a file that is not what it claims
is refused on that final PATCH with a 422 naming the file, and its bytes are removed.
``GET /api/uploads/{id}/info`` tells a client (or the ingest step) the state as JSON.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import AsyncIterator
from email.utils import formatdate
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Request, Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from ingest_survey.errors import IngestError
from ingest_survey.sniff import sniff
from twin.auth import Principal
from twin.errors import InvalidRequestError, TooLargeError
from twin.server.auth import SurveyorDep, check_owner
from twin.server.dependencies import SettingsDep
from twin.server.tus import TUS_VERSION, UPLOADS_PREFIX
from twin.settings import Settings
from twin.uploads import (
    CHECKSUM_ALGORITHMS,
    Checksum,
    StreamInterrupted,
    UploadInfo,
    UploadState,
    UploadStore,
)

router = APIRouter(prefix=UPLOADS_PREFIX, tags=["uploads"])

OFFSET_MEDIA_TYPE = "application/offset+octet-stream"
TUS_EXTENSIONS = "creation,creation-with-upload,termination,checksum,expiration"
SWEEP_EVERY_S = 60.0


def get_upload_store(request: Request) -> UploadStore:
    """The app's upload store (created with the app)."""
    store: UploadStore = request.app.state.uploads
    return store


StoreDep = Annotated[UploadStore, Depends(get_upload_store)]


class UploadStatus(BaseModel):
    """The JSON view of an upload."""

    id: str
    filename: str
    size: int
    offset: int
    state: UploadState
    kind: str | None
    facts: dict[str, Any]
    problem: dict[str, Any] | None
    expires: str


def _http_date(seconds: float) -> str:
    return formatdate(seconds, usegmt=True)  # RFC 7231 IMF-fixdate, as Upload-Expires wants


def _non_negative(name: str, value: str | None) -> int:
    if value is None or not value.isdigit():  # isdigit: no sign, no spaces, no "1e3"
        raise InvalidRequestError(f"{name} must be a non-negative integer, got {value!r}")
    return int(value)


def parse_metadata(header: str | None) -> dict[str, str]:
    """Upload-Metadata: comma-separated ``key base64value`` pairs (the value may be absent).

    Raises:
        InvalidRequestError: an empty or repeated key, or a value that is not base64 UTF-8.
    """
    metadata: dict[str, str] = {}
    for pair in (header or "").split(","):
        if not pair.strip():
            continue
        key, _, value = pair.strip().partition(" ")
        if not key or key in metadata or " " in value.strip():
            raise InvalidRequestError(f"Upload-Metadata: malformed pair {pair.strip()!r}")
        try:
            metadata[key] = base64.b64decode(value.strip(), validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            raise InvalidRequestError(f"Upload-Metadata: {key!r} is not base64 UTF-8") from None
    return metadata


def _encode_metadata(metadata: dict[str, str]) -> str:
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in metadata.items())


def parse_checksum(header: str | None) -> Checksum | None:
    """Upload-Checksum: ``algorithm base64digest``.

    Raises:
        InvalidRequestError: an algorithm not in Tus-Checksum-Algorithm, or a malformed digest.
    """
    if header is None:
        return None
    algorithm, _, encoded = header.strip().partition(" ")
    if algorithm not in CHECKSUM_ALGORITHMS:
        raise InvalidRequestError(
            f"Upload-Checksum algorithm {algorithm!r} is not supported: use one of "
            + ", ".join(CHECKSUM_ALGORITHMS)
        )
    try:
        digest = base64.b64decode(encoded.strip(), validate=True)
    except binascii.Error:
        raise InvalidRequestError("Upload-Checksum: the digest is not base64") from None
    if len(digest) != CHECKSUM_ALGORITHMS[algorithm]().digest_size:
        raise InvalidRequestError(f"Upload-Checksum: not a {algorithm} digest")
    return Checksum(algorithm, digest)


async def _body(request: Request) -> AsyncIterator[bytes]:
    # The body as the server receives it, never whole in memory; a vanished client is a
    # StreamInterrupted the store understands (it keeps or drops the part, checksum decides).
    try:
        async for chunk in request.stream():
            if chunk:
                yield chunk
    except ClientDisconnect:
        raise StreamInterrupted from None


def _declared_length(request: Request) -> int | None:
    value = request.headers.get("content-length")
    return int(value) if value is not None and value.isdigit() else None


def _has_body(request: Request) -> bool:
    return _declared_length(request) != 0 and (
        "content-length" in request.headers or "transfer-encoding" in request.headers
    )


def _offset_headers(info: UploadInfo) -> dict[str, str]:
    return {"Upload-Offset": str(info.offset), "Upload-Expires": _http_date(info.expires)}


async def _write(store: UploadStore, request: Request, info: UploadInfo, offset: int) -> UploadInfo:
    """Append the request body, then sniff the upload if that was its last byte."""
    if request.headers.get("content-type", "").split(";")[0].strip() != OFFSET_MEDIA_TYPE:
        raise HTTPException(415, f"Content-Type must be {OFFSET_MEDIA_TYPE}")
    checksum = parse_checksum(request.headers.get("upload-checksum"))
    info = await store.append(
        info.id, offset, _body(request), checksum=checksum, declared=_declared_length(request)
    )
    if info.complete:
        await _check_complete(store, info)
    return info


async def _check_complete(store: UploadStore, info: UploadInfo) -> None:
    """Sniff a complete upload: keep its kind, or reject it with a 422 naming the file."""
    path = store.data_path(info.id)
    try:
        # In a thread: laspy and rasterio read headers with blocking I/O.
        found = await run_in_threadpool(sniff, path, name=info.filename)
    except IngestError as exc:
        store.reject(info, exc.as_problem())
        raise
    store.finish(info, found.kind.value, found.facts)


def _own(info: UploadInfo, principal: Principal) -> UploadInfo:
    check_owner(principal, info.owner, f"upload {info.id}")
    return info


@router.options("", status_code=204)
def discover(settings: SettingsDep) -> Response:
    """What this server supports (tus discovery)."""
    return _discovery(settings)


@router.options("/{upload_id}", status_code=204, operation_id="discover_upload")
def discover_upload(upload_id: str, settings: SettingsDep) -> Response:
    """What this server supports (tus discovery, on an upload's URL too)."""
    return _discovery(settings)


def _discovery(settings: Settings) -> Response:
    return Response(
        status_code=204,
        headers={
            "Tus-Version": TUS_VERSION,
            "Tus-Extension": TUS_EXTENSIONS,
            "Tus-Max-Size": str(settings.max_upload_bytes),
            "Tus-Checksum-Algorithm": ",".join(CHECKSUM_ALGORITHMS),
        },
    )


@router.post("", status_code=201)
async def create_upload(
    request: Request,
    settings: SettingsDep,
    store: StoreDep,
    principal: SurveyorDep,
    upload_length: Annotated[str | None, Header()] = None,
    upload_metadata: Annotated[str | None, Header()] = None,
) -> Response:
    """Create an upload of Upload-Length bytes; with a body, its first bytes too."""
    if request.headers.get("upload-defer-length") is not None:
        raise InvalidRequestError("creation-defer-length is not supported: send Upload-Length")
    length = _non_negative("Upload-Length", upload_length)
    if length > settings.max_upload_bytes:
        # Refused from the headers: the body, if any, is never read.
        raise TooLargeError(
            f"Upload-Length {length} is over the limit of {settings.max_upload_bytes} bytes"
        )
    metadata = parse_metadata(upload_metadata)
    await run_in_threadpool(store.sweep, every=SWEEP_EVERY_S)
    info = store.create(length, metadata, owner=principal.token_id)
    if _has_body(request):
        info = await _write(store, request, info, 0)
    elif info.complete:  # a 0-byte upload is complete at creation, and sniffed (refused) now
        await _check_complete(store, info)
    headers = {"Location": str(request.url_for("upload_offset", upload_id=info.id))}
    return Response(status_code=201, headers=headers | _offset_headers(info))


@router.head("/{upload_id}", name="upload_offset")
def upload_offset(upload_id: str, store: StoreDep, principal: SurveyorDep) -> Response:
    """How many bytes the server has: where the client resumes."""
    info = _own(store.get(upload_id), principal)
    headers = {
        "Upload-Length": str(info.length),
        "Cache-Control": "no-store",  # the offset changes with every PATCH
    } | _offset_headers(info)
    if info.metadata:
        headers["Upload-Metadata"] = _encode_metadata(info.metadata)
    return Response(status_code=200, headers=headers)


@router.patch("/{upload_id}", status_code=204)
async def append_bytes(
    upload_id: str,
    request: Request,
    store: StoreDep,
    principal: SurveyorDep,
    upload_offset: Annotated[str | None, Header()] = None,
) -> Response:
    """Write the body at Upload-Offset; the last PATCH also runs the early checks."""
    offset = _non_negative("Upload-Offset", upload_offset)
    info = _own(store.get(upload_id), principal)
    try:
        info = await _write(store, request, info, offset)
    except StreamInterrupted:
        # Nobody reads this answer; the client resumes from HEAD.
        return Response(status_code=400)
    return Response(status_code=204, headers=_offset_headers(info))


@router.delete("/{upload_id}", status_code=204)
def terminate(upload_id: str, store: StoreDep, principal: SurveyorDep) -> Response:
    """Remove the upload and its bytes (tus termination)."""
    _own(store.load(upload_id), principal)
    store.delete(upload_id)
    return Response(status_code=204)


@router.get("/{upload_id}/info")
def upload_status(upload_id: str, store: StoreDep, principal: SurveyorDep) -> UploadStatus:
    """The state of an upload as JSON: receiving, complete (with its kind) or rejected (why)."""
    info = _own(store.load(upload_id), principal)
    return UploadStatus(
        id=info.id,
        filename=info.filename,
        size=info.length,
        offset=info.offset,
        state=info.state,
        kind=info.kind,
        facts=info.facts,
        problem=info.problem,
        expires=_http_date(info.expires),
    )
