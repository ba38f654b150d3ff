/**
 * The open catalogue of cooperation areas: {@link org.egovcoop.area.CooperationArea}, with the
 * eight areas of the 2017 Korea–Uzbekistan MOU built in.
 */
@EgovStyle
package org.egovcoop.area;

import org.egovcoop.internal.EgovStyle;
