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
  exports io.github.bizenv.scoring.live;

  uses io.github.bizenv.scoring.spi.NormalizerProvider;
  uses io.github.bizenv.scoring.spi.AggregatorProvider;
  uses io.github.bizenv.scoring.spi.RuleProvider;
}
