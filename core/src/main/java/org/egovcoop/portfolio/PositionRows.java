package org.egovcoop.portfolio;

/**
 * Pairs of positions gathered by their first position (compressed rows): the successors of each
 * agreement, or the agreements that supersede it, in two arrays of ints rather than a list per
 * agreement. Within a row the pairs keep the order they were given in.
 */
final class PositionRows {
  private final int[] start;
  private final int[] items;

  private PositionRows(int[] start, int[] items) {
    this.start = start;
    this.items = items;
  }

  /**
   * Gathers pairs by their row.
   *
   * @param rows the number of rows: every position is below it
   * @param from each pair's row
   * @param to each pair's item
   * @param count how many of the arrays' entries are pairs
   * @return the pairs by row
   */
  static PositionRows of(int rows, int[] from, int[] to, int count) {
    int[] start = new int[rows + 1];
    for (int e = 0; e < count; e++) {
      start[from[e] + 1]++;
    }
    for (int row = 0; row < rows; row++) {
      start[row + 1] += start[row];
    }
    int[] items = new int[count];
    int[] filled = java.util.Arrays.copyOf(start, rows);
    for (int e = 0; e < count; e++) {
      items[filled[from[e]]++] = to[e];
    }
    return new PositionRows(start, items);
  }

  /** {@return where a row's items begin in {@link #item(int)}'s numbering} */
  int from(int row) {
    return start[row];
  }

  /** {@return where a row's items end (exclusive)} */
  int to(int row) {
    return start[row + 1];
  }

  /** {@return an item, by its place among all rows' items} */
  int item(int index) {
    return items[index];
  }
}
