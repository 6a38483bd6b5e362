/**
 * The {@code shutong} command line: a picocli root command, one class per subcommand, the shared
 * options of CONVENTIONS.md as mixins, and the mapping of results to output and exit codes. No
 * domain logic lives here: every command calls the core library and renders what it returns.
 */
package org.shutong.cli;
