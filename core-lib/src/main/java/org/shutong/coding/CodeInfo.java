package org.shutong.coding;

import org.apiguardian.api.API;

/**
 * What {@link CodingSystem#lookup(String)} tells about a code.
 *
 * @param system the code table's id
 * @param check how the input resolved (exact or normalised)
 * @param node the code's place in the hierarchy (name, level, leaf, parent)
 * @param chapter its chapter, or {@code null} when none applies
 * @param block the innermost ICD-10 block (节) it lies in, or {@code null} when none applies (other
 *     classifications; a 医保版 category that no WHO 2019 block holds)
 * @param category the 类目 it belongs to, or {@code null}
 * @param dagger whether it is a dagger (病因) code or carries one ({@code A01.000x005+J17.0*}, {@code A17+})
 * @param asterisk whether it is an asterisk (临床表现) code standing alone ({@code G01*}, {@code G01.x00})
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CodeInfo(
    String system, CodeCheck check, CodeNode node, Chapter chapter, Block block, CodeNode category, boolean dagger,
    boolean asterisk) {

  /** The resolved code. */
  public String code() {
    return node.code();
  }

  /** The name, or {@code null}. */
  public String name() {
    return node.name();
  }
}
