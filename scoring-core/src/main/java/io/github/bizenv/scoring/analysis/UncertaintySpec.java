package io.github.bizenv.scoring.analysis;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.internal.Source;
import io.github.bizenv.scoring.io.DocumentLimits;
import io.github.bizenv.scoring.model.Ids;
import io.github.bizenv.scoring.model.LocalizedText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The uncertain assumptions of an uncertainty or sensitivity analysis: a {@code bizenv.uncertainty/1} document
 * (schema in {@code docs/schema/uncertainty.schema.json}) or built in code.
 *
 * <pre>{@code
 * UncertaintySpec spec = UncertaintySpec.builder().id("asem-coinr")
 *     .dimension(Dimension.winmax("winmax", 1, 2, 3, 4, 5))
 *     .dimension(Dimension.weightNoise("weights", Map.of(2, 0.25, 3, 0.25), 100))
 *     .build();
 * }</pre>
 *
 * <p>Immutable.
 */
public final class UncertaintySpec {

  /** The schema tag of spec documents. */
  public static final String SCHEMA = "bizenv.uncertainty/1";

  private final String id;
  private final LocalizedText name;
  private final String target;
  private final List<Dimension> dimensions;

  private UncertaintySpec(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.target = b.target;
    this.dimensions = List.copyOf(b.dimensions);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a spec document.
   *
   * @param path a {@code bizenv.uncertainty/1} file
   * @return the spec
   * @throws ValidationException listing every problem with its JSON pointer
   */
  public static UncertaintySpec read(Path path) {
    return read(Source.read(path, DocumentLimits.defaults()), path.toString());
  }

  /**
   * Reads a spec document from its text.
   *
   * @param text the JSON document
   * @param name its name in problem messages
   * @return the spec
   * @throws ValidationException listing every problem with its JSON pointer
   */
  public static UncertaintySpec read(String text, String name) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(name, "name");
    return SpecReader.read(text, name);
  }

  /**
   * The spec's id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The spec's name.
   *
   * @return the name, if given
   */
  public Optional<LocalizedText> name() {
    return Optional.ofNullable(name);
  }

  /**
   * The node whose scores and ranks are analysed.
   *
   * @return the node id; empty for the methodology's root
   */
  public Optional<String> target() {
    return Optional.ofNullable(target);
  }

  /**
   * The uncertain assumptions, in order (the order of the sensitivity indices).
   *
   * @return the dimensions
   */
  public List<Dimension> dimensions() {
    return dimensions;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof UncertaintySpec)) {
      return false;
    }
    UncertaintySpec s = (UncertaintySpec) o;
    return id.equals(s.id) && Objects.equals(name, s.name) && Objects.equals(target, s.target)
        && dimensions.equals(s.dimensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, target, dimensions);
  }

  @Override
  public String toString() {
    return "UncertaintySpec " + id + " " + dimensions;
  }

  /** Builds an {@link UncertaintySpec}. Not thread-safe. */
  public static final class Builder {
    private String id;
    private LocalizedText name;
    private String target;
    private final List<Dimension> dimensions = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the spec's id
     * @return this builder
     */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(LocalizedText name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the node analysed (default: the root).
     *
     * @param node a node id
     * @return this builder
     */
    public Builder target(String node) {
      this.target = Objects.requireNonNull(node, "node");
      return this;
    }

    /**
     * Adds a dimension.
     *
     * @param dimension the dimension
     * @return this builder
     */
    public Builder dimension(Dimension dimension) {
      dimensions.add(Objects.requireNonNull(dimension, "dimension"));
      return this;
    }

    /**
     * Builds the spec.
     *
     * @return the spec
     * @throws ValidationException with every problem: a missing id, no dimension, duplicate dimension ids, a
     *     dimension without alternatives, noise factors outside [0, 1)
     */
    public UncertaintySpec build() {
      List<Problem> problems = new ArrayList<>();
      if (id == null) {
        problems.add(Problem.of(Problem.MISSING_FIELD, "/id", "required field \"id\" is missing"));
      } else if (!Ids.isValid(id)) {
        problems.add(Problem.of(Problem.INVALID_ID, "/id", "id \"" + id + "\" " + Ids.RULE));
      }
      if (dimensions.isEmpty()) {
        problems.add(Problem.of(Problem.MISSING_FIELD, "/dimensions", "a spec needs at least one dimension"));
      }
      Set<String> seen = new HashSet<>();
      for (int k = 0; k < dimensions.size(); k++) {
        Dimension d = dimensions.get(k);
        String p = "/dimensions/" + k;
        if (!seen.add(d.id())) {
          problems.add(Problem.of(Problem.DUPLICATE_ID, p + "/id", "dimension id \"" + d.id()
              + "\" is used more than once in /dimensions"));
        }
        if (d.size() < 1) {
          problems.add(Problem.of(Problem.MISSING_FIELD, p + (d.kind() == Dimension.Kind.WEIGHTS ? "/replicates"
              : d.kind() == Dimension.Kind.WINMAX ? "/values" : "/alternatives"), "dimension \"" + d.id()
              + "\" has no alternatives"));
        }
        if (d.kind() == Dimension.Kind.WEIGHTS) {
          if (d.levelNoise().isEmpty() && d.nodeNoise().isEmpty()) {
            problems.add(Problem.of(Problem.MISSING_FIELD, p + "/noise", "weight dimension \"" + d.id()
                + "\" names no level or node to perturb"));
          }
          int i = 0;
          for (Map.Entry<?, Double> e : noise(d)) {
            if (!(e.getValue() >= 0 && e.getValue() < 1)) {
              problems.add(Problem.of(Problem.OUT_OF_RANGE, p + "/noise/" + i + "/factor", "noise factor "
                  + e.getValue() + " of " + e.getKey() + " is outside [0, 1)"));
            }
            i++;
          }
        }
        if (d.kind() == Dimension.Kind.WINMAX) {
          List<String> values = d.alternatives();
          for (int i = 0; i < values.size(); i++) {
            if (Integer.parseInt(values.get(i)) < 0) {
              problems.add(Problem.of(Problem.OUT_OF_RANGE, p + "/values/" + i, "winmax " + values.get(i)
                  + " is below 0"));
            }
          }
        }
      }
      if (!problems.isEmpty()) {
        throw new ValidationException("uncertainty spec" + (id == null ? "" : " \"" + id + "\""), problems);
      }
      return new UncertaintySpec(this);
    }

    private static List<Map.Entry<?, Double>> noise(Dimension d) {
      List<Map.Entry<?, Double>> out = new ArrayList<>(d.levelNoise().entrySet());
      out.addAll(d.nodeNoise().entrySet());
      return out;
    }
  }
}
