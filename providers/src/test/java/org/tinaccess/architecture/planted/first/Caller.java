package org.tinaccess.architecture.planted.first;

import org.tinaccess.architecture.planted.second.Callee;

/** Half of a cycle planted for PackageLayersTest: it must see it. */
public final class Caller {

    public String call() {
        return new Callee().answer();
    }
}
