package io.github.bizenv.scoring.excel;

import io.github.bizenv.scoring.model.AuthorisationStep;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.FindingKind;
import io.github.bizenv.scoring.model.RecognitionKind;
import io.github.bizenv.scoring.model.ResultLevel;
import io.github.bizenv.scoring.model.Severity;
import io.github.bizenv.scoring.model.TaskClass;
import io.github.bizenv.scoring.model.UnitKind;
import io.github.bizenv.scoring.text.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
      "12345热线建议", FindingKind.HOTLINE_SUGGESTION, FindingKind.ON_SITE_INSPECTION.zh(), FindingKind.ON_SITE_INSPECTION,
      "实地督查", FindingKind.ON_SITE_INSPECTION, "现场检查", FindingKind.ON_SITE_INSPECTION,
      "四不两直", FindingKind.FOUR_NOS_TWO_STRAIGHTS, "四不两直检查", FindingKind.FOUR_NOS_TWO_STRAIGHTS,
      "暗访检查", FindingKind.UNANNOUNCED_VISIT, "暗访暗查", FindingKind.UNANNOUNCED_VISIT);
  static final Map<String, AuthorisationStep> STEPS = words(AuthorisationStep.values(), AuthorisationStep::code,
      "提交申请", AuthorisationStep.APPLICATION_SUBMITTED, "已提交申请", AuthorisationStep.APPLICATION_SUBMITTED,
      "已申请", AuthorisationStep.APPLICATION_SUBMITTED, "已获授权", AuthorisationStep.AUTHORISATION_GRANTED,
      "获得批复", AuthorisationStep.AUTHORISATION_GRANTED, "已落地实施", AuthorisationStep.IMPLEMENTED,
      "已实施", AuthorisationStep.IMPLEMENTED);
  static final Map<String, RecognitionKind> RECOGNITION_KINDS = words(RecognitionKind.values(), RecognitionKind::code,
      "首个", RecognitionKind.FIRST, "复制", RecognitionKind.ADOPTED, "推广", RecognitionKind.ADOPTED,
      "被复制推广", RecognitionKind.ADOPTED, "复制推广经验", RecognitionKind.ADOPTED);
  /** Levels of recognitions: 全国 / 全省 (国家级 / 省级), as well as the levels of outside results. */
  static final Map<String, ResultLevel> RECOGNITION_LEVELS = words(ResultLevel.values(), ResultLevel::code,
      "全国", ResultLevel.NATIONAL, "全省", ResultLevel.PROVINCIAL, "国家级", ResultLevel.NATIONAL,
      "省级", ResultLevel.PROVINCIAL, "国家", ResultLevel.NATIONAL, "省", ResultLevel.PROVINCIAL);
  static final Map<String, Severity> SEVERITIES = words(Severity.values(), Severity::code,
      "较轻", Severity.MINOR, "较重", Severity.SERIOUS);
  static final Map<String, ResultLevel> LEVELS = words(ResultLevel.values(), ResultLevel::code,
      "国家评价", ResultLevel.NATIONAL, "省级评价", ResultLevel.PROVINCIAL, "全国", ResultLevel.NATIONAL,
      "全省", ResultLevel.PROVINCIAL);

  /**
   * The level of a recognition as a ledger writes it: 全国 / 全省, or the file code in English (the labels of
   * {@link ResultLevel} name evaluations, 国评 / 省评, not where a reform was recognised).
   */
  static String recognitionLevel(ResultLevel level, boolean chinese) {
    return chinese ? (level == ResultLevel.NATIONAL ? "全国" : "全省") : level.code();
  }

  /** The words a column takes, for a hint or a problem: {@code 现场督查、随机抽查…} or {@code on-site inspection, …}. */
  static String expected(Enum<?>[] values, boolean chinese) {
    List<String> out = new ArrayList<>();
    for (Enum<?> v : values) {
      out.add((chinese ? Texts.chinese() : Texts.english()).label(v));
    }
    return String.join(chinese ? "、" : "; ", out);
  }

  /** The words a column takes in both languages, for a problem's message. */
  static String expected(Enum<?>[] values) {
    return expected(values, true) + " (" + expected(values, false) + ")";
  }

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
