package in.eofficemonitor.alerts.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A mail as it arrived at an SMTP server, taken apart: what the dashboard's inbox of the in-process
 * server shows, and what the tests check. Images and attachments keep their raw bytes.
 */
public record ReceivedMail(String messageId, String from, String to, String subject, Instant sentAt,
                           String html, String text, List<MailContent.InlineImage> images,
                           List<MailContent.Attachment> attachments) {

    public static ReceivedMail of(MimeMessage message) {
        try {
            Parts parts = new Parts();
            walk(message, parts);
            return new ReceivedMail(
                    message.getMessageID(),
                    addresses(message.getFrom()),
                    addresses(message.getRecipients(Message.RecipientType.TO)),
                    message.getSubject(),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                    parts.html, parts.text, List.copyOf(parts.images), List.copyOf(parts.attachments));
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot read a received mail", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Parts {
        String html = "";
        String text = "";
        final List<MailContent.InlineImage> images = new ArrayList<>();
        final List<MailContent.Attachment> attachments = new ArrayList<>();
    }

    private static void walk(Part part, Parts out) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), out);
            }
            return;
        }
        String fileName = part.getFileName() == null ? null : MimeUtility.decodeText(part.getFileName());
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            out.attachments.add(new MailContent.Attachment(fileName, baseType(part), bytes(part)));
        } else if (part.isMimeType("image/*")) {
            String cid = part instanceof BodyPart bp && bp.getHeader("Content-ID") != null
                    ? bp.getHeader("Content-ID")[0].replaceAll("^<|>$", "") : "";
            out.images.add(new MailContent.InlineImage(cid, fileName, "", bytes(part)));
        } else if (part.isMimeType("text/html")) {
            out.html = (String) part.getContent();
        } else if (part.isMimeType("text/plain")) {
            out.text = (String) part.getContent();
        }
    }

    private static String baseType(Part part) throws MessagingException {
        String type = part.getContentType();
        int semi = type.indexOf(';');
        return (semi < 0 ? type : type.substring(0, semi)).trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String addresses(jakarta.mail.Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(a -> a instanceof jakarta.mail.internet.InternetAddress ia
                ? ia.getAddress() : a.toString()).collect(Collectors.joining(", "));
    }
}
