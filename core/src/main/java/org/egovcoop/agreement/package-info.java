/**
 * Agreements between governments: {@link org.egovcoop.agreement.Agreement}, its
 * {@link org.egovcoop.agreement.Party parties}, the {@link org.egovcoop.agreement.AgreementArea
 * areas} it names with their purpose, and its {@link org.egovcoop.agreement.AgreementRelation
 * relations} to earlier agreements (its lineage).
 */
@EgovStyle
package org.egovcoop.agreement;

import org.egovcoop.internal.EgovStyle;
