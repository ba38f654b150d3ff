/**
 * Dates of mixed precision: {@link org.egovcoop.time.PartialDate} (a year, a year-month or a full
 * date) and {@link org.egovcoop.time.PartialDateRange} (a period between two of them, either end
 * open or unknown), with comparisons that never claim an order the data does not give.
 */
package org.egovcoop.time;
