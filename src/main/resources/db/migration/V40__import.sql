-- File imports (导入): one row per job, one row per problem found in a job's file.

create table import_job (
    id              bigint primary key,
    version         integer not null default 0,
    kind            varchar(20) not null,
    import_mode     varchar(20) not null,
    -- QUEUED → RUNNING → DONE | FAILED
    status          varchar(10) not null,
    file_name       varchar(255) not null,
    file_format     varchar(10) not null,
    -- CSV only: UTF-8, UTF-8 BOM, GBK, … and the delimiter's character code
    encoding        varchar(20),
    delimiter_char  integer not null default 44,
    -- JSON object: target field → the file's column header
    mapping         varchar(4000) not null,
    total_rows      integer not null default 0,
    rows_read       integer not null default 0,
    rows_imported   integer not null default 0,
    rows_unchanged  integer not null default 0,
    rows_rejected   integer not null default 0,
    -- message key of why a FAILED job stopped
    failure         varchar(100),
    requested_by    bigint not null references app_user (id),
    locale          varchar(10) not null,
    started_at      timestamp(6) with time zone,
    finished_at     timestamp(6) with time zone,
    created_at      timestamp(6) with time zone not null
);
create index ix_import_job_requester on import_job (requested_by, created_at);
create index ix_import_job_status on import_job (status);

create table import_error (
    job_id          bigint not null references import_job (id) on delete cascade,
    error_no        integer not null,
    -- the file's line number, header = 1
    line_no         integer not null,
    column_name     varchar(200),
    cell_value      varchar(500),
    message_key     varchar(100) not null,
    -- arguments of the message, separated by the unit separator character
    message_args    varchar(1000),
    primary key (job_id, error_no)
);
