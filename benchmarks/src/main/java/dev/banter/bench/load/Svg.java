package dev.banter.bench.load;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Small inline SVG charts for the HTML report: line charts with axes, ticks and a legend, and horizontal bars. No
 * script and no external resource, so a report opens anywhere, offline.
 */
final class Svg {

    static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#17becf"};

    private static final int W = 680;
    private static final int H = 260;
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 28;
    private static final int BOTTOM = 40;

    /** One line of a chart. */
    record Series(String name, double[] xs, double[] ys) {}

    private Svg() {}

    /** A line chart; {@code xTicks} labels the x axis (null for plain numbers). */
    static String lines(
            String title, String xLabel, String yLabel, List<Series> series, DoubleFunction<String> xTicks) {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMax = 0;
        for (Series s : series) {
            for (int i = 0; i < s.xs().length; i++) {
                xMin = Math.min(xMin, s.xs()[i]);
                xMax = Math.max(xMax, s.xs()[i]);
                yMax = Math.max(yMax, s.ys()[i]);
            }
        }
        StringBuilder b = open(title);
        if (xMin == Double.POSITIVE_INFINITY) {
            text(b, W / 2.0, H / 2.0, "no data", "middle");
            return b.append("</svg>").toString();
        }
        if (xMax == xMin) {
            xMax = xMin + 1;
        }
        yMax = niceCeiling(yMax);
        axes(b, xLabel, yLabel);
        for (int i = 0; i <= 4; i++) {
            double v = yMax * i / 4;
            double y = py(v, yMax);
            b.append(String.format(
                    Locale.ROOT, "<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' stroke='#ddd'/>", LEFT, y, W - RIGHT, y));
            text(b, LEFT - 6, y + 4, number(v), "end");
        }
        for (int i = 0; i <= 5; i++) {
            double v = xMin + (xMax - xMin) * i / 5;
            text(b, px(v, xMin, xMax), H - BOTTOM + 16, xTicks.apply(v), "middle");
        }
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            String colour = COLOURS[k % COLOURS.length];
            b.append("<polyline fill='none' stroke-width='1.6' stroke='")
                    .append(colour)
                    .append("' points='");
            for (int i = 0; i < s.xs().length; i++) {
                b.append(String.format(Locale.ROOT, "%.1f,%.1f ", px(s.xs()[i], xMin, xMax), py(s.ys()[i], yMax)));
            }
            b.append("'/>");
            double lx = LEFT + 8 + k * 130;
            b.append(String.format(
                    Locale.ROOT, "<rect x='%.1f' y='%d' width='10' height='10' fill='%s'/>", lx, TOP - 20, colour));
            text(b, lx + 14, TOP - 11, s.name(), "start");
        }
        return b.append("</svg>").toString();
    }

    /** Horizontal bars, one per label, longest first as given. */
    static String bars(String title, List<String> labels, double[] values, String unit) {
        int rowH = 20;
        int h = TOP + 10 + rowH * Math.max(1, labels.size());
        StringBuilder b = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' font-family='sans-serif'"
                        + " font-size='11'>",
                W,
                h));
        text(b, 8, 16, title, "start");
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        int labelW = 180;
        for (int i = 0; i < labels.size(); i++) {
            double y = TOP + i * rowH;
            double w = max == 0 ? 0 : (W - labelW - 110) * values[i] / max;
            text(b, labelW - 6, y + 13, labels.get(i), "end");
            b.append(String.format(
                    Locale.ROOT,
                    "<rect x='%d' y='%.1f' width='%.1f' height='14' fill='%s'/>",
                    labelW,
                    y + 2,
                    w,
                    COLOURS[0]));
            text(b, labelW + w + 6, y + 13, number(values[i]) + " " + unit, "start");
        }
        return b.append("</svg>").toString();
    }

    /** Percentile labels for an x axis in "nines": x = -log10(1 - p). */
    static String nines(double x) {
        double p = 100 * (1 - Math.pow(10, -x));
        return x < 0.05 ? "0%" : String.format(Locale.ROOT, p >= 99.99 ? "%.3f%%" : p >= 99 ? "%.1f%%" : "%.0f%%", p);
    }

    /** The x of a percentile on a "nines" axis, capped at six nines. */
    static double ninesOf(double percentile) {
        return Math.min(6, -Math.log10(Math.max(1e-6, 1 - percentile / 100)));
    }

    static String number(double v) {
        double a = Math.abs(v);
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM", v / 1e6);
        }
        if (a >= 1e4) {
            return String.format(Locale.ROOT, "%.0fk", v / 1e3);
        }
        if (a >= 100 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, a >= 1 ? "%.1f" : "%.2f", v);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("'", "&#39;")
                .replace("\"", "&quot;");
    }

    private static StringBuilder open(String title) {
        StringBuilder b = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' font-family='sans-serif'"
                        + " font-size='11'>",
                W,
                H + 14));
        text(b, W - RIGHT, 14, title, "end");
        return b;
    }

    private static void axes(StringBuilder b, String xLabel, String yLabel) {
        b.append(String.format(
                Locale.ROOT,
                "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#333'/><line x1='%d' y1='%d' x2='%d' y2='%d'"
                        + " stroke='#333'/>",
                LEFT,
                H - BOTTOM,
                W - RIGHT,
                H - BOTTOM,
                LEFT,
                TOP,
                LEFT,
                H - BOTTOM));
        text(b, (LEFT + W - RIGHT) / 2.0, H - 6, xLabel, "middle");
        b.append(String.format(
                Locale.ROOT,
                "<text x='14' y='%.1f' text-anchor='middle' transform='rotate(-90 14 %.1f)'>%s</text>",
                (TOP + H - BOTTOM) / 2.0,
                (TOP + H - BOTTOM) / 2.0,
                escape(yLabel)));
    }

    private static void text(StringBuilder b, double x, double y, String s, String anchor) {
        b.append(String.format(
                Locale.ROOT, "<text x='%.1f' y='%.1f' text-anchor='%s'>%s</text>", x, y, anchor, escape(s)));
    }

    private static double px(double v, double min, double max) {
        return LEFT + (W - LEFT - RIGHT) * (v - min) / (max - min);
    }

    private static double py(double v, double max) {
        return H - BOTTOM - (H - BOTTOM - TOP) * (max == 0 ? 0 : v / max);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code v}. */
    static double niceCeiling(double v) {
        if (v <= 0) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
