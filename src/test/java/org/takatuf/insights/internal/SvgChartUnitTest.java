package org.takatuf.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class SvgChartUnitTest {

    private static final List<SvgChart.Bar> BARS = List.of(new SvgChart.Bar("1/3", 4), new SvgChart.Bar("2/3", 10),
            new SvgChart.Bar("<b>", 0));

    @Test
    void inArabicTimeRunsFromRightToLeft() {
        String rtl = SvgChart.bars(BARS, true);
        assertThat(x(rtl, 0)).isGreaterThan(x(rtl, 1));
        assertThat(x(rtl, 1)).isGreaterThan(x(rtl, 2));
        assertThat(rtl).contains("data-direction=\"rtl\"");
        String ltr = SvgChart.bars(BARS, false);
        assertThat(x(ltr, 0)).isLessThan(x(ltr, 1));
        assertThat(x(ltr, 1)).isLessThan(x(ltr, 2));
    }

    @Test
    void theChartIsHiddenFromScreenReadersAndItsLabelsAreEscaped() {
        String svg = SvgChart.bars(BARS, true);
        assertThat(svg).startsWith("<svg").contains("aria-hidden=\"true\"").contains("&lt;b&gt;").doesNotContain("<b>")
                .doesNotContain("style=");
        assertThat(SvgChart.bars(List.of(), false)).contains("</svg>");
    }

    private static double x(String svg, int index) {
        Matcher m = Pattern.compile("data-index=\"" + index + "\" x=\"([0-9.]+)\"").matcher(svg);
        assertThat(m.find()).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
