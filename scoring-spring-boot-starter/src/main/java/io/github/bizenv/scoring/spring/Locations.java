package io.github.bizenv.scoring.spring;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/** Resolves the locations of the settings: classpath:, file:, a pattern, or a plain file path. */
final class Locations {

  private final ResourcePatternResolver resolver;

  Locations(ResourcePatternResolver resolver) {
    this.resolver = resolver;
  }

  /** A location as Spring reads it: a plain path (no scheme, or a Windows drive letter) is a file. */
  static String normalise(String location) {
    String l = location.trim();
    int colon = l.indexOf(':');
    return colon <= 1 ? "file:" + l : l;
  }

  /**
   * The resources a location names, sorted by name when it is a pattern; a location that names nothing is a problem
   * of the caller's.
   */
  List<Resource> resolve(String location) throws IOException {
    String l = normalise(location);
    if (l.contains("*") || l.contains("?")) {
      List<Resource> out = new ArrayList<>(Arrays.asList(resolver.getResources(l)));
      out.sort(Comparator.comparing(r -> String.valueOf(r.getFilename())));
      return out;
    }
    Resource r = resolver.getResource(l);
    return r.exists() ? List.of(r) : List.of();
  }

  /** A resource's name for messages: classpath:PATH for a class-path file, its URL, or its description. */
  static String name(Resource r) {
    if (r instanceof ClassPathResource c) {
      return "classpath:" + c.getPath();
    }
    try {
      return r.getURL().toString();
    } catch (IOException e) {
      return r.getDescription();
    }
  }
}
