package io.github.bizenv.scoring.model;

import io.github.bizenv.scoring.Problem;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A text in Chinese and/or English. At least one of the two is present and not blank.
 *
 * <p>Written in files as {@code {"zh": "开办企业", "en": "Starting a business"}}.
 */
@Value.Immutable
public abstract class LocalizedText {

  LocalizedText() {}

  /**
   * The Chinese text.
   *
   * @return the text, if given
   */
  public abstract Optional<String> zh();

  /**
   * The English text.
   *
   * @return the text, if given
   */
  public abstract Optional<String> en();

  /**
   * The text in the preferred language, falling back to the other.
   *
   * @param preferChinese {@code true} to prefer {@link #zh()}
   * @return the text
   */
  public String text(boolean preferChinese) {
    Optional<String> first = preferChinese ? zh() : en();
    return first.orElseGet(() -> (preferChinese ? en() : zh()).orElseThrow(IllegalStateException::new));
  }

  /**
   * A text in both languages.
   *
   * @param zh the Chinese text
   * @param en the English text
   * @return the text
   */
  public static LocalizedText of(String zh, String en) {
    return ImmutableLocalizedText.builder().zh(zh).en(en).build();
  }

  /**
   * A Chinese-only text.
   *
   * @param zh the Chinese text
   * @return the text
   */
  public static LocalizedText zhOnly(String zh) {
    return ImmutableLocalizedText.builder().zh(zh).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableLocalizedText.Builder builder() {
    return ImmutableLocalizedText.builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    c.require(zh().isPresent() || en().isPresent(), Problem.MISSING_FIELD, "",
        "a localized text needs \"zh\" or \"en\"");
    zh().ifPresent(s -> c.require(!s.isBlank(), Problem.MISSING_FIELD, "/zh", "text is blank"));
    en().ifPresent(s -> c.require(!s.isBlank(), Problem.MISSING_FIELD, "/en", "text is blank"));
    c.throwIfAny("LocalizedText");
  }
}
