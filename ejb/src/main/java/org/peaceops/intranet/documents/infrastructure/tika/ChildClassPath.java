package org.peaceops.intranet.documents.infrastructure.tika;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.peaceops.intranet.documents.infrastructure.tika.child.ContainedParser;
import org.peaceops.intranet.documents.infrastructure.tika.child.ContainedParserFactory;

/**
 * The children's class path: a directory of links to Tika's jars (the EAR's lib/) and one small jar
 * with the classes that run in the child ({@link ContainedParser}), written here from this module's own
 * class files. Tika gives a child every jar of one directory.
 */
final class ChildClassPath {

    private static final List<Class<?>> CHILD_CLASSES = List.of(ContainedParser.class, ContainedParserFactory.class);

    private ChildClassPath() {
    }

    static Path create(Path tikaBin) {
        try {
            Path dir = Files.createTempDirectory("intranet-tika-children-");
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(tikaBin, "*.jar")) {
                for (Path jar : jars) {
                    Files.createSymbolicLink(dir.resolve(jar.getFileName()), jar.toAbsolutePath());
                }
            }
            try (OutputStream file = Files.newOutputStream(dir.resolve("intranet-extraction-child.jar"));
                    JarOutputStream jar = new JarOutputStream(file)) {
                for (Class<?> c : CHILD_CLASSES) {
                    String path = c.getName().replace('.', '/') + ".class";
                    try (InputStream bytes = c.getClassLoader().getResourceAsStream(path)) {
                        if (bytes == null) {
                            throw new IOException("Class file not found: " + path);
                        }
                        jar.putNextEntry(new JarEntry(path));
                        bytes.transferTo(jar);
                        jar.closeEntry();
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the class path of the extraction children", e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary directory left behind is removed with the others
        }
    }
}
