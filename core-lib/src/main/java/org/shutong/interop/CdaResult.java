package org.shutong.interop;

import org.apiguardian.api.API;

/**
 * What validating one CDA document found; the findings themselves went to the sink.
 *
 * @param file the document as named in findings
 * @param docType the document type used (from {@code --doc-type} or {@code code/@code}), or null
 * @param wellFormed whether the XML parsed (layer 1 passed)
 * @param schemaChecked whether an XSD was applied (layer 2 ran)
 * @param errors error findings for this document
 * @param warnings warning findings for this document
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CdaResult(
    String file, String docType, boolean wellFormed, boolean schemaChecked, long errors, long warnings) {
  /** Whether the document has no error finding. */
  public boolean valid() {
    return errors == 0;
  }
}
