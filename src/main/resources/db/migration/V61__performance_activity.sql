-- Performance (业绩): the field-work rollups the visit, time and cost KPIs read. Kept current by the activity
-- module's events (VisitCompleted, ActivityLogged, ActivityDeleted, TimeLogged) in the same transaction as the
-- change, and rebuilt from the activity module's public facts by the same rollup command as kpi_sales_day.

-- Completed visits and other activities by day, rep (rep_key), territory of the customer at the time
-- (territory_key, 0 = none or no customer) and customer (customer_key, 0 = no customer).
create table kpi_activity_day (
    activity_day          date not null,
    rep_key               bigint not null,
    territory_key         bigint not null,
    customer_key          bigint not null,
    visits                integer not null,
    prospect_visits       integer not null,
    visit_minutes         integer not null,
    presentation_minutes  integer not null,
    visit_expenses        numeric(19, 2) not null,
    prospect_calls        integer not null,
    prospect_letters      integer not null,
    proposals             integer not null,
    complaints_resolved   integer not null,
    service_visits        integer not null,
    collected             numeric(19, 2) not null,
    primary key (activity_day, rep_key, territory_key, customer_key)
);
create index ix_kpi_activity_day_rep on kpi_activity_day (rep_key, activity_day);
create index ix_kpi_activity_day_territory on kpi_activity_day (territory_key, activity_day);

-- Logged time by day and user: selling minutes (face to face, phone), the rep's other categories, and every
-- logged minute (a manager's five families included).
create table kpi_time_day (
    time_day            date not null,
    user_key            bigint not null,
    selling_minutes     integer not null,
    non_selling_minutes integer not null,
    logged_minutes      integer not null,
    primary key (time_day, user_key)
);
