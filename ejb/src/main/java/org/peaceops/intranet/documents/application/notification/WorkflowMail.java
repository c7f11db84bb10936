package org.peaceops.intranet.documents.application.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends workflow e-mails through Jakarta Mail, only when a mail session is configured, after the step
 * has committed, on the server's managed executor: a slow or broken mail server never delays or breaks
 * a transition; a failure is logged and the in-app notification remains.
 *
 * <p>Configuration (off by default): {@code intranet.mail.jndi-name} names a server mail resource
 * (e.g. {@code mail/intranet}, made with {@code asadmin create-mail-resource}); otherwise
 * {@code intranet.mail.smtp.host} (with {@code intranet.mail.smtp.port}, default 25) and
 * {@code intranet.mail.from} build a plain SMTP session.
 */
@ApplicationScoped
public class WorkflowMail {

    private static final Logger LOG = Logger.getLogger(WorkflowMail.class.getName());

    @Resource
    ManagedExecutorService executor;

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkflowMailMessage message) {
        Optional<Session> session = session();
        if (session.isEmpty()) {
            return;
        }
        try {
            executor.submit(() -> send(session.get(), message));
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> "Workflow e-mail to " + message.to() + " not queued: " + e.getMessage());
        }
    }

    private static void send(Session session, WorkflowMailMessage message) {
        try {
            MimeMessage mime = new MimeMessage(session);
            String from = ConfigProvider.getConfig().getOptionalValue("intranet.mail.from", String.class)
                    .orElse(session.getProperty("mail.from"));
            if (from != null) {
                mime.setFrom(new InternetAddress(from));
            }
            mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.to(), true));
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mime.setText(message.body(), StandardCharsets.UTF_8.name());
            Transport.send(mime);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Workflow e-mail to " + message.to() + " failed: " + e.getMessage(), e);
        }
    }

    /** The configured session, or empty when mail is off (the default). */
    static Optional<Session> session() {
        Config config = ConfigProvider.getConfig();
        Optional<String> jndi = config.getOptionalValue("intranet.mail.jndi-name", String.class).filter(s -> !s.isBlank());
        if (jndi.isPresent()) {
            try {
                return Optional.of((Session) new InitialContext().lookup(jndi.get()));
            } catch (NamingException | ClassCastException e) {
                LOG.warning(() -> "intranet.mail.jndi-name " + jndi.get() + " is not a mail session: " + e.getMessage());
                return Optional.empty();
            }
        }
        return config.getOptionalValue("intranet.mail.smtp.host", String.class).filter(s -> !s.isBlank()).map(host -> {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", host);
            properties.put("mail.smtp.port", config.getOptionalValue("intranet.mail.smtp.port", String.class).orElse("25"));
            properties.put("mail.smtp.connectiontimeout", "10000");
            properties.put("mail.smtp.timeout", "10000");
            return Session.getInstance(properties);
        });
    }
}
