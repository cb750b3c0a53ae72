/**
 * The bundled methodologies and their catalogue.
 */
module io.github.bizenv.scoring.methodologies {
  requires transitive io.github.bizenv.scoring.core;

  exports io.github.bizenv.scoring.methodologies;
}
