-- Staff users and the systems that call the API. A user holds roles (API.md, "Authentication");
-- API tokens belong to a user and are stored only as a SHA-256 digest: they are 256-bit random
-- values, so a slow password hash would add nothing but latency on every request.
create table app_user (
    id            uuid primary key,
    username      text not null unique check (username ~ '^[a-z0-9._-]{2,64}$'),
    display_name  text not null,
    email         text,
    password_hash text,
    enabled       boolean not null default true,
    created_at    timestamptz not null,
    version       integer not null default 0
);

create table app_user_role (
    user_id uuid not null references app_user (id) on delete cascade,
    role    text not null check (role in ('INTEGRATION', 'AGENT', 'TECHNICIAN', 'FINANCE', 'ADMIN')),
    primary key (user_id, role)
);

create table api_token (
    id           uuid primary key,
    user_id      uuid not null references app_user (id) on delete cascade,
    name         text not null,
    token_sha256 text not null unique,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
