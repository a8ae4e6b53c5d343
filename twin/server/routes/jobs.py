"""POST/GET /api/jobs, GET/DELETE /api/jobs/{id}, GET /api/jobs/{id}/log: the job queue.

A job is a spec (`ingest_survey.job_specs`) whose inputs are uploads (``{"uploads": [id]}``,
or ``upload:ID`` items of a plain list) or ``layer:NAME`` references, never server paths. It is
checked whole (spec fields, uploads complete, layers published) before it is queued; `twin
worker` runs it. Surveyors (and admins) create jobs and see and cancel their own; admins see
and cancel every job.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Response
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel

from ingest_survey.job_specs import FILE_OPTIONS, STORE_KINDS, InvalidSpecError, parse_spec
from twin.auth import Principal, Role
from twin.errors import PermissionDeniedError
from twin.jobs import (
    LAYER_PREFIX,
    UPLOAD_PREFIX,
    Job,
    JobState,
    UnknownUploadError,
    UploadResolver,
    upload_reference,
    upload_resolver,
)
from twin.server.auth import SurveyorDep, check_owner
from twin.server.dependencies import SettingsDep, StoresDep
from twin.store import LayerCatalog

router = APIRouter(prefix="/api/jobs", tags=["jobs"])


def get_upload_resolver(settings: SettingsDep) -> UploadResolver:
    """Where ``upload:ID`` inputs are found (swap with ``app.dependency_overrides``)."""
    return upload_resolver(settings)


ResolverDep = Annotated[UploadResolver, Depends(get_upload_resolver)]


class JobOut(BaseModel):
    """A job: its state, progress and result."""

    id: str
    kind: str
    layer: str | None
    state: JobState
    progress: float | None  # of the current step, 0-1
    step: str | None
    items_done: int
    items_total: int | None
    created_at: str
    started_at: str | None
    finished_at: str | None
    error: str | None
    attempts: int
    max_attempts: int
    cancel_requested: bool
    version: str | None  # the published version, once succeeded
    owner: str
    spec: dict[str, Any]
    links: dict[str, str]

    @classmethod
    def from_job(cls, job: Job) -> JobOut:
        """Describe ``job``."""
        links = {"self": f"/api/jobs/{job.id}", "log": f"/api/jobs/{job.id}/log"}
        if job.version_id and job.layer:
            links["layer"] = f"/api/layers/{job.layer}"
        return cls(
            id=job.id,
            kind=job.kind,
            layer=job.layer,
            state=job.state,
            progress=job.progress,
            step=job.step,
            items_done=job.items_done,
            items_total=job.items_total,
            created_at=job.created_at,
            started_at=job.started_at,
            finished_at=job.finished_at,
            error=job.error,
            attempts=job.attempts,
            max_attempts=job.max_attempts,
            cancel_requested=job.cancel_requested,
            version=job.version_id,
            owner=job.owner_name,
            spec=job.spec,
            links=links,
        )


class JobList(BaseModel):
    """Jobs, newest first."""

    jobs: list[JobOut]


def _reference(
    value: Any,
    field: str,
    resolver: UploadResolver,
    catalog: LayerCatalog,
    principal: Principal | None,
) -> str:
    """Check one input reference: a complete upload (the caller's, unless an admin or no caller
    is given) or a published layer."""
    if not isinstance(value, str):
        raise InvalidSpecError("an input is a string: upload:ID or layer:NAME", field=field)
    upload_id = upload_reference(value)
    if upload_id is not None:
        try:
            upload = resolver.resolve(upload_id)
        except UnknownUploadError as exc:
            exc.field = field
            raise
        if principal is not None:  # a surveyor's job reads only that surveyor's uploads
            check_owner(principal, upload.owner, f"upload {upload_id}")
        return value
    if value.startswith(LAYER_PREFIX):
        name = value[len(LAYER_PREFIX) :]
        layer = catalog.find_layer(name)
        if layer is None or layer.current is None:
            raise InvalidSpecError(f"no published layer {name!r}", field=field)
        return value
    raise InvalidSpecError(
        "inputs are uploads (upload:ID) or published layers (layer:NAME), never server paths",
        field=field,
    )


def _input_references(inputs: dict[str, Any]) -> tuple[list[Any], list[str]]:
    """``{"uploads": [...], "layers": [...]}`` as references, with the field each came from."""
    unknown = set(inputs) - {"uploads", "layers"}
    if unknown:
        first = sorted(unknown)[0]
        raise InvalidSpecError("inputs takes uploads and layers", field=f"inputs.{first}")
    references: list[Any] = []
    fields: list[str] = []
    for key, prefix in (("uploads", UPLOAD_PREFIX), ("layers", LAYER_PREFIX)):
        values = inputs.get(key) or []
        if not isinstance(values, list):
            raise InvalidSpecError("a list of ids", field=f"inputs.{key}")
        for i, value in enumerate(values):
            if not isinstance(value, str):
                raise InvalidSpecError(
                    "an input is a string: upload:ID or layer:NAME", field=f"inputs.{key}.{i}"
                )
            references.append(f"{prefix}{value}")
            fields.append(f"inputs.{key}.{i}")
    return references, fields


def api_spec(
    body: dict[str, Any],
    resolver: UploadResolver,
    catalog: LayerCatalog,
    principal: Principal | None = None,
) -> dict[str, Any]:
    """The spec to queue: inputs as references, every field valid, every upload complete (and
    ``principal``'s), each reference checked once.

    Raises:
        InvalidSpecError: a bad field, a server path, an unknown layer (422, naming the field).
        UnknownUploadError: an unknown or incomplete upload (404, naming the field).
        PermissionDeniedError: another token's upload (403).
    """
    data = dict(body)
    fields: list[str] | None = None
    if isinstance(data.get("inputs"), dict):
        data["inputs"], fields = _input_references(data["inputs"])
    spec = parse_spec(data)  # every field but the references
    queued = spec.model_dump(mode="json")
    names = fields or [f"inputs.{i}" for i in range(len(spec.inputs))]
    checks = list(zip(names, spec.inputs, strict=True))
    for name in FILE_OPTIONS:
        value = queued["options"].get(name)
        if isinstance(value, list):
            checks += [(f"options.{name}.{i}", item) for i, item in enumerate(value)]
        elif value is not None:
            checks.append((f"options.{name}", value))
    for field, value in checks:
        _reference(value, field, resolver, catalog, principal)
    if spec.layer is None and spec.kind not in STORE_KINDS:
        raise InvalidSpecError("a job names the layer it publishes", field="layer")
    return queued


def _visible(job: Job, principal: Principal) -> Job:
    if principal.role is not Role.ADMIN and job.owner_id != principal.token_id:
        raise PermissionDeniedError(f"job {job.id} belongs to {job.owner_name!r}")
    return job


@router.post("", status_code=201)
def create_job(
    body: Annotated[dict[str, Any], Body()],
    response: Response,
    settings: SettingsDep,
    stores: StoresDep,
    principal: SurveyorDep,
    resolver: ResolverDep,
) -> JobOut:
    """Queue a job; 201 with its Location. 422 names a bad field, 404 an unknown upload."""
    spec = api_spec(body, resolver, stores.catalog, principal)
    job = stores.jobs.create(spec, principal, max_attempts=settings.job_max_attempts)
    response.headers["Location"] = f"/api/jobs/{job.id}"
    return JobOut.from_job(job)


@router.get("")
def list_jobs(stores: StoresDep, principal: SurveyorDep) -> JobList:
    """The caller's jobs (every job for an admin), newest first."""
    owner = None if principal.role is Role.ADMIN else principal.token_id
    return JobList(jobs=[JobOut.from_job(job) for job in stores.jobs.list_jobs(owner)])


@router.get("/{job_id}")
def get_job(job_id: str, stores: StoresDep, principal: SurveyorDep) -> JobOut:
    """One job: state, progress, timestamps, error, attempts and the published version."""
    return JobOut.from_job(_visible(stores.jobs.get(job_id), principal))


@router.get("/{job_id}/log", response_class=PlainTextResponse)
def job_log(job_id: str, stores: StoresDep, principal: SurveyorDep) -> PlainTextResponse:
    """The job's log: its steps, warnings and error, one line each."""
    _visible(stores.jobs.get(job_id), principal)
    lines = stores.jobs.log(job_id)
    return PlainTextResponse("".join(f"{line}\n" for line in lines))


@router.delete("/{job_id}")
def cancel_job(
    job_id: str, response: Response, stores: StoresDep, principal: SurveyorDep
) -> JobOut:
    """Cancel: a queued job at once (200); a running one stops soon (202, cancel_requested).

    409 once the job has finished; 403 for another surveyor's job.
    """
    _visible(stores.jobs.get(job_id), principal)
    job = stores.jobs.cancel(job_id, by=principal.name)
    if job.state is JobState.RUNNING:
        response.status_code = 202
    return JobOut.from_job(job)
