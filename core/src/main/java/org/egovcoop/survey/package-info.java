/**
 * Results of the UN E-Government Survey: {@link org.egovcoop.survey.SurveyIndex} (EGDI and its
 * components, E-Participation) and {@link org.egovcoop.survey.IndexObservation}, one country's
 * rank and score in one edition.
 */
@EgovStyle
package org.egovcoop.survey;

import org.egovcoop.internal.EgovStyle;
