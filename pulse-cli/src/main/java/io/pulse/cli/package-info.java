/** The {@code pulse} command line: one sub-command per job (train, evaluate, score, rfm ...). */
package io.pulse.cli;
