package org.tinaccess.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The letters the server's file letter sender wrote in this run (PDFs named after the time they were written and their reference). */
public final class Letters {

    private Letters() {}

    public static List<Path> all() {
        Path folder = TinAccessServer.lettersFolder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest letter whose file name holds {@code reference}, if one was written. */
    public static Optional<Path> newest(String reference) {
        return all().stream().filter(file -> file.getFileName().toString().contains(reference))
                .max(Comparator.comparing(file -> file.getFileName().toString()));
    }

    /** The text of the newest letter of {@code reference}, as a PDF reader sees it; fails when there is none. */
    public static String text(String reference) {
        Path letter = newest(reference).orElseThrow(() -> new AssertionError("no letter for " + reference + " in " + all()));
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(letter))) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
