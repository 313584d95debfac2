/**
 * What a researcher does with a model after running it once: calibration to stated beliefs
 * ({@link org.rsisim.models.analysis.Calibration}), global sensitivity analysis with Sobol indices
 * ({@link org.rsisim.models.analysis.SobolSensitivity}), and paired comparisons of two scenarios on common random
 * numbers ({@link org.rsisim.models.analysis.PairedComparison}).
 *
 * <p>Every analysis is a pure function of its inputs: the experiments' seeds fix every random number of the model
 * runs, and the only other randomness (the bootstrap of Sobol indices) comes from a generator the caller passes in.
 * The results are immutable records meant to be printed or charted by the command line.
 */
package org.rsisim.models.analysis;
