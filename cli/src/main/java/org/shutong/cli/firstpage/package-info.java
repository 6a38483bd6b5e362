/** {@code shutong firstpage}: check 住院病案首页 extracts, list the rules and the field dictionary. */
package org.shutong.cli.firstpage;
