/**
 * Aspects (topics) of messages: a configurable taxonomy (waiting time, price, delivery ...) matched
 * with stemming and synonyms in English and Norwegian, and discovery of frequent key phrases that
 * the taxonomy does not cover yet. {@link io.pulse.aspects.Aspects} is the entry point.
 */
package io.pulse.aspects;
