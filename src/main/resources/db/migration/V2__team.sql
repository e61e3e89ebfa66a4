create table territory (
    id          bigint primary key,
    version     integer not null default 0,
    code        varchar(32) not null,
    name        varchar(100) not null,
    parent_id   bigint references territory (id),
    active      boolean not null default true,
    created_at  timestamp(6) with time zone not null,
    constraint uq_territory_code unique (code)
);

create table market_segment (
    id              bigint primary key,
    version         integer not null default 0,
    code            varchar(32) not null,
    name            varchar(100) not null,
    industry        varchar(100),
    enterprise_type varchar(100),
    active          boolean not null default true,
    created_at      timestamp(6) with time zone not null,
    constraint uq_market_segment_code unique (code)
);

create table app_user (
    id                   bigint primary key,
    version              integer not null default 0,
    username             varchar(50) not null,
    password_hash        varchar(100) not null,
    display_name         varchar(100) not null,
    email                varchar(200),
    locale               varchar(10) not null default 'zh-CN',
    active               boolean not null default true,
    -- incremented whenever roles or the active flag change: open sessions re-check it on every request
    auth_version         integer not null default 0,
    failed_logins        integer not null default 0,
    locked_until         timestamp(6) with time zone,
    team_id              bigint,
    created_at           timestamp(6) with time zone not null,
    constraint uq_app_user_username unique (username)
);

create table app_user_role (
    user_id bigint not null references app_user (id) on delete cascade,
    role    varchar(20) not null,
    primary key (user_id, role)
);

create table app_user_territory (
    user_id      bigint not null references app_user (id) on delete cascade,
    territory_id bigint not null references territory (id),
    primary key (user_id, territory_id)
);

create table sales_team (
    id          bigint primary key,
    version     integer not null default 0,
    name        varchar(100) not null,
    manager_id  bigint references app_user (id),
    segment_id  bigint references market_segment (id),
    active      boolean not null default true,
    created_at  timestamp(6) with time zone not null,
    constraint uq_sales_team_name unique (name)
);

alter table app_user add constraint fk_app_user_team foreign key (team_id) references sales_team (id);
create index ix_app_user_team on app_user (team_id);
create index ix_sales_team_manager on sales_team (manager_id);
