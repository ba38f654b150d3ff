package org.egovcoop.portfolio;

import java.util.List;
import java.util.function.Function;

/**
 * Where each id first appears in a list: an open-addressing table from id to position. A hundred
 * thousand ids take two arrays rather than a hundred thousand map entries and boxed integers, so
 * building the table writes two arrays and a lookup reads one string beside the one it is given.
 */
final class IdPositions {
  private final String[] slotIds;
  private final int[] slotPositions;
  private final int[] firstOf;
  private final int mask;

  private IdPositions(String[] slotIds, int[] slotPositions, int[] firstOf) {
    this.slotIds = slotIds;
    this.slotPositions = slotPositions;
    this.firstOf = firstOf;
    this.mask = slotIds.length - 1;
  }

  /**
   * Builds the table of a list's ids.
   *
   * @param items the items, in list order
   * @param id each item's id, never null
   * @param <T> the items' type
   * @return the positions of the items' ids; where several items share an id, the first's
   */
  static <T> IdPositions of(List<T> items, Function<? super T, String> id) {
    int n = items.size();
    int capacity = 2;
    while (capacity < 2 * n) { // at most half full: short probe sequences
      capacity <<= 1;
    }
    String[] slotIds = new String[capacity];
    int[] slotPositions = new int[capacity];
    int[] firstOf = new int[n];
    int mask = capacity - 1;
    for (int position = 0; position < n; position++) {
      String key = id.apply(items.get(position));
      int slot = spread(key.hashCode()) & mask;
      while (slotIds[slot] != null && !slotIds[slot].equals(key)) {
        slot = (slot + 1) & mask;
      }
      if (slotIds[slot] == null) {
        slotIds[slot] = key;
        slotPositions[slot] = position;
      }
      firstOf[position] = slotPositions[slot];
    }
    return new IdPositions(slotIds, slotPositions, firstOf);
  }

  /**
   * Looks up an id.
   *
   * @param id an id, or null
   * @return the position of the first item with the id, or -1 if none has it
   */
  int positionOf(String id) {
    if (id == null) {
      return -1;
    }
    int slot = spread(id.hashCode()) & mask;
    String here;
    while ((here = slotIds[slot]) != null) {
      if (here == id || here.equals(id)) {
        return slotPositions[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /**
   * Where an item's id first appears.
   *
   * @param position an item's position
   * @return the position of the first item with the same id: itself, unless an earlier item has it
   */
  int firstWithSameId(int position) {
    return firstOf[position];
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16); // sequential ids differ in their low bits' neighbours: mix the high ones in
  }
}
