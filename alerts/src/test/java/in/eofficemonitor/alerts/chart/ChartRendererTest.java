package in.eofficemonitor.alerts.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartRendererTest {

    private static final String HINDI_TITLE = "डेस्क पर लंबित फ़ाइलें — आयु वर्ग";
    private static final List<String> HINDI_BUCKETS =
            List.of("0–7 दिन", "8–15 दिन", "16–30 दिन", "31–90 दिन", "91–180 दिन", "180 दिन से अधिक");

    private final ChartRenderer renderer = new ChartRenderer();

    private static ChartSpec ageBucketsInHindi() {
        return ChartSpec.Bars.simple(HINDI_TITLE, "आयु (कार्य दिवस)", "फ़ाइलें", HINDI_BUCKETS,
                new ChartSpec.Series("फ़ाइलें", List.of(125_000, 48_210, 9_870, 3_100, 450, 12)));
    }

    @Test
    void bundledFontHasAGlyphForEveryHindiLabel() {
        Font font = ChartFont.regular(12f);
        assertThat(font.getFamily()).isEqualTo(ChartFont.FAMILY);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        for (String label : concat(HINDI_TITLE, HINDI_BUCKETS)) {
            assertThat(font.canDisplayUpTo(label)).as(label).isEqualTo(-1);
            // Shaped as the chart draws it (conjuncts, vowel signs): no glyph may be the missing-glyph box.
            GlyphVector shaped = font.layoutGlyphVector(frc, label.toCharArray(), 0, label.length(), Font.LAYOUT_LEFT_TO_RIGHT);
            for (int i = 0; i < shaped.getNumGlyphs(); i++) {
                assertThat(shaped.getGlyphCode(i)).as("glyph %d of %s", i, label).isNotEqualTo(font.getMissingGlyphCode());
            }
        }
    }

    @Test
    void fontIsRegisteredSoThatFontsBuiltByNameFindIt() {
        ChartFont.ensureRegistered();
        Font byName = new Font(ChartFont.FAMILY, Font.PLAIN, 12);
        assertThat(byName.getFamily()).isEqualTo(ChartFont.FAMILY);
        assertThat(byName.canDisplayUpTo(HINDI_TITLE)).isEqualTo(-1);
    }

    @Test
    void hindiBarChartRendersToAPngOfTheRequestedSize() throws IOException {
        byte[] png = renderer.png(ageBucketsInHindi(), 640, 360);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(360);
        assertThat(distinctColours(image)).as("a chart, not a blank image").isGreaterThan(10);
    }

    @Test
    void trendLineRendersToPng() throws IOException {
        ChartSpec trend = new ChartSpec.Lines("Week-on-week pendency", "Week", "Files",
                List.of("02-11-2026", "09-11-2026", "16-11-2026", "23-11-2026"),
                List.of(new ChartSpec.Series("Pending", List.of(1200, 1350, 1280, 1410)),
                        new ChartSpec.Series("Stuck", List.of(80, 95, 70, 110))));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(renderer.png(trend, 500, 300)));
        assertThat(image.getWidth()).isEqualTo(500);
        assertThat(image.getHeight()).isEqualTo(300);
    }

    @Test
    void svgNamesTheBundledFamilyAndKeepsTheHindiText() throws Exception {
        String svg = renderer.svg(ageBucketsInHindi(), 640, 360, ChartRenderer.SvgText.FONT);

        assertThat(parsesAsXml(svg)).as("well-formed SVG").isTrue();
        assertThat(svg.contains("font-family: \"" + ChartFont.FAMILY + "\", sans-serif")).as("names the family").isTrue();
        assertThat(svg.contains("91–180 दिन")).as("keeps the Hindi label as text").isTrue();
        // The value axis uses lakh grouping: 1,25,000 is the highest bar, so 1,20,000 is a tick.
        assertThat(svg.contains(">1,20,000<")).as("lakh grouping on the axis").isTrue();
    }

    private static boolean parsesAsXml(String svg) throws Exception {
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(svg)))
                .getDocumentElement().getNodeName().equals("svg");
    }

    @Test
    void svgWithOutlinesNeedsNoFontInTheBrowser() {
        String svg = renderer.svg(ageBucketsInHindi(), 640, 360, ChartRenderer.SvgText.OUTLINES);
        assertThat(svg.startsWith("<svg")).isTrue();
        assertThat(svg.contains("दिन")).as("no text left to need a font").isFalse();
        assertThat(svg.contains("<path")).isTrue();
    }

    @Test
    void fontResourcesAreThereForTheDashboardToServe() throws IOException {
        try (var in = ChartFont.openTtf(false)) {
            assertThat(in.readNBytes(4)).containsExactly(0, 1, 0, 0); // TrueType magic
        }
        assertThat(ChartFont.class.getResource(ChartFont.LICENCE_RESOURCE)).isNotNull();
        assertThat(ChartFont.fontFaceCss("/fonts/r.ttf", "/fonts/b.ttf")).contains("font-family: 'Noto Sans Devanagari'");
    }

    @Test
    void seriesMustMatchTheCategories() {
        assertThatThrownBy(() -> ChartSpec.Bars.simple("t", "x", "y", List.of("a", "b"),
                new ChartSpec.Series("s", List.of(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 values for 2 categories");
    }

    private static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }

    private static long distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
