-- A receiver gets one case's events in order: a dispatcher claims a delivery only when no earlier event of the same
-- case to the same endpoint is still PENDING. This index answers that question with one probe per candidate.
create index webhook_delivery_pending_per_case on webhook_delivery (endpoint_id, case_id, event_id) where status = 'PENDING';

comment on column webhook_endpoint.secret is
    'The signing secret, AES-256-GCM under aftercare.webhooks.secret-key: v1: and base64(nonce || ciphertext). '
    'Rows still in plaintext (whsec_...) are encrypted when the service starts.';
