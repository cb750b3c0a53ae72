package io.github.bizenv.scoring.spi;

import io.github.bizenv.scoring.model.Direction;
import java.util.List;
import java.util.Map;

/**
 * The settings of one strategy in a methodology file, as its provider reads them.
 *
 * <p>Reading a setting that is missing or of the wrong type records a problem (with the setting's JSON
 * pointer) and returns a neutral value ({@code NaN}, the default, an empty list); the engine then reports
 * every problem of the file at once and does not use the strategy. Settings that the provider never reads
 * are reported as unknown. Implementations are provided by the engine; strategy authors only call them.
 */
public interface Parameters {

  /**
   * A required number.
   *
   * @param name the setting's name
   * @return its value, or {@code NaN} after recording a problem
   */
  double number(String name);

  /**
   * An optional number.
   *
   * @param name the setting's name
   * @param defaultValue the value when absent
   * @return its value
   */
  double number(String name, double defaultValue);

  /**
   * An optional text.
   *
   * @param name the setting's name
   * @param defaultValue the value when absent
   * @return its value
   */
  String text(String name, String defaultValue);

  /**
   * An optional true/false setting.
   *
   * @param name the setting's name
   * @param defaultValue the value when absent
   * @return its value
   */
  boolean flag(String name, boolean defaultValue);

  /**
   * A required list of objects, each read as parameters of its own (e.g. the steps of a step table).
   *
   * @param name the setting's name
   * @return the elements, or an empty list after recording a problem
   */
  List<Parameters> objects(String name);

  /**
   * An optional object mapping texts to numbers (e.g. text codes to scores).
   *
   * @param name the setting's name
   * @return the mapping, in file order; empty when absent
   */
  Map<String, Double> numbers(String name);

  /**
   * The direction of the indicator the strategy applies to, for normalizers; rules and aggregators get
   * {@link Direction#HIGHER_IS_BETTER}.
   *
   * @return the direction
   */
  Direction direction();

  /**
   * Records a problem with the settings that the provider found itself (e.g. {@code best} equals
   * {@code worst}).
   *
   * @param setting the setting concerned, or {@code ""} for the strategy as a whole
   * @param message what is wrong, naming the rule and the value
   */
  void problem(String setting, String message);
}
