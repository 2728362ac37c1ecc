package org.nafitha.messaging.internal;

import java.nio.charset.StandardCharsets;

import org.nafitha.messaging.MailGateway;
import org.nafitha.messaging.MailMessage;
import org.nafitha.messaging.MailNotSent;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** E-mail over SMTP (Spring Mail): a multipart/alternative message, plain text and HTML. */
class SmtpMailGateway implements MailGateway {

    private final JavaMailSenderImpl sender;
    private final String from;

    SmtpMailGateway(JavaMailSenderImpl sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(MailMessage message) {
        try {
            var mime = new StableIdMessage(sender.getSession(), message.messageId());
            var helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(message.to());
            helper.setSubject(message.subject());
            helper.setText(message.text(), message.html());
            sender.send(mime);
        } catch (MessagingException | MailParseException | MailPreparationException e) {
            throw new MailNotSent("e-mail could not be built: " + e.getMessage(), false, e);
        } catch (MailAuthenticationException e) {
            throw new MailNotSent("mail server refused our credentials: " + e.getMessage(), true, e);
        } catch (MailException e) {
            throw new MailNotSent("mail server did not take the e-mail: " + e.getMessage(), true, e);
        }
    }

    /** Keeps our Message-ID: JavaMail would otherwise replace it with a random one on save. */
    private static final class StableIdMessage extends MimeMessage {

        private final String id;

        StableIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + id + ">");
        }
    }
}
