package io.github.bizenv.scoring.platform;

import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgressReport;
import io.github.bizenv.scoring.model.Rating;
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.text.Tables;
import io.github.bizenv.scoring.text.Texts;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who may submit what. A lead unit (牵头单位) reports the progress of the tasks it leads and rates their responsible
 * units (责任单位); the office (营商办) sees everything, records findings (督查发现), recognitions, outside results and
 * observations, moves the day, and may report or rate for any unit. Nothing else.
 */
final class Access {

  private final Programme programme;
  private final Map<String, Task> tasks;

  Access(Programme programme) {
    this.programme = programme;
    this.tasks = programme.tasks().stream().collect(Collectors.toMap(Task::id, Function.identity()));
  }

  /**
   * Checks, before the record is read in full, that an account may submit a record of this kind for the task its body
   * names: a unit's report or rating for a task led by another unit is refused whatever else the body holds (a task
   * that does not exist is left to the record's checks).
   *
   * @throws Denied saying why not
   */
  void checkKindAndTask(Account who, Kind kind, com.fasterxml.jackson.databind.JsonNode body) {
    if (who.office()) {
      return;
    }
    String unit = who.unit().orElseThrow();
    if (kind != Kind.PROGRESS_REPORT && kind != Kind.RATING) {
      throw new Denied("only the business-environment office (营商办) records " + RecordReader.what(kind)
          + (kind == Kind.DAY ? " changes" : "s") + "; unit \"" + unit + "\" (" + name(unit) + ") submits the "
          + "progress and ratings of the tasks it leads");
    }
    Task t = tasks.get(body.path("task").asText(""));
    if (t != null && !t.lead().equals(unit)) {
      throw new Denied(kind == Kind.PROGRESS_REPORT
          ? "unit \"" + unit + "\" (" + name(unit) + ") does not lead task " + t.id() + "; its lead unit (牵头单位) is \""
              + t.lead() + "\" (" + name(t.lead()) + "), which alone reports its progress"
          : "unit \"" + unit + "\" (" + name(unit) + ") does not lead task " + t.id() + "; only its lead unit (牵头单位) \""
              + t.lead() + "\" (" + name(t.lead()) + ") rates its responsible units (责任单位)");
    }
  }

  /**
   * Checks that an account may submit a record (already read and checked against the programme).
   *
   * @throws Denied saying why not
   */
  void check(Account who, Kind kind, Object record) {
    if (who.office()) {
      return;
    }
    String unit = who.unit().orElseThrow();
    checkKindAndTask(who, kind, com.fasterxml.jackson.databind.node.NullNode.getInstance());
    switch (kind) {
      case PROGRESS_REPORT -> {
        ProgressReport r = (ProgressReport) record;
        Task t = tasks.get(r.task());
        if (!t.lead().equals(unit)) {
          throw new Denied("unit \"" + unit + "\" (" + name(unit) + ") does not lead task " + t.id() + "; its lead unit "
              + "(牵头单位) is \"" + t.lead() + "\" (" + name(t.lead()) + "), which alone reports its progress");
        }
        if (!r.unit().equals(unit)) {
          throw new Denied("unit \"" + unit + "\" may report progress in its own name only, not as \"" + r.unit()
              + "\"");
        }
      }
      case RATING -> {
        Rating r = (Rating) record;
        Task t = tasks.get(r.task());
        if (!t.lead().equals(unit)) {
          throw new Denied("unit \"" + unit + "\" (" + name(unit) + ") does not lead task " + t.id() + "; only its lead "
              + "unit (牵头单位) \"" + t.lead() + "\" (" + name(t.lead()) + ") rates its responsible units");
        }
        if (!r.rater().equals(unit)) {
          throw new Denied("unit \"" + unit + "\" may rate in its own name only, not as \"" + r.rater() + "\"");
        }
      }
      default -> throw new AssertionError(kind);
    }
  }

  private String name(String unit) {
    return Tables.unitName(programme, unit, Texts.chinese());
  }
}
