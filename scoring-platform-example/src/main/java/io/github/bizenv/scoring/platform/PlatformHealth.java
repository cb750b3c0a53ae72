package io.github.bizenv.scoring.platform;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * {@code platform}: arrivals in the store (replayed at start-up and accepted since), pages watching; down when an
 * arrival was stored that the monitor could not take (a restart replays the store).
 */
final class PlatformHealth implements HealthIndicator {

  private final Submissions submissions;
  private final LiveFeed feed;

  PlatformHealth(Submissions submissions, LiveFeed feed) {
    this.submissions = submissions;
    this.feed = feed;
  }

  @Override
  public Health health() {
    Health.Builder h = submissions.consistent() ? Health.up() : Health.down().withDetail("problem",
        "an arrival is stored that the monitor could not take: restart to replay the store");
    return h.withDetail("stored", submissions.stored()).withDetail("replayed", submissions.replayed())
        .withDetail("watching", feed.watching()).build();
  }
}
