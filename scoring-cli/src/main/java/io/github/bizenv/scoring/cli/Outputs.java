package io.github.bizenv.scoring.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParseResult;

/**
 * Every file a command writes goes through here, so that no command ever loses a file.
 *
 * <p>Before a command runs, {@link #of} collects its input files — every value of a path option or parameter that
 * is an existing file — and its outputs (the options declared with {@link Values.OutputFileConverter} or {@link
 * Values.OutputFolderConverter}), and {@link #check} refuses, as a usage error: an output file that is one of the
 * inputs (compared by real path, so also through a symbolic link, {@code ..} or a hard link), a folder, something
 * other than a regular file, or an existing file unless {@code --force} is given; an output folder that is a file,
 * or that already holds files unless {@code --force} is given. {@link #write} checks each file again and writes it
 * atomically: into a temporary file beside it, then moved over it in one step, so that a failure midway leaves no
 * half-written file and the old file as it was. An input file is never replaced, {@code --force} or not.
 */
final class Outputs {

  /** Writes the content of a file. */
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private final List<Path> inputs;
  private final Map<String, Path> files;
  private final Map<String, Path> folders;
  private final boolean force;
  /** Files written by this run (real paths), which it may write again. */
  private final Set<Path> written = new HashSet<>();

  Outputs(List<Path> inputs, Map<String, Path> files, Map<String, Path> folders, boolean force) {
    this.inputs = List.copyOf(inputs);
    this.files = files;
    this.folders = folders;
    this.force = force;
  }

  /** No inputs and no outputs declared: for code that runs outside a parsed command line. */
  static Outputs none() {
    return new Outputs(List.of(), Map.of(), Map.of(), false);
  }

  /** The outputs of the run on this thread. */
  static Outputs current() {
    return Cli.current().outputs;
  }

  /** The inputs and outputs of a parsed (innermost) command. */
  static Outputs of(ParseResult command) {
    List<Path> inputs = new ArrayList<>();
    Map<String, Path> files = new LinkedHashMap<>();
    Map<String, Path> folders = new LinkedHashMap<>();
    for (ArgSpec a : command.matchedArgs()) {
      Object value = a.getValue();
      Class<?> role = a.converters().length == 0 ? null : a.converters()[0].getClass();
      if (role == Values.OutputFileConverter.class && value instanceof Path) {
        files.put(name(a), (Path) value);
      } else if (role == Values.OutputFolderConverter.class && value instanceof Path) {
        folders.put(name(a), (Path) value);
      } else if (value instanceof Path) {
        input((Path) value, inputs);
      } else if (value instanceof Collection) {
        for (Object v : (Collection<?>) value) {
          if (v instanceof Path) {
            input((Path) v, inputs);
          }
        }
      }
    }
    return new Outputs(inputs, files, folders, command.hasMatchedOption("--force"));
  }

  private static String name(ArgSpec a) {
    return a.isOption() ? ((picocli.CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel();
  }

  private static void input(Path p, List<Path> inputs) {
    if (Files.isRegularFile(p)) {
      try {
        inputs.add(p.toRealPath());
      } catch (IOException | SecurityException e) {
        inputs.add(p.toAbsolutePath().normalize());
      }
    }
  }

  /** Refuses outputs that would lose a file, before the command reads anything. */
  void check() {
    files.forEach((option, file) -> target(file, false));
    folders.forEach((option, folder) -> folder(folder, option));
  }

  /** Checks an output folder: not a file, and empty unless {@code --force}. */
  void folder(Path folder, String option) {
    Cli cli = Cli.current();
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw Failure.usage(cli.t("output.not-folder", folder, option));
    }
    if (Files.isDirectory(folder) && !force) {
      try (Stream<Path> s = Files.list(folder)) {
        if (s.findAny().isPresent()) {
          throw Failure.usage(cli.t("output.folder-not-empty", folder));
        }
      } catch (IOException e) {
        throw Failure.data(cli.t("output.cannot-write", folder, reason(e)));
      }
    }
  }

  /**
   * Checks an output file and returns the real path to write: refuses an input, a folder, a missing folder,
   * something other than a regular file, and an existing file not written by this run unless {@code --force}.
   */
  private Path target(Path file, boolean replace) {
    Cli cli = Cli.current();
    if (file.getFileName() == null || Files.isDirectory(file)) {
      throw Failure.usage(cli.t("output.is-folder", file));
    }
    Path dir = file.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw Failure.usage(cli.t("output.no-folder", file, dir));
    }
    Path real;
    try {
      real = dir.toRealPath().resolve(file.getFileName().toString());
      if (Files.isSymbolicLink(real) && Files.exists(real)) {
        real = real.toRealPath(); // write where the link points, keeping the link
      }
    } catch (IOException e) {
      throw Failure.data(cli.t("output.cannot-write", file, reason(e)));
    }
    if (isInput(real)) {
      throw Failure.usage(cli.t("output.is-input", file));
    }
    if (Files.exists(real, LinkOption.NOFOLLOW_LINKS) && !written.contains(real)) {
      if (!Files.isRegularFile(real)) {
        throw Failure.usage(cli.t("output.not-regular", file));
      }
      if (!force && !replace) {
        throw Failure.usage(cli.t("output.exists", file));
      }
    }
    return real;
  }

  private boolean isInput(Path path) {
    Path real;
    try {
      real = path.toRealPath();
    } catch (IOException | SecurityException e) {
      real = path.toAbsolutePath().normalize();
    }
    for (Path in : inputs) {
      if (in.equals(real)) {
        return true;
      }
      try {
        if (Files.exists(real) && Files.isSameFile(in, real)) {
          return true; // a hard link
        }
      } catch (IOException | SecurityException e) {
        // cannot tell: not the same as far as can be seen
      }
    }
    return false;
  }

  /** Writes a file atomically, after {@link #target the checks}. */
  void write(Path file, byte[] bytes) {
    write(file, out -> out.write(bytes), false);
  }

  /**
   * Writes a file atomically from its content, after {@link #target the checks}; {@code replace} lets it replace an
   * existing file (not an input) without {@code --force}, for a folder of the command's own such as the demo's.
   */
  void write(Path file, Content content, boolean replace) {
    Cli cli = Cli.current();
    Path real = target(file, replace);
    Path tmp = real.resolveSibling("." + real.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current()
        .nextLong() & Long.MAX_VALUE) + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        content.writeTo(out);
      }
      keepPermissions(real, tmp);
      try {
        Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
      }
      written.add(real);
    } catch (IOException e) {
      throw Failure.data(cli.t("output.cannot-write", file, reason(e)));
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // a stray temporary file; the message above says what went wrong
      }
    }
  }

  /** Gives the new file the permissions of the one it replaces. */
  private static void keepPermissions(Path old, Path tmp) {
    PosixFileAttributeView view = Files.getFileAttributeView(old, PosixFileAttributeView.class);
    if (view == null || !Files.exists(old)) {
      return;
    }
    try {
      Files.setPosixFilePermissions(tmp, view.readAttributes().permissions());
    } catch (IOException | UnsupportedOperationException e) {
      // the default permissions then
    }
  }

  /** Creates an output folder (and its parents), after {@link #folder the checks}. */
  void createFolder(Path folder, String option) {
    folder(folder, option);
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw Failure.data(Cli.current().t("output.cannot-write", folder, reason(e)));
    }
  }

  /** Why a file cannot be written, in the reader's language. */
  static String reason(IOException e) {
    Cli cli = Cli.current();
    if (e instanceof AccessDeniedException) {
      return cli.t("output.reason.denied");
    }
    if (e instanceof NoSuchFileException) {
      return cli.t("output.reason.missing");
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return cli.t("output.reason.other");
  }

  /** Whether a field's option writes (for tests that walk the model). */
  static boolean writes(ArgSpec a) {
    return a.converters().length > 0 && (a.converters()[0] instanceof Values.OutputFileConverter
        || a.converters()[0] instanceof Values.OutputFolderConverter);
  }
}
