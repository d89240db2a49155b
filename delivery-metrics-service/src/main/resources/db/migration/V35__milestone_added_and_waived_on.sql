-- The days (UTC) a milestone was added and waived, so a past day's earned value and on-time rate count the milestone
-- as it stood that day. Rows applied before this column existed have neither (counted as they stand now) until a
-- read-model rebuild replays their events.
alter table project_milestone
    add column added_on  date,
    add column waived_on date;
