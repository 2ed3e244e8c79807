package org.rawafid.cli;

import org.rawafid.dedupe.Comparison;
import org.rawafid.dedupe.PairJudge;
import org.rawafid.dedupe.PairsCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "similar", mixinStandardHelpOptions = true,
        description = {"The same-story decision for two texts, or for every row s1,s2[,label] of a CSV file.",
                "Prints both normalised forms, the score, the decision (same | different) and the rule that made it,",
                "e.g. \"rule: blocked: places differ (اليونان vs المغرب)\"."})
final class SimilarCommand implements Callable<Integer> {
    @Parameters(paramLabel = "TEXT", arity = "0..2", description = "Two headlines (or headline + lead) to compare.")
    List<String> texts = new ArrayList<>();
    @Option(names = "--pairs", paramLabel = "FILE.csv",
            description = "CSV rows s1,s2[,label]; writes s1,s2,label,score,decision to stdout, a summary to stderr.")
    Path pairs;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PairJudge judge = PairJudge.standard();
        if (pairs != null) {
            if (!texts.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "give either two texts or --pairs, not both");
            }
            try (Reader in = Files.newBufferedReader(pairs, StandardCharsets.UTF_8);
                 Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
                PairsCsv.Summary summary = new PairsCsv(judge).run(in, out);
                out.flush();
                PrintWriter err = spec.commandLine().getErr();
                err.println(summary.describe());
                err.flush();
            }
            return 0;
        }
        if (texts.size() != 2) {
            throw new ParameterException(spec.commandLine(), "similar needs two texts, or --pairs FILE.csv");
        }
        Comparison c = judge.similar(texts.get(0), texts.get(1));
        PrintWriter out = spec.commandLine().getOut();
        out.println("A: " + c.normalizedA());
        out.println("B: " + c.normalizedB());
        out.printf("score: %.3f%n", c.score());
        out.println("decision: " + (c.sameStory() ? "same" : "different"));
        out.println("rule: " + c.reason());
        out.flush();
        return 0;
    }
}
