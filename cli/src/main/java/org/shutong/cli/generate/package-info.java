/** {@code shutong generate}: realistic synthetic data with an answer key of injected errors. */
package org.shutong.cli.generate;
