package org.tinaccess.verify.records;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.tinaccess.letter.AddressOfRecord;
import org.tinaccess.tin.Npi;
import org.tinaccess.tin.Tin;
import org.tinaccess.verify.PaymentNumbers;

/**
 * The plan's payment records as it uploads them: RFC 4180 CSV (quoted fields may hold commas,
 * quotes and line breaks), a header row naming the {@link #COLUMNS} in any order, one payment or
 * non-payment notice per row. A file with any bad row is refused whole, with the rows named.
 */
public final class PaymentRecordsCsv {

    public static final List<String> COLUMNS = List.of("tin", "vendor_number", "npi", "payment_number", "payment_date", "provider_name",
            "address_line1", "address_line2", "city", "state", "zip");
    private static final List<String> OPTIONAL = List.of("vendor_number", "npi", "address_line2");
    private static final int MAX_PROBLEMS = 20;
    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9 -]{1,50}");
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");
    private static final Map<String, Integer> LIMITS = Map.of("provider_name", 200, "address_line1", 200, "address_line2", 200, "city", 100);

    /** One row, normalized: numbers as {@link PaymentNumbers} compares them, the notice number keeping its {@code NP}. */
    public record Row(Tin tin, String vendorNumber, String npi, String paymentNumber, LocalDate paymentDate, AddressOfRecord address) {}

    /** The rows, or (when any row is wrong) the first problems found, each naming its line. */
    public record Parsed(List<Row> rows, List<String> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private PaymentRecordsCsv() {}

    public static Parsed parse(String text) {
        List<List<String>> records = records(text == null ? "" : text.replace("\uFEFF", ""));
        List<String> problems = new ArrayList<>();
        if (records.isEmpty()) {
            return new Parsed(List.of(), List.of("The file is empty; the first line must name the columns: " + String.join(",", COLUMNS) + "."));
        }
        Map<String, Integer> header = header(records.get(0), problems);
        if (!problems.isEmpty()) {
            return new Parsed(List.of(), problems);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size() && problems.size() < MAX_PROBLEMS; i++) {
            List<String> record = records.get(i);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            Row row = row(record, header, i + 1, problems);
            if (row != null) {
                rows.add(row);
            }
        }
        return new Parsed(problems.isEmpty() ? rows : List.of(), problems);
    }

    private static Map<String, Integer> header(List<String> names, List<String> problems) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            header.put(names.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = COLUMNS.stream().filter(column -> !header.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            problems.add("Line 1 must name the columns " + String.join(",", COLUMNS) + "; missing: " + String.join(", ", missing) + ".");
        }
        return header;
    }

    private static Row row(List<String> record, Map<String, Integer> header, int line, List<String> problems) {
        int before = problems.size();
        Map<String, String> value = new HashMap<>();
        for (String column : COLUMNS) {
            int index = header.get(column);
            String cell = index < record.size() ? record.get(index).strip() : "";
            if (cell.isEmpty() && !OPTIONAL.contains(column)) {
                problems.add("Line " + line + ": " + column + " is empty.");
            } else if (LIMITS.containsKey(column) && cell.length() > LIMITS.get(column)) {
                problems.add("Line " + line + ": " + column + " is longer than " + LIMITS.get(column) + " characters.");
            }
            value.put(column, cell);
        }
        Tin tin = Tin.parse(value.get("tin")).orElse(null);
        if (tin == null && !value.get("tin").isEmpty()) {
            problems.add("Line " + line + ": tin is not a valid Tax ID (nine digits).");
        }
        String vendor = PaymentNumbers.normalize(value.get("vendor_number"));
        String npi = value.get("npi");
        String number = PaymentNumbers.normalize(value.get("payment_number"));
        if (!value.get("vendor_number").isEmpty() && !NUMBER.matcher(upper(value.get("vendor_number"))).matches()) {
            problems.add("Line " + line + ": vendor_number may hold letters, digits, spaces and dashes only.");
        }
        if (!npi.isEmpty() && Npi.parse(npi).isEmpty()) {
            problems.add("Line " + line + ": npi is not a valid NPI (ten digits, check digit).");
        }
        if (vendor.isEmpty() && npi.isEmpty()) {
            problems.add("Line " + line + ": a row needs a vendor_number or an npi.");
        }
        if (!value.get("payment_number").isEmpty() && !NUMBER.matcher(upper(value.get("payment_number"))).matches()) {
            problems.add("Line " + line + ": payment_number may hold letters, digits, spaces and dashes only.");
        }
        if (number.startsWith("NP") && npi.isEmpty()) {
            problems.add("Line " + line + ": a non-payment notice (payment_number starting with NP) needs the npi.");
        }
        LocalDate date = null;
        try {
            date = value.get("payment_date").isEmpty() ? null : LocalDate.parse(value.get("payment_date"));
        } catch (DateTimeParseException e) {
            problems.add("Line " + line + ": payment_date must be a date like 2026-11-30.");
        }
        String state = upper(value.get("state"));
        if (!state.isEmpty() && !STATE.matcher(state).matches()) {
            problems.add("Line " + line + ": state must be a two-letter code.");
        }
        if (!value.get("zip").isEmpty() && !ZIP.matcher(value.get("zip")).matches()) {
            problems.add("Line " + line + ": zip must be 12345 or 12345-6789.");
        }
        if (problems.size() > before) {
            return null;
        }
        AddressOfRecord address = new AddressOfRecord(value.get("provider_name"), value.get("address_line1"),
                value.get("address_line2").isEmpty() ? null : value.get("address_line2"), value.get("city"), state, value.get("zip"));
        return new Row(tin, vendor.isEmpty() ? null : vendor, npi.isEmpty() ? null : npi, number, date, address);
    }

    private static String upper(String value) {
        return value.toUpperCase(Locale.ROOT);
    }

    /** RFC 4180 records: fields split on commas, quoted fields with doubled quotes, CRLF or LF line ends. */
    static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                any = false;
            } else {
                field.append(c);
            }
        }
        if (any) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
