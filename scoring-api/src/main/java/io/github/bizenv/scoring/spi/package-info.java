/**
 * The service-provider interface for scoring strategies: normalizers, aggregators and rules.
 *
 * <p>A methodology file names a strategy (for example {@code "normalizer": {"name": "min-max", ...}}); the
 * engine looks the name up in a registry built from {@link java.util.ServiceLoader} and explicit
 * registration, and nowhere else — never {@code Class.forName} on input. To add a strategy, implement the
 * provider interface, list the class in {@code META-INF/services/<provider interface>} (and {@code provides}
 * it in your {@code module-info}), and use its name in a file.
 *
 * <p>Contract for every strategy: it is immutable and thread-safe once created, it must not modify the
 * arrays it is given, and it reads its settings only through {@link io.github.bizenv.scoring.spi.Parameters},
 * reporting bad settings there rather than throwing, so that a file's problems are reported all at once.
 */
package io.github.bizenv.scoring.spi;
