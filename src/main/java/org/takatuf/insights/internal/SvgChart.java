package org.takatuf.insights.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * Bar charts as inline SVG rendered on the server (no script). Every chart is decorative for screen
 * readers ({@code aria-hidden}): the page puts a {@code <table>} of the same figures next to it. In a
 * right-to-left page the first bar is drawn on the right, so time runs right to left as Arabic reads.
 * Colours come from classes in takatuf.css (no inline styles: the CSP forbids them).
 */
public final class SvgChart {

    public record Bar(String label, long value) {
    }

    private static final int WIDTH = 640;
    private static final int HEIGHT = 220;
    private static final int TOP = 16;
    private static final int BOTTOM = 28;
    private static final int SIDE = 40;

    private SvgChart() {
    }

    /** Vertical bars in order; at most about 12 labels are written under the axis, evenly spaced. */
    public static String bars(List<Bar> bars, boolean rtl) {
        StringBuilder svg = new StringBuilder(256 + bars.size() * 160);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"insights-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"100%\" aria-hidden=\"true\" focusable=\"false\" data-direction=\"")
                .append(rtl ? "rtl" : "ltr").append("\">");
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int plot = HEIGHT - TOP - BOTTOM;
        int n = Math.max(1, bars.size());
        double step = (WIDTH - 2.0 * SIDE) / n;
        double barWidth = Math.max(1, step * 0.7);
        int labelEvery = Math.max(1, (int) Math.ceil(n / 12.0));
        int axisY = TOP + plot;
        svg.append("<line class=\"insights-axis\" x1=\"").append(SIDE).append("\" y1=\"").append(axisY).append("\" x2=\"")
                .append(WIDTH - SIDE).append("\" y2=\"").append(axisY).append("\"/>");
        int maxLabelX = rtl ? WIDTH - 4 : 4;
        svg.append("<text class=\"insights-tick\" x=\"").append(maxLabelX).append("\" y=\"").append(TOP + 4).append("\" text-anchor=\"")
                .append(rtl ? "end" : "start").append("\">").append(max).append("</text>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double slot = rtl ? WIDTH - SIDE - (i + 1) * step : SIDE + i * step;
            double x = slot + (step - barWidth) / 2;
            double h = (double) plot * bar.value() / max;
            svg.append("<rect class=\"insights-bar\" data-index=\"").append(i).append("\" x=\"").append(fmt(x)).append("\" y=\"")
                    .append(fmt(axisY - h)).append("\" width=\"").append(fmt(barWidth)).append("\" height=\"").append(fmt(h))
                    .append("\"><title>").append(HtmlUtils.htmlEscape(bar.label())).append(": ").append(bar.value())
                    .append("</title></rect>");
            if (i % labelEvery == 0) {
                svg.append("<text class=\"insights-tick\" x=\"").append(fmt(slot + step / 2)).append("\" y=\"").append(HEIGHT - 8)
                        .append("\" text-anchor=\"middle\">").append(HtmlUtils.htmlEscape(bar.label())).append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
