package org.tinaccess.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A benchmark's {@code --name=value} arguments, as bench/pom.xml passes them. */
final class Arguments {

    private final Map<String, String> values = new HashMap<>();

    Arguments(String[] args) {
        for (String arg : args) {
            values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int number(String name) {
        return Integer.parseInt(values.get(name));
    }

    Path path(String name) {
        return Path.of(values.get(name));
    }
}
