/**
 * Reading and writing documents: programmes, programme data and observation tables. Start at
 * {@link io.github.bizenv.scoring.io.Documents}.
 */
package io.github.bizenv.scoring.io;
