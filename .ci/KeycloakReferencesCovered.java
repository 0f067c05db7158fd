import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Usage: java .ci/KeycloakReferencesCovered.java PROVIDERS.jar ALLOWED-GAPS JACOCO-REPORT.xml...
 *
 * Shows that a test run made the server use every Keycloak class, method and field the providers jar
 * refers to: the references .ci/same-keycloak-references compares (Class, Fieldref, Methodref and
 * InterfaceMethodref constants naming org/keycloak/...). A reference is used when a method whose code
 * holds it ran (JaCoCo's report of the server, method by method), or, for the references a class
 * holds outside its methods' code (its supertypes, method handles of lambdas), when any of its
 * methods ran. A method ran if it ran in any of the reports (one per version of a class, see
 * .ci/keycloak-references-covered). A Keycloak class is used when some used reference names it.
 *
 * Prints the counts, and fails listing each class and member no test used, with the classes of ours
 * that refer to it, unless the file ALLOWED-GAPS names it (one reference a line as listed here, "#"
 * comments: what only a server no test can set up reaches, each with its reason).
 */
public class KeycloakReferencesCovered {

    private static final Pattern POOL_REF = Pattern.compile("^\\s+#\\d+ = (?:Class|Fieldref|Methodref|InterfaceMethodref)\\s+\\S+\\s+// \"?(org/keycloak/[^\"\\s]+)");
    private static final Pattern CODE_REF = Pattern.compile("// (?:Method|InterfaceMethod|Field|class) \"?(org/keycloak/[^\"\\s]+)");
    private static final Pattern CATCH_REF = Pattern.compile("^\\s+\\d+\\s+\\d+\\s+\\d+\\s+Class (org/keycloak/\\S+)");
    private static final Pattern THIS_CLASS = Pattern.compile("^\\s+this_class: #\\d+\\s+// (\\S+)");
    private static final Pattern DESCRIPTOR = Pattern.compile("^    descriptor: (\\S+)$");

    /** One class of ours: the Keycloak references of each method's code, and of the class outside them. */
    record OurClass(String name, Map<String, Set<String>> methodRefs, Set<String> poolRefs) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java .ci/KeycloakReferencesCovered.java PROVIDERS.jar ALLOWED-GAPS JACOCO-REPORT.xml...");
            System.exit(2);
        }
        List<OurClass> classes = read(Path.of(args[0]));
        Set<String> allowed = allowedGaps(Path.of(args[1]));
        Map<String, Map<String, Boolean>> ran = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            ranMethods(Path.of(args[i])).forEach((type, methods) -> methods.forEach((method, didRun) ->
                    ran.computeIfAbsent(type, t -> new HashMap<>()).merge(method, didRun, Boolean::logicalOr)));
        }

        Set<String> referenced = new TreeSet<>();
        Set<String> used = new HashSet<>();
        Map<String, Set<String>> referrers = new TreeMap<>();
        Map<String, Set<String>> memberReferrers = new TreeMap<>();
        for (OurClass our : classes) {
            Map<String, Boolean> reported = ran.getOrDefault(our.name(), Map.of());
            // A class with no code JaCoCo reports (an interface of ours without default methods) refers
            // to Keycloak only through its supertypes, resolved when a class implementing it loads.
            boolean classRan = reported.isEmpty() || reported.containsValue(true);
            Set<String> inCode = new HashSet<>();
            our.methodRefs().forEach((method, refs) -> {
                inCode.addAll(refs);
                // A method JaCoCo leaves out of its report (a compiler's bridge) ran if its class did.
                if (reported.getOrDefault(method, classRan)) {
                    used.addAll(refs);
                }
            });
            for (String ref : our.poolRefs()) {
                referenced.add(ref);
                referrers.computeIfAbsent(owner(ref), k -> new TreeSet<>()).add(our.name());
                memberReferrers.computeIfAbsent(ref, k -> new TreeSet<>()).add(our.name());
                if (classRan && !inCode.contains(ref)) {
                    used.add(ref);
                }
            }
        }
        Set<String> classesReferenced = new TreeSet<>(referrers.keySet());
        referrers.putAll(memberReferrers);
        Set<String> classesUsed = new TreeSet<>();
        used.forEach(ref -> classesUsed.add(owner(ref)));
        long membersUsed = referenced.stream().filter(ref -> ref.contains(".") && used.contains(ref)).count();
        long members = referenced.stream().filter(ref -> ref.contains(".")).count();

        Set<String> gaps = new TreeSet<>(classesReferenced);
        gaps.removeAll(classesUsed);
        referenced.stream().filter(ref -> ref.contains(".") && !used.contains(ref) && !gaps.contains(owner(ref))).forEach(gaps::add);
        Set<String> unexplained = new TreeSet<>(gaps);
        unexplained.removeAll(allowed);
        Set<String> staleAllowances = new TreeSet<>(allowed);
        staleAllowances.removeAll(gaps);

        System.out.printf("Keycloak classes the jar refers to: %d, used by the tests of this run: %d; methods and fields: %d, used: %d;"
                + " explained gaps: %d%n", classesReferenced.size(), classesUsed.size(), members, membersUsed, gaps.size() - unexplained.size());
        if (!staleAllowances.isEmpty()) {
            System.out.println("Allowed gaps the tests now use (take them off the list): " + staleAllowances);
        }
        if (!unexplained.isEmpty()) {
            System.out.println("Keycloak classes and members the jar refers to that no test of this run used, with the classes of ours"
                    + " that refer to them (a test that reaches them, or a line in " + args[1] + " saying why none can):");
            unexplained.forEach(gap -> System.out.println("  " + gap + "  <-  " + referrers.get(gap)));
            System.exit(1);
        }
    }

    private static String owner(String ref) {
        int dot = ref.indexOf('.');
        return dot < 0 ? ref : ref.substring(0, dot);
    }

    /** Every class of the jar as javap shows it (-v -p: the constant pool and every method's code). */
    private static List<OurClass> read(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().map(entry -> entry.getName()).filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class"))
                    .forEach(name -> names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.')));
        }
        ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow(() -> new IllegalStateException("javap is needed (a JDK)"));
        List<String> command = new ArrayList<>(List.of("-v", "-p", "-cp", jar.toString()));
        command.addAll(names);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = javap.run(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, command.toArray(String[]::new));
        if (exit != 0) {
            throw new IllegalStateException("javap failed on " + jar);
        }
        List<OurClass> classes = new ArrayList<>();
        OurClass current = null;
        String header = null;
        Set<String> method = null;
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            Matcher matcher;
            if (line.startsWith("Classfile ")) {
                current = null;
                method = null;
            } else if ((matcher = THIS_CLASS.matcher(line)).find()) {
                current = new OurClass(matcher.group(1), new HashMap<>(), new HashSet<>());
                classes.add(current);
            } else if (current == null) {
                continue;
            } else if ((matcher = POOL_REF.matcher(line)).find()) {
                current.poolRefs().add(matcher.group(1));
            } else if (line.startsWith("  ") && !line.startsWith("   ") && !line.isBlank()) {
                header = line.trim();
                method = null;
            } else if ((matcher = DESCRIPTOR.matcher(line)).find() && header != null && (header.contains("(") || header.equals("static {};"))) {
                method = new HashSet<>();
                current.methodRefs().put(methodName(header, current.name()) + matcher.group(1), method);
            } else if (method != null && ((matcher = CODE_REF.matcher(line)).find() || (matcher = CATCH_REF.matcher(line)).find())) {
                method.add(matcher.group(1));
            }
        }
        return classes;
    }

    /** The JVM's name of the method javap's header line declares ("<init>" for a constructor). */
    private static String methodName(String header, String className) {
        if (header.equals("static {};")) {
            return "<clinit>";
        }
        String beforeParameters = header.substring(0, header.indexOf('('));
        String name = beforeParameters.substring(beforeParameters.lastIndexOf(' ') + 1);
        return name.equals(className.replace('/', '.')) ? "<init>" : name;
    }

    /** From JaCoCo's XML report: per class, each method (name + descriptor) and whether it ran at least once. */
    private static Map<String, Map<String, Boolean>> ranMethods(Path report) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        NodeList classNodes = factory.newDocumentBuilder().parse(report.toFile()).getElementsByTagName("class");
        Map<String, Map<String, Boolean>> ran = new HashMap<>();
        for (int i = 0; i < classNodes.getLength(); i++) {
            Element type = (Element) classNodes.item(i);
            NodeList methods = type.getElementsByTagName("method");
            for (int j = 0; j < methods.getLength(); j++) {
                Element method = (Element) methods.item(j);
                NodeList counters = method.getElementsByTagName("counter");
                for (int k = 0; k < counters.getLength(); k++) {
                    Element counter = (Element) counters.item(k);
                    if (counter.getAttribute("type").equals("METHOD")) {
                        ran.computeIfAbsent(type.getAttribute("name"), c -> new HashMap<>())
                                .put(method.getAttribute("name") + method.getAttribute("desc"), !counter.getAttribute("covered").equals("0"));
                    }
                }
            }
        }
        return ran;
    }

    private static Set<String> allowedGaps(Path file) throws IOException {
        Set<String> allowed = new TreeSet<>();
        for (String line : Files.readAllLines(file)) {
            String entry = line.replaceFirst("#.*", "").trim();
            if (!entry.isEmpty()) {
                allowed.add(entry);
            }
        }
        return allowed;
    }
}
