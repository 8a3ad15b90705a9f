package in.eofficemonitor.alerts.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one font every chart and mail uses: Noto Sans Devanagari (SIL OFL 1.1, bundled under
 * {@code /fonts/}), which has both Devanagari and Latin glyphs. The host's fonts never matter: the
 * machines here have only DejaVu, which draws Hindi as boxes.
 *
 * <p>The TTFs are also what the dashboard serves as a web font ({@link #openTtf}), because an SVG chart
 * names the family in {@code font-family} and the browser must have it too.
 */
public final class ChartFont {

    /** The family name inside the TTF; what Java and the SVG {@code font-family} call it. */
    public static final String FAMILY = "Noto Sans Devanagari";

    /** Class path resources, for the dashboard to serve as {@code @font-face} sources. */
    public static final String REGULAR_RESOURCE = "/fonts/NotoSansDevanagari-Regular.ttf";
    public static final String BOLD_RESOURCE = "/fonts/NotoSansDevanagari-Bold.ttf";
    public static final String LICENCE_RESOURCE = "/fonts/OFL.txt";

    /** CSS for a page that shows the SVG charts; the dashboard maps the URLs to {@link #openTtf}. */
    public static String fontFaceCss(String regularUrl, String boldUrl) {
        return """
                @font-face { font-family: '%1$s'; src: url('%2$s') format('truetype'); font-weight: 400; }
                @font-face { font-family: '%1$s'; src: url('%3$s') format('truetype'); font-weight: 700; }
                """.formatted(FAMILY, regularUrl, boldUrl);
    }

    private static volatile Font regular;
    private static volatile Font bold;

    private ChartFont() {}

    /** The regular face at {@code size} points; registers the bundled fonts on first use. */
    public static Font regular(float size) {
        ensureRegistered();
        return regular.deriveFont(Font.PLAIN, size);
    }

    public static Font bold(float size) {
        ensureRegistered();
        return bold.deriveFont(Font.BOLD, size);
    }

    /** Opens the bundled TTF; the caller closes the stream. */
    public static InputStream openTtf(boolean boldFace) {
        String name = boldFace ? BOLD_RESOURCE : REGULAR_RESOURCE;
        InputStream in = ChartFont.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("font resource " + name + " is missing from the alerts jar");
        }
        return in;
    }

    /**
     * Loads both faces from the jar and registers them with the graphics environment, so that a
     * {@code new Font(FAMILY, ...)} anywhere in the JVM (JFreeChart's themes build fonts by name) finds them.
     */
    public static synchronized void ensureRegistered() {
        if (regular != null) {
            return;
        }
        Font r = load(false);
        Font b = load(true);
        GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
        env.registerFont(r);
        env.registerFont(b);
        bold = b;
        regular = r;
    }

    private static Font load(boolean boldFace) {
        try (InputStream in = openTtf(boldFace)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled chart font", e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled chart font is not a TrueType font", e);
        }
    }
}
