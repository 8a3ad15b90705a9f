package in.eofficemonitor.alerts.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Properties;

/**
 * Sends a {@link MailContent} over SMTP with Jakarta Mail (Eclipse Angus).
 * Structure: multipart/mixed [ multipart/related [ multipart/alternative [text, html], inline PNGs ], attachments ],
 * which every mail client shows as an HTML mail with pictures, a plain-text fallback and files.
 */
public final class SmtpMailSender {

    private final SmtpConfig config;
    private final Session session;
    private final Clock clock;

    public SmtpMailSender(SmtpConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.session = Session.getInstance(properties(config));
    }

    public SmtpConfig config() {
        return config;
    }

    /**
     * Sends and returns the Message-ID. {@code messageId} is set by the caller (the delivery service makes
     * it from the delivery key), so the same mail tried twice carries the same id and the log can name it.
     */
    public String send(String toAddress, String toName, MailContent content, String messageId, Map<String, String> headers)
            throws MailSendException {
        try {
            MimeMessage message = compose(toAddress, toName, content, messageId, headers);
            // The transport by name: Transport.send picks one by address type, which is always plain "smtp", so
            // SMTPS (security SSL) would have gone to port 25 without TLS.
            try (Transport transport = session.getTransport(protocol(config))) {
                if (config.authenticates()) {
                    transport.connect(config.host(), config.port(), config.user(), config.password());
                } else {
                    transport.connect();
                }
                transport.sendMessage(message, message.getAllRecipients());
            }
            return message.getMessageID();
        } catch (SendFailedException e) {
            // Addresses the server refused: retrying the same mail is pointless unless it said 4xx.
            throw new MailSendException("SMTP refused the mail to " + toAddress + ": " + e.getMessage(), isTransient(e), e);
        } catch (MessagingException e) {
            throw new MailSendException("could not send to " + toAddress + " via " + config + ": " + rootMessage(e), isTransient(e), e);
        }
    }

    /** The MIME message as it would go out; public so the composition can be checked without a server. */
    public MimeMessage compose(String toAddress, String toName, MailContent content, String messageId, Map<String, String> headers)
            throws MessagingException {
        MimeMessage message = new FixedIdMimeMessage(session, messageId);
        try {
            message.setFrom(new InternetAddress(config.fromAddress(), config.fromName(), "UTF-8"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(toAddress, toName, "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        message.setSubject(content.subject(), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        for (Map.Entry<String, String> h : headers.entrySet()) {
            message.setHeader(h.getKey(), h.getValue());
        }

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(content.text(), "UTF-8", "plain");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(content.html(), "UTF-8", "html");
        alternative.addBodyPart(html);

        MimeMultipart related = new MimeMultipart("related");
        MimeBodyPart alternativePart = new MimeBodyPart();
        alternativePart.setContent(alternative);
        related.addBodyPart(alternativePart);
        for (MailContent.InlineImage image : content.images()) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(image.png(), "image/png")));
            part.setContentID("<" + image.contentId() + ">");
            part.setDisposition(Part.INLINE);
            part.setFileName(image.fileName());
            related.addBodyPart(part);
        }

        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart relatedPart = new MimeBodyPart();
        relatedPart.setContent(related);
        mixed.addBodyPart(relatedPart);
        for (MailContent.Attachment attachment : content.attachments()) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.bytes(), attachment.contentType())));
            part.setDisposition(Part.ATTACHMENT);
            part.setFileName(attachment.fileName());
            mixed.addBodyPart(part);
        }
        message.setContent(mixed);
        message.saveChanges();
        return message;
    }

    private static String protocol(SmtpConfig c) {
        return c.security() == SmtpConfig.Security.SSL ? "smtps" : "smtp";
    }

    private static Properties properties(SmtpConfig c) {
        Properties p = new Properties();
        String proto = protocol(c);
        p.put("mail.transport.protocol", proto);
        p.put("mail." + proto + ".host", c.host());
        p.put("mail." + proto + ".port", Integer.toString(c.port()));
        p.put("mail." + proto + ".auth", Boolean.toString(c.authenticates()));
        String millis = Long.toString(c.timeout().toMillis());
        p.put("mail." + proto + ".connectiontimeout", millis);
        p.put("mail." + proto + ".timeout", millis);
        p.put("mail." + proto + ".writetimeout", millis);
        if (c.security() == SmtpConfig.Security.STARTTLS || c.security() == SmtpConfig.Security.STARTTLS_REQUIRED) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", Boolean.toString(c.security() == SmtpConfig.Security.STARTTLS_REQUIRED));
        }
        if (c.security() != SmtpConfig.Security.NONE) {
            // A relay that shows a certificate for another name is not our relay, whoever signed it.
            p.put("mail." + proto + ".ssl.checkserveridentity", "true");
            if (c.trustStore() != null) {
                p.put("mail." + proto + ".ssl.socketFactory", RelayTrust.socketFactory(c.trustStore(), c.trustStorePassword()));
            }
        }
        // Non-ASCII (Hindi) display names and subjects are encoded per RFC 2047; bodies are UTF-8.
        p.put("mail.mime.charset", StandardCharsets.UTF_8.name());
        return p;
    }

    private static boolean isTransient(MessagingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof SocketTimeoutException || t instanceof UnknownHostException
                    || t instanceof java.net.SocketException) {
                return true;
            }
            if (t instanceof jakarta.mail.AuthenticationFailedException) {
                return false; // a wrong password stays wrong: say so now rather than after every retry
            }
            if (t instanceof javax.net.ssl.SSLHandshakeException) {
                return false; // an untrusted or misnamed certificate does not fix itself
            }
            if (t instanceof org.eclipse.angus.mail.smtp.SMTPSendFailedException s) {
                return s.getReturnCode() >= 400 && s.getReturnCode() < 500;
            }
            if (t instanceof org.eclipse.angus.mail.smtp.SMTPAddressFailedException a) {
                return a.getReturnCode() >= 400 && a.getReturnCode() < 500;
            }
        }
        // Unknown cause (e.g. the connection dropped mid-conversation): treat as transient, the retry limit bounds it.
        return !(e instanceof SendFailedException);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t + ")";
    }

    /** Keeps the Message-ID the caller chose instead of a random one on saveChanges(). */
    private static final class FixedIdMimeMessage extends MimeMessage {
        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
