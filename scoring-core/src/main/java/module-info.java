/**
 * The business-environment scoring engine and its document formats.
 */
module io.github.bizenv.scoring.core {
  requires transitive io.github.bizenv.scoring.api;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  exports io.github.bizenv.scoring.io;
  exports io.github.bizenv.scoring.engine;
  exports io.github.bizenv.scoring.workflow;
  exports io.github.bizenv.scoring.analysis;
  exports io.github.bizenv.scoring.text;
  // The Excel module reads tables with the same decoding, number and name rules as CSV.
  exports io.github.bizenv.scoring.internal to io.github.bizenv.scoring.excel;
  exports io.github.bizenv.scoring.live;

  uses io.github.bizenv.scoring.spi.NormalizerProvider;
  uses io.github.bizenv.scoring.spi.AggregatorProvider;
  uses io.github.bizenv.scoring.spi.RuleProvider;
}
