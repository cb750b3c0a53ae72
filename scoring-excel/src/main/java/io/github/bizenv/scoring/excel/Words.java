package io.github.bizenv.scoring.excel;

import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.FindingKind;
import io.github.bizenv.scoring.model.ResultLevel;
import io.github.bizenv.scoring.model.Severity;
import io.github.bizenv.scoring.model.TaskClass;
import io.github.bizenv.scoring.model.UnitKind;
import io.github.bizenv.scoring.text.Texts;
import java.util.HashMap;
import java.util.Map;

/** The words a ledger may use for the model's choices: Chinese labels, English labels and file codes. */
final class Words {

  private Words() {}

  static final Map<String, UnitKind> UNIT_KINDS = words(UnitKind.values(), UnitKind::code,
      "部门", UnitKind.DEPARTMENT, "市直单位", UnitKind.DEPARTMENT, "县级市", UnitKind.COUNTY, "县", UnitKind.COUNTY,
      "新区", UnitKind.DEVELOPMENT_ZONE, "园区", UnitKind.DEVELOPMENT_ZONE, "全市", UnitKind.CITY);
  static final Map<String, Direction> DIRECTIONS = words(Direction.values(), Direction::code,
      "越小越好", Direction.LOWER_IS_BETTER, "越大越好", Direction.HIGHER_IS_BETTER, "逆向", Direction.LOWER_IS_BETTER,
      "正向", Direction.HIGHER_IS_BETTER, "lower", Direction.LOWER_IS_BETTER, "higher", Direction.HIGHER_IS_BETTER);
  static final Map<String, TaskClass> CLASSES = words(TaskClass.values(), TaskClass::code);
  static final Map<String, FindingKind> FINDING_KINDS = words(FindingKind.values(), FindingKind::code,
      "投诉", FindingKind.HOTLINE_COMPLAINT, "举报", FindingKind.HOTLINE_REPORT, "建议", FindingKind.HOTLINE_SUGGESTION,
      "督查", FindingKind.ON_SITE_INSPECTION, "抽查", FindingKind.RANDOM_SPOT_CHECK,
      "12345热线投诉", FindingKind.HOTLINE_COMPLAINT, "12345热线举报", FindingKind.HOTLINE_REPORT,
      "12345热线建议", FindingKind.HOTLINE_SUGGESTION);
  static final Map<String, Severity> SEVERITIES = words(Severity.values(), Severity::code,
      "较轻", Severity.MINOR, "较重", Severity.SERIOUS);
  static final Map<String, ResultLevel> LEVELS = words(ResultLevel.values(), ResultLevel::code,
      "国家评价", ResultLevel.NATIONAL, "省级评价", ResultLevel.PROVINCIAL, "全国", ResultLevel.NATIONAL,
      "全省", ResultLevel.PROVINCIAL);

  @SuppressWarnings("unchecked")
  private static <E extends Enum<E>> Map<String, E> words(E[] values, java.util.function.Function<E, String> code,
      Object... more) {
    Map<String, E> m = new HashMap<>();
    for (E e : values) {
      m.put(Layout.normalize(code.apply(e)), e);
      m.put(Layout.normalize(e.name()), e);
      m.put(Layout.normalize(Texts.chinese().label(e)), e);
      m.put(Layout.normalize(Texts.english().label(e)), e);
    }
    for (int i = 0; i < more.length; i += 2) {
      m.put(Layout.normalize((String) more[i]), (E) more[i + 1]);
    }
    return m;
  }
}
