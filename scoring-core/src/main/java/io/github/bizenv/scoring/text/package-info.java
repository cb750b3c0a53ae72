/**
 * What the library's results say to people, in Chinese and English: {@link io.github.bizenv.scoring.text.Texts}
 * (labels, names next to ids, problem and explanation sentences in the reader's language) and
 * {@link io.github.bizenv.scoring.text.Table}s of results (evaluations, gap analysis, dispatch, quarterly lists,
 * assessments, problems) that any output — text, CSV, JSON, a workbook, a report — renders the same way.
 */
package io.github.bizenv.scoring.text;
