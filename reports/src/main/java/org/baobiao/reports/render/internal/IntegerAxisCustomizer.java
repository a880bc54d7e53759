package org.baobiao.reports.render.internal;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;

/**
 * Chart customizer for counts (tickets per day): whole-number ticks on the value axis starting at
 * zero. Without it JFreeChart labels small counts 0.5, 1.0, 1.5, which reads as fractions of a
 * ticket, and starts the axis near the minimum, which exaggerates small differences.
 *
 * <p>Referenced from layouts as {@code customizerClass}.
 */
public final class IntegerAxisCustomizer implements JRChartCustomizer {

  @Override
  public void customize(JFreeChart chart, JRChart jasperChart) {
    Plot plot = chart.getPlot();
    ValueAxis axis = null;
    if (plot instanceof XYPlot xy) {
      axis = xy.getRangeAxis();
    } else if (plot instanceof CategoryPlot category) {
      axis = category.getRangeAxis();
    }
    if (axis instanceof NumberAxis number) {
      number.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
      number.setAutoRangeIncludesZero(true);
    }
  }
}
