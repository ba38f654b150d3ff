/**
 * IATI Activity Standard 2.03 export: {@link org.egovcoop.iati.IatiExporter} writes the
 * activities of a portfolio as an {@code iati-activities} document and an
 * {@link org.egovcoop.iati.IatiReport} of every fact it could not write as the portfolio holds
 * it; {@link org.egovcoop.iati.IatiStandard} gives the shipped schema and code lists.
 */
package org.egovcoop.iati;
