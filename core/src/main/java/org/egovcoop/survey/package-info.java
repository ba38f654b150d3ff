/**
 * Results of the UN E-Government Survey and what they tell: {@link org.egovcoop.survey.SurveyIndex}
 * (EGDI and its components, E-Participation), {@link org.egovcoop.survey.IndexObservation} (one
 * country's rank and score in one edition), and the analytics built on them:
 * {@link org.egovcoop.survey.IndexSeries} (one index for one country across editions),
 * {@link org.egovcoop.survey.RankChange} ({@code 100 → 80 (+20)}),
 * {@link org.egovcoop.survey.EditionRanking} (every country's place in one edition, ties kept, and
 * its percentile) and {@link org.egovcoop.survey.EgdiGroup} (very high, high, middle, low).
 */
@EgovStyle
package org.egovcoop.survey;

import org.egovcoop.internal.EgovStyle;
