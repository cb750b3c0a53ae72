package io.github.bizenv.scoring.platform;

import io.github.bizenv.scoring.spring.LiveProgramme;
import java.time.Clock;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The real-time evaluation platform (即时评价) on the bundled Sample City: {@code java -jar scoring-platform.jar}, then
 * open http://localhost:8080/. {@code java -jar scoring-platform.jar replay} replays the sample year's arrivals into a
 * running platform (see {@link Replay}).
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@EnableConfigurationProperties(PlatformProperties.class)
public class PlatformApplication {

  /**
   * Starts the platform, or with {@code replay} as the first argument the replay of the sample year.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("replay")) {
      System.exit(Replay.run(Arrays.copyOfRange(args, 1, args.length)));
    }
    SpringApplication.run(PlatformApplication.class, args);
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  Accounts accounts(PlatformProperties properties, LiveProgramme live) {
    return new Accounts(properties, live.programme());
  }

  @Bean
  LiveView liveView(LiveProgramme live, PlatformProperties properties,
      org.springframework.beans.factory.ObjectProvider<Submissions> submissions) {
    return new LiveView(live, properties.getRanking(), properties.getListed(), () -> submissions.getObject().stored());
  }

  @Bean(destroyMethod = "close")
  LiveFeed liveFeed(LiveView view, PlatformProperties properties) {
    return new LiveFeed(view, properties);
  }

  /** The submissions, with the store replayed into the monitor before the server takes requests. */
  @Bean
  Submissions submissions(LiveProgramme live, ArrivalStore store, AuditLog audit, TransactionTemplate tx,
      LiveFeed feed, Clock clock) {
    Submissions s = new Submissions(live, store, audit, tx, feed, clock);
    s.replay();
    return s;
  }

  @Bean
  org.springframework.boot.web.servlet.FilterRegistrationBean<BodyLimit> bodyLimit() {
    org.springframework.boot.web.servlet.FilterRegistrationBean<BodyLimit> r =
        new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new BodyLimit());
    r.addUrlPatterns("/api/*");
    r.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
    return r;
  }

  /**
   * The live pages' connections end as soon as the platform is asked to stop, so that the graceful shutdown waits for
   * the writes in flight only, not for pages that never end their requests.
   */
  @Bean
  org.springframework.context.ApplicationListener<org.springframework.context.event.ContextClosedEvent> endLivePages(
      LiveFeed feed) {
    return e -> feed.close();
  }

  @Bean
  PlatformHealth platformHealthIndicator(Submissions submissions, LiveFeed feed) {
    return new PlatformHealth(submissions, feed);
  }
}
