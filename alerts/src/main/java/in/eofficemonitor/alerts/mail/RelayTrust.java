package in.eofficemonitor.alerts.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/** TLS to a relay that trusts exactly the certificates of one trust store (an internal CA's, or the relay's own). */
final class RelayTrust {

    private RelayTrust() {}

    static SSLSocketFactory socketFactory(Path store, String password) {
        try (InputStream in = Files.newInputStream(store)) {
            // KeyStore.getInstance(File, …) would guess the type; a stream needs one: PKCS12 reads JKS too.
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(in, password.toCharArray());
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, tmf.getTrustManagers(), null);
            return tls.getSocketFactory();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("alerts.smtp.trust-store " + store + " cannot be read as a trust store: "
                    + e.getMessage(), e);
        }
    }
}
