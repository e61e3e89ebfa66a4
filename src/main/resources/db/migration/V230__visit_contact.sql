-- The contacts a visit is planned to meet or met (issue 19): the relationship map's coverage is measured from
-- these links; the visit's free text "contacts met" stays as written. A deleted contact leaves its visits.
create table visit_contact (
  visit_id bigint not null references visit (id) on delete cascade,
  contact_id bigint not null references contact (id) on delete cascade,
  primary key (visit_id, contact_id)
);
create index ix_visit_contact_contact on visit_contact (contact_id, visit_id);
