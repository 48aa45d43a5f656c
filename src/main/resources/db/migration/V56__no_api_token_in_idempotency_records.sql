-- An issued API token was kept, as issued, in the answer stored for idempotent replays of
-- POST /api/v1/users/{username}/tokens: anyone who could read the database or a backup had a working
-- token. The service keeps tokens as digests only; the kept answers lose theirs (a replay now says the
-- token is shown once, as new answers do).
update idempotency_record
   set response_body = convert_to(
           jsonb_set(convert_from(response_body, 'UTF8')::jsonb, '{token}', 'null'::jsonb)::text, 'UTF8')
 where path like '/api/v1/users/%/tokens'
   and response_body is not null
   and convert_from(response_body, 'UTF8')::jsonb ? 'token';
