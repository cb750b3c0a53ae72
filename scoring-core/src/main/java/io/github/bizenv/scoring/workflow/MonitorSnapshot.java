package io.github.bizenv.scoring.workflow;

import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.model.ProgrammeData;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a {@link ProgrammeMonitor} knows on a day: the battle map, every monitored assessment, and the data they come
 * from. Immutable.
 */
public final class MonitorSnapshot {

  private final LocalDate date;
  private final BattleMap battleMap;
  private final Map<String, Assessment> assessments;
  private final ProgrammeData data;

  MonitorSnapshot(LocalDate date, BattleMap battleMap, Map<String, Assessment> assessments, ProgrammeData data) {
    this.date = date;
    this.battleMap = battleMap;
    this.assessments = Collections.unmodifiableMap(new LinkedHashMap<>(assessments));
    this.data = data;
  }

  /**
   * The day.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The battle map on that day.
   *
   * @return the battle map
   */
  public BattleMap battleMap() {
    return battleMap;
  }

  /**
   * The monitored assessments' ids.
   *
   * @return the methodology ids, in the order the monitor was given them
   */
  public Set<String> plans() {
    return assessments.keySet();
  }

  /**
   * One monitored assessment on that day: scores, ranks, grades, heads' grades.
   *
   * @param plan a methodology id of {@link #plans()}
   * @return the assessment
   * @throws IllegalArgumentException if the monitor does not run that methodology
   */
  public Assessment assessment(String plan) {
    Assessment a = assessments.get(plan);
    if (a == null) {
      throw new IllegalArgumentException("the monitor runs no methodology \"" + plan + "\"; it runs " + plans());
    }
    return a;
  }

  /**
   * One monitored evaluation on that day.
   *
   * @param plan a methodology id of {@link #plans()}
   * @return the evaluation
   * @throws IllegalArgumentException if the monitor does not run that methodology
   */
  public Evaluation evaluation(String plan) {
    return assessment(plan).evaluation();
  }

  /**
   * The data known on that day.
   *
   * @return the data
   */
  public ProgrammeData data() {
    return data;
  }
}
