/**
 * {@code shutong interop}: the commands of the 互联互通 area — {@code validate} and {@code generate}
 * WS/T 500 documents, {@code test} a platform's interaction services with a plan, {@code serve} the
 * reference platform. No domain logic: everything is in {@code org.shutong.interop}.
 */
package org.shutong.cli.interop;
