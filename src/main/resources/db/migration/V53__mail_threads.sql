-- Mails that tell the steps of one case go out in the order of those steps. A mail may belong to a
-- thread (a case: 'case:<id>') at a position (the case event's id, which only grows); the dispatcher
-- never sends a mail while an earlier one of its thread is still pending, whatever the moments the
-- steps carry and however the listeners that queued them interleaved.
alter table outgoing_mail add column thread text, add column position bigint,
    add constraint outgoing_mail_thread_position check ((thread is null) = (position is null));

update outgoing_mail m
   set thread = 'case:' || e.case_id, position = e.id
  from case_event e
 where m.dedupe_key = 'case-event:' || e.id;

create index outgoing_mail_pending_in_thread on outgoing_mail (thread, position) where status = 'PENDING';
