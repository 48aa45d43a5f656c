package com.aftercare.platform.mail;

import com.aftercare.platform.mail.MailDispatcher.MailProperties;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * E-mail goes out by SMTP when {@code spring.mail.host} is set (Spring Boot then makes the
 * {@link JavaMailSender}); without it, mail stays in the local mailbox: right for the demo, and
 * said loudly anywhere else.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    MailTransport mailTransport(ObjectProvider<JavaMailSender> sender, MailProperties properties, Environment environment) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp != null) {
            log.info("Customer e-mail is sent by SMTP from {}", properties.from());
            return new SmtpTransport(smtp, properties.from());
        }
        if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
            log.info("Customer e-mail stays in the demo mailbox at /portal/mailbox (set spring.mail.host to send it)");
        } else {
            log.warn("No mail server (spring.mail.host): customer e-mail is kept in the outgoing_mail table and NOT sent");
        }
        return new LocalMailbox();
    }

    /** Sends due mail every few seconds ({@code aftercare.mail.dispatch-interval}); tests switch it off and call the dispatcher. */
    @Bean
    @ConditionalOnBooleanProperty(name = "aftercare.mail.dispatcher.enabled", matchIfMissing = true)
    ScheduledMailDispatch scheduledMailDispatch(MailDispatcher dispatcher) {
        return new ScheduledMailDispatch(dispatcher);
    }

    static final class ScheduledMailDispatch {

        private final MailDispatcher dispatcher;

        ScheduledMailDispatch(MailDispatcher dispatcher) {
            this.dispatcher = dispatcher;
        }

        @Scheduled(fixedDelayString = "${aftercare.mail.dispatch-interval:5s}", initialDelayString = "${aftercare.mail.dispatch-interval:5s}")
        void dispatch() {
            try {
                dispatcher.dispatchDue();
            } catch (RuntimeException e) {
                // The database is away for a moment: the next round tries again; nothing is lost.
                log.warn("Mail dispatch round failed: {}", e.getMessage());
            }
        }
    }
}
