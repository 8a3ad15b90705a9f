package in.eofficemonitor.alerts.mail;

import java.util.List;

/**
 * What a report builder produces for one recipient, before it is addressed: the same object is sent
 * by SMTP and shown by the dashboard's preview, so the preview is the mail.
 *
 * @param html   the HTML body; inline images are referenced as {@code cid:<contentId>}
 * @param text   the plain-text alternative with the same figures
 */
public record MailContent(String subject, String html, String text, List<InlineImage> images, List<Attachment> attachments) {

    public MailContent {
        images = List.copyOf(images);
        attachments = List.copyOf(attachments);
    }

    /** A PNG shown inside the HTML body. */
    public record InlineImage(String contentId, String fileName, String altText, byte[] png) {}

    /** A file attached to the mail, e.g. the full stuck list as CSV. */
    public record Attachment(String fileName, String contentType, byte[] bytes) {}

    /**
     * The HTML with every {@code cid:} image turned into a {@code data:} URL, for showing the mail in a
     * browser (the dashboard's preview), where {@code cid:} means nothing.
     */
    public String htmlWithEmbeddedImages() {
        String out = html;
        for (InlineImage image : images) {
            out = out.replace("cid:" + image.contentId(),
                    "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(image.png()));
        }
        return out;
    }
}
