package dev.vigil.server.ui;

import java.util.List;

/**
 * A chart drawn as SVG on the server: lines or bars already in SVG coordinates (a 640 x 240 view
 * box, plot area from {@link #LEFT} to {@link #RIGHT} and {@link #TOP} to {@link #BOTTOM}), tick
 * labels, a legend, and a text description for screen readers.
 */
public record Chart(String title, String description, List<Series> lines, List<Bar> bars,
    List<Tick> xTicks, List<Tick> yTicks, List<Legend> legend) {
  public static final int WIDTH = 640;
  public static final int HEIGHT = 240;
  public static final int LEFT = 44;
  public static final int RIGHT = 628;
  public static final int TOP = 12;
  public static final int BOTTOM = 212;

  public Chart {
    lines = List.copyOf(lines);
    bars = List.copyOf(bars);
    xTicks = List.copyOf(xTicks);
    yTicks = List.copyOf(yTicks);
    legend = List.copyOf(legend);
  }

  /** A polyline: its CSS class and its SVG points. */
  public record Series(String css, String points) {}

  /** A bar: position, size, CSS class and a tooltip. */
  public record Bar(double x, double y, double width, double height, String css, String label) {}

  /** A tick on an axis: its coordinate, label and SVG text anchor (start, middle or end). */
  public record Tick(double at, String label, String anchor) {}

  /** A legend entry: CSS class and label. */
  public record Legend(String css, String label) {}
}
