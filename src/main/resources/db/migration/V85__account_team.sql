-- Account teams (ADR 0022): who serves a customer besides its owner — the key-account manager, a backup rep,
-- prepress, production planning, quality, customer service, credit. A member sees the customer's records
-- (team/Visibility); the key-account issue manages the teams. One row per customer and user.
create table account_team_member (
    customer_id  bigint not null references customer (id),
    user_id      bigint not null references app_user (id),
    team_role    varchar(32) not null,
    added_on     date not null,
    primary key (customer_id, user_id)
);
create index ix_account_team_member_user on account_team_member (user_id, customer_id);
