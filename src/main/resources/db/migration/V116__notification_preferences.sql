-- Issue 21: each user's choice per event type and channel (the inbox is always on; a missing row means on), and the
-- channels a manager requires for the team's events (those win over the user's choice).
create table notify_preference (
    user_id     bigint not null references app_user (id),
    event_type  varchar(60) not null,
    channel     varchar(20) not null,
    enabled     boolean not null,
    primary key (user_id, event_type, channel)
);

create table notify_team_requirement (
    team_id     bigint not null references sales_team (id),
    event_type  varchar(60) not null,
    channel     varchar(20) not null,
    primary key (team_id, event_type, channel)
);
