/**
 * The contract of the business-environment scoring SDK: the immutable domain model and the exceptions.
 * It has no third-party runtime dependency.
 */
module io.github.bizenv.scoring.api {
  requires static org.immutables.value.annotations;

  exports io.github.bizenv.scoring;
  exports io.github.bizenv.scoring.model;
}
