package com.aftercare.webhooks.internal;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, before anything is sent: seals the secrets still stored in plaintext (rows from before
 * {@link EndpointSecrets}), and opens every sealed one, so that a wrong {@code aftercare.webhooks.secret-key} stops
 * the start with a clear reason instead of signing deliveries with garbage. One transaction, its rows locked, so two
 * instances starting together seal each row once; a second start finds nothing to seal.
 */
@Component
class PlaintextSecretsSealing implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PlaintextSecretsSealing.class);

    private record Stored(UUID id, String secret) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final EndpointSecrets secrets;

    PlaintextSecretsSealing(JdbcClient jdbc, TransactionTemplate transactions, EndpointSecrets secrets) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.secrets = secrets;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int sealed = transactions.execute(status -> sealPlaintext());
        if (sealed > 0) {
            log.info("Encrypted the signing secrets of {} webhook(s) that were stored in plaintext", sealed);
        }
        checkTheKeyOpensEverySecret();
    }

    /** @return the secrets sealed */
    int sealPlaintext() {
        List<Stored> plaintext = jdbc.sql("select id, secret from webhook_endpoint where secret like 'whsec\\_%' for update")
                .query((rs, row) -> new Stored(rs.getObject("id", UUID.class), rs.getString("secret"))).list();
        for (Stored row : plaintext) {
            jdbc.sql("update webhook_endpoint set secret = ? where id = ? and secret = ?")
                    .params(secrets.seal(row.id(), row.secret()), row.id(), row.secret()).update();
        }
        return plaintext.size();
    }

    void checkTheKeyOpensEverySecret() {
        List<Stored> stored = jdbc.sql("select id, secret from webhook_endpoint")
                .query((rs, row) -> new Stored(rs.getObject("id", UUID.class), rs.getString("secret"))).list();
        long unreadable = stored.stream().filter(row -> !opens(row)).count();
        if (unreadable > 0) {
            throw new IllegalStateException(unreadable + " of " + stored.size() + " webhook secrets do not open under "
                    + EndpointSecrets.PROPERTY + ": it is not the key they were encrypted with. Start with that key. If it is lost, so are "
                    + "the secrets: give those rows a new secret in plaintext (whsec_ and random text, encrypted at the next start) "
                    + "and hand it to their receivers, or delete the rows and register the webhooks again.");
        }
    }

    private boolean opens(Stored row) {
        try {
            secrets.open(row.id(), row.secret());
            return true;
        } catch (IllegalStateException | IllegalArgumentException e) {
            return false;
        }
    }
}
