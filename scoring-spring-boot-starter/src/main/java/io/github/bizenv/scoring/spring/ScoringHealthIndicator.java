package io.github.bizenv.scoring.spring;

import io.github.bizenv.scoring.model.ProgrammeData;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * {@code scoring}: up, with the methodologies compiled, the programme and its data loaded, the monitor's day, the
 * arrivals accepted and the last one's time.
 */
final class ScoringHealthIndicator implements HealthIndicator {

  private final CompiledMethodologies methodologies;
  private final ObjectProvider<LiveProgramme> live;

  ScoringHealthIndicator(CompiledMethodologies methodologies, ObjectProvider<LiveProgramme> live) {
    this.methodologies = methodologies;
    this.live = live;
  }

  @Override
  public Health health() {
    Health.Builder h = Health.up();
    Map<String, String> compiled = new LinkedHashMap<>();
    methodologies.ids().forEach(id -> compiled.put(id, methodologies.location(id)));
    h.withDetail("methodologies", compiled);
    LiveProgramme l = live.getIfAvailable();
    if (l != null) {
      ProgrammeData d = l.monitor().data();
      Map<String, Integer> data = new LinkedHashMap<>();
      data.put("progressReports", d.progressReports().size());
      data.put("ratings", d.ratings().size());
      data.put("findings", d.findings().size());
      data.put("recognitions", d.recognitions().size());
      data.put("externalResults", d.externalResults().size());
      data.put("observations", d.observations().size());
      h.withDetail("programme", l.programme().id())
          .withDetail("tasks", l.programme().tasks().size())
          .withDetail("monitored", l.monitor().plans())
          .withDetail("day", l.monitor().today().toString())
          .withDetail("data", data)
          .withDetail("arrivals", l.arrivals())
          .withDetail("lastArrival", l.lastArrival().map(Object::toString).orElse("none"));
    }
    return h.build();
  }
}
