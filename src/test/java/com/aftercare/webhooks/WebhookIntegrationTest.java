package com.aftercare.webhooks;

import com.aftercare.support.IntegrationTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole service as {@link IntegrationTest} starts it, with what the webhook tests need and the shared context
 * does not have: the loopback {@link Receiver} allow-listed (it is no public address, and speaks plain http), the
 * test name {@code receiver.test} too, a secret key of their own, and the {@link ScriptedResolver} to play DNS.
 * Every class with this annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegrationTest
@TestPropertySource(properties = {
        "aftercare.webhooks.allowed-hosts=localhost,127.0.0.1," + ScriptedResolver.ALLOW_LISTED,
        // A key for these tests only (openssl rand -base64 32); it protects nothing.
        "aftercare.webhooks.secret-key=" + WebhookIntegrationTest.TEST_KEY})
@Import(ScriptedResolver.class)
public @interface WebhookIntegrationTest {

    String TEST_KEY = "DONFHU5JHgIB3icrOChxMy9TeuPp1JxVY3v2lrE9b4w=";
}
