/**
 * The methodology model: everything a {@code bizenv.methodology/1} file holds — the indicator tree
 * ({@link io.github.bizenv.scoring.methodology.Node}), the strategies each node uses
 * ({@link io.github.bizenv.scoring.methodology.StrategySpec}: a name and its
 * {@link io.github.bizenv.scoring.methodology.Setting}s), the data-preparation pipeline
 * ({@link io.github.bizenv.scoring.methodology.PipelineStep}), composite units, ranking, grades and rounding.
 *
 * <p>Build a methodology in code with {@link io.github.bizenv.scoring.methodology.Methodology#builder()} and the
 * static factories of the built-in strategies ({@link io.github.bizenv.scoring.methodology.Normalizers},
 * {@link io.github.bizenv.scoring.methodology.Aggregators}, {@link io.github.bizenv.scoring.methodology.Rules}),
 * or read one from a file with {@code scoring-core}'s {@code Documents}; both give the same values, and the
 * engine compiles either. {@code build()} checks the structure (ids, the tree, references between parts, value
 * ranges) and throws {@link io.github.bizenv.scoring.ValidationException} with every problem and the JSON
 * pointer it would have in the file; whether a strategy's settings are right is checked when the engine
 * compiles the methodology, because only the engine knows the registered strategies.
 *
 * <p>Every type here is an immutable value, safe to share between threads; the abstract types cannot be
 * implemented outside this package.
 */
@Value.Style(
    jdkOnly = true,
    allowedClasspathAnnotations = Override.class,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    depluralize = true,
    throwForInvalidImmutableState = MissingFieldException.class,
    defaults = @Value.Immutable(copy = true))
package io.github.bizenv.scoring.methodology;

import io.github.bizenv.scoring.MissingFieldException;
import org.immutables.value.Value;
