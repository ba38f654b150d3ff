/**
 * The whole record of cooperation between countries: {@link org.egovcoop.portfolio.Portfolio},
 * with its lineage, {@link org.egovcoop.portfolio.Timeline timeline} and survey queries.
 */
@EgovStyle
package org.egovcoop.portfolio;

import org.egovcoop.internal.EgovStyle;
