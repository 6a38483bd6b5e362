package org.shutong.report;

import org.apiguardian.api.API;

/**
 * How a renderer presents a report, beyond its format and language. Immutable; start from
 * {@link #defaults()} and change what you need with the {@code with...} methods.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RenderOptions {
  private static final RenderOptions DEFAULTS = new RenderOptions(false);

  private final boolean colour;

  private RenderOptions(boolean colour) {
    this.colour = colour;
  }

  /** No colour. */
  public static RenderOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Whether the text renderer may colour severities with ANSI escape codes. Set it only when the
   * output goes to a terminal; never for files or pipes.
   */
  public RenderOptions withColour(boolean colour) {
    return new RenderOptions(colour);
  }

  /** Whether ANSI colour is on. */
  public boolean colour() {
    return colour;
  }
}
