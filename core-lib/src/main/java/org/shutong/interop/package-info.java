/**
 * Interface testing for the 互联互通标准化成熟度测评: WS/T 500-2016 CDA document validation in five
 * layers ({@link org.shutong.interop.CdaValidator}), synthetic documents and messages from the
 * per-document and per-service XSDs ({@link org.shutong.interop.CdaGenerator},
 * {@link org.shutong.interop.MessageGenerator}), YAML test plans run against a platform's HL7 v3
 * interaction services ({@link org.shutong.interop.PlanRunner}), and a reference platform that
 * implements the core services ({@link org.shutong.interop.ReferencePlatform}).
 *
 * <p>The catalogues (53 documents, 69 interaction services with the 测评 level requiring each,
 * observed OIDs) are in {@link org.shutong.interop.Catalog}. The XSDs bundled here are
 * instance-derived (not the official NHC schema set); the header, body and value-set layers add
 * the rules the XSDs cannot express, each naming its source.
 */
package org.shutong.interop;
