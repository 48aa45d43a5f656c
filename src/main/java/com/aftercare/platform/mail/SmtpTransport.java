package com.aftercare.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends through the SMTP server of {@code spring.mail.*}, as text with an HTML alternative. */
final class SmtpTransport implements MailTransport {

    private final JavaMailSender sender;
    private final InternetAddress from;

    SmtpTransport(JavaMailSender sender, String from) {
        this.sender = sender;
        try {
            // The name may be Turkish ("Demo Saat Mağazası"): encode it for the header.
            InternetAddress parsed = new InternetAddress(from, true);
            this.from = new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (AddressException | java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("aftercare.mail.from is not an e-mail address: " + from, e);
        }
    }

    @Override
    public String name() {
        return "SMTP";
    }

    @Override
    public void send(OutgoingMail mail, String messageId) {
        MimeMessage message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, mail.html() != null, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(new InternetAddress(mail.to(), true));
            helper.setSubject(mail.subject());
            if (mail.html() != null) {
                helper.setText(mail.text(), mail.html());
            } else {
                helper.setText(mail.text());
            }
            message.setHeader("Message-ID", messageId);
        } catch (AddressException e) {
            throw new PermanentMailFailure("the address " + mail.to() + " is not valid: " + e.getMessage(), e);
        } catch (MessagingException | MailParseException | MailPreparationException e) {
            throw new PermanentMailFailure("the mail could not be written: " + e.getMessage(), e);
        }
        // JavaMailSenderImpl keeps a Message-ID already set when it saves the message before sending.
        sender.send(message);
    }
}
