package org.medlist.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.medlist.model.InvalidInputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a C-CDA document (R1.1, R2.0, R2.1: CCD, transfer summary, visit summary…): the Medications,
 * Allergies and Problems sections, by templateId or LOINC section code. The JDK parser is locked down:
 * no DOCTYPE at all (so no external entities and no entity expansion), no external DTD or schema, a
 * depth limit. Entries in other sections (immunizations, administered medicines, plan of treatment)
 * are not part of a medication list and are not read.
 */
public final class CcdaReader {
    static final String V3 = "urn:hl7-org:v3";
    static final String RXNORM_OID = "2.16.840.1.113883.6.88";
    private static final Set<String> MEDICATIONS = Set.of("2.16.840.1.113883.10.20.22.2.1.1", "2.16.840.1.113883.10.20.22.2.1", "10160-0");
    private static final Set<String> ALLERGIES = Set.of("2.16.840.1.113883.10.20.22.2.6.1", "2.16.840.1.113883.10.20.22.2.6", "48765-2");
    private static final Set<String> PROBLEMS = Set.of("2.16.840.1.113883.10.20.22.2.5.1", "2.16.840.1.113883.10.20.22.2.5", "11450-4");
    private static final String ALLERGY_OBSERVATION = "2.16.840.1.113883.10.20.22.4.7";
    private static final String PROBLEM_OBSERVATION = "2.16.840.1.113883.10.20.22.4.4";
    private static final String REACTION_OBSERVATION = "2.16.840.1.113883.10.20.22.4.9";
    private static final String STATUS_OBSERVATION = "2.16.840.1.113883.10.20.22.4.28";
    /** Text that stands for "nothing here" rather than a medicine, allergy or problem. */
    static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i).*\\b(no (known )?(medication|medicine|drug|allerg|problem)\\w*( data| information)?( is)?( applicable| available| on file| reported)?|"
            + "not (applicable|available|on file|known|recorded)|excluded|unknown|none( known| reported)?|no information|nka|nkda|n/a)\\b.*");
    static final Pattern NONE_KNOWN = Pattern.compile("(?i)\\s*(no known (drug )?allerg\\w*|nkda|nka|no allergies|none known)\\.?\\s*");
    private static final Pattern STRENGTH = Pattern.compile(
            "(?i)(\\d+(?:[.,]\\d+)?(?:\\s*[-/]\\s*\\d+(?:[.,]\\d+)?)*)\\s*(mg|mcg|µg|g|ml|meq|unt|units?|iu|%)(?:\\s*-\\s*(?:mg|mcg))?"
            + "(?:\\s*/\\s*(?:\\d+(?:\\.\\d+)?\\s*)?(ml|actuat|hr|h|g|mg|dose|spray))?\\b");
    private static final int MAX_DEPTH = 200;

    private final Document doc;
    private final Map<String, String> narrative = new HashMap<>();
    private final LocalDate today;
    private final List<HealthRecord.Med> meds = new ArrayList<>();
    private final List<HealthRecord.Allergy> allergies = new ArrayList<>();
    private final List<HealthRecord.Condition> conditions = new ArrayList<>();
    private final List<HealthRecord.Skipped> skipped = new ArrayList<>();
    private HealthRecord.AllergyInfo allergyInfo = HealthRecord.AllergyInfo.NOT_STATED;

    private CcdaReader(Document doc, LocalDate today) {
        this.doc = doc;
        this.today = today;
    }

    public static HealthRecord read(byte[] xml, LocalDate today) {
        Document doc = parse(xml);
        Element root = doc.getDocumentElement();
        if (!V3.equals(root.getNamespaceURI()) || !"ClinicalDocument".equals(root.getLocalName())) {
            throw new InvalidInputException("This XML file is not a C-CDA health record (its root element is "
                    + root.getLocalName() + ", not an HL7 ClinicalDocument).");
        }
        return new CcdaReader(doc, today).read();
    }

    /** The JDK parser with DOCTYPE refused, no external access, and limits on depth and sizes. */
    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setAttribute("jdk.xml.entityExpansionLimit", "0");
            f.setAttribute("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " refused");
            });
            return b.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            String why = e.getMessage() == null ? "" : e.getMessage();
            if (why.contains("DOCTYPE")) {
                throw new InvalidInputException("The XML file declares a DOCTYPE (entities); health records never do, so it was refused.");
            }
            if (why.toLowerCase(java.util.Locale.ROOT).contains("depth")) {
                throw new InvalidInputException("The XML file is nested more than " + MAX_DEPTH + " levels deep; that is not a health record.");
            }
            throw new InvalidInputException("The file is not well-formed XML (line " + e.getLineNumber() + "): " + oneLine(why));
        } catch (SAXException e) {
            throw new InvalidInputException("The file is not readable XML: " + oneLine(String.valueOf(e.getMessage())));
        } catch (IOException e) {
            throw new InvalidInputException("The file could not be read as XML: " + oneLine(String.valueOf(e.getMessage())));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }

    private HealthRecord read() {
        for (Element e : descendants(doc.getDocumentElement(), "*")) {
            String id = e.getAttribute("ID");
            if (!id.isEmpty()) narrative.put(id, text(e));
        }
        String patient = patientName();
        for (Element section : descendants(doc.getDocumentElement(), "section")) {
            Set<String> ids = sectionIds(section);
            if (intersects(ids, MEDICATIONS)) medications(section);
            else if (intersects(ids, ALLERGIES)) allergies(section);
            else if (intersects(ids, PROBLEMS)) problems(section);
        }
        if (allergyInfo == HealthRecord.AllergyInfo.NONE_KNOWN && !allergies.isEmpty()) allergyInfo = HealthRecord.AllergyInfo.LISTED;
        return new HealthRecord("ccda", patient, meds, allergies, conditions, allergyInfo, skipped);
    }

    private String patientName() {
        for (Element p : descendants(doc.getDocumentElement(), "patient")) {
            Element name = child(p, "name");
            if (name == null) continue;
            List<String> parts = new ArrayList<>();
            for (Element g : children(name, "given")) parts.add(text(g));
            for (Element fam : children(name, "family")) parts.add(text(fam));
            String joined = String.join(" ", parts).strip();
            return joined.isEmpty() ? text(name) : joined;
        }
        return "";
    }

    private static Set<String> sectionIds(Element section) {
        Set<String> ids = new java.util.HashSet<>();
        for (Element t : children(section, "templateId")) ids.add(t.getAttribute("root"));
        Element code = child(section, "code");
        if (code != null) ids.add(code.getAttribute("code"));
        return ids;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String s : a) if (b.contains(s)) return true;
        return false;
    }

    // ---------------------------------------------------------------- medications

    private void medications(Element section) {
        int n = 0;
        for (Element entry : children(section, "entry")) {
            for (Element sa : children(entry, "substanceAdministration")) medication(sa, "medication entry " + (++n));
        }
        if (n == 0 && !section.getAttribute("nullFlavor").isEmpty()) {
            skipped.add(new HealthRecord.Skipped("medications section", text(child(section, "text")), "the record has no information on medicines"));
        }
    }

    private void medication(Element sa, String where) {
        Element material = path(sa, "consumable", "manufacturedProduct", "manufacturedMaterial");
        Code code = Code.of(material == null ? null : child(material, "code"), this);
        String materialName = material == null ? "" : text(child(material, "name"));
        String entryText = referencedText(child(sa, "text"));
        List<String> names = new ArrayList<>();
        if (!code.rxnormDisplay.isEmpty()) names.add(code.rxnormDisplay);
        names.add(code.displayName);
        names.add(code.originalText);
        names.add(materialName);
        names.addAll(code.translationDisplays);
        names.removeIf(s -> s.isBlank() || s.matches("\\?+"));
        String label = names.isEmpty() ? entryText : names.get(0);
        if ("true".equals(sa.getAttribute("negationInd"))) {
            skipped.add(new HealthRecord.Skipped(where, label, "the record says this medicine is not taken or was withheld"));
            return;
        }
        if (code.rxnorm.isEmpty() && (names.isEmpty() || names.stream().allMatch(s -> PLACEHOLDER.matcher(s).matches()))) {
            skipped.add(new HealthRecord.Skipped(where, label, names.isEmpty() ? "the entry names no medicine" : "a placeholder, not a medicine"));
            return;
        }
        Optional<LocalDate> low = Optional.empty();
        Optional<LocalDate> high = Optional.empty();
        for (Element et : children(sa, "effectiveTime")) {
            Element l = child(et, "low");
            Element h = child(et, "high");
            if (l != null || h != null) {
                low = date(l);
                high = date(h);
                break;
            }
            if (!et.getAttribute("value").isEmpty() && low.isEmpty()) low = date(et);
        }
        String status = attr(child(sa, "statusCode"), "code");
        boolean ended = high.isPresent() && !high.get().isAfter(today);
        boolean stopped = Set.of("aborted", "cancelled", "nullified", "obsolete").contains(status) || (!"active".equals(status) && ended);
        Element doseQ = child(sa, "doseQuantity");
        String dose = doseQ == null ? "" : (attr(doseQ, "value").replaceAll("\\.0+$", "") + " " + unitWord(attr(doseQ, "unit"))).strip();
        Element routeCode = child(sa, "routeCode");
        String route = routeCode == null ? "" : attr(routeCode, "displayName");
        String instructions = entryText.equals(label) ? "" : entryText;
        if (instructions.isEmpty() && !code.originalText.isEmpty() && !code.originalText.equals(label)) instructions = code.originalText;
        meds.add(new HealthRecord.Med(where, names, code.rxnorm, strength(names), dose, route, instructions, low, stopped ? high : Optional.empty(),
                stopped, Optional.empty()));
    }

    /** "25 mg", or "2.5 mg / 500 mg" for a combination: every strength in the first name that has one. */
    static String strength(List<String> names) {
        for (String n : names) {
            Matcher m = STRENGTH.matcher(n);
            List<String> found = new ArrayList<>();
            while (m.find()) found.add(m.group().strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT));
            if (!found.isEmpty()) return String.join(" / ", found);
        }
        return "";
    }

    private static String unitWord(String unit) {
        return unit.equals("1") || unit.equals("{tbl}") ? "" : unit.replace("{", "").replace("}", "");
    }

    // ---------------------------------------------------------------- allergies

    private void allergies(Element section) {
        int n = 0;
        for (Element entry : children(section, "entry")) {
            for (Element obs : descendants(entry, "observation")) {
                if (!hasTemplate(obs, ALLERGY_OBSERVATION)) continue;
                allergy(obs, "allergy entry " + (++n));
            }
        }
        if (n == 0) {
            String text = text(child(section, "text"));
            if (!section.getAttribute("nullFlavor").isEmpty()) {
                skipped.add(new HealthRecord.Skipped("allergies section", text, "the record has no information on allergies"));
            } else if (NONE_KNOWN.matcher(text).matches()) {
                allergyInfo = HealthRecord.AllergyInfo.NONE_KNOWN;
            } else if (!text.isBlank()) {
                skipped.add(new HealthRecord.Skipped("allergies section", shorten(text),
                        "allergies written only as text, with no coded entries: check them and add them by hand"));
            }
        }
    }

    private void allergy(Element obs, String where) {
        Element entity = null;
        for (Element p : children(obs, "participant")) {
            Element pe = path(p, "participantRole", "playingEntity");
            if (pe != null) entity = pe;
        }
        Code allergen = Code.of(entity == null ? null : child(entity, "code"), this);
        String entityName = entity == null ? "" : text(child(entity, "name"));
        Code value = Code.of(child(obs, "value"), this);
        List<String> names = new ArrayList<>(List.of(allergen.displayName, allergen.originalText, entityName, allergen.rxnormDisplay));
        names.addAll(allergen.translationDisplays);
        names.removeIf(String::isBlank);
        boolean generic = names.isEmpty() || Set.of("105590001", "413477004").contains(allergen.code)
                || names.stream().allMatch(s -> s.equalsIgnoreCase("substance") || PLACEHOLDER.matcher(s).matches());
        String label = names.isEmpty() ? firstNonBlank(value.originalText, value.displayName, referencedText(child(obs, "text"))) : names.get(0);
        boolean noneKnownCode = Set.of("716186003", "409137002", "428607008", "429625007").contains(value.code)
                || Set.of("716186003", "409137002").contains(allergen.code);
        if ("true".equals(obs.getAttribute("negationInd")) || noneKnownCode) {
            String narrativeText = firstNonBlank(referencedText(child(obs, "text")), label);
            if (generic && !Pattern.compile("(?i)excluded|not available|unknown|no information").matcher(narrativeText).find()) {
                allergyInfo = allergyInfo == HealthRecord.AllergyInfo.LISTED ? allergyInfo : HealthRecord.AllergyInfo.NONE_KNOWN;
                skipped.add(new HealthRecord.Skipped(where, "no known allergies", "recorded as the allergy state, not as an allergy"));
            } else {
                skipped.add(new HealthRecord.Skipped(where, narrativeText, generic ? "the record withholds allergy information"
                        : "the record says this is not an allergy"));
            }
            return;
        }
        if (generic) {
            skipped.add(new HealthRecord.Skipped(where, label, "a placeholder with no allergen, not an allergy"));
            return;
        }
        List<String> reactions = new ArrayList<>();
        boolean active = true;
        for (Element rel : children(obs, "entryRelationship")) {
            for (Element o : children(rel, "observation")) {
                if (hasTemplate(o, REACTION_OBSERVATION)) {
                    Code r = Code.of(child(o, "value"), this);
                    String t = firstNonBlank(r.displayName, r.originalText);
                    if (!t.isBlank()) reactions.add(t);
                } else if (hasTemplate(o, STATUS_OBSERVATION)) {
                    Code s = Code.of(child(o, "value"), this);
                    if (Set.of("73425007", "413322009").contains(s.code)
                            || s.displayName.toLowerCase(java.util.Locale.ROOT).matches(".*(inactive|resolved).*")) active = false;
                }
            }
        }
        allergies.add(new HealthRecord.Allergy(where, label, allergen.rxnorm, String.join(", ", reactions), active));
        if (active) allergyInfo = HealthRecord.AllergyInfo.LISTED;
    }

    // ---------------------------------------------------------------- problems

    private void problems(Element section) {
        int n = 0;
        for (Element entry : children(section, "entry")) {
            Element act = child(entry, "act");
            String concernStatus = act == null ? "" : attr(child(act, "statusCode"), "code");
            for (Element obs : descendants(entry, "observation")) {
                if (!hasTemplate(obs, PROBLEM_OBSERVATION) && !(act == null && obs.getParentNode() == entry)) continue;
                String where = "problem entry " + (++n);
                Code value = Code.of(child(obs, "value"), this);
                String name = firstNonBlank(value.originalText, value.displayName.matches("\\?+") ? "" : value.displayName,
                        referencedText(child(obs, "text")));
                if ("true".equals(obs.getAttribute("negationInd"))) {
                    skipped.add(new HealthRecord.Skipped(where, name.isBlank() ? "no known problems" : name, "the record says this problem is absent"));
                    continue;
                }
                if (name.isBlank() || PLACEHOLDER.matcher(name).matches() || name.equalsIgnoreCase("disease") || name.equalsIgnoreCase("problem")) {
                    skipped.add(new HealthRecord.Skipped(where, name, "a placeholder, not a problem"));
                    continue;
                }
                Element high = path(obs, "effectiveTime", "high");
                boolean resolved = concernStatus.equals("completed") || concernStatus.equals("aborted")
                        || date(high).map(d -> !d.isAfter(today)).orElse(false);
                conditions.add(new HealthRecord.Condition(where, name, value.code, !resolved));
            }
        }
    }

    // ---------------------------------------------------------------- codes and text

    /** A coded element: its own code, its display and original text, and any RxNorm code in it or in a translation. */
    private record Code(String code, String codeSystem, String displayName, String originalText, String nullFlavor,
                        List<String> rxnorm, String rxnormDisplay, List<String> translationDisplays) {
        static Code of(Element e, CcdaReader r) {
            if (e == null) return new Code("", "", "", "", "", List.of(), "", List.of());
            List<String> rx = new ArrayList<>();
            String rxDisplay = "";
            if (RXNORM_OID.equals(e.getAttribute("codeSystem")) && !e.getAttribute("code").isBlank()) {
                rx.add(e.getAttribute("code").strip());
                rxDisplay = e.getAttribute("displayName");
            }
            List<String> displays = new ArrayList<>();
            for (Element t : children(e, "translation")) {
                boolean isRx = RXNORM_OID.equals(t.getAttribute("codeSystem")) && !t.getAttribute("code").isBlank();
                if (isRx) {
                    rx.add(t.getAttribute("code").strip());
                    if (rxDisplay.isBlank()) rxDisplay = t.getAttribute("displayName");
                } else if (!t.getAttribute("displayName").isBlank()) {
                    displays.add(t.getAttribute("displayName"));
                }
            }
            if (rxDisplay.matches("\\?+")) rxDisplay = "";
            String display = e.getAttribute("displayName");
            if (display.matches("\\?+")) display = "";
            return new Code(e.getAttribute("code").strip(), e.getAttribute("codeSystem"), HealthRecord.clean(display),
                    r.referencedText(child(e, "originalText")), e.getAttribute("nullFlavor"), rx, HealthRecord.clean(rxDisplay), displays);
        }
    }

    /** Text of an element, or of the narrative element its {@code reference value="#id"} points to. */
    private String referencedText(Element e) {
        if (e == null) return "";
        Element ref = child(e, "reference");
        if (ref != null) {
            String target = ref.getAttribute("value");
            if (target.startsWith("#")) {
                String t = narrative.getOrDefault(target.substring(1), "");
                if (!t.isBlank()) return HealthRecord.clean(t);
            }
        }
        return HealthRecord.clean(text(e));
    }

    private static String firstNonBlank(String... options) {
        for (String o : options) if (o != null && !o.isBlank()) return o.strip();
        return "";
    }

    private static String shorten(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private Optional<LocalDate> date(Element e) {
        if (e == null) return Optional.empty();
        String v = e.getAttribute("value");
        if (v.length() < 8 || !v.substring(0, 8).chars().allMatch(Character::isDigit)) return Optional.empty();
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)), Integer.parseInt(v.substring(6, 8))));
        } catch (java.time.DateTimeException | NumberFormatException ex) {
            return Optional.empty();
        }
    }

    private static boolean hasTemplate(Element e, String root) {
        for (Element t : children(e, "templateId")) if (root.equals(t.getAttribute("root"))) return true;
        return false;
    }

    private static String attr(Element e, String name) {
        return e == null ? "" : e.getAttribute(name).strip();
    }

    private static String text(Element e) {
        return e == null ? "" : HealthRecord.clean(e.getTextContent());
    }

    static Element child(Element parent, String local) {
        if (parent == null) return null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && local.equals(el.getLocalName()) && V3.equals(el.getNamespaceURI())) return el;
        }
        return null;
    }

    static List<Element> children(Element parent, String local) {
        List<Element> out = new ArrayList<>();
        if (parent == null) return out;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && local.equals(el.getLocalName()) && V3.equals(el.getNamespaceURI())) out.add(el);
        }
        return out;
    }

    private static Element path(Element from, String... locals) {
        Element e = from;
        for (String l : locals) {
            e = child(e, l);
            if (e == null) return null;
        }
        return e;
    }

    private static List<Element> descendants(Element e, String local) {
        NodeList list = e.getElementsByTagNameNS(V3, local);
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }
}
