-- What a delivery-problem case knows about the delivery itself (DLV-1..DLV-6): how the goods were
-- received at the door, the carrier's damage report, the photos asked for, the examination, and an
-- agent's decision after an investigation. One row per case of those types.
create table case_delivery (
    case_id              uuid         primary key references case_file on delete cascade,
    -- DLV-3, DLV-6: the goods were refused at the door
    refused_at_door      boolean      not null default false,
    -- DLV-5, DLV-6: the shortage or the wrong item was written on the delivery note before signing
    noted_on_delivery    boolean,
    -- DLV-1: the invoice came with the goods; if not, when it was sent again
    invoice_received     boolean      not null default true,
    invoice_resent_at    timestamptz,
    -- DLV-3: the carrier's damage report
    damage_report_number varchar(60),
    damage_report_date   date,
    -- DLV-4: photos asked for, how often, and the examination's finding
    photos_requested_at  timestamptz,
    photo_requests       integer      not null default 0,
    customer_caused      boolean,
    examined_at          timestamptz,
    examined_by          varchar(64),
    examination_notes    text,
    -- DLV-5, DLV-6: an agent's decision after an investigation
    agent_decision       jsonb,
    decided_at           timestamptz,
    decided_by           varchar(64)
);
