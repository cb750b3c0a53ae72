package io.github.bizenv.scoring.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells at start-up which configured files have which problems, instead of a stack trace. */
final class ScoringFailureAnalyzer extends AbstractFailureAnalyzer<ScoringConfigurationException> {

  ScoringFailureAnalyzer() {}

  @Override
  protected FailureAnalysis analyze(Throwable root, ScoringConfigurationException cause) {
    String description = cause.getMessage().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
        + cause.getMessage().substring(1);
    return new FailureAnalysis(description, "Correct the files listed, or the bizenv.scoring.* settings that name "
        + "them (classpath: or file: locations).", cause);
  }
}
