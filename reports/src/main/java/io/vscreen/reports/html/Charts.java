package io.vscreen.reports.html;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.util.Arrays;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * The report's plots, drawn with JFreeChart onto JFreeSVG's SVG canvas so they are inline
 * vector graphics that need no script or network. Every plot summarises: histograms and binned
 * densities (a fixed number of bins whatever the library size) with the selected hits drawn on
 * top, so a report on millions of compounds stays small.
 */
final class Charts {

    static final Color LIBRARY = new Color(0x5B7FA6);
    static final Color HIT = new Color(0xD1495B);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);

    private Charts() {
    }

    /**
     * A histogram of the library's values with a red marker per selected hit.
     *
     * @param id     SVG element id (unique in the page)
     * @param values library values (NaN ignored)
     * @param hits   values of the selected hits
     * @param range  axis range {min, max}; values outside fall into the edge bins
     */
    static String histogram(String id, String title, String xLabel, float[] values, double[] hits,
                            double[] range, int bins, int width, int height) {
        long[] counts = new long[bins];
        double w = (range[1] - range[0]) / bins;
        for (float v : values) {
            if (!Float.isNaN(v)) {
                counts[bin(v, range[0], w, bins)]++;
            }
        }
        XYIntervalSeries s = new XYIntervalSeries("library");
        for (int b = 0; b < bins; b++) {
            double lo = range[0] + b * w;
            s.add(lo + w / 2, lo, lo + w, counts[b], counts[b], counts[b]);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(s);
        XYBarRenderer bars = new XYBarRenderer(0.05);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, LIBRARY);
        NumberAxis x = new NumberAxis(xLabel);
        x.setRange(range[0], range[1]);
        NumberAxis y = new NumberAxis("compounds");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(data, x, y, bars);
        for (double h : hits) {
            if (!Double.isNaN(h)) {
                ValueMarker m = new ValueMarker(Math.max(range[0], Math.min(range[1], h)), HIT, new BasicStroke(1f));
                m.setAlpha(0.8f);
                plot.addDomainMarker(m);
            }
        }
        style(plot);
        JFreeChart chart = new JFreeChart(null, TITLE, plot, false);
        chart.setTitle(new TextTitle(title, TITLE));
        return svg(chart, id, width, height);
    }

    /**
     * A binned density of the library (log-scaled shading, empty bins blank) with the selected
     * hits as red points.
     */
    static String density(String id, String title, String xLabel, String yLabel, float[] xs, float[] ys,
                          double[] hitX, double[] hitY, double[] xRange, double[] yRange, int bins,
                          int width, int height) {
        long[][] counts = new long[bins][bins];
        double bw = (xRange[1] - xRange[0]) / bins;
        double bh = (yRange[1] - yRange[0]) / bins;
        long max = 0;
        for (int i = 0; i < xs.length; i++) {
            if (Float.isNaN(xs[i]) || Float.isNaN(ys[i])) {
                continue;
            }
            int bx = bin(xs[i], xRange[0], bw, bins);
            int by = bin(ys[i], yRange[0], bh, bins);
            max = Math.max(max, ++counts[bx][by]);
        }
        int nonEmpty = 0;
        for (long[] col : counts) {
            for (long c : col) {
                nonEmpty += c > 0 ? 1 : 0;
            }
        }
        double[][] xyz = new double[3][nonEmpty];
        int k = 0;
        for (int bx = 0; bx < bins; bx++) {
            for (int by = 0; by < bins; by++) {
                if (counts[bx][by] > 0) {
                    xyz[0][k] = xRange[0] + (bx + 0.5) * bw;
                    xyz[1][k] = yRange[0] + (by + 0.5) * bh;
                    xyz[2][k] = Math.log10(counts[bx][by]);
                    k++;
                }
            }
        }
        DefaultXYZDataset density = new DefaultXYZDataset();
        density.addSeries("library", xyz);
        XYBlockRenderer blocks = new FilledBlockRenderer();
        blocks.setBlockWidth(bw);
        blocks.setBlockHeight(bh);
        double top = Math.max(Math.log10(Math.max(max, 1)), 1e-9);
        LookupPaintScale scale = new LookupPaintScale(0, top + 1e-9, new Color(0xDCE6F0));
        int steps = 8;
        for (int i = 0; i < steps; i++) {
            float t = (float) i / (steps - 1);
            scale.add(top * i / steps, blend(new Color(0xDCE6F0), new Color(0x1F3B5A), t));
        }
        blocks.setPaintScale(scale);
        NumberAxis x = new NumberAxis(xLabel);
        x.setRange(xRange[0], xRange[1]);
        NumberAxis y = new NumberAxis(yLabel);
        y.setRange(yRange[0], yRange[1]);
        XYPlot plot = new XYPlot(density, x, y, blocks);
        XYSeries hits = new XYSeries("selected", false, true);
        for (int i = 0; i < hitX.length; i++) {
            if (!Double.isNaN(hitX[i]) && !Double.isNaN(hitY[i])) {
                hits.add(clamp(hitX[i], xRange), clamp(hitY[i], yRange));
            }
        }
        XYShapeRenderer points = new XYShapeRenderer();
        points.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        points.setSeriesPaint(0, HIT);
        points.setDrawOutlines(true);
        points.setUseOutlinePaint(true);
        points.setSeriesOutlinePaint(0, Color.WHITE);
        plot.setDataset(1, new XYSeriesCollection(hits));
        plot.setRenderer(1, points);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        style(plot);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(null, TITLE, plot, false);
        chart.setTitle(new TextTitle(title, TITLE));
        return svg(chart, id, width, height);
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xE0E0E0));
        plot.setRangeGridlinePaint(new Color(0xE0E0E0));
        plot.setOutlineVisible(false);
    }

    private static String svg(JFreeChart chart, String id, int width, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(id + "-");
        g.setGeomDoubleConverter(Charts::compact);
        g.setTransformDoubleConverter(Charts::compact);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGElement(id);
    }

    /** Coordinates to 0.01 px: plenty for a screen, a third of the text of full doubles. */
    private static String compact(double v) {
        double r = Math.round(v * 100) / 100.0;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }

    /**
     * Fills each density block without the 1 px outline JFreeChart's renderer adds, halving the
     * SVG of a density plot.
     */
    private static final class FilledBlockRenderer extends XYBlockRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public void drawItem(java.awt.Graphics2D g2, org.jfree.chart.renderer.xy.XYItemRendererState state,
                             java.awt.geom.Rectangle2D dataArea, org.jfree.chart.plot.PlotRenderingInfo info,
                             XYPlot plot, org.jfree.chart.axis.ValueAxis domainAxis,
                             org.jfree.chart.axis.ValueAxis rangeAxis, org.jfree.data.xy.XYDataset dataset,
                             int series, int item, org.jfree.chart.plot.CrosshairState crosshairState, int pass) {
            double x = dataset.getXValue(series, item);
            double y = dataset.getYValue(series, item);
            double z = ((org.jfree.data.xy.XYZDataset) dataset).getZValue(series, item);
            double x0 = domainAxis.valueToJava2D(x - getBlockWidth() / 2, dataArea, plot.getDomainAxisEdge());
            double x1 = domainAxis.valueToJava2D(x + getBlockWidth() / 2, dataArea, plot.getDomainAxisEdge());
            double y0 = rangeAxis.valueToJava2D(y - getBlockHeight() / 2, dataArea, plot.getRangeAxisEdge());
            double y1 = rangeAxis.valueToJava2D(y + getBlockHeight() / 2, dataArea, plot.getRangeAxisEdge());
            g2.setPaint(getPaintScale().getPaint(z));
            // a quarter pixel of overlap hides the seams between neighbouring blocks
            g2.fill(new java.awt.geom.Rectangle2D.Double(Math.min(x0, x1) - 0.25, Math.min(y0, y1) - 0.25,
                    Math.abs(x1 - x0) + 0.5, Math.abs(y1 - y0) + 0.5));
        }
    }

    private static int bin(double v, double min, double width, int bins) {
        int b = (int) Math.floor((v - min) / width);
        return Math.max(0, Math.min(bins - 1, b));
    }

    private static double clamp(double v, double[] range) {
        return Math.max(range[0], Math.min(range[1], v));
    }

    private static Color blend(Color a, Color b, float t) {
        return new Color(Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    /**
     * A robust axis range: the 0.5th to 99.5th percentile of the library values and the hits,
     * padded by 5%, so a few outliers do not squeeze the plot (they fall into the edge bins).
     */
    static double[] range(float[] values, double[] hits) {
        float[] v = new float[values.length + hits.length];
        int n = 0;
        for (float f : values) {
            if (!Float.isNaN(f)) {
                v[n++] = f;
            }
        }
        for (double h : hits) {
            if (!Double.isNaN(h)) {
                v[n++] = (float) h;
            }
        }
        if (n == 0) {
            return new double[] {0, 1};
        }
        Arrays.sort(v, 0, n);
        double lo = v[(int) Math.floor(0.005 * (n - 1))];
        double hi = v[(int) Math.ceil(0.995 * (n - 1))];
        if (!(hi > lo)) {
            lo -= 0.5;
            hi += 0.5;
        }
        double pad = (hi - lo) * 0.05;
        return new double[] {lo - pad, hi + pad};
    }
}
