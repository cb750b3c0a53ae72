package io.github.bizenv.scoring.io;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.function.Executable;

/** Small documents for validation tests, written with ' for " to keep them readable. */
final class Fixtures {

  static final Documents DOCS = Documents.create();

  static final String PROGRAMME = json("{'schema':'bizenv.programme/1','id':'p','name':{'zh':'示例'},"
      + "'period':'2021','benchmark':{'jurisdiction':{'zh':'深圳市','en':'Shenzhen'},'values':{'sb-time':1}},"
      + "'areas':[{'id':'sb','name':{'zh':'开办企业'}}],"
      + "'units':[{'id':'amr','name':{'zh':'市市场监管局'},'kind':'department'},"
      + "{'id':'dc','name':{'zh':'东城区'},'kind':'district','head':{'zh':'区长'}}],"
      + "'indicators':[{'id':'sb-time','name':{'zh':'时间'},'measurementUnit':'days',"
      + "'direction':'lower-is-better','area':'sb','textCodes':['No Practice']}],"
      + "'tasks':[TASKS]}");

  static final String TASK = "{'id':'ID','area':'sb','description':{'zh':'压缩开办时间'},'lead':'amr',"
      + "'responsible':['dc'],'deadline':'2021-06-30','measure':{'indicator':'sb-time','baseline':3,"
      + "'benchmark':1,'target':1},'milestones':[{'due':'2021-03-31','plannedProgress':50,"
      + "'description':{'zh':'出台方案'}},{'due':'2021-06-30','plannedProgress':100,'description':{'zh':'完成'}}]}";

  private Fixtures() {}

  static String json(String s) {
    return s.replace('\'', '"');
  }

  static String task(String id) {
    return json(TASK.replace("ID", id));
  }

  static String programme(String... tasks) {
    return PROGRAMME.replace("TASKS", String.join(",", tasks));
  }

  static ByteArrayInputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  static ValidationException rejects(Executable e) {
    return assertThrows(ValidationException.class, e);
  }

  static ValidationException rejectsProgramme(String doc) {
    return rejects(() -> DOCS.readProgramme(bytes(doc), "test.json"));
  }

  static List<String> paths(ValidationException e) {
    return e.problems().stream().map(Problem::path).collect(Collectors.toList());
  }

  static List<String> codes(ValidationException e) {
    return e.problems().stream().map(Problem::code).collect(Collectors.toList());
  }
}
