/**
 * {@code shutong drg}: CHS-DRG grouping of 病案首页 files — {@code group} (every record's group and a
 * summary), {@code explain} (one record's decisions), {@code what-if} (how the group changes per
 * coding choice). One class per subcommand; the grouping is {@link org.shutong.drg.Grouper}.
 */
package org.shutong.cli.drg;
