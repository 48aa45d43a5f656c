package com.aftercare.policy.internal;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** The problems found in one policy file, each worded as "file line N (path): what is wrong". */
final class FileProblems {

    private final String fileName;
    private final List<String> problems = new ArrayList<>();

    FileProblems(String fileName) {
        this.fileName = fileName;
    }

    void at(Node node, String path, String message) {
        at(node.getStartMark().map(Mark::getLine).orElse(0) + 1, path, message);
    }

    void at(int line, String path, String message) {
        problems.add(fileName + " line " + line + (path.isEmpty() ? "" : " (" + path + ")") + ": " + message);
    }

    String fileName() {
        return fileName;
    }

    boolean any() {
        return !problems.isEmpty();
    }

    List<String> list() {
        return List.copyOf(problems);
    }
}
