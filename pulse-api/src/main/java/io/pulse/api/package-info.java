/**
 * The types of the server's HTTP API that its clients read and send (alerts, corrections, spot
 * checks, models, scoring), shared by the server and the {@code pulse} CLI so that neither reads
 * the other's JSON through string paths.
 */
package io.pulse.api;
