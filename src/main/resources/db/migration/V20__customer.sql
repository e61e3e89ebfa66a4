-- Customers (客户), their contacts (联系人), the history of their A/B/C class and the module's settings.

create table customer_settings (
    id                  bigint primary key,
    version             integer not null default 0,
    class_a_min         numeric(15, 2) not null,
    class_b_min         numeric(15, 2) not null,
    claim_limit         integer not null,
    pool_idle_days      integer not null,
    pool_warning_days   integer not null,
    created_at          timestamp(6) with time zone not null
);
-- the one row of settings; its id is below app_seq's start so it never collides
insert into customer_settings (id, version, class_a_min, class_b_min, claim_limit, pool_idle_days, pool_warning_days, created_at)
values (1, 0, 1000000, 200000, 120, 90, 14, current_timestamp);

create table customer (
    id                  bigint primary key,
    version             integer not null default 0,
    code                varchar(32) not null,
    name                varchar(200) not null,
    industry            varchar(100),
    enterprise_type     varchar(20),
    segment_id          bigint references market_segment (id),
    territory_id        bigint references territory (id),
    province            varchar(50),
    city                varchar(50),
    address             varchar(300),
    company_size        varchar(20),
    potential           numeric(15, 2) not null default 0,
    source              varchar(20),
    -- null owner: the customer is in the pool (公海)
    owner_id            bigint references app_user (id),
    owned_since         date,
    pooled_on           date,
    former_owner_id     bigint references app_user (id),
    key_account         boolean not null default false,
    credit_limit        numeric(15, 2) not null default 0,
    payment_terms_days  integer not null default 30,
    notes               varchar(2000),
    status              varchar(20) not null,
    customer_class      varchar(1) not null,
    class_overridden    boolean not null default false,
    first_order_date    date,
    lost_date           date,
    lost_reason         varchar(500),
    last_activity_date  date,
    created_at          timestamp(6) with time zone not null,
    constraint uq_customer_code unique (code)
);
create index ix_customer_owner_name on customer (owner_id, name);
create index ix_customer_owner_activity on customer (owner_id, last_activity_date);
create index ix_customer_territory on customer (territory_id);
create index ix_customer_segment on customer (segment_id);
create index ix_customer_status on customer (status);
create index ix_customer_class on customer (customer_class);
create index ix_customer_potential on customer (potential);

create table customer_class_change (
    id              bigint primary key,
    version         integer not null default 0,
    customer_id     bigint not null references customer (id) on delete cascade,
    -- owner when the class changed: "customers upgraded a level" counts for them
    owner_id        bigint references app_user (id),
    from_class      varchar(1),
    to_class        varchar(1) not null,
    changed_on      date not null,
    automatic       boolean not null,
    reason          varchar(500),
    changed_by      bigint references app_user (id),
    created_at      timestamp(6) with time zone not null
);
create index ix_class_change_customer on customer_class_change (customer_id, changed_on);
create index ix_class_change_date on customer_class_change (changed_on);

create table contact (
    id              bigint primary key,
    version         integer not null default 0,
    customer_id     bigint not null references customer (id) on delete cascade,
    name            varchar(100) not null,
    title           varchar(100),
    department      varchar(100),
    mobile          varchar(30),
    office_phone    varchar(30),
    email           varchar(200),
    wechat          varchar(100),
    buying_role     varchar(30),
    attitude        varchar(20),
    influence       integer not null default 3,
    reports_to_id   bigint references contact (id),
    notes           varchar(2000),
    created_at      timestamp(6) with time zone not null
);
create index ix_contact_customer on contact (customer_id, name);
create index ix_contact_reports_to on contact (reports_to_id);
