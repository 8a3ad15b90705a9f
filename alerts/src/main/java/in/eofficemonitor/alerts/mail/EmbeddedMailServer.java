package in.eofficemonitor.alerts.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The SMTP server of the embedded default: GreenMail in-process on loopback, so that a new user sees
 * the Monday mails arrive (the dashboard shows {@link #inbox()}) without configuring a mail relay.
 * Nothing leaves the machine; mails live in memory until {@link #close()}.
 */
public final class EmbeddedMailServer implements AutoCloseable {

    private final GreenMail greenMail;

    private EmbeddedMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Starts on 127.0.0.1:{@code port}; port 0 picks a free one (tests, and several instances on one machine). */
    public static EmbeddedMailServer start(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        if (port == 0) {
            setup = setup.dynamicPort();
        }
        setup.setServerStartupTimeout(5_000);
        GreenMail greenMail = new GreenMail(setup);
        greenMail.start();
        return new EmbeddedMailServer(greenMail);
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** A sender configuration that delivers into this server. */
    public SmtpConfig smtpConfig(String fromAddress) {
        return SmtpConfig.plain("127.0.0.1", port(), fromAddress);
    }

    /** Every mail received so far, newest first. */
    public List<ReceivedMail> inbox() {
        return Arrays.stream(greenMail.getReceivedMessages())
                .map(ReceivedMail::of)
                .sorted(Comparator.comparing(ReceivedMail::sentAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** Mails received for one address, newest first. */
    public List<ReceivedMail> inboxOf(String address) {
        return Arrays.stream(greenMail.getReceivedMessagesForDomain(address))
                .map(ReceivedMail::of)
                .toList();
    }

    public int receivedCount() {
        return greenMail.getReceivedMessages().length;
    }

    /** Blocks until at least {@code count} mails are in, or the timeout passes; true if they came. */
    public boolean waitFor(int count, long timeoutMillis) {
        return greenMail.waitForIncomingEmail(timeoutMillis, count);
    }

    /** The raw messages, for callers that want the MIME tree itself. */
    public MimeMessage[] rawMessages() {
        return greenMail.getReceivedMessages();
    }

    public void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
