/**
 * JMH micro-benchmarks of the C-Pay adapter, each paired with a baseline measured in the same run:
 * {@link com.cpay.platform.benchmarks.micro.SigningBenchmark} (the signer against a reused raw {@code Mac}) and
 * {@link com.cpay.platform.benchmarks.micro.AdapterCallBenchmark} (a call through the adapter against a raw JDK
 * HttpClient call of the same loopback URL). {@link com.cpay.platform.benchmarks.micro.MicroBenchmarks} runs both
 * and writes the rows of the ratio table ({@code bench/micro.sh}).
 */
package com.cpay.platform.benchmarks.micro;
