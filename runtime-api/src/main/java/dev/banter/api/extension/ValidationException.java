package dev.banter.api.extension;

import java.util.List;

/**
 * A manifest, settings schema, settings values or package that does not validate. It lists every problem found, not
 * only the first, each naming its field and value.
 *
 * @since 0.2
 */
public final class ValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<ValidationProblem> problems;

    /**
     * Creates the exception.
     *
     * @param subject what was validated, such as {@code banter.json of tip-goal}
     * @param problems at least one problem
     */
    public ValidationException(String subject, List<ValidationProblem> problems) {
        super(message(subject, problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(String subject, List<ValidationProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one problem");
        }
        StringBuilder b = new StringBuilder(subject).append(" is not valid (").append(problems.size());
        b.append(problems.size() == 1 ? " problem)" : " problems)");
        for (ValidationProblem p : problems) {
            b.append("\n  ").append(p.describe());
        }
        return b.toString();
    }

    /** Every problem found, in document order. */
    public List<ValidationProblem> problems() {
        return problems;
    }
}
