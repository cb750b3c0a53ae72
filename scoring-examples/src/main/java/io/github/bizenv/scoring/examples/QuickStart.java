package io.github.bizenv.scoring.examples;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.Task;
import java.nio.file.Path;

/**
 * The README's quick start: read a programme and its data, and print something from them. Run it from the
 * repository root, or pass the folder of {@code programme.json} and {@code data-2021.json}.
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Runs the quick start.
   *
   * @param args optionally, the folder holding the sample files
   */
  public static void main(String[] args) {
    Path folder = Path.of(args.length > 0 ? args[0] : "scoring-examples/src/main/resources/sample-city");
    // README:begin
    Documents docs = Documents.create();
    try {
      Programme programme = docs.readProgramme(folder.resolve("programme.json"));
      ProgrammeData data = docs.readData(folder.resolve("data-2021.json"), programme);

      Task task = programme.task("T001").orElseThrow();
      System.out.printf("%s: %d tasks, %d progress reports%n",
          programme.name().text(true), programme.tasks().size(), data.progressReports().size());
      System.out.printf("%s %s — lead %s, due %s%n", task.id(), task.description().text(true),
          programme.unit(task.lead()).orElseThrow().name().text(true), task.deadline());
    } catch (ValidationException e) {
      e.problems().forEach(System.err::println); // every problem, with its JSON pointer
    }
    // README:end
  }
}
