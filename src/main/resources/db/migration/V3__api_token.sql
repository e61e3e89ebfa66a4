-- Personal API tokens: only a SHA-256 hash of the token is stored; revocable; expire after 30 days by default.
create table api_token (
    id           bigint primary key,
    version      integer not null default 0,
    user_id      bigint not null references app_user (id) on delete cascade,
    token_hash   varchar(64) not null,
    expires_at   timestamp(6) with time zone not null,
    revoked_at   timestamp(6) with time zone,
    last_used_at timestamp(6) with time zone,
    created_at   timestamp(6) with time zone not null,
    constraint uq_api_token_hash unique (token_hash)
);
create index ix_api_token_user on api_token (user_id);
