-- The at-risk score stored once a day per scored customer (ADR 0034), so that a list shows which way each customer's
-- risk went. A read model written by the nightly job (retention.dailyScores): no foreign key to customer, a stale
-- row of a deleted customer is never joined.
create table retention_score_day (
    customer_id     bigint not null,
    score_date      date not null,
    -- ACTIVE, OVERDUE, DORMANT_SUGGESTED (prospects and lost customers have no score)
    state           varchar(20) not null,
    risk            integer not null,
    health          integer not null,
    -- the reasons, comma-separated (RiskReason names)
    reasons         varchar(200) not null,
    primary key (customer_id, score_date)
);
create index ix_retention_score_day on retention_score_day (score_date);
