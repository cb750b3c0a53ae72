package io.github.bizenv.scoring.live;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A batch of cell updates that take effect together, all dated the day they became true: a unit's number or text
 * code in a column, or its removal. Immutable; build one with {@link #at(LocalDate)}.
 *
 * <pre>{@code
 * live.apply(Updates.at(LocalDate.of(2021, 6, 30))
 *     .set("amr", "lead.on-time-rate", 87.5)
 *     .clear("amr", "findings.overdue")
 *     .build());
 * }</pre>
 */
public final class Updates {

  private final LocalDate date;
  private final List<Update> updates;

  private Updates(LocalDate date, List<Update> updates) {
    this.date = date;
    this.updates = Collections.unmodifiableList(new ArrayList<>(updates));
  }

  /**
   * Starts a batch dated a day.
   *
   * @param date the day the values became true
   * @return a builder
   */
  public static Builder at(LocalDate date) {
    return new Builder(Objects.requireNonNull(date, "date"));
  }

  /**
   * The day the values became true.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The updates, in order; a later update of the same cell wins.
   *
   * @return the updates
   */
  public List<Update> updates() {
    return updates;
  }

  /**
   * Whether the batch holds no update.
   *
   * @return {@code true} when empty
   */
  public boolean isEmpty() {
    return updates.isEmpty();
  }

  /** Builds a batch. Not thread-safe. */
  public static final class Builder {
    private final LocalDate date;
    private final List<Update> updates = new ArrayList<>();

    private Builder(LocalDate date) {
      this.date = date;
    }

    /**
     * Sets a number.
     *
     * @param unit the unit id
     * @param column the column
     * @param value a finite number
     * @return this builder
     * @throws IllegalArgumentException if the value is not finite
     */
    public Builder set(String unit, String column, double value) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("value of " + unit + "/" + column + " is not finite: " + value);
      }
      updates.add(new Update(unit, column, value, null, false));
      return this;
    }

    /**
     * Sets a text code.
     *
     * @param unit the unit id
     * @param column the column
     * @param code the code
     * @return this builder
     */
    public Builder code(String unit, String column, String code) {
      updates.add(new Update(unit, column, Double.NaN, Objects.requireNonNull(code, "code"), false));
      return this;
    }

    /**
     * Removes a value: the unit has none in the column any more.
     *
     * @param unit the unit id
     * @param column the column
     * @return this builder
     */
    public Builder clear(String unit, String column) {
      updates.add(new Update(unit, column, Double.NaN, null, true));
      return this;
    }

    /**
     * The batch.
     *
     * @return the updates, dated
     */
    public Updates build() {
      return new Updates(date, updates);
    }
  }

  /** One cell update: a number, a text code, or a removal. Immutable. */
  public static final class Update {
    private final String unit;
    private final String column;
    private final double value;
    private final String code;
    private final boolean clear;

    Update(String unit, String column, double value, String code, boolean clear) {
      this.unit = Objects.requireNonNull(unit, "unit");
      this.column = Objects.requireNonNull(column, "column");
      this.value = value;
      this.code = code;
      this.clear = clear;
    }

    /**
     * The unit.
     *
     * @return the unit id
     */
    public String unit() {
      return unit;
    }

    /**
     * The column.
     *
     * @return the column
     */
    public String column() {
      return column;
    }

    /**
     * The number set.
     *
     * @return the number, or empty for a code or a removal
     */
    public java.util.OptionalDouble value() {
      return value == value ? java.util.OptionalDouble.of(value) : java.util.OptionalDouble.empty();
    }

    /**
     * The code set.
     *
     * @return the code, or empty for a number or a removal
     */
    public java.util.Optional<String> code() {
      return java.util.Optional.ofNullable(code);
    }

    /**
     * Whether the update removes the value.
     *
     * @return {@code true} for a removal
     */
    public boolean isClear() {
      return clear;
    }

    double number() {
      return value;
    }

    String codeOrNull() {
      return code;
    }

    @Override
    public String toString() {
      return unit + "/" + column + " = " + (clear ? "(none)" : code != null ? "\"" + code + "\"" : value);
    }
  }
}
