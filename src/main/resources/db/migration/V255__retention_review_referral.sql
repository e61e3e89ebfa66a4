-- Referrals as prospects (ADR 0051): a company a key account referred in its annual review meeting, registered as a
-- prospect customer (source REFERRAL) and linked to the meeting; the customer page and the meeting page show the link.
create table retention_review_referral (
    customer_id         bigint primary key references customer (id) on delete cascade,
    review_id           bigint not null references retention_account_review (id),
    created_by          bigint not null references app_user (id),
    created_at          timestamp(6) with time zone not null
);
create index ix_retention_review_referral_review on retention_review_referral (review_id);
