package org.tinaccess.letter;

import org.tinaccess.letter.AddressOfRecord;

/**
 * A letter ready for the post: who it goes to, and the print-ready PDF (the address placed for a
 * window envelope). {@code reference} names it in file names and logs; it never holds the PIN.
 */
public record Letter(String reference, AddressOfRecord to, byte[] pdf) {}
