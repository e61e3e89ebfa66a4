-- The activity module became visit and worklog (ADR 0020): publications recorded under the old class names are
-- renamed so that an unfinished one can still be loaded and resubmitted. Visit events moved to visit, the others
-- (ActivityLogged, ActivityDeleted, TimeLogged) to worklog.
update event_publication
   set event_type  = replace(event_type,  'org.salesteam.activity.Visit', 'org.salesteam.visit.Visit'),
       listener_id = replace(listener_id, 'org.salesteam.activity.Visit', 'org.salesteam.visit.Visit');
update event_publication
   set event_type  = replace(event_type,  'org.salesteam.activity.', 'org.salesteam.worklog.'),
       listener_id = replace(listener_id, 'org.salesteam.activity.', 'org.salesteam.worklog.');
