package in.eofficemonitor.alerts.mail;

import java.util.List;

/**
 * A small builder for mail HTML: inline styles only (mail clients drop {@code <style>}), every text
 * escaped. Tables are the mail-safe layout.
 */
public final class Html {

    private static final String TABLE = "border-collapse:collapse;margin:8px 0 16px 0;font-size:13px";
    private static final String TH = "border:1px solid #c8ced6;background:#eef2f6;padding:4px 8px;text-align:left";
    private static final String TD = "border:1px solid #c8ced6;padding:4px 8px";
    private static final String TD_NUM = TD + ";text-align:right;white-space:nowrap";

    private final StringBuilder out = new StringBuilder(16 * 1024);

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A cell: plain text, a number (right-aligned) or a link. */
    public sealed interface Cell permits Text, Num, Link {}

    public record Text(String text) implements Cell {}

    public record Num(String formatted) implements Cell {}

    public record Link(String text, String href) implements Cell {}

    public static Cell text(String text) {
        return new Text(text);
    }

    public static Cell num(String formatted) {
        return new Num(formatted);
    }

    public static Cell link(String text, String href) {
        return new Link(text, href);
    }

    public Html begin(String title, String lang) {
        out.append("<!DOCTYPE html><html lang=\"").append(escape(lang)).append("\"><head><meta charset=\"UTF-8\">")
                .append("<title>").append(escape(title)).append("</title></head>")
                .append("<body style=\"font-family:'Noto Sans Devanagari','Noto Sans',Arial,sans-serif;color:#1d2733;max-width:900px\">");
        return this;
    }

    public Html h1(String text) {
        out.append("<h1 style=\"font-size:20px;color:#1f4e79;margin:0 0 8px 0\">").append(escape(text)).append("</h1>");
        return this;
    }

    public Html h2(String text) {
        out.append("<h2 style=\"font-size:16px;color:#1f4e79;margin:18px 0 4px 0\">").append(escape(text)).append("</h2>");
        return this;
    }

    public Html p(String text) {
        out.append("<p style=\"margin:6px 0\">").append(escape(text)).append("</p>");
        return this;
    }

    public Html small(String text) {
        out.append("<p style=\"margin:16px 0 0 0;font-size:11px;color:#5a6570\">").append(escape(text)).append("</p>");
        return this;
    }

    public Html pLink(String text, String href) {
        out.append("<p style=\"margin:6px 0\"><a href=\"").append(escape(href)).append("\">").append(escape(text)).append("</a></p>");
        return this;
    }

    public Html image(String contentId, String alt, int width, int height) {
        out.append("<p><img src=\"cid:").append(escape(contentId)).append("\" alt=\"").append(escape(alt))
                .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\"></p>");
        return this;
    }

    public Html table(List<String> header, List<List<Cell>> rows) {
        out.append("<table style=\"").append(TABLE).append("\"><thead><tr>");
        for (String h : header) {
            out.append("<th style=\"").append(TH).append("\">").append(escape(h)).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (List<Cell> row : rows) {
            out.append("<tr>");
            for (Cell cell : row) {
                switch (cell) {
                    case Text t -> out.append("<td style=\"").append(TD).append("\">").append(escape(t.text())).append("</td>");
                    case Num n -> out.append("<td style=\"").append(TD_NUM).append("\">").append(escape(n.formatted())).append("</td>");
                    case Link l -> out.append("<td style=\"").append(TD).append("\"><a href=\"").append(escape(l.href()))
                            .append("\">").append(escape(l.text())).append("</a></td>");
                }
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>");
        return this;
    }

    public String end() {
        out.append("</body></html>");
        return out.toString();
    }
}
