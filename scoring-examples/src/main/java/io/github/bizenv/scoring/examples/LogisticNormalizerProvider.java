package io.github.bizenv.scoring.examples;

import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.spi.Normalizer;
import io.github.bizenv.scoring.spi.NormalizerProvider;
import io.github.bizenv.scoring.spi.Parameters;
import io.github.bizenv.scoring.spi.Range;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An example of a third-party normalizer: an S-curve around a midpoint, so that values near the midpoint
 * matter most and extremes saturate — {@code scale / (1 + exp(−steepness × (x − midpoint)))}, mirrored for
 * "lower is better".
 *
 * <p>It is registered in {@code META-INF/services/io.github.bizenv.scoring.spi.NormalizerProvider}, so with this
 * jar on the class path a methodology can say {@code "normalizer": {"name": "logistic", "midpoint": 80,
 * "steepness": 0.2}}. Settings: {@code midpoint} (required), {@code steepness} (greater than 0, default 1),
 * {@code scale} (default 100).
 */
public final class LogisticNormalizerProvider implements NormalizerProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} needs this constructor. */
  public LogisticNormalizerProvider() {}

  @Override
  public String name() {
    return "logistic";
  }

  @Override
  public Normalizer create(Parameters p) {
    double midpoint = p.number("midpoint");
    double steepness = p.number("steepness", 1);
    double scale = p.number("scale", 100);
    if (!(steepness > 0)) {
      p.problem("steepness", "steepness " + steepness + " must be greater than 0");
    }
    if (!(scale > 0)) {
      p.problem("scale", "scale " + scale + " must be greater than 0");
    }
    double sign = p.direction() == Direction.LOWER_IS_BETTER ? -1 : 1;
    Map<String, Double> parameters = new LinkedHashMap<>();
    parameters.put("midpoint", midpoint);
    parameters.put("steepness", steepness);
    parameters.put("scale", scale);
    Range range = Range.of(0, Math.max(0, scale));
    return new Normalizer() {
      @Override
      public Range range() {
        return range;
      }

      @Override
      public Fit fit(double[] column) {
        return new Fit() {
          @Override
          public double apply(double x) {
            return x != x ? Double.NaN : scale / (1 + Math.exp(-sign * steepness * (x - midpoint)));
          }

          @Override
          public Map<String, Double> parameters() {
            return parameters;
          }
        };
      }
    };
  }
}
