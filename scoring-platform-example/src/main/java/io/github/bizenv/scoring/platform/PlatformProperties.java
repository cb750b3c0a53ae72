package io.github.bizenv.scoring.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The platform's settings, under {@code bizenv.platform} (see application.yml and the README). */
@ConfigurationProperties(prefix = "bizenv.platform")
public class PlatformProperties {

  /** Who may submit: one account per unit, and the office's (营商办). */
  private List<Account> accounts = new ArrayList<>();

  /**
   * Demonstration tokens: every unit of the programme gets the token demo-UNIT (demo-amr …) and the office demo-office.
   * For the sample only; never in production.
   */
  private boolean demoTokens = false;

  /** Whether the live page and its data may be read without a token (a screen in the office's hall). */
  private boolean publicRead = true;

  /** How often the live page is sent what changed, at most. */
  private Duration push = Duration.ofMillis(200);

  /** How many units at the top (红榜) and at the bottom (黑榜) of each ranking the page marks. */
  private int listed = 3;

  /** The monitored methodology whose ranking groups the page shows as 红黑榜. */
  private String ranking = "quarterly-progress";

  /** How many alerts the page keeps. */
  private int alerts = 40;

  public List<Account> getAccounts() {
    return accounts;
  }

  public void setAccounts(List<Account> accounts) {
    this.accounts = accounts;
  }

  public boolean isDemoTokens() {
    return demoTokens;
  }

  public void setDemoTokens(boolean demoTokens) {
    this.demoTokens = demoTokens;
  }

  public boolean isPublicRead() {
    return publicRead;
  }

  public void setPublicRead(boolean publicRead) {
    this.publicRead = publicRead;
  }

  public Duration getPush() {
    return push;
  }

  public void setPush(Duration push) {
    this.push = push;
  }

  public int getListed() {
    return listed;
  }

  public void setListed(int listed) {
    this.listed = listed;
  }

  public String getRanking() {
    return ranking;
  }

  public void setRanking(String ranking) {
    this.ranking = ranking;
  }

  public int getAlerts() {
    return alerts;
  }

  public void setAlerts(int alerts) {
    this.alerts = alerts;
  }

  /** An account: a unit's, or the office's. */
  public static class Account {

    /** The account's name, as the audit log records it (e.g. the unit's id, or "office"). */
    private String name;

    /** The programme unit the account submits for; none for the office. */
    private String unit;

    /** Whether this is the office (营商办): it sees everything, records findings and may report for any unit. */
    private boolean office;

    /** The token's SHA-256 digest in hex (echo -n TOKEN | sha256sum); the token itself is never stored. */
    private String tokenSha256;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getUnit() {
      return unit;
    }

    public void setUnit(String unit) {
      this.unit = unit;
    }

    public boolean isOffice() {
      return office;
    }

    public void setOffice(boolean office) {
      this.office = office;
    }

    public String getTokenSha256() {
      return tokenSha256;
    }

    public void setTokenSha256(String tokenSha256) {
      this.tokenSha256 = tokenSha256;
    }
  }
}
