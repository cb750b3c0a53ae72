/**
 * Seeded generators of valid programmes and data, for property-based tests of code that uses the
 * scoring SDK. Use it in test scope.
 */
module io.github.bizenv.scoring.testkit {
  requires transitive io.github.bizenv.scoring.api;

  exports io.github.bizenv.scoring.testkit;
}
