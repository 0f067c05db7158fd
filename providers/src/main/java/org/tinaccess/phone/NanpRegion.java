package org.tinaccess.phone;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a +1 number rings. The North American Numbering Plan spans the US, its territories, Canada
 * and twenty Caribbean and Atlantic countries, and reserves codes for toll-free, premium and
 * personal numbers; SMS-pumping and toll fraud favour exactly those non-US ranges (Jamaica 876,
 * Dominican Republic 809, Antigua 268, premium 900). Every geographic code not listed here is a US
 * state's. Region names are ISO 3166 codes, plus {@code TOLL_FREE}, {@code PREMIUM},
 * {@code PERSONAL} and {@code SERVICE}. Pure, so it is tested without a server.
 */
public final class NanpRegion {

    private static final Map<String, String> BY_AREA_CODE = Stream.of(
            region("PR", "787", "939"),
            region("VI", "340"),
            region("GU", "671"),
            region("MP", "670"),
            region("AS", "684"),
            region("CA", "204", "226", "236", "249", "250", "257", "263", "289", "306", "343", "354", "365", "367", "368", "382", "403",
                    "416", "418", "428", "431", "437", "438", "450", "460", "468", "474", "506", "514", "519", "537", "548", "579", "581",
                    "584", "587", "604", "613", "622", "639", "647", "672", "683", "705", "709", "742", "753", "778", "780", "782", "807",
                    "819", "825", "867", "873", "879", "902", "905", "942"),
            region("BS", "242"), region("BB", "246"), region("AI", "264"), region("AG", "268"), region("VG", "284"),
            region("KY", "345"), region("BM", "441"), region("GD", "473"), region("TC", "649"), region("JM", "658", "876"),
            region("MS", "664"), region("SX", "721"), region("LC", "758"), region("DM", "767"), region("VC", "784"),
            region("DO", "809", "829", "849"), region("TT", "868"), region("KN", "869"),
            region("TOLL_FREE", "800", "822", "833", "844", "855", "866", "877", "880", "881", "882", "883", "884", "885", "886", "887",
                    "888", "889"),
            region("PREMIUM", "900", "976"),
            region("PERSONAL", "500", "521", "522", "523", "524", "525", "526", "527", "528", "529", "533", "544", "566", "577", "588"),
            region("SERVICE", "456", "600", "700", "710"))
            .flatMap(entry -> entry.getValue().stream().map(code -> Map.entry(code, entry.getKey())))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (first, second) -> first));

    private NanpRegion() {}

    /** The region of an E.164 number such as {@code +17155550123}; {@code OTHER} outside the NANP. */
    public static String of(String e164) {
        if (e164 == null || !e164.matches("\\+1[2-9][0-9]{2}[2-9][0-9]{6}")) {
            return "OTHER";
        }
        String areaCode = e164.substring(2, 5);
        if (areaCode.charAt(1) == '9' || areaCode.endsWith("11") || areaCode.startsWith("37") || areaCode.startsWith("96")) {
            return "SERVICE";
        }
        return BY_AREA_CODE.getOrDefault(areaCode, "US");
    }

    private static Map.Entry<String, Set<String>> region(String name, String... areaCodes) {
        return Map.entry(name, Set.of(areaCodes));
    }
}
