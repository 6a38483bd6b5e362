/** {@code shutong deid}: scan, run, risk, decrypt and keygen over {@code org.shutong.deid}. */
package org.shutong.cli.deid;
