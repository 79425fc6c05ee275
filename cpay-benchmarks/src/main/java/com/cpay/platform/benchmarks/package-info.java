/**
 * Benchmarks of the platform: JMH micro-benchmarks in {@code micro}, the load driver in {@code load}. Every figure is
 * reported as a ratio against a baseline measured in the same run on the same machine, never as an absolute goal.
 */
package com.cpay.platform.benchmarks;
