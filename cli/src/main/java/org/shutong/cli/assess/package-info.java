/**
 * {@code shutong assess …}: the evidence template, the 互联互通 and 电子病历 scoring, the standards
 * self-assessment and the list of models. Each class renders what {@code org.shutong.assess} returns;
 * no scoring logic lives here.
 */
package org.shutong.cli.assess;
