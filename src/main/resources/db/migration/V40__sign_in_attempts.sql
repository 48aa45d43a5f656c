-- Every staff sign-in attempt at the pages, kept so that the lock-out is counted in PostgreSQL
-- and holds across instances: 5 failures of one user name within 15 minutes (20 of one address)
-- lock it for 15 minutes from the last of them (aftercare.sign-in.*). An attempt is written as
-- IN_PROGRESS before the password is checked, so concurrent guesses count against each other.
create table sign_in_attempt (
    id           bigint generated always as identity primary key,
    username     text not null,
    address      text not null,
    attempted_at timestamptz not null,
    outcome      text not null check (outcome in ('IN_PROGRESS', 'SUCCEEDED', 'FAILED', 'LOCKED'))
);

create index sign_in_attempt_by_username on sign_in_attempt (username, attempted_at);
create index sign_in_attempt_by_address on sign_in_attempt (address, attempted_at);
