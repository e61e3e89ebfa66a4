-- Orders (订单) with their lines and payments, and opportunities (销售机会) with their products,
-- competitors and stage history.

-- The header keeps the totals of its lines (net_amount, cost) and of its payments (paid_amount) so that
-- lists, receivables and the credit check never sum the lines; whoever writes lines writes the totals too.
create table sales_order (
    id                      bigint primary key,
    version                 integer not null default 0,
    order_number            varchar(40) not null,
    customer_id             bigint not null references customer (id),
    order_date              date not null,
    owner_id                bigint references app_user (id),
    territory_id            bigint references territory (id),
    -- CREDIT_HOLD (waiting for a credit approval: not yet a sale), CONFIRMED, DELIVERED, CANCELLED
    status                  varchar(20) not null,
    net_amount              numeric(19, 2) not null,
    cost                    numeric(19, 2) not null,
    delivered_on            date,
    cancelled_on            date,
    cancel_reason           varchar(500),
    invoiced_on             date,
    invoice_amount          numeric(19, 2),
    -- invoiced_on + the customer's payment terms at the time of invoicing
    due_date                date,
    paid_amount             numeric(19, 2) not null default 0,
    credit_approved_by      bigint references app_user (id),
    credit_approval_reason  varchar(500),
    credit_approved_at      timestamp(6) with time zone,
    notes                   varchar(2000),
    created_by              bigint references app_user (id),
    created_at              timestamp(6) with time zone not null,
    constraint uq_sales_order_number unique (order_number)
);
create index ix_order_owner_date on sales_order (owner_id, order_date);
create index ix_order_customer_date on sales_order (customer_id, order_date);
create index ix_order_territory_date on sales_order (territory_id, order_date);
create index ix_order_date on sales_order (order_date);
create index ix_order_status_date on sales_order (status, order_date);
create index ix_order_due on sales_order (due_date);

create table order_line (
    order_id        bigint not null references sales_order (id) on delete cascade,
    line_no         integer not null,
    product_id      bigint not null references product (id),
    quantity        numeric(19, 4) not null,
    unit_price      numeric(19, 4) not null,
    discount        numeric(19, 4) not null default 0,
    net_amount      numeric(19, 2) not null,
    cost            numeric(19, 2) not null,
    primary key (order_id, line_no)
);
create index ix_order_line_product on order_line (product_id);

create table payment (
    order_id        bigint not null references sales_order (id) on delete cascade,
    payment_no      integer not null,
    paid_on         date not null,
    amount          numeric(19, 2) not null,
    recorded_by     bigint references app_user (id),
    primary key (order_id, payment_no)
);
create index ix_payment_date on payment (paid_on);

-- The win probability of each stage, changed by admins and directors.
create table opportunity_stage_probability (
    stage           varchar(20) primary key,
    probability     integer not null
);
insert into opportunity_stage_probability (stage, probability) values ('NEEDS', 10);
insert into opportunity_stage_probability (stage, probability) values ('PROPOSAL', 25);
insert into opportunity_stage_probability (stage, probability) values ('QUOTE', 50);
insert into opportunity_stage_probability (stage, probability) values ('DEMO', 75);
insert into opportunity_stage_probability (stage, probability) values ('WON', 100);
insert into opportunity_stage_probability (stage, probability) values ('LOST', 0);

create table opportunity (
    id                  bigint primary key,
    version             integer not null default 0,
    customer_id         bigint not null references customer (id),
    owner_id            bigint references app_user (id),
    name                varchar(200) not null,
    stage               varchar(20) not null,
    amount              numeric(19, 2) not null,
    expected_close_date date,
    closed_on           date,
    lost_reason         varchar(500),
    winning_competitor  varchar(100),
    notes               varchar(2000),
    created_at          timestamp(6) with time zone not null
);
create index ix_opportunity_owner_stage on opportunity (owner_id, stage);
create index ix_opportunity_customer on opportunity (customer_id);
create index ix_opportunity_close on opportunity (expected_close_date);
create index ix_opportunity_stage_close on opportunity (stage, expected_close_date);

create table opportunity_line (
    opportunity_id  bigint not null references opportunity (id) on delete cascade,
    line_no         integer not null,
    product_id      bigint not null references product (id),
    quantity        numeric(19, 4) not null,
    amount          numeric(19, 2) not null,
    primary key (opportunity_id, line_no)
);

create table opportunity_competitor (
    opportunity_id  bigint not null references opportunity (id) on delete cascade,
    name            varchar(100) not null,
    primary key (opportunity_id, name)
);

create table opportunity_stage_change (
    opportunity_id  bigint not null references opportunity (id) on delete cascade,
    change_no       integer not null,
    from_stage      varchar(20),
    to_stage        varchar(20) not null,
    changed_at      timestamp(6) with time zone not null,
    changed_by      bigint references app_user (id),
    primary key (opportunity_id, change_no)
);
create index ix_stage_change_time on opportunity_stage_change (changed_at);
