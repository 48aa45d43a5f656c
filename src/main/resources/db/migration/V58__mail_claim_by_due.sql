-- The dispatcher claims due mail in batches, oldest due first (MailDispatcher): an index in that order over the
-- pending mail only, so a claim reads a handful of rows however long the queue of sent mail grows.
drop index outgoing_mail_due;
create index outgoing_mail_due on outgoing_mail (next_attempt_at, id) where status = 'PENDING';
