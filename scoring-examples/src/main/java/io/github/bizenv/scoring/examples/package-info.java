/**
 * Runnable examples and the bundled sample programme ({@link io.github.bizenv.scoring.examples.SampleCity}).
 */
package io.github.bizenv.scoring.examples;
