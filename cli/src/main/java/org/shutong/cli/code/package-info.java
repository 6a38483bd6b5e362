/**
 * {@code shutong code …}: the code-table and coding commands (info, lookup, validate, search, tree,
 * map, edits). Each class renders what {@code org.shutong.coding} and {@code org.shutong.codesets}
 * return; no coding logic lives here.
 */
package org.shutong.cli.code;
