/**
 * The domain model: reform programmes, their units, areas, indicators, tasks and milestones, and the data
 * gathered about them (progress reports, ratings, findings, external results, observations).
 *
 * <p>Every type here is an immutable value, safe to share between threads. Build one with its
 * {@code builder()}; builders reject {@code null} naming the attribute, and {@code build()} checks the
 * value's invariants, throwing {@link io.github.bizenv.scoring.ValidationException} with every problem and
 * its JSON-pointer path. The abstract types cannot be implemented outside this package: their only
 * implementations are the generated {@code Immutable*} classes.
 *
 * <p>Ids are non-blank and use the id alphabet ({@link io.github.bizenv.scoring.model.Ids}).
 */
@Value.Style(
    jdkOnly = true,
    allowedClasspathAnnotations = Override.class,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    depluralize = true,
    defaults = @Value.Immutable(copy = true))
package io.github.bizenv.scoring.model;

import org.immutables.value.Value;
