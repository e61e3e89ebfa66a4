-- Issue 21: notifications (通知). One inbox row per (event, recipient) and one outbox row per (event, channel,
-- target), both written in the transaction of the change that caused them (ADR 0027); the unique keys make a
-- second recording of the same event a no-op, so nothing is ever sent twice.
create table notification (
    id              bigint primary key,
    event_key       varchar(200) not null,
    event_type      varchar(60) not null,
    recipient_id    bigint not null references app_user (id),
    -- the text is translated when shown, in the reader's language: message key and its arguments
    message_key     varchar(120) not null,
    message_args    varchar(2000),
    link            varchar(300),
    created_at      timestamp(6) with time zone not null,
    read_at         timestamp(6) with time zone,
    constraint uq_notification_event unique (event_key, recipient_id)
);
create index ix_notification_recipient on notification (recipient_id, created_at);

-- 企业微信 / 钉钉 group robots and generic JSON webhooks, per team or company-wide (team_id null)
create table notify_channel (
    id              bigint primary key,
    version         integer not null default 0,
    created_at      timestamp(6) with time zone not null,
    kind            varchar(20) not null,
    name            varchar(100),
    url             varchar(1000) not null,
    -- DingTalk signing secret, AES-GCM encrypted (never shown again after saving)
    secret          varchar(500),
    team_id         bigint references sales_team (id),
    -- comma-separated event types the channel receives
    events          varchar(1000) not null,
    -- comma-separated mobile numbers to @-mention
    mention_mobiles varchar(500),
    locale          varchar(10) not null default 'zh-CN',
    active          boolean not null default true
);

-- the outbox: one row per notification and channel; claimed in the database by one worker at a time
create table notify_delivery (
    id              bigint primary key,
    event_key       varchar(200) not null,
    event_type      varchar(60) not null,
    channel         varchar(20) not null,
    -- channel:{id} for a robot or webhook, user:{id} for an e-mail
    target          varchar(60) not null,
    channel_id      bigint references notify_channel (id) on delete cascade,
    message_key     varchar(120) not null,
    message_args    varchar(2000),
    link            varchar(300),
    -- PENDING, SENT, FAILED (given up)
    status          varchar(10) not null,
    attempts        integer not null default 0,
    next_attempt_at timestamp(6) with time zone not null,
    claimed_by      varchar(100),
    claimed_at      timestamp(6) with time zone,
    last_error      varchar(500),
    created_at      timestamp(6) with time zone not null,
    sent_at         timestamp(6) with time zone,
    constraint uq_notify_delivery unique (event_key, channel, target)
);
create index ix_notify_delivery_due on notify_delivery (status, next_attempt_at);
