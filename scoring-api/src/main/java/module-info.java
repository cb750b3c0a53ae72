/**
 * The contract of the business-environment scoring SDK: the immutable domain model, the exceptions, and the
 * service-provider interface for scoring strategies. It has no third-party runtime dependency.
 */
module io.github.bizenv.scoring.api {
  requires static org.immutables.value.annotations;

  exports io.github.bizenv.scoring;
  exports io.github.bizenv.scoring.methodology;
  exports io.github.bizenv.scoring.model;
  exports io.github.bizenv.scoring.spi;
}
