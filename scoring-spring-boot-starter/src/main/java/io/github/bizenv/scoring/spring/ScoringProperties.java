package io.github.bizenv.scoring.spring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of the scoring SDK in a Spring Boot application, under {@code bizenv.scoring}:
 *
 * <pre>{@code
 * bizenv:
 *   scoring:
 *     methodologies:
 *       - classpath:io/github/bizenv/scoring/methodologies/assessment-departments-2021.json
 *       - file:config/methodologies/*.json
 *     programme:
 *       location: file:config/programme.json
 *       data: file:config/data-2021.json          # optional: what is known when the application starts
 *       observations: [file:config/districts-2021.csv]
 *     monitor:
 *       methodologies: [assessment-departments-2021]   # default: every methodology loaded
 * }</pre>
 *
 * <p>A location is a Spring resource location: {@code classpath:…}, {@code file:…} (patterns such as {@code *.json}
 * allowed), or a plain file path. Mutable, as Spring binds it; read it once at start-up.
 */
@ConfigurationProperties(prefix = "bizenv.scoring")
public class ScoringProperties {

  /** Whether the scoring SDK is configured at all. */
  private boolean enabled = true;

  /**
   * Whether strategies found by Java's service loader (META-INF/services) are available to methodologies, besides
   * the built-in ones and those declared as beans.
   */
  private boolean serviceLoader = true;

  /**
   * Methodology files (bizenv.methodology/1) to compile at start-up: classpath: or file: locations, patterns
   * allowed. Each is known by its id.
   */
  private List<String> methodologies = new ArrayList<>();

  /** The reform programme to load and monitor. */
  private final Programme programme = new Programme();

  /** The programme monitor (即时评价). */
  private final Monitor monitor = new Monitor();

  /**
   * Whether the SDK is configured.
   *
   * @return {@code true} by default
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Turns the SDK's auto-configuration on or off.
   *
   * @param enabled whether it is on
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * Whether service-loaded strategies are available.
   *
   * @return {@code true} by default
   */
  public boolean isServiceLoader() {
    return serviceLoader;
  }

  /**
   * Sets whether service-loaded strategies are available.
   *
   * @param serviceLoader whether they are
   */
  public void setServiceLoader(boolean serviceLoader) {
    this.serviceLoader = serviceLoader;
  }

  /**
   * The methodology locations.
   *
   * @return the locations, in order
   */
  public List<String> getMethodologies() {
    return methodologies;
  }

  /**
   * Sets the methodology locations.
   *
   * @param methodologies the locations
   */
  public void setMethodologies(List<String> methodologies) {
    this.methodologies = methodologies == null ? new ArrayList<>() : new ArrayList<>(methodologies);
  }

  /**
   * The programme's settings.
   *
   * @return the settings
   */
  public Programme getProgramme() {
    return programme;
  }

  /**
   * The monitor's settings.
   *
   * @return the settings
   */
  public Monitor getMonitor() {
    return monitor;
  }

  /** Where the programme and its data are. */
  public static class Programme {

    /** The programme file (bizenv.programme/1); no programme is loaded when it is not set. */
    private String location;

    /** Data known when the application starts (bizenv.data/1), checked against the programme. */
    private String data;

    /**
     * Observation tables (CSV, wide or long) from outside the programme's data, e.g. the districts' indicators that
     * an assessment scores beside the programme's facts.
     */
    private List<String> observations = new ArrayList<>();

    /**
     * The programme's location.
     *
     * @return the location, or {@code null}
     */
    public String getLocation() {
      return location;
    }

    /**
     * Sets the programme's location.
     *
     * @param location the location
     */
    public void setLocation(String location) {
      this.location = location;
    }

    /**
     * The initial data's location.
     *
     * @return the location, or {@code null}
     */
    public String getData() {
      return data;
    }

    /**
     * Sets the initial data's location.
     *
     * @param data the location
     */
    public void setData(String data) {
      this.data = data;
    }

    /**
     * The observation tables' locations.
     *
     * @return the locations
     */
    public List<String> getObservations() {
      return observations;
    }

    /**
     * Sets the observation tables' locations.
     *
     * @param observations the locations
     */
    public void setObservations(List<String> observations) {
      this.observations = observations == null ? new ArrayList<>() : new ArrayList<>(observations);
    }
  }

  /** What the programme monitor keeps current. */
  public static class Monitor {

    /** Whether a programme monitor is started when a programme is configured. */
    private boolean enabled = true;

    /**
     * Ids of the loaded methodologies whose standings the monitor keeps current, in the order shown; every loaded
     * methodology when empty.
     */
    private List<String> methodologies = new ArrayList<>();

    /** The monitor's first day; the programme's start (or the latest date in the initial data) by default. */
    private LocalDate start;

    /**
     * Whether the monitor is started.
     *
     * @return {@code true} by default
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether the monitor is started.
     *
     * @param enabled whether it is
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * The monitored methodologies' ids.
     *
     * @return the ids; empty for all
     */
    public List<String> getMethodologies() {
      return methodologies;
    }

    /**
     * Sets the monitored methodologies' ids.
     *
     * @param methodologies the ids
     */
    public void setMethodologies(List<String> methodologies) {
      this.methodologies = methodologies == null ? new ArrayList<>() : new ArrayList<>(methodologies);
    }

    /**
     * The monitor's first day.
     *
     * @return the day, or {@code null} for the default
     */
    public LocalDate getStart() {
      return start;
    }

    /**
     * Sets the monitor's first day.
     *
     * @param start the day
     */
    public void setStart(LocalDate start) {
      this.start = start;
    }
  }
}
