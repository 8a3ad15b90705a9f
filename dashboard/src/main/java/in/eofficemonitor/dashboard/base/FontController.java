package in.eofficemonitor.dashboard.base;

import in.eofficemonitor.alerts.chart.ChartFont;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the chart component's bundled Noto Sans Devanagari (OFL-1.1) as the page's web font: the SVG charts name
 * it, and Hindi text must not depend on the viewer's fonts. Open to everyone, like any web font.
 */
@RestController
public class FontController {

    @GetMapping("/fonts/{face:regular|bold}.ttf")
    public ResponseEntity<byte[]> font(@PathVariable String face) throws IOException {
        try (InputStream in = ChartFont.openTtf(face.equals("bold"))) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("font/ttf"))
                    .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic())
                    .body(in.readAllBytes());
        }
    }
}
