package in.eofficemonitor.alerts.chart;

import in.eofficemonitor.alerts.format.IndianNumberFormat;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * The one chart component of the product: the dashboard shows its SVG, the mails carry its PNG, so a
 * chart looks the same in both. Thread-safe and stateless; every chart uses the bundled {@link ChartFont}.
 */
public final class ChartRenderer {

    /** How text is written into an SVG. */
    public enum SvgText {
        /** {@code <text font-family="Noto Sans Devanagari">}: small, selectable; the page must serve the font. */
        FONT,
        /** Glyph outlines as paths: larger, but correct with no font in the browser at all. */
        OUTLINES
    }

    /** Calm colours that stay apart when printed in grey; the first is the "current" series. */
    private static final Paint[] PALETTE = {
        new Color(0x1f4e79), new Color(0xd9822b), new Color(0x2e7d32), new Color(0xc62828),
        new Color(0x6a1b9a), new Color(0x00838f), new Color(0x8d6e63), new Color(0x9e9d24)
    };

    private final StandardChartTheme theme;

    public ChartRenderer() {
        ChartFont.ensureRegistered();
        theme = new StandardChartTheme("eoffice-monitor");
        theme.setExtraLargeFont(ChartFont.bold(16f));
        theme.setLargeFont(ChartFont.bold(13f));
        theme.setRegularFont(ChartFont.regular(12f));
        theme.setSmallFont(ChartFont.regular(10f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xdddddd));
        theme.setDomainGridlinePaint(new Color(0xdddddd));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
    }

    /** The JFreeChart object, for a caller that wants to draw it itself. */
    public JFreeChart chart(ChartSpec spec) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ChartSpec.Series s : spec.series()) {
            for (int i = 0; i < spec.categories().size(); i++) {
                Number v = s.values().get(i);
                data.addValue(v == null ? null : v.doubleValue(), s.name(), spec.categories().get(i));
            }
        }
        boolean legend = spec.series().size() > 1;
        JFreeChart chart = switch (spec) {
            case ChartSpec.Bars b -> b.stacked()
                    ? ChartFactory.createStackedBarChart(b.title(), b.categoryAxisLabel(), b.valueAxisLabel(), data,
                            orientation(b), legend, false, false)
                    : ChartFactory.createBarChart(b.title(), b.categoryAxisLabel(), b.valueAxisLabel(), data,
                            orientation(b), legend, false, false);
            case ChartSpec.Lines l -> ChartFactory.createLineChart(l.title(), l.categoryAxisLabel(),
                    l.valueAxisLabel(), data, PlotOrientation.VERTICAL, legend, false, false);
        };
        theme.apply(chart);
        style(chart, spec);
        return chart;
    }

    public byte[] png(ChartSpec spec, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            chart(spec).draw(g, new Rectangle(width, height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An {@code <svg>} element (no XML prolog) to put into a page. */
    public String svg(ChartSpec spec, int width, int height, SvgText text) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        if (text == SvgText.OUTLINES) {
            g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        }
        // A generic fallback after the bundled family, so text still shows if the page lacks the web font.
        // Double quotes: JFreeSVG puts the style attribute in single quotes.
        g.setFontFunction(family -> ChartFont.FAMILY.equals(family) ? "\"" + family + "\", sans-serif" : family);
        chart(spec).draw(g, new Rectangle(width, height));
        return g.getSVGElement();
    }

    private static PlotOrientation orientation(ChartSpec.Bars b) {
        return b.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL;
    }

    private static void style(JFreeChart chart, ChartSpec spec) {
        CategoryPlot plot = chart.getCategoryPlot();
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setNumberFormatOverride(new IndianNumberFormat(0));
        CategoryAxis categories = plot.getDomainAxis();
        categories.setMaximumCategoryLabelLines(2);
        boolean manyLabels = spec.categories().size() > 8;
        if (manyLabels && !(spec instanceof ChartSpec.Bars b && b.horizontal())) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        switch (plot.getRenderer()) {
            case BarRenderer bars -> {
                bars.setDrawBarOutline(false);
                bars.setItemMargin(0.05);
                for (int i = 0; i < PALETTE.length; i++) {
                    bars.setSeriesPaint(i, PALETTE[i]);
                }
            }
            case LineAndShapeRenderer lines -> {
                lines.setDefaultShapesVisible(true);
                for (int i = 0; i < PALETTE.length; i++) {
                    lines.setSeriesPaint(i, PALETTE[i]);
                    lines.setSeriesStroke(i, new BasicStroke(2.2f));
                }
            }
            default -> { }
        }
    }
}
