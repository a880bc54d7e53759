package org.baobiao.reports.render.internal;

import java.text.SimpleDateFormat;
import java.util.Locale;
import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;

/**
 * Chart customizer for monthly trends: one tick per month on the time axis, labelled {@code
 * yyyy-MM}. Without it JFreeChart puts a tick every half month in a quarter's chart and labels each
 * with its month, so 2026-07 appears three times.
 *
 * <p>Referenced from layouts as {@code customizerClass}.
 */
public final class MonthAxisCustomizer implements JRChartCustomizer {

  @Override
  public void customize(JFreeChart chart, JRChart jasperChart) {
    if (chart.getPlot() instanceof XYPlot xy && xy.getDomainAxis() instanceof DateAxis dates) {
      dates.setTickUnit(
          new DateTickUnit(
              DateTickUnitType.MONTH, 1, new SimpleDateFormat("yyyy-MM", Locale.ROOT)));
      if (xy.getRangeAxis() instanceof NumberAxis values) {
        values.setAutoRangeIncludesZero(true);
      }
    }
  }
}
