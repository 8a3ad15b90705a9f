package in.eofficemonitor.warehouse.cli;

import java.io.FileNotFoundException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.List;

/**
 * How every command of {@code ./eoffice-monitor} ends when something goes wrong. A user's mistake (a wrong option, a
 * value that does not parse, a file that is not there, an id that is not known) is answered on stderr in one or two
 * lines: what was wrong and where to look, with exit status 2. Anything else is one line and status 1. The Java stack
 * trace is for developers and is printed only when the command line holds {@code --debug}.
 */
public final class CommandMain {

    /** The option that asks for the stack trace; removed before the command sees its arguments. */
    public static final String DEBUG = "--debug";

    /** A command's body: its arguments (without {@code --debug}) to an exit status. */
    @FunctionalInterface
    public interface Body {
        int run(String[] args) throws Exception;
    }

    private CommandMain() {}

    /**
     * Runs {@code body} as the program's main and exits with its status. Status 0 returns normally instead: a server
     * command returns once its shutdown hook has run, and {@link System#exit} would then wait forever.
     */
    public static void main(String command, String[] args, Body body) {
        int status = run(command, args, body, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs {@code body}, answering a failure on {@code err}; returns the exit status. */
    public static int run(String command, String[] args, Body body, PrintStream err) {
        boolean debug = Arrays.asList(args).contains(DEBUG);
        String[] rest = Arrays.stream(args).filter(a -> !a.equals(DEBUG)).toArray(String[]::new);
        try {
            return body.run(rest);
        } catch (Exception | LinkageError e) {
            boolean mistake = isMistake(e);
            String prefix = "eoffice-monitor " + command + (mistake ? ": " : " failed: ");
            err.println(prefix + describe(e));
            if (debug) {
                e.printStackTrace(err);
            } else {
                err.println(mistake ? hint(command) : "Add " + DEBUG + " to see where it failed.");
            }
            err.flush();
            return mistake ? 2 : 1;
        }
    }

    /** The second line of the answer to a mistake: where the options are explained. */
    public static String hint(String command) {
        return "See ./eoffice-monitor " + command + " --help for the options.";
    }

    /** A mistake the user can correct: anywhere in the chain of causes, not only at the top (wrapped IO errors). */
    static boolean isMistake(Throwable e) {
        for (Throwable t : causes(e)) {
            if (t instanceof UsageException || t instanceof IllegalArgumentException || t instanceof DateTimeException
                    || t instanceof NoSuchFileException || t instanceof AccessDeniedException
                    || t instanceof FileNotFoundException) {
                return true;
            }
        }
        return false;
    }

    /** The message of the first cause that has one, with file errors named as such (their message is a bare path). */
    public static String describe(Throwable e) {
        for (Throwable t : causes(e)) {
            if (t instanceof NoSuchFileException f) {
                return "no such file: " + f.getFile();
            }
            if (t instanceof NumberFormatException n && String.valueOf(n.getMessage()).startsWith("For input string: ")) {
                return n.getMessage().substring("For input string: ".length()) + " is not a number";
            }
            if (t instanceof AccessDeniedException f) {
                return "not allowed to read or write " + f.getFile();
            }
        }
        for (Throwable t : causes(e)) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t) && chain.size() < 20; t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
