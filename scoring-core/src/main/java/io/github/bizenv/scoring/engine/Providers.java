package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.spi.Aggregator;
import io.github.bizenv.scoring.spi.AggregatorProvider;
import io.github.bizenv.scoring.spi.Normalizer;
import io.github.bizenv.scoring.spi.NormalizerProvider;
import io.github.bizenv.scoring.spi.Parameters;
import io.github.bizenv.scoring.spi.Rule;
import io.github.bizenv.scoring.spi.RuleProvider;

/** The one factory of the built-in strategies' providers: a name and a function of the settings. */
final class Providers {

  private Providers() {}

  /** Makes a strategy from its settings. */
  interface Factory<T> {
    T create(Parameters p);
  }

  static NormalizerProvider normalizer(String name, Factory<Normalizer> f) {
    return new NormalizerProvider() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Normalizer create(Parameters parameters) {
        return f.create(parameters);
      }
    };
  }

  static AggregatorProvider aggregator(String name, Factory<Aggregator> f) {
    return new AggregatorProvider() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Aggregator create(Parameters parameters) {
        return f.create(parameters);
      }
    };
  }

  static RuleProvider rule(String name, Factory<Rule> f) {
    return new RuleProvider() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Rule create(Parameters parameters) {
        return f.create(parameters);
      }
    };
  }
}
