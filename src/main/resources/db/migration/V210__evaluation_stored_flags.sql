-- The imbalance flags of closed periods, stored (issue 15 item 3, ADR 0044).
-- Thresholds apply from the day they are changed: each change adds (or, the same day, replaces) the amount that
-- applies from that day; a period's flags use the amounts in force on its last day. The amounts before any change
-- apply since ever.
create table imbalance_threshold_history (
    name          varchar(40) not null,
    applies_from  date not null,
    amount        numeric(12, 4) not null,
    primary key (name, applies_from)
);
insert into imbalance_threshold_history (name, applies_from, amount)
select name, date '2000-01-01', amount from imbalance_threshold;

-- A closed calendar period (month, quarter, year) whose flags are stored: the first read after the period closed or
-- the nightly job stored every rated rep's flags at once; later reads take them from here and a threshold change
-- never rewrites them.
create table flag_period (
    period_from  date not null,
    period_to    date not null,
    stored_at    timestamp(6) with time zone not null,
    primary key (period_from, period_to)
);

-- One stored flag: the rep, the code, its place among the rep's flags (as computed) and the evidence (values,
-- percentiles, peer medians, thresholds, links) as JSON.
create table stored_flag (
    period_from  date not null,
    period_to    date not null,
    user_id      bigint not null references app_user (id) on delete cascade,
    code         varchar(40) not null,
    flag_no      integer not null,
    positive     boolean not null,
    evidence     varchar(8000) not null,
    primary key (period_from, period_to, user_id, code),
    constraint fk_stored_flag_period foreign key (period_from, period_to)
        references flag_period (period_from, period_to) on delete cascade
);
