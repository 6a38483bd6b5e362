package org.shutong.codesets;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A table or value-domain id that is not known. Carries the known ids so that the caller can list
 * them to the user (the CLI does, in the user's language).
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class UnknownCodesetException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The id asked for. */
  private final String id;

  /** The ids that would have been accepted. */
  @SuppressWarnings("serial") // an immutable List.copyOf list; this exception is never serialised
  private final List<String> known;

  /**
   * @param what what kind of id, in English ({@code table}, {@code value domain}, {@code code table})
   * @param id the id asked for
   * @param known the ids that are known
   */
  public UnknownCodesetException(String what, String id, List<String> known) {
    super("unknown " + what + " '" + id + "'; known: " + String.join(", ", known));
    this.id = id;
    this.known = List.copyOf(known);
  }

  /** The id asked for. */
  public String id() {
    return id;
  }

  /** The ids that are known, in manifest order. */
  public List<String> known() {
    return known;
  }
}
