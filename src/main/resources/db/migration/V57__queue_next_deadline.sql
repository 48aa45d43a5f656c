-- The work queue sorts open cases on their next open deadline. It was computed on every read (a
-- lateral probe of case_deadline per case, then a sort over all of them); now it is stored on the case
-- whenever its clocks change (CaseRepository.putDeadline/removeDeadline), and indexed.
--   next_*     the soonest deadline not yet met, or null when none runs
--   queue_due  the key the queue sorts and pages on: next_due, or the end of time (9999-12-31) when none
--              runs, so that cases without a clock come last and keyset paging needs no null handling
alter table case_file
    add column next_deadline_kind varchar(30),
    add column next_due           timestamptz,
    add column next_clause        varchar(10),
    add column queue_due          timestamptz not null default timestamptz '9999-12-31 00:00:00+00';

update case_file c
   set (next_deadline_kind, next_due, next_clause) =
       (select d.kind, d.due, d.clause from case_deadline d
         where d.case_id = c.id and d.met is null order by d.due, d.kind limit 1);
update case_file set queue_due = next_due where next_due is not null;

-- The open queue (and its overdue part, a range of the same key), all open cases or one type; the closed
-- statuses are CaseStatus.closed(), spelled as the queue's query spells them (CaseQueueIndexTest checks).
create index case_file_open_queue on case_file (queue_due, id)
    where status not in ('REJECTED', 'REFUNDED', 'REPLACED', 'SENT_BACK', 'CANCELLED');
create index case_file_open_queue_by_type on case_file (type, queue_due, id)
    where status not in ('REJECTED', 'REFUNDED', 'REPLACED', 'SENT_BACK', 'CANCELLED');
-- One status asked for, open or closed.
create index case_file_queue_by_status on case_file (status, queue_due, id);
