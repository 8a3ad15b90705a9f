package in.eofficemonitor.dashboard.base;

import in.eofficemonitor.alerts.chart.ChartFont;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the bundled Noto Sans Devanagari (OFL-1.1) that the charts are drawn with, so the browser shows
 * Hindi text and the SVG charts' labels with the same face, whatever fonts the user's machine has.
 */
@RestController
public class FontController {

    @GetMapping(value = "/fonts/devanagari.css", produces = "text/css")
    public ResponseEntity<String> css() {
        String css = ChartFont.fontFaceCss("noto-devanagari-regular.ttf", "noto-devanagari-bold.ttf")
                + "html { --lumo-font-family: 'Noto Sans Devanagari', -apple-system, 'Segoe UI', Roboto, sans-serif; }\n"
                + "body { font-family: var(--lumo-font-family); }\n"
                + "vaadin-grid::part(slow-desk) { background: #fdecea; }\n"
                + "vaadin-grid::part(current-stay) { font-weight: 600; }\n";
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(css);
    }

    @GetMapping("/fonts/noto-devanagari-regular.ttf")
    public ResponseEntity<byte[]> regular() throws IOException {
        return ttf(false);
    }

    @GetMapping("/fonts/noto-devanagari-bold.ttf")
    public ResponseEntity<byte[]> bold() throws IOException {
        return ttf(true);
    }

    private static ResponseEntity<byte[]> ttf(boolean bold) throws IOException {
        try (InputStream in = ChartFont.openTtf(bold)) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("font/ttf"))
                    .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(30))).body(in.readAllBytes());
        }
    }
}
