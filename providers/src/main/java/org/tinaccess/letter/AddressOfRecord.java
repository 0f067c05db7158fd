package org.tinaccess.letter;

import java.util.ArrayList;
import java.util.List;

/** Where the plan sends the provider's mail: from the plan's own data, never from what a requester typed. */
public record AddressOfRecord(String name, String line1, String line2, String city, String state, String zip) {

    /** The address as printed on an envelope. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(List.of(name, line1));
        if (line2 != null && !line2.isBlank()) {
            lines.add(line2);
        }
        lines.add(city + ", " + state + " " + zip);
        return lines;
    }
}
