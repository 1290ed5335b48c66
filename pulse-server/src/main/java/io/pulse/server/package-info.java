/**
 * The Pulse HTTP service: application wiring, configuration (data directory, privacy key, model,
 * security) and the one place where errors become RFC 9457 problem responses. {@link
 * io.pulse.server.PulseServer} is the public entry point; {@link io.pulse.server.ApiProblem} is the
 * error contract the feature packages throw.
 */
package io.pulse.server;
