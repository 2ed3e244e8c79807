package org.rawafid.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Locale;

/**
 * How every command fails (SPEC §3): one line on stderr that names the file or value and says what to do,
 * exit 1 for a failure and 2 for a usage error, and a stack trace only with {@code --verbose}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    /** A failure a command already described in full (file or value, what to do). */
    static final class CommandFailure extends RuntimeException {
        CommandFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        err.println("rawafid " + cmd.getCommandName() + ": " + describe(e));
        if (isVerbose(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        String message = firstLine(e.getMessage());
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            List<String> suggestions = u.getSuggestions();
            message = "unknown " + (u.isUnknownOption() ? "option" : "command or argument") + " '"
                    + u.getUnmatched().get(0) + "'" + (suggestions.isEmpty() ? ""
                    : " (did you mean " + String.join(" or ", suggestions) + "?)");
        }
        err.println(name + ": " + message + " (see '" + name + " --help')");
        err.flush();
        return 2;
    }

    private static boolean isVerbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /**
     * One line for any failure. Our own stage messages ({@code store: cannot open …}) are kept, followed by
     * the file-level reason when they wrap one; a library's message is replaced by its cause's.
     */
    static String describe(Throwable e) {
        if (e instanceof CommandFailure) {
            return e.getMessage();
        }
        if (e instanceof FileSystemException f) {
            return fileReason(f);
        }
        if (e instanceof BindException) {
            return "cannot listen: " + lowerFirst(e.getMessage());
        }
        String message = firstLine(e.getMessage());
        Throwable cause = e.getCause() == e ? null : e.getCause();
        if (isOwn(message)) {
            return cause instanceof FileSystemException f ? message + ": " + fileReason(f) : message;
        }
        if (cause != null) {
            return describe(cause);
        }
        return message.isEmpty() ? e.getClass().getSimpleName() : message;
    }

    /** Messages our stages write start with the stage's name: {@code store: …}, {@code web: …}. */
    private static boolean isOwn(String message) {
        int colon = message.indexOf(": ");
        return colon > 0 && message.substring(0, colon).chars().allMatch(c -> c >= 'a' && c <= 'z' || c == '-');
    }

    /** Why a file operation failed, without the file (the caller names it). */
    static String reason(java.io.IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return lowerFirst(f.getReason());
        }
        return firstLine(e.getMessage());
    }

    private static String fileReason(FileSystemException f) {
        String file = f.getFile();
        if (f instanceof NoSuchFileException) {
            return file + ": no such file or folder (check the path)";
        }
        if (f instanceof AccessDeniedException) {
            return file + ": permission denied (choose another path or fix its permissions)";
        }
        if (f instanceof FileAlreadyExistsException) {
            return file + ": already exists and is in the way (choose another path)";
        }
        if (f instanceof NotDirectoryException) {
            return file + ": is not a folder";
        }
        return file + ": " + (f.getReason() == null ? "cannot be used" : lowerFirst(f.getReason()));
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private static String lowerFirst(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
