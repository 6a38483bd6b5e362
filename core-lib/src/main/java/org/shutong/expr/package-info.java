/**
 * The Shutong rule language: small, typed, three-valued expressions that users write in rule files
 * (first-page checks, and any other rule set that needs conditions on records), compiled once to an
 * evaluation tree and evaluated safely (no code execution, no reflection, no unbounded loops).
 *
 * <p>Entry points: {@link org.shutong.expr.Expression#condition}, {@link org.shutong.expr.Scope}.
 */
package org.shutong.expr;
