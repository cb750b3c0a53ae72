package io.github.bizenv.scoring.spring;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;

/**
 * The programme the {@code bizenv.scoring.programme.*} settings name, with the data it starts with and the
 * observation tables from outside it, each checked against the programme. Immutable.
 */
public final class ProgrammeFiles {

  private final Programme programme;
  private final ProgrammeData data;
  private final List<Observation> observations;

  private ProgrammeFiles(Programme programme, ProgrammeData data, List<Observation> observations) {
    this.programme = programme;
    this.data = data;
    this.observations = List.copyOf(observations);
  }

  /**
   * The programme.
   *
   * @return the programme
   */
  public Programme programme() {
    return programme;
  }

  /**
   * The data known at start-up (none when {@code bizenv.scoring.programme.data} is not set).
   *
   * @return the data
   */
  public ProgrammeData data() {
    return data;
  }

  /**
   * The observations of the configured tables.
   *
   * @return the observations, table after table
   */
  public List<Observation> observations() {
    return observations;
  }

  static ProgrammeFiles load(ScoringProperties.Programme settings, Locations locations) {
    Documents documents = Documents.create();
    Map<String, List<Problem>> problems = new LinkedHashMap<>();
    Programme programme = null;
    for (Resource r : ScoringAutoConfiguration.resolve(locations, settings.getLocation(),
        "bizenv.scoring.programme.location", problems)) {
      programme = read(r, problems, (in, name) -> documents.readProgramme(in, name));
    }
    if (programme == null) {
      throw new ScoringConfigurationException(problems);
    }
    Programme p = programme;
    ProgrammeData data = ProgrammeData.builder().programme(p.id()).build();
    if (settings.getData() != null && !settings.getData().isBlank()) {
      for (Resource r : ScoringAutoConfiguration.resolve(locations, settings.getData(),
          "bizenv.scoring.programme.data", problems)) {
        ProgrammeData d = read(r, problems, (in, name) -> documents.readData(in, name, p));
        data = d == null ? data : d;
      }
    }
    List<Observation> observations = new ArrayList<>();
    for (String location : settings.getObservations()) {
      for (Resource r : ScoringAutoConfiguration.resolve(locations, location,
          "bizenv.scoring.programme.observations", problems)) {
        List<Observation> o = read(r, problems, (in, name) -> documents.readObservations(in, name, p));
        if (o != null) {
          observations.addAll(o);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ScoringConfigurationException(problems);
    }
    return new ProgrammeFiles(p, data, observations);
  }

  private interface Reader<T> {
    T read(InputStream in, String name);
  }

  private static <T> T read(Resource r, Map<String, List<Problem>> problems, Reader<T> reader) {
    String name = Locations.name(r);
    try (InputStream in = r.getInputStream()) {
      return reader.read(in, name);
    } catch (ValidationException e) {
      problems.computeIfAbsent(name, k -> new ArrayList<>()).addAll(e.problems());
    } catch (IOException | ScoringException e) {
      problems.computeIfAbsent(name, k -> new ArrayList<>()).add(ScoringAutoConfiguration.unreadable(e));
    }
    return null;
  }

  @Override
  public String toString() {
    return "ProgrammeFiles[" + programme.id() + ", " + data.progressReports().size() + " reports, "
        + observations.size() + " observations]";
  }
}
