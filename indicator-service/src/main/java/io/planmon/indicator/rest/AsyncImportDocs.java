package io.planmon.indicator.rest;

/** The OpenAPI wording of the batch push's asynchronous mode, shared by its JSON and CSV forms. */
final class AsyncImportDocs {
    static final String ASYNC = "true: the body (up to millions of rows) is read as it streams in and kept as a job;"
            + " the answer is 202 at once, with Location /api/v1/imports/{id} where the job's state, progress and"
            + " outcome can be read. Rows are applied in chunks by a worker; a job survives a restart of the service.";
    static final String ACCEPTED = "async=true: the job is queued; the body is the job (state QUEUED, rowsTotal)";
    static final String TOO_LARGE =
            "without async, a body over " + SyncBody.MAX_MEGABYTES + " MB; send such an import with async=true";

    private AsyncImportDocs() {}
}
