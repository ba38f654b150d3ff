/**
 * Countries and places: {@link org.egovcoop.geo.CountryCode} (ISO 3166-1 alpha-3) and
 * {@link org.egovcoop.geo.Place}.
 */
@EgovStyle
package org.egovcoop.geo;

import org.egovcoop.internal.EgovStyle;
