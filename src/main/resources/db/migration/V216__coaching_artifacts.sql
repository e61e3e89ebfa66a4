-- The ARTIFACT proof by file upload (issue 16, ADR 0045): a rep uploads a file for a knowledge item, the rep's
-- manager (or a director) accepts or rejects it; an accepted file also stores a knowledge_proof. The file is kept in
-- the database (at most 5 MB, PDF, images and Office files), so that backups and the visibility rules cover it.

create table knowledge_artifact (
    id              bigint primary key,
    version         integer not null default 0,
    rep_id          bigint not null references app_user (id),
    item_code       varchar(40) not null references knowledge_item (code),
    file_name       varchar(200) not null,
    content_type    varchar(100) not null,
    size_bytes      integer not null,
    content         bytea not null,
    -- SUBMITTED, ACCEPTED, REJECTED
    status          varchar(10) not null,
    decided_by      bigint references app_user (id),
    decided_on      date,
    note            varchar(500),
    created_at      timestamp(6) with time zone not null
);
create index ix_knowledge_artifact_rep on knowledge_artifact (rep_id, item_code);
