/**
 * Rare-event estimation for any model: {@link org.rsisim.core.rare.ImportanceSampling} shifts the normal scores of
 * an experiment's uncertain parameters towards a {@link org.rsisim.core.rare.RareEvent}, chosen by cross-entropy
 * iterations, and weighs each run by its likelihood ratio; the {@link org.rsisim.core.rare.RareEstimate} carries
 * the probability with its standard error, relative error and effective sample size. Probabilities of
 * {@code 1e-6} to {@code 1e-12}, which plain Monte Carlo cannot see, cost {@code 10^4} to {@code 10^6} runs when the
 * event is driven by the parameters.
 */
package org.rsisim.core.rare;
