/**
 * Figures and exact quantities: {@link org.egovcoop.metric.Money}, {@link org.egovcoop.metric.Quantity},
 * {@link org.egovcoop.metric.QualifiedQuantity} ("more than USD 180 million") and
 * {@link org.egovcoop.metric.Figure}, a reported figure with direction and time. Every number is an
 * exact {@link java.math.BigDecimal}; none passes through {@code double}.
 */
@EgovStyle
package org.egovcoop.metric;

import org.egovcoop.internal.EgovStyle;
