/**
 * {@code shutong conform …}: data-element conformance ({@code check}), mapping proposals
 * ({@code suggest}) and data-quality profiles ({@code profile}). Each class renders what
 * {@code org.shutong.conformance} returns; no conformance logic lives here.
 */
package org.shutong.cli.conform;
