package in.eofficemonitor.warehouse.embedded;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.IOException;

/** Brotli bytes for the tests' request bodies; the warehouse itself only ever decodes brotli. */
final class Brotli {

    private Brotli() {}

    static byte[] compress(byte[] plain) throws IOException {
        Brotli4jLoader.ensureAvailability();
        return Encoder.compress(plain);
    }
}
