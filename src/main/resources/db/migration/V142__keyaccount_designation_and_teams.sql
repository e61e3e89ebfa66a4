-- Key-account designation (大客户认定, issue 19, ADR 0035): why and since when a customer is a key account. The
-- customer's own key_account flag stays the one that filters lists and KPI scopes; this record carries the
-- designation's criteria (strategic fit 1–5 and the reason) and is audited. One row per key account.
create table ka_account (
    id              bigint primary key,
    version         integer not null default 0,
    created_at      timestamp(6) with time zone not null,
    customer_id     bigint not null references customer (id),
    strategic_fit   integer not null,
    reason          varchar(1000),
    designated_on   date not null,
    designated_by   bigint not null references app_user (id),
    constraint uq_ka_account_customer unique (customer_id)
);

-- Account teams (V85, ADR 0022) get what each member is responsible for (RACI: RESPONSIBLE, ACCOUNTABLE,
-- CONSULTED, INFORMED) and for what (free text, e.g. 打样与制版, 交期协调).
alter table account_team_member add column raci varchar(12);
alter table account_team_member add column duty varchar(300);
