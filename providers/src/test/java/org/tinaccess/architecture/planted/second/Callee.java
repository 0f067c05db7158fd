package org.tinaccess.architecture.planted.second;

import org.tinaccess.architecture.planted.first.Caller;

/** The other half of the planted cycle: it reaches back to the package that calls it. */
public final class Callee {

    public String answer() {
        return Caller.class.getSimpleName();
    }
}
