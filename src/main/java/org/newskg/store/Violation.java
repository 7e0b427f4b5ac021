package org.newskg.store;

/** One SHACL result in one article graph, in readable form. */
public record Violation(String graph, String severity, String focusNode, String path, String message) {
    /** {@code graph: Severity: focus path: message}. */
    public String describe() {
        return graph + ": " + severity + ": " + focusNode + (path.isEmpty() ? "" : " " + path) + ": " + message;
    }
}
