/**
 * Spring Boot auto-configuration of the business-environment scoring SDK: the engine and its strategies,
 * methodologies and a programme loaded from configured locations, the programme monitor as a {@link
 * io.github.bizenv.scoring.spring.LiveProgramme}, a health indicator and Micrometer metrics. Settings are
 * {@link io.github.bizenv.scoring.spring.ScoringProperties} under {@code bizenv.scoring}.
 */
package io.github.bizenv.scoring.spring;
