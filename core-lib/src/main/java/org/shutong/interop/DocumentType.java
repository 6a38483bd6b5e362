package org.shutong.interop;

import org.apiguardian.api.API;

/**
 * One of the 53 shared documents of WS/T 500-2016 (电子病历共享文档规范), as the bundled
 * {@code documents.tsv} lists it.
 *
 * @param code the document type code, {@code C0001} … {@code C0053} (code system
 *     2.16.156.10011.2.4)
 * @param title the document title, e.g. {@code 病历概要}
 * @param templateId the document template OID, 2.16.156.10011.2.1.1.(20+N) for C00NN
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DocumentType(String code, String title, String templateId) {
  /** The part of WS/T 500 that defines it, e.g. {@code WS/T 500.1-2016} for C0001. */
  public String standardPart() {
    return "WS/T 500." + Integer.parseInt(code.substring(1)) + "-2016";
  }
}
