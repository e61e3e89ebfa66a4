-- Sales meetings (销售会议, issue 16 / ADR 0038): purpose, the handbook's topic, format, agenda, materials,
-- decisions; attendees; actions with owner and due date, closed on a day (MEETING_ACTION_CLOSURE).
create table sales_meeting (
    id              bigint primary key,
    version         integer not null default 0,
    team_id         bigint references sales_team (id),
    organizer_id    bigint not null references app_user (id),
    held_on         date not null,
    title           varchar(200) not null,
    purpose         varchar(20) not null,
    topic           varchar(30),
    meeting_format  varchar(20),
    agenda          varchar(2000),
    materials       varchar(1000),
    decisions       varchar(2000),
    created_at      timestamp(6) with time zone not null
);
create index ix_sales_meeting_team on sales_meeting (team_id, held_on);
create index ix_sales_meeting_organizer on sales_meeting (organizer_id, held_on);

create table sales_meeting_attendee (
    meeting_id      bigint not null references sales_meeting (id) on delete cascade,
    user_id         bigint not null references app_user (id),
    primary key (meeting_id, user_id)
);
create index ix_sales_meeting_attendee_user on sales_meeting_attendee (user_id);

create table sales_meeting_action (
    meeting_id      bigint not null references sales_meeting (id) on delete cascade,
    position        integer not null,
    description     varchar(500) not null,
    owner_id        bigint not null references app_user (id),
    due_on          date not null,
    closed_on       date,
    primary key (meeting_id, position)
);
create index ix_sales_meeting_action_owner on sales_meeting_action (owner_id, due_on);
