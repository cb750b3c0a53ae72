package io.github.bizenv.scoring.spring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The SDK's meters, registered at start-up so that they are there before the first arrival:
 *
 * <ul>
 *   <li>{@code bizenv.scoring.evaluations} (timer): evaluations and the time they took; {@code kind=arrival} for the
 *       monitor's incremental update after an arrival, {@code kind=batch} for {@link CompiledMethodologies#evaluate};
 *   <li>{@code bizenv.scoring.arrivals} (counter): records that arrived at the monitor, by {@code record}
 *       (progress-report, rating, finding, recognition, external-result, observation, batch, day) and
 *       {@code outcome} (accepted, rejected).
 * </ul>
 */
final class ScoringMetrics {

  static final String EVALUATIONS = "bizenv.scoring.evaluations";
  static final String ARRIVALS = "bizenv.scoring.arrivals";
  static final String ARRIVAL = "arrival";
  static final String BATCH = "batch";
  static final List<String> RECORDS = List.of("progress-report", "rating", "finding", "recognition",
      "external-result", "observation", "batch", "day");

  private final Map<String, Timer> timers = new HashMap<>();
  private final Map<String, Counter> counters = new HashMap<>();

  ScoringMetrics(MeterRegistry registry) {
    for (String kind : List.of(ARRIVAL, BATCH)) {
      timers.put(kind, Timer.builder(EVALUATIONS).description("Evaluations of scoring methodologies and their time")
          .tag("kind", kind).register(registry));
    }
    for (String record : RECORDS) {
      for (String outcome : List.of("accepted", "rejected")) {
        counters.put(record + "/" + outcome, Counter.builder(ARRIVALS)
            .description("Records that arrived at the programme monitor").tag("record", record)
            .tag("outcome", outcome).register(registry));
      }
    }
  }

  <T> T time(String kind, Supplier<T> work) {
    Timer.Sample s = Timer.start();
    try {
      return work.get();
    } finally {
      s.stop(timers.get(kind));
    }
  }

  void evaluated(String kind, long nanos) {
    timers.get(kind).record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  void arrival(String record, boolean accepted) {
    counters.get(record + (accepted ? "/accepted" : "/rejected")).increment();
  }
}
