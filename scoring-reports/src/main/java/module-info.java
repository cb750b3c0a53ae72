/**
 * Reports for the business-environment scoring SDK: self-contained HTML pages with charts (the quarterly meeting,
 * the year-end results, the gap analysis, a composite index) and the quarterly notice (通报) as a Word document.
 */
module io.github.bizenv.scoring.reports {
  requires transitive io.github.bizenv.scoring.core;
  requires com.fasterxml.jackson.databind;
  requires java.xml;
  requires freemarker;

  exports io.github.bizenv.scoring.reports;
}
