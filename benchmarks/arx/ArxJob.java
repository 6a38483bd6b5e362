// Driver for the ARX peer (arx-deidentifier/arx, Apache-2.0), compiled by benchmarks/run-deid.sh against
// the jars in ../shared/peers/arx/lib; not part of Shutong's build. Runs ARX's optimal k-anonymity
// search with a suppression limit on a ';'-separated file with one hierarchy file per quasi-identifier.
// Usage: ArxJob DATA K SUPPRESSION QI=HIERARCHY... [SENSITIVE_OR_INSENSITIVE=insensitive]
import java.nio.charset.StandardCharsets;
import org.deidentifier.arx.ARXAnonymizer;
import org.deidentifier.arx.ARXConfiguration;
import org.deidentifier.arx.ARXLattice;
import org.deidentifier.arx.ARXResult;
import org.deidentifier.arx.AttributeType;
import org.deidentifier.arx.AttributeType.Hierarchy;
import org.deidentifier.arx.Data;
import org.deidentifier.arx.criteria.KAnonymity;

public class ArxJob {
  public static void main(String[] args) throws Exception {
    String file = args[0];
    int k = Integer.parseInt(args[1]);
    double suppression = Double.parseDouble(args[2]);
    long t0 = System.nanoTime();
    Data data = Data.create(file, StandardCharsets.UTF_8, ';');
    StringBuilder names = new StringBuilder();
    for (int i = 3; i < args.length; i++) {
      String[] kv = args[i].split("=", 2);
      if (kv[1].equals("insensitive")) {
        data.getDefinition().setAttributeType(kv[0], AttributeType.INSENSITIVE_ATTRIBUTE);
      } else {
        data.getDefinition().setAttributeType(kv[0], Hierarchy.create(kv[1], StandardCharsets.UTF_8, ';'));
        names.append(names.length() == 0 ? "" : ",").append(kv[0]);
      }
    }
    ARXConfiguration config = ARXConfiguration.create();
    config.addPrivacyModel(new KAnonymity(k));
    config.setSuppressionLimit(suppression);
    ARXAnonymizer anonymizer = new ARXAnonymizer();
    long t1 = System.nanoTime();
    ARXResult result = anonymizer.anonymize(data, config);
    long t2 = System.nanoTime();
    ARXLattice.ARXNode opt = result.getGlobalOptimum();
    System.out.printf(java.util.Locale.ROOT,
        "ARX rows=%d qis=%s k=%d load_s=%.2f anonymize_s=%.2f total_s=%.2f optimum=%s loss=%s lattice_nodes=%d%n",
        data.getHandle().getNumRows(), names, k, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9,
        opt == null ? "none" : java.util.Arrays.toString(opt.getTransformation()),
        opt == null ? "-" : opt.getLowestScore().toString(), result.getLattice().getSize());
  }
}
